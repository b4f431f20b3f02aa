"""The document model: built once per file and shared by every rule.

Positions: `Document.text` is the file's text with every line break (CRLF, CR, LF) turned into a single
"\\n"; rules report character offsets into it and the engine turns them into 1-based line and column
numbers counted in code points.

Full-width and half-width punctuation are equivalent for matching: `Document.folded` is `text` with the
full-width ASCII variants (，（）：；％０-９…) and the ideographic space folded to their ASCII forms. It has
exactly the same length, so an offset found in `folded` is valid in `text`.
"""

from __future__ import annotations

import bisect
import codecs
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cache, cached_property
from itertools import repeat
from typing import TYPE_CHECKING, Any, TypeVar

from .model import Position
from .record import NamedTuple

if TYPE_CHECKING:
    from .outline import Heading, Outline, Report

_T = TypeVar("_T")

_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20


_NARROW = {chr(a): chr(b) for a, b in _FOLD.items()}
_WIDE_CLASS = "".join(map(re.escape, _NARROW))
_WIDE = re.compile("[" + _WIDE_CLASS + "]")


def fold(text: str) -> str:
    """Fold full-width ASCII variants and U+3000 to ASCII; the result has the same length."""
    return fold_seeing(text, "")[0]


def fold_seeing(text: str, seen: str) -> tuple[str, bool]:
    """fold(text), and whether `text` holds any of the characters `seen` (none of them full-width ASCII, U+3000
    or ASCII: fold leaves them alone and never makes one): both told in one scan of the text. The outline asks
    whether a report holds traditional-script characters, which was a second scan of every report."""
    # One str.replace per full-width character present: about 4x faster than str.translate, which looks
    # every character of a non-ASCII text up in a dict (0.03 s instead of 0.11 s on 4 MB of report text).
    keeper = _keeper(seen)
    if keeper is None:
        return _fold_seeing_by_search(text, seen)
    # Which are present: encoding with a codec that knows only them, errors ignored, keeps them and drops
    # every other character in one loop in C, half the cost of `re` testing each character against their class.
    encoding, table = keeper
    kept = codecs.charmap_decode(codecs.charmap_encode(text, "ignore", encoding)[0], "strict", table)[0]
    found = False
    for char in set(kept):  # each becomes an ASCII character, never another full-width one: any order will do
        narrow = _NARROW.get(char)
        if narrow is not None:
            text = text.replace(char, narrow)
        elif char != "\0":  # NUL is in the table for `codecs`' sake only
            found = True
    return text, found


@cache
def _keeper(seen: str) -> tuple[Any, str] | None:
    """A charmap codec's encoding map and decoding table for the full-width characters and `seen`, or None if
    they are too many for one (256 bytes) or NUL or U+FFFE is one of them. NUL comes first: `codecs` builds its
    fast map only for a table that maps byte 0 to it; U+FFFE marks a byte unused."""
    chars = "\0" + "".join(_NARROW) + "".join(sorted(set(seen) - set(_NARROW)))
    if "\0" in seen or "\ufffe" in seen or len(chars) > 256:
        return None
    table = chars + "\ufffe" * (256 - len(chars))
    return codecs.charmap_build(table), table


def _fold_seeing_by_search(text: str, seen: str) -> tuple[str, bool]:
    """fold_seeing by `re`: which are present is one pass, resumed after each one found (every one before it is
    replaced by then)."""
    found = False
    pattern = _wide_or(seen) if seen else _WIDE
    at = 0
    while m := pattern.search(text, at):
        char = m.group()
        at = m.end()
        narrow = _NARROW.get(char)
        if narrow is None:  # one of `seen`: once is enough
            found = True
            pattern = _WIDE
        else:  # each becomes an ASCII character, never another full-width one
            text = text.replace(char, narrow)
    return text, found


@cache
def _wide_or(seen: str) -> re.Pattern[str]:
    return re.compile("[" + _WIDE_CLASS + re.escape(seen) + "]")


@cache
def _any_of(chars: str) -> re.Pattern[str]:
    return re.compile("[" + re.escape(chars) + "]")


# --- scanning helpers for rules ----------------------------------------------------------------------

