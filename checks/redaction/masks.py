"""Find masks (***, XX, ××, ■■, 某某, (略)) and decide what each stands for from the words right after it: a
leader's name in a canonical formulation, a person's name before a title, a place or body name, or an
unfilled count, amount or date; a (略) inside a sentence hides text of any kind. One scan per document,
shared by the masked-name and slot rules (and by the spacing rule, which leaves a (略)'s spaces to them)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from linter.data import load_data
from linter.document import Document, find_all, matches_at
from linter.record import NamedTuple

from .formulations import Formulation, Variant, compare, fixed_texts, leader_formulations, leader_name, spam_config

# A run of mask characters (folded: ＊ → *, Ｘ → X). A bare character class keeps the scan fast; which runs
# are masks (one kind of character, not too long, not running into Latin letters or digits) is decided in
# `_is_run`, and what may precede one in `_mask_start`.
_RUN_CHARS = "Xx*×✕╳■□●○◯"
_RUN = re.compile(f"[{_RUN_CHARS}]+")
_RUN_KINDS = ((frozenset("Xx"), 4), (frozenset("*"), 8), (frozenset("×✕╳■□●○◯"), 8))
# Spelled out rather than taken from the string module, whose import is about 1% of a cold start.
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"
_LATIN_OR_DIGIT = frozenset(_ASCII_LETTERS + _DIGITS)
# A year slot keeps its digits (20XX, 202X).
_YEAR_DIGITS = re.compile(r"(?:19|20)\d?")
# Not after a Latin letter, a digit or a decimal point (Excel, 7×24, XX.X%) nor after a Chinese numeral
# (二○二○年 writes zero with ○).
_NOT_BEFORE = frozenset(_DIGITS + "_.〇零一二三四五六七八九十○" + _ASCII_LETTERS)
_SOMEONE = re.compile(r"某{2,}")
_SOMEONE_PAIR = "某某"
_BULLETS = "■□●○◯"
_SYMBOLS = "×✕╳■□●○◯"
_DECIMAL_SLOT = re.compile(r"\.[Xx*]{1,3}%")
_EMPHASIS_RUN = re.compile(r"\*{2,3}")
_EMPHASIS_MAX = 40
_CACHE_KEY = "redaction.masks"
_ELISIONS_KEY = "redaction.elisions"
# "(略)" as a republishing site leaves it in place of deleted words (folded text: （） are ()). Only the bare
# (略): (表格略), (下略), (具体名单略) are the author's own ellipses. The pattern opens with a literal "(" so
# that re can skip ahead to one; the spaces the site pads it with are taken in `_padded`.
_ELISION = re.compile(r"\( *略 *\)")
_ELIDED_WORD = "略"  # in every match of _ELISION
_PADDING = frozenset(" \t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f")
_HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

LEADER, LEADER_BROKEN, PERSON, PLACE, BODY, SLOT = "leader", "leader_broken", "person", "place", "body", "slot"
ELIDED = "elided"  # (略) inside a sentence: the span covers the spaces around it
# One character of a formulation masked (习*平法治思想, 用*严格制度): `word` is the formulation's fixed text,
# `variant.index` the masked character's place in it, `span_end` the formulation's end.
CHAR = "char"


class Mask(NamedTuple):
    start: int  # the mask (with a year slot's digits)
    end: int
    kind: str  # LEADER | LEADER_BROKEN | PERSON | PLACE | BODY | SLOT | ELIDED
    word: str  # the title, place word or unit after the mask; for leaders the canonical text
    span_end: int  # end of the span to report (mask + what identifies it)
    formulation: Formulation | None = None
    variant: Variant | None = None


@cache
def _words() -> tuple[tuple[str, str], ...]:
    """(word, kind) for everything that may follow a mask, longest first (市长 before 市, 人民政府 before 人)."""
    data = load_data("redaction", "slots.yaml")
    pairs = [(w, PERSON) for w in data["titles"]] + [(w, PLACE) for w in data["places"]] \
        + [(w, BODY) for w in data["bodies"]] + [(str(w), SLOT) for w in data["units"]]
    seen: dict[str, str] = {}
    for word, kind in pairs:
        seen.setdefault(word, kind)
    return tuple(sorted(seen.items(), key=lambda p: -len(p[0])))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_data("redaction", "slots.yaml")["surnames"].replace(" ", ""))


@cache
def _anonymised() -> tuple[str, ...]:
    return tuple(load_data("redaction", "slots.yaml")["anonymised_parties"])


def _word_after(text: str, pos: int) -> tuple[str, str] | None:
    for word, kind in _words():
        if text.startswith(word, pos):
            return word, kind
    return None


def _leader(text: str, start: int, end: int) -> Mask | None:
    formulations = leader_formulations()
    for f in formulations:
        if text.startswith(f.tail, end):
            return Mask(start, end, LEADER, f.text, end + len(f.tail), f, Variant("exact", len(f.tail)))
    for f in formulations:
        v = compare(f.tail, text, end)
        if v is not None:
            return Mask(start, end, LEADER_BROKEN, f.text, end + v.length, f, v)
    return None


def _emphasis_runs(line_text: str, line_start: int) -> dict[int, int]:
    """Offset -> length of the ** / *** runs that open or close Markdown emphasis on one line
    (**县委高度重视**): a pair of equal runs on one line with short, unpadded text between them."""
    runs = list(_EMPHASIS_RUN.finditer(line_text))
    out: dict[int, int] = {}
    i = 0
    while i + 1 < len(runs):
        a, b = runs[i], runs[i + 1]
        inner = line_text[a.end():b.start()]
        if len(a.group()) == len(b.group()) and 0 < len(inner) <= _EMPHASIS_MAX and inner == inner.strip() \
                and _balanced(inner):
            out.update({line_start + a.start(): len(a.group()), line_start + b.start(): len(b.group())})
            i += 2
        else:
            i += 1
    return out


_PAIRS = (("《", "》"), ("“", "”"), ("(", ")"))


def _balanced(inner: str) -> bool:
    """Whether emphasised text could be what lies between two runs: bold never opens inside one title and
    closes inside the next ("《**区2022年工作要点》《**开发区…》" is two masked names, not **bold**)."""
    for opening, closing in _PAIRS:
        depth = 0
        for ch in inner:
            if ch == opening:
                depth += 1
            elif ch == closing:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return True


def _at_line_start(doc: Document, offset: int) -> bool:
    line = doc.line_of(offset)
    return not doc.text[line.start:offset].strip()


def scan(doc: Document) -> list[Mask]:
    """Every mask in the document (chrome lines skipped), classified; computed once per document for the
    three rules that report them (kept beside the document's own analyses, which it releases with them)."""
    return doc.memo(_CACHE_KEY, lambda: _scan(doc))


def _scan(doc: Document) -> list[Mask]:
    """One pass over the whole text; the line of a mask is looked up only for the few candidates found."""
    text = doc.folded
    chrome = doc.chrome
    emphasis_by_line: dict[int, dict[int, int]] = {}

    def emphasis_at(offset: int) -> int:
        line = doc.line_of(offset)
        if line.number not in emphasis_by_line:
            emphasis_by_line[line.number] = _emphasis_runs(line.folded, line.start)
        return emphasis_by_line[line.number].get(offset, 0)

    out: list[Mask] = []
    for m in _runs(text):
        run = m.group()
        start = _mask_start(text, m.start())
        if start is None or not _is_run(text, run, m.end()) or doc.line_of(start).number in chrome:
            continue
        emphasis = emphasis_at(m.start()) if run.startswith("**") else 0
        mask = _classify(doc, text, start, m.end(), run, start < m.start(), emphasis)
        if mask:
            out.append(mask)
    for m in _SOMEONE.finditer(text) if _SOMEONE_PAIR in text else ():
        if doc.line_of(m.start()).number in chrome:
            continue
        mask = _someone(text, m.start(), m.end())
        if mask:
            out.append(mask)
    out.extend(elisions(doc))
    out.sort(key=lambda k: k.start)
    return out


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of _RUN.finditer(text)."""
    # Substring tests first: they run at memchr speed, and most reports have no mask character at all. Then
    # a search for each one the text has (as fast), where `re` would test every character against the class.
    present = [c for c in _RUN_CHARS if c in text]
    return matches_at(_RUN, text, sorted(at for c in present for at in find_all(text, c))) if present else iter(())


def elided_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every (略) that R002 (or R001, for a leader's name) reports as text hidden by a
    republishing site, the spaces around it included, in order: other rules (T001) leave the spaces inside
    these spans alone. Memoised on the document apart from the full scan, so a rule outside this family pays
    only for finding (略)."""
    return [(m.start, m.end) for m in elisions(doc)]


def elisions(doc: Document) -> list[Mask]:
    """The (略) masks of the document (kind ELIDED, or LEADER/LEADER_BROKEN before a formulation's tail),
    computed once per document."""
    return doc.memo(_ELISIONS_KEY, lambda: _elisions(doc))


def _elisions(doc: Document) -> list[Mask]:
    """(略) with words on both sides in the same line: a site cut words out of a sentence. At a line's end,
    after a colon (附件：（略）) or before punctuation it is the author's own ellipsis."""
    text = doc.folded
    out: list[Mask] = []
    if _ELIDED_WORD not in text:
        return out  # most reports: one search for a character (memchr) instead of `re` stopping at every "("
    for m in _ELISION.finditer(text):
        start, end = _padded(text, m.start(), m.end())
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not _is_word(after) or doc.line_of(start).number in doc.chrome:
            continue
        # 以（略）新时代中国特色社会主义思想, “（略）总书记指出”: the leader's name, restored like a *** mask
        # (R001) whatever comes before it.
        mask = _leader(text, start, end) or (Mask(start, end, ELIDED, "", end) if _is_word(before) else None)
        if mask:
            out.append(mask)
    return out


def _padded(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over the spaces on either side (the site pads the (略) it puts in)."""
    while start > 0 and text[start - 1] in _PADDING:
        start -= 1
    while end < len(text) and text[end] in _PADDING:
        end += 1
    return start, end


def _is_word(ch: str) -> bool:
    """A Chinese character or a digit: what the words a (略) cut apart end and begin with."""
    return bool(ch) and (ch in _DIGITS or _HAN.match(ch) is not None)


def _is_run(text: str, run: str, end: int) -> bool:
    chars = set(run)
    if end < len(text) and text[end] in _LATIN_OR_DIGIT:
        return False
    return any(chars <= kind and len(run) <= longest for kind, longest in _RUN_KINDS)


def _mask_start(text: str, run_start: int) -> int | None:
    """Where a mask begins (before a year slot's digits), or None when the run is not a mask."""
    start = run_start
    for width in (3, 2):
        if start - width >= 0 and _YEAR_DIGITS.fullmatch(text, start - width, start):
            start -= width
            break
    if start > 0 and text[start - 1] in _NOT_BEFORE:
        return None
    return start


def _classify(doc: Document, text: str, start: int, end: int, run: str, year_digits: bool,
              emphasis: int) -> Mask | None:
    """What a mask stands for; `emphasis` is the length of the Markdown emphasis run it may be (0: none)."""
    if run[0] in _BULLETS and len(run) == 1 and _at_line_start(doc, start):
        return None  # a list bullet
    # "**总书记**" is bold; "以***新时代…贯彻***全面依法治国" pairs up too, but three stars are how a
    # three-character name is masked, so only a two-star pair is taken for bold before a formulation.
    if len(run) == 1 and not year_digits:
        char = masked_character(text, start)
        if char:
            return char
    leader = None if year_digits or emphasis == 2 else _leader(text, start, end)
    if leader:
        return leader
    # Weaker evidence from here on: a lone symbol (a checkbox, a multiplication sign) or a Markdown
    # emphasis marker is not a mask.
    if emphasis or (run[0] in _SYMBOLS and len(run) == 1):
        return None
    if _DECIMAL_SLOT.match(text, end):
        return Mask(start, end, SLOT, "%", _DECIMAL_SLOT.match(text, end).end())  # type: ignore[union-attr]
    found = _word_after(text, end)
    if not found:
        return None
    word, kind = found
    if year_digits and kind != SLOT:
        return None
    return Mask(start, end, kind, word, end + len(word))


def masked_character(text: str, pos: int) -> Mask | None:
    """A lone mask character standing for one character of a formulation: the formulation is exact around it
    with the mask read as that character (习*平法治思想), and as any other lone mask in it (用*严格制度*严密
    法治, a site's filter of 最). Not at a formulation's first character unless that begins the leader's name
    (*近平法治思想): a bullet before 习近平同志为核心的党中央 is not a masked 以."""
    for whole, f in fixed_texts().items():
        first = 0 if f.name and whole.startswith(f.name) else 1
        for i in range(first, len(whole)):
            start = pos - i
            if start >= 0 and _matches_with_masks(text, start, whole, first):
                return Mask(pos, pos + 1, CHAR, whole, start + len(whole), f, Variant("masked", len(whole), i))
    return None


_MAX_MASKED = 2  # masked characters in one formulation: beyond that its text no longer proves which it is


def _matches_with_masks(text: str, start: int, whole: str, first: int) -> bool:
    """text[start:] begins with `whole`, where a lone mask character may stand for any character from
    `first` on (at most _MAX_MASKED of them)."""
    if start + len(whole) > len(text):
        return False
    masked = 0
    for j, ch in enumerate(whole):
        t = text[start + j]
        if t == ch:
            continue
        if j < first or t not in _RUN_CHARS or not _lone(text, start + j):
            return False
        masked += 1
        if masked > _MAX_MASKED:
            return False
    return True


def _lone(text: str, pos: int) -> bool:
    """The mask character at `pos` has no mask character beside it (** is emphasis or a longer mask)."""
    return (pos == 0 or text[pos - 1] not in _RUN_CHARS) and (pos + 1 >= len(text) or text[pos + 1] not in _RUN_CHARS)


def in_name(mask: Mask) -> bool:
    """The masked character of a CHAR mask is part of the leader's name."""
    f, v = mask.formulation, mask.variant
    if f is None or v is None or not f.name:
        return False
    at = mask.word.find(f.name)
    return at >= 0 and at <= v.index < at + len(f.name)


def _someone(text: str, start: int, end: int) -> Mask | None:
    """某某: a slot or a masked name, unless it anonymises a party to a case (王某某, 某某公司诉…)."""
    if start > 0 and text[start - 1] in _surnames():
        return None
    if any(text.startswith(w, end) for w in _anonymised()):
        return None
    found = _word_after(text, end)
    if found and found[1] != SLOT:
        return Mask(start, end, found[1], found[0], end + len(found[0]))
    return Mask(start, end, SLOT, "", end)


# --- advert words a scraper site pastes into a formulation ---------------------------------------------
# Inside one (习近平betway法治思想, R004 deletes them) or in place of the leader's name (以betway必威体育新时代
# 中国特色社会主义思想, R001 restores the name). A formulation never holds Latin letters, so a Latin run is the
# site's word only where the formulation is proved around it: what is left after removing it is the exact
# formulation, or a formulation's tail follows it where the name belongs.

INSERTED, NAME = "inserted", "name"
# What a pasted run is made of: a site or brand name, a domain.
_SPAM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/:")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9._\-/:]*")
# Every byte but the ASCII letters: deleted from a text's ASCII part, they leave the letters it holds.
_NOT_LETTERS = bytes(b for b in range(256) if chr(b) not in _ASCII_LETTERS)
_FEW_LETTERS = 200  # beyond this many letters (English text), `re` finds the runs faster than one find per letter
_SPAM_KEY = "redaction.spam"
_ENDING = 2  # characters at a formulation's end found literally: the run is looked for before them


class Spam(NamedTuple):
    start: int  # the pasted run: Latin letters, and the Chinese part of a site's name after them
    end: int
    kind: str  # INSERTED (the formulation is whole around it) | NAME (it stands where the name was)
    formulation: Formulation
    span_start: int  # the formulation as written, the run included
    span_end: int


@cache
def _by_ending() -> dict[str, tuple[str, ...]]:
    """The formulations' fixed texts by their last characters, which a run pasted before them leaves intact."""
    out: dict[str, list[str]] = {}
    for whole in sorted(fixed_texts(), key=len, reverse=True):
        out.setdefault(whole[-_ENDING:], []).append(whole)
    return {k: tuple(v) for k, v in out.items()}


def spam_runs(doc: Document) -> list[Spam]:
    """Every advert run pasted into a formulation, in order; computed once for R001 and R004."""
    return doc.memo(_SPAM_KEY, lambda: _scan_spam(doc))


def _scan_spam(doc: Document) -> list[Spam]:
    """From each Latin run, forward to a formulation ending close after it, and back from that ending over the
    formulation as far as it agrees: the run must be what interrupts it."""
    text = doc.folded
    found: dict[int, Spam] = {}
    for run in _latin_runs(text):
        for spam in _spam_at(text, run.end()):
            if spam.start not in found and doc.line_of(spam.start).number not in doc.chrome:
                found[spam.start] = spam
    return sorted(found.values(), key=lambda s: s.start)


def _latin_runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LATIN_RUN.finditer(text), tried only at its letters (each match begins at one), found by
    str.find where `re` would test every character of the text against the class. Which letters the text holds
    its ASCII part says (a fast C encode): most reports hold none, the others two or three short words."""
    letters = text.encode("ascii", "ignore").translate(None, _NOT_LETTERS)
    if not letters:
        return iter(())
    if len(letters) > _FEW_LETTERS:
        return _LATIN_RUN.finditer(text)
    return matches_at(_LATIN_RUN, text, sorted(at for c in set(letters.decode()) for at in find_all(text, c)))


def _spam_at(text: str, latin_end: int) -> Iterator[Spam]:
    """Runs ending at `latin_end` that interrupt a formulation whose ending comes within reach after it."""
    longest_name = spam_config().longest_name
    for ending, wholes in _by_ending().items():
        pos = text.find(ending, latin_end, latin_end + longest_name + len(wholes[0]))
        if pos < 0:
            continue
        for whole in wholes:
            spam = _before_ending(text, pos + len(ending), whole)
            if spam is not None:
                yield spam


def _before_ending(text: str, end: int, whole: str) -> Spam | None:
    """The run pasted into `whole`, which ends at `end`: after the run (and the Chinese part of a site's
    name, betway必威体育) the formulation resumes, and before it the formulation is exact (INSERTED) or it
    stands for the leader's name (NAME)."""
    agree = 0
    while agree < len(whole) and end - agree > 0 and text[end - agree - 1] == whole[-agree - 1]:
        agree += 1
    i, resume = len(whole) - agree, end - agree  # whole[i:] is written from `resume` on
    if i == 0:
        return None  # the formulation is whole
    start, latin_end = _run_before(text, resume)
    if start < 0:
        return None
    f = fixed_texts()[whole]
    if text.endswith(whole[:i], 0, start):
        return Spam(start, resume, INSERTED, f, start - i, end)
    if f.name and i == whole.find(f.name) + len(f.name) and _instead_of_name(text, start, latin_end, resume, end):
        return Spam(start, resume, NAME, f, start, end)
    return None


def _run_before(text: str, resume: int) -> tuple[int, int]:
    """(start, end of its Latin part) of the run ending at `resume`: Latin letters, then up to `longest_name`
    Chinese characters; (-1, -1) when there is none. XX is a mask (R001, R002), not a run."""
    han = 0
    while han <= spam_config().longest_name and resume - han > 0 and _HAN.match(text[resume - han - 1]):
        han += 1
    latin_end = resume - han
    if han > spam_config().longest_name or latin_end == 0 or not text[latin_end - 1].isalnum() \
            or not text[latin_end - 1].isascii():
        return -1, -1
    start = latin_end - 1
    while start > 0 and text[start - 1] in _SPAM_CHARS:
        start -= 1
    run = text[start:latin_end]
    if len(run) < 2 or not run[0].isalpha() or set(run) <= set("Xx"):
        return -1, -1
    return start, latin_end


def _instead_of_name(text: str, start: int, latin_end: int, resume: int, end: int) -> bool:
    """A run where the leader's name belongs, right before a formulation's tail (以betway新时代…思想). With a
    Chinese part (betway必威体育) the run must be the site's: it stands for the name twice or more, and the
    document never names the leader."""
    if text.endswith(leader_name(), 0, start):
        return False
    if any(text.startswith(w, end) for w in spam_config().not_after_tail):
        return False  # VR法治思想教育: the general term
    return resume == latin_end or _the_sites_name(text, text[start:resume])


def _the_sites_name(text: str, run: str) -> bool:
    if leader_name() in text:
        return False
    tails = tuple(f.tail for f in leader_formulations())
    seen = 0
    for pos in find_all(text, run):
        if text.startswith(tails, pos + len(run)):
            seen += 1
            if seen == 2:
                return True
    return False