DIGIT_RUN = re.compile(r"\d+")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 人次 wins over 人); ties in code-point order, so
    the pattern is the same in every run (a set's order changes per process, and the compiled-pattern cache,
    linter.recache, keys on the pattern's text)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    # re.escape escapes character by character and leaves NUL as it is: the words joined by NUL are escaped
    # in one call rather than one each (the rules build some fifty of these at start-up), unless a word holds NUL.
    joined = "\0".join(ordered)
    if joined.count("\0") == len(ordered) - 1:
        return re.escape(joined).replace("\0", "|")
    return "|".join(map(re.escape, ordered))


def finditer_at(pattern: re.Pattern[str], text: str,
                starts: re.Pattern[str] | None = DIGIT_RUN) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)`, trying `pattern` only where a match of `starts` begins.

    A pattern that opens with a lookbehind or an optional group gives `re` no first character to skip ahead
    to, so it runs the whole pattern at every position of the text: 5 to 10 times slower on report text
    than trying it at the few places a match can begin. `starts` must find every such place (the default,
    digit runs, fits a pattern that begins with a digit not preceded by one), and `pattern` must never
    match the empty string. Lookbehinds still see the text before each start, as in finditer."""
    if starts is None:  # starts_of could not bound the starts: scan everywhere
        return pattern.finditer(text)
    return matches_at(pattern, text, map(_START, starts.finditer(text)))  # map: no Python frame per start


_START = re.Match.start


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text), tried only at `starts`: ascending offsets that include every
    place a match can begin. finditer_at, for starts found otherwise than by a pattern (by
    str.find, which runs far faster than `re` testing every character against a class)."""
    pos = 0  # where finditer would resume: the end of the last match
    match = pattern.match
    for at in starts:
        if at >= pos:
            m = match(text, at)
            if m:
                yield m
                pos = m.end()


def find_all(text: str, word: str) -> Iterator[int]:
    """Every offset of `word` in `text`, overlapping ones included."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def run_before(text: str, end: int, test: Callable[[str], bool]) -> int:
    """The start of the run of characters passing `test` that ends at `end` (`end` itself when there is none)."""
    while end and test(text[end - 1]):
        end -= 1
    return end


def starts_of(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """For finditer_at: a class of the characters a match of any of `patterns` (kept in data files, so not
    written out by hand) can begin with, looking past their leading lookbehinds. None (scan everywhere) when
    a pattern is not a plain sequence opening with a character, a class or \\d required at least once."""
    chars: list[str] = []
    for marker in patterns:
        if has_top_level_bar(marker):
            return None
        rest = _LEADING_LOOKBEHINDS.sub("", marker)
        first = _FIRST_ITEM.match(rest)
        if not first:
            return None
        after = rest[first.end():first.end() + 2]
        if after[:1] in ("?", "*") or after in ("{0", "{,"):
            return None  # the first item may be absent: a match can begin with what follows it
        if first.group(1) is not None:
            chars.append(first.group(1))  # a class: its contents as written
        elif first.group() == r"\d":
            chars.append(first.group())
        else:
            chars.append(re.escape(first.group()))  # a literal: "-" or "^" must not become class syntax
    return re.compile("[" + "".join(chars) + "]") if chars else None


_LEADING_LOOKBEHINDS = re.compile(r"^(?:\(\?<[!=](?:\[[^\]]*\]|[^()\[])*\))+")
_FIRST_ITEM = re.compile(r"\[(?!\^)((?:\\.|[^\]\\])+)\]|\\d|[^\\.^$()\[\]{}|*+?]")


# What has_top_level_bar reads of a pattern: an escape (a backslash and the character after it), a class (up to
# its first unescaped "]", or the end), or a bracket or bar outside them, that last one captured.
_BAR_TOKENS = re.compile(r"(?s)\\.?|\[(?:\\.?|[^\]\\])*\]?|([()|])")  # (?s): no RegexFlag to unwrap


def has_top_level_bar(pattern: str) -> bool:
    """Whether `pattern` is an alternation at its top level (then its first character may be any branch's)."""
    if "|" not in pattern:
        return False  # most patterns
    # The brackets and bars outside escapes and classes, in one call of `re`, then a step per bracket or bar
    # rather than one per character (the start-up builds some sixty patterns' searches with this).
    depth = 0
    for c in _BAR_TOKENS.findall(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A sentence ends after a run of end punctuation and the closing quotes or brackets after it, or at a line break.
_END_PUNCT = "。！？!?"
_CLOSERS = "”’」』)）"
_SENTENCE_END = re.compile(rf"[{_END_PUNCT}]+[{_CLOSERS}]*|\n")
# Where a sentence end can begin: an alternation gives `re` no first character to skip ahead to.
_SENTENCE_END_START = re.compile(rf"[{_END_PUNCT}\n]")
# The text cut at those ends, one match a piece: blanks up to a line break or the end of the text (no sentence),
# or a sentence (group 1); then the line break after it, if any (group 2). One pass of `re` rather than a
# Python step per end found plus a search for text in each piece (tests/test_model_perf_shortcuts.py: the same
# sentences as cutting at each _SENTENCE_END).
_PIECE = re.compile(rf"(?:[^\S\n]*(?=\n|\Z)|([^{_END_PUNCT}\n]*(?:[{_END_PUNCT}]+[{_CLOSERS}]*)?))(\n)?")
# A run of 。 and the closers after it: the sentence ends of a text with no other end punctuation. Opening with
# a literal (not a class, nor a repeat), it lets `re` skip ahead to each 。.
_STOP_RUN = re.compile(rf"。。*[{_CLOSERS}]*")
_END = re.Match.end
NON_SPACE = re.compile(r"\S")  # \s is str.isspace: what strip() removes


# NamedTuples, not dataclasses: as compact as slotted classes, and Python 3.11 builds a frozen dataclass by
# exec-ing six generated functions at import, a cost every run of the command line pays.
class _Texts(NamedTuple):
    """The document's text and folded text, shared by its sentences (one reference each, not two copies)."""

    text: str
    folded: str


class Line(NamedTuple):  # a 20 MB file has ~150,000 of these
    number: int  # 1-based
    start: int  # offset of the first character in Document.text
    # Stored, not sliced on use like a sentence's: rules read a line's text again and again, and one line may
    # be the whole of a 5 MB file.
    text: str
    folded: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Sentence(NamedTuple):  # a 20 MB file has ~150,000 of these
    start: int
    end: int  # exclusive; includes the closing punctuation
    line: int  # line number of the first character
    texts: _Texts

    # Sliced on use rather than stored: copies of every sentence would be two more copies of the document.
    @property
    def text(self) -> str:
        return self.texts.text[self.start:self.end]

    @property
    def folded(self) -> str:
        return self.texts.folded[self.start:self.end]

    def __repr__(self) -> str:  # not the whole document, as the generated one would print
        return f"Sentence(start={self.start}, end={self.end}, line={self.line})"


class Document:
    """One file's text and what rules learn from it. A plain class rather than a dataclass (whose generated
    methods Python 3.11 builds at every start): the analyses are cached properties in the instance dict beside
    the fields, which __getstate__ and release_analyses tell apart by _FIELDS."""

    _FIELDS = ("text", "path", "format", "encoding", "year_override", "ignored", "chrome_patterns",
               "structure_options")

    def __init__(self, text: str, path: str | None = None, format: str = "txt", encoding: str | None = None,
                 year_override: int | None = None, ignored: list[tuple[int, int]] | None = None,
                 chrome_patterns: Sequence[str] = (), structure_options: Mapping[str, Any] | None = None) -> None:
        self.text = text
        self.path = path
        self.format = format
        self.encoding = encoding
        self.year_override = year_override
        # Offsets ranges whose findings are dropped (Markdown code spans and link targets).
        self.ignored: list[tuple[int, int]] = [] if ignored is None else ignored
        # Extra chrome (web boilerplate) patterns from the config; read by linter.chrome.
        self.chrome_patterns = chrome_patterns
        # The config's `structure:` options: the outline reads headings with the section synonyms S002
        # honours, so that a pasted report whose sections are worded that way is split off the same.
        self.structure_options: Mapping[str, Any] = {} if structure_options is None else structure_options

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, format={self.format!r}, {len(self.text)} characters)"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, k) == getattr(other, k) for k in self._FIELDS)

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __getstate__(self) -> dict[str, object]:
        # Sent between processes (--jobs): the fields only; analyses are recomputed on demand.
        return {k: self.__dict__[k] for k in self._FIELDS}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    @classmethod
    def from_text(cls, raw: str, **kwargs: object) -> Document:
        """Build a document from decoded text with any line endings."""
        # Without a "\r" there is nothing to normalise: share the caller's string instead of copying a
        # possibly 100 MB text.
        text = raw if "\r" not in raw else _LINE_BREAK.sub("\n", raw)
        return cls(text, **kwargs)  # type: ignore[arg-type]

    # Analyses kept after linting: what outputs need to turn offsets into lines and show the line, and
    # the (small) set of chrome lines the HTML view greys out.
    _KEEP_AFTER_LINT = frozenset({"folded", "_traditional", "lines", "_line_starts", "chrome"})

    def release_analyses(self) -> None:
        """Drop the analyses built for the rules (sentences, outline, chrome, the rules' own caches): the
        CLI holds every file's result until the output is written, and these would otherwise multiply its
        memory by the number of files. Anything dropped is rebuilt on demand if asked for again."""
        for key in [k for k in self.__dict__ if k not in self._FIELDS and k not in self._KEEP_AFTER_LINT]:
            del self.__dict__[key]

    def forget(self, prefix: str) -> None:
        """Drop the memoised analyses whose key starts with `prefix` ("arithmetic."): the engine calls it once
        a family's last rule has run, so that its analyses (the number readings are several times the size
        of the text) do not stay alive through the other families' rules. A later user rebuilds them."""
        store: dict[str, Any] | None = self.__dict__.get("_memo")
        if store:
            for key in [k for k in store if k.startswith(prefix)]:
                del store[key]

    def memo(self, key: str, factory: Callable[[], _T]) -> _T:
        """A per-document analysis shared by several rules (the arithmetic readings, the redaction masks...),
        built by `factory` on first use. Kept in one dict beside the cached properties, so release_analyses
        drops it with them and pickling (--jobs) never sends it."""
        store: dict[str, Any] | None = self.__dict__.get("_memo")
        if store is None:
            store = self.__dict__["_memo"] = {}
        if key in store:
            return store[key]  # type: ignore[no-any-return]
        value = factory()
        store[key] = value
        return value

    @cached_property
    def folded(self) -> str:
        # Whether the text holds traditional-script characters is told in the same scan: the outline and
        # several rules ask it of every document (linter.outline.has_traditional).
        from .outline import traditional_characters

        folded, self.__dict__["_traditional"] = fold_seeing(self.text, traditional_characters())
        return folded

    @property
    def has_traditional(self) -> bool:
        """Whether any character of the text reads differently in simplified script (linter.outline.simplified)."""
        seen: bool | None = self.__dict__.get("_traditional")
        if seen is None:
            if "folded" not in self.__dict__:
                self.folded  # noqa: B018  # tells it, in the same scan
                return bool(self.__dict__["_traditional"])
            # The folded text kept without it (a caller dropped the analyses but that one): one search tells it.
            from .outline import traditional_characters

            seen = self.__dict__["_traditional"] = _any_of(traditional_characters()).search(self.folded) is not None
        return seen

    @cached_property
    def lines(self) -> list[Line]:
        out: list[Line] = []
        pos = 0
        folded = self.folded
        new = tuple.__new__  # as Line._make builds one, without the Python frame of Line(...) for each line
        for number, chunk in enumerate(self.text.split("\n"), start=1):
            out.append(new(Line, (number, pos, chunk, folded[pos:pos + len(chunk)])))
            pos += len(chunk) + 1
        return out

    @cached_property
    def _texts(self) -> _Texts:
        return _Texts(self.text, self.folded)

    @cached_property
    def _line_starts(self) -> list[int]:
        return [line.start for line in self.lines]

    def line_index(self, offset: int) -> int:
        """0-based index of the line holding `offset` (an offset at a line break belongs to that line)."""
        return max(0, bisect.bisect_right(self._line_starts, offset) - 1)

    def line_of(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    def position(self, offset: int) -> Position:
        line = self.line_of(offset)
        return Position(line.number, offset - line.start + 1)

    def span_position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """(*position(start), *position(end)): the line of `end` is looked up only when it is not the line of
        `start` (most spans). The engine places every finding and fix edit this way, without the two
        Position objects and the calls through line_of for each."""
        starts = self._line_starts
        i = max(0, bisect.bisect_right(starts, start) - 1)
        first = starts[i]
        if i + 1 < len(starts) and end >= starts[i + 1]:
            j = bisect.bisect_right(starts, end) - 1
            return i + 1, start - first + 1, j + 1, end - starts[j] + 1
        if end < first:  # an end before its start: where position(end) puts it
            j = max(0, bisect.bisect_right(starts, end) - 1)
            return i + 1, start - first + 1, j + 1, end - starts[j] + 1
        return i + 1, start - first + 1, i + 1, end - first + 1

    def offset(self, line: int, column: int) -> int:
        """Offset of a 1-based (line, column)."""
        return self.lines[line - 1].start + column - 1

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Sentences split at 。！？!? and at line ends (a line is a paragraph in these reports)."""
        text = self.text
        folded = self.folded  # ？ and ！ folded: two searches of the text tell the four marks
        if "?" in folded or "!" in folded:
            return self._sentences_by_piece()
        # Most reports end sentences with 。 alone: where each run of them (and its closers) ends is found by
        # one search for a literal, which `re` skips ahead to, and each line is cut there, its sentences built
        # without a Python step each. _PIECE tests every character of the text against a class (half the time
        # here) and takes a Python step per sentence (tests/test_model15_sentences.py: the same sentences).
        ends = list(map(_END, _STOP_RUN.finditer(text)))
        out: list[Sentence] = []
        texts = self._texts
        new = tuple.__new__
        cut = bisect.bisect_right
        i = 0  # ends[i:] lie on this line or below
        for number, start, line, _ in self.lines:
            stop = start + len(line)
            j = cut(ends, stop, i)
            if j == i:  # no 。: the line is one sentence, unless blank
                if line and not line.isspace():
                    out.append(new(Sentence, (start, stop, number, texts)))
                continue
            stops = ends[i:j]
            out.extend(map(new, repeat(Sentence), zip([start, *stops], stops, repeat(number), repeat(texts))))
            last = stops[-1]
            if last < stop and not text[last:stop].isspace():  # text after the last 。
                out.append(new(Sentence, (last, stop, number, texts)))
            i = j
        return out

    def _sentences_by_piece(self) -> list[Sentence]:
        out: list[Sentence] = []
        texts = self._texts
        # Sentence(...) runs a generated Python __new__ that calls tuple.__new__: called directly, as
        # Sentence._make does, a fifth of the time here goes (a report has a few hundred sentences).
        new = tuple.__new__
        line = 1  # no sentence spans a line break: count them as we go
        for m in _PIECE.finditer(self.text):
            start, end = m.span(1)
            if start < end:  # (-1, -1) for blanks
                out.append(new(Sentence, (start, end, line, texts)))
            if m.lastindex == 2:
                line += 1
        return out

    def sentence_index(self, offset: int) -> int:
        """Index into `sentences` of the sentence holding `offset` (or the last one before it)."""
        starts = self._sentence_starts
        return max(0, bisect.bisect_right(starts, offset) - 1)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    # --- shared analyses, computed once on first use -------------------------------------------------

    @cached_property
    def chrome(self) -> frozenset[int]:
        """Line numbers that are web-page chrome (breadcrumbs, share widgets, metadata blocks...)."""
        from .chrome import chrome_lines

        return chrome_lines(self)

    @cached_property
    def outline(self) -> Outline:
        from .outline import build_outline

        return build_outline(self)

    @property
    def headings(self) -> list[Heading]:
        return self.outline.headings

    @property
    def reports(self) -> list[Report]:
        """The reports in this file: usually one; several when reports were pasted together."""
        return self.outline.reports

    @property
    def report_year(self) -> int | None:
        """The year the (first) report covers: --year/config, else the title, else the body."""
        if self.year_override is not None:
            return self.year_override
        return self.reports[0].year if self.reports else None

    def report_at(self, line: int) -> Report:
        """The report that holds a line (1-based)."""
        # Bisect rather than scan: rules ask this per line or per number, and a file of many pasted reports
        # would make a scan quadratic.
        reports = self.reports
        return reports[max(0, bisect.bisect_right(self._report_starts, line) - 1)]

    @cached_property
    def _report_starts(self) -> list[int]:
        return [r.start_line for r in self.reports]

    def year_at(self, line: int) -> int | None:
        """The report year in force at a line, honouring the override; None when the report's year is only the
        one its text mentions most: the rules that judge dates against the report year (anachronisms, stale
        plans) must not cry wolf on an untitled page that happens to mention an older year more often."""
        if self.year_override is not None:
            return self.year_override
        report = self.report_at(line)
        return None if report.year_guessed else report.year

    def is_ignored(self, offset: int) -> bool:
        # Asked for every finding: a scan of the spans would be quadratic on a Markdown file full of code.
        starts, ends = self._ignored_merged
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    @cached_property
    def _ignored_merged(self) -> tuple[list[int], list[int]]:
        """The ignored spans, sorted and merged (fenced code holds inline code spans), as starts and ends."""
        starts: list[int] = []
        ends: list[int] = []
        for a, b in sorted(self.ignored):
            if b <= a:
                continue
            if ends and a <= ends[-1]:
                ends[-1] = max(ends[-1], b)
            else:
                starts.append(a)
                ends.append(b)
        return starts, ends
