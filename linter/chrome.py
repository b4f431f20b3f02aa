"""Which lines are web-page chrome rather than report text (breadcrumbs, share widgets, metadata blocks,
date lists, a page title repeated above the report title).

The document model exposes the result as `Document.chrome`; the outline skips those lines when it looks
for the title, and the boilerplate rules report them. The patterns live in checks/boilerplate/chrome.yaml.

Two strengths of evidence:
- strong: a short line whose shape is chrome (a breadcrumb, "浏览量:", "索引号:", a label alone with its
  colon) is chrome anywhere, and so is a short line holding two or more metadata fields ("日期:2026-03-17
  来源:某局", "[ 索引号 ] … [ 发文字号 ]", or without colons: "责任部门 某镇 公开形式 主动公开");
- weak: a bare date, a lone Latin word ("map"), a separator, a button ("大", "打印"), a title field
  ("标题: <the report title>") or a value under its label is chrome only at the head or the tail of the
  document (outside the report text), and only beside strong chrome or in a run of dates.
Body text is never judged by keyword: a long line, or a line in the middle of the report, is report text.

One more thing is not a line: a timestamp field glued to the first paragraph ("发表时间 : 2025-03-18
16:56:432024年以来，…"). The line stays report text; `glued_metadata` gives the field's extent so that B001
can report and delete the field alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .data import load_data
from .document import has_top_level_bar
from .outline import is_salutation, is_title_like, is_weak_title, parse_heading
from .patterns import UserPattern, compile_patterns, search_any
from .record import NamedTuple

if TYPE_CHECKING:
    from .document import Document, Line

# Bullets and spaces a page puts before a widget caption ("  • 浏览量:").
_BULLETS = "\u2022\u00b7\u25aa\u25c6\u25ba"
_LEAD = re.compile(rf"^[\s\u00a0{_BULLETS}]+")
# Separators between a page title and the site name ("…情况报告_某县人民政府门户网站").
_TITLE_SEPARATORS = "_-|—–·:"
_SITE_NAME_MAX = 40
# A site's column name ("工作报告", "法制查询") may stand above the page title; a title is never this short.
_COLUMN_NAME_MAX = 6
_COLUMN_NAMES_SKIPPED = 2
# A dash bullet left by a page-to-text converter before a field: "- 索 引 号:…".
_DASH_LEAD = re.compile(r"^-\s+")
# Sentence punctuation: a line holding any is prose, whatever "label:" pairs it has (a comma between digits
# is a thousands separator, not punctuation).
_SENTENCE = re.compile(r"[。;!?]|,(?!\d)")
_SPACES = re.compile(r"[ \u00a0]")
_CACHE_KEY = "_chrome_kinds"  # per-document cache slot (Document has no field for it)
# A row of fields without colons is split into "|" cells when it has them, else at spaces.
_CELL = re.compile(r"\s*\|\s*")
_GAP = re.compile(r"[ \u00a0\t]+")
# A clock time may follow a date value as a token of its own: "成文日期 2025-03-21 09:30 公开时限 长期".
_CLOCK = re.compile(r"\d{1,2}:\d{2}(:\d{2})?")
# A value alone on the line below its label ("审核程序:" / "单位审核公开"): short, and not a sentence.
_VALUE_MAX = 40
# Short lines above the report title (a site name, a column name) do not end the head of the document.
_LEAD_IN_MAX = 20
_TITLE_SEARCH_LINES = 40
# A timestamp field glued to the first paragraph: the field ends with the timestamp (2-digit month, day and
# minutes, so where it ends is certain) and the paragraph starts with a Chinese character or "2024年" (and
# is a sentence, not the next field: see _glued_field).
_STAMP_LABEL = r"^\s*(?:发布时间|发表时间|更新时间|发布日期|更新日期|信息提供日期)\s*:\s*"
_GLUED = re.compile(_STAMP_LABEL + r"\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=\d{4}年|[\u4e00-\u9fff“(])")
_STAMP_FIELD = re.compile(_STAMP_LABEL + r"\d")
# The first paragraph run into a title: "2023年，…" (or "2023 年，…", spaced by a PDF extraction) or a
# sentence of Chinese.
_GLUED_BODY = re.compile(r"\s*(?:20\d\d\s*年|[\u4e00-\u9fff“])[^。]*[。,;]")

# Bare dates: chrome in a run of dates written the same way (ISO ones also beside strong chrome).
_DATE_KINDS = ("date", "signed_date")
_RUN_MIN = {"date": 2, "signed_date": 3}
PAGE_TITLE = "page_title"


class _Kinds(NamedTuple):
    """The patterns of each kind, in order, and a test that passes on every line any of them matches."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    any: _AnyOf


class _AnyOf(NamedTuple):
    """Whether any of a list of patterns searches successfully in a line, told in at most three calls: most short
    lines are headings or a date and match nothing, and one search per kind of chrome (a dozen of them) tried
    most patterns at every character of the line. A pattern that opens with "^" (and is no alternation at its
    top level) can only match at the start: those are tried there alone, together. When every match holds one
    of a few literals, a line without any is told by one search for them: the patterns' own alternations give
    `re` no first character to skip ahead to, and several backtrack."""

    at_start: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None
    literals: re.Pattern[str] | None

    def search(self, text: str) -> bool:
        if self.literals is not None and not self.literals.search(text):
            return False  # most short lines
        return bool((self.at_start is not None and self.at_start.match(text))
                    or (self.anywhere is not None and self.anywhere.search(text)))


def _any_of(patterns: list[str], literals: list[str] | None = None) -> _AnyOf:
    anchored = [p for p in patterns if p.startswith("^") and not has_top_level_bar(p)]
    floating = [p for p in patterns if p not in anchored]
    return _AnyOf(re.compile("|".join(f"(?:{p})" for p in anchored)) if anchored else None,
                  re.compile("|".join(f"(?:{p})" for p in floating)) if floating else None,
                  re.compile("|".join(map(re.escape, literals))) if literals else None)


def _kinds(groups: dict[str, list[str]], literals: list[str] | None = None) -> _Kinds:
    """`literals`: strings one of which every match of every pattern holds (None: not known)."""
    return _Kinds(tuple((kind, re.compile("|".join(f"(?:{p})" for p in group))) for kind, group in groups.items()),
                  _any_of([p for group in groups.values() for p in group], literals))


class _Patterns(NamedTuple):
    strong: _Kinds
    edge: _Kinds
    max_len: int


class _Fields(NamedTuple):
    bracketed: re.Pattern[str]  # "[ 索引号 ]" or "| [ 索引号 ] |"
    field: re.Pattern[str]  # "索引号:" or "索 引 号 :" at the start or after a space, "|", "-", "]", "】"
    spaced: re.Pattern[str]  # "索 引 号" between spaces or "|": a label without its colon
    bare: re.Pattern[str]  # a normalised line that is a label and its colon only: "发布时间:"
    title: re.Pattern[str]  # "标题: <title>", maybe with an empty "文号:" after it
    labels: frozenset[str]
    generic: frozenset[str]
    no_value: frozenset[str]
    min_fields: int


class _Classified(NamedTuple):
    kinds: dict[int, str]
    glued: dict[int, int]  # line number -> length of a metadata field glued before the first paragraph


# What may stand before a label for it to start a field ("索引号:" at the start, after a space, "|", "]", "】", "-")
# and a label without its colon ("索 引 号" at the start, after a space or "|").
_FIELD_BEFORE = r"[^\s|\]】\-]"
_SPACED_BEFORE = r"[^\s|]"
_OPTIONAL_SPACE = "[ \u00a0]?"  # after each character of a label but the last: "索 引 号" is 索引号


def _label_alternation(labels: list[str], not_after: str | None = None) -> str:
    """The labels as alternatives, each character optionally followed by one space ("索 引 号" is 索引号); with
    `not_after`, a class of what may not stand before the label, tested after its first character: an
    alternation whose every alternative opens with a literal lets `re` skip ahead to the labels' first
    characters, where a lookbehind in front had it try every alternative at every character of the line."""
    behind = f"(?<!{not_after}.)" if not_after else ""

    def one(label: str) -> str:
        # One escape and one join per label, not an f-string and an escape per character: the labels (some
        # 60) are spelled three times at the first report. A label the escape leaves as it is (all of the
        # Chinese ones) has no character to escape.
        chars = label if len(re.escape(label)) == len(label) else list(map(re.escape, label))
        return chars[0] + behind + _OPTIONAL_SPACE.join(chars)[len(chars[0]):]

    return "|".join(map(one, labels))


@lru_cache(maxsize=1)
def _fields() -> _Fields:
    data = load_data("boilerplate", "chrome.yaml")["metadata_fields"]
    generic = frozenset(data["generic"])
    # Longest first, each character optionally followed by one space: "索 引 号" is 索引号.
    labels = sorted(set(data["labels"]) | generic, key=lambda s: (-len(s), s))  # a stable order: same pattern every run
    alternation = _label_alternation(labels)
    titles = "|".join(map(re.escape, data["title_labels"]))
    return _Fields(
        bracketed=re.compile(rf"\|?\s*[\[【]\s*(?P<label>{alternation})\s*[\]】]\s*\|?"),
        field=re.compile(rf"(?P<label>{_label_alternation(labels, _FIELD_BEFORE)})\s*:"),
        spaced=re.compile(rf"(?P<label>{_label_alternation(labels, _SPACED_BEFORE)})(?=[\s|]|$)"),
        bare=re.compile(rf"(?P<label>{alternation}):"),
        title=re.compile(rf"(?:{titles}):\s*(?P<value>.*?)(?:\s+(?:文号|发文字号|索引号):)?"),
        labels=frozenset(labels),
        generic=generic,
        no_value=frozenset(data["no_value"]),
        min_fields=int(data["min_fields"]),
    )


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data("boilerplate", "chrome.yaml")
    return _Patterns(_kinds(data["line_patterns"], data["line_pattern_literals"]), _kinds(data["edge_patterns"]),
                     int(data["max_line_length"]))


@lru_cache(maxsize=32)
def _user_patterns(sources: tuple[str, ...]) -> tuple[UserPattern, ...]:
    # A bad pattern raises ConfigError naming boilerplate.patterns[i]; a slow one times out (linter.patterns).
    return tuple(compile_patterns(sources, "boilerplate.patterns"))


def label(kind: str) -> str:
    """How a finding names a kind of chrome (Chinese)."""
    labels: dict[str, str] = load_data("boilerplate", "chrome.yaml")["labels"]
    return labels.get(kind, labels["custom"])


def shape(folded_line: str) -> str:
    """A line as the patterns see it: stripped, leading bullets removed."""
    text = folded_line.strip()
    # _LEAD only when a bullet is left in front (most lines have none): the spaces around it are stripped.
    return _LEAD.sub("", text).strip() if text and text[0] in _BULLETS else text


def normalise(text: str) -> str:
    """A shaped line with its metadata labels written plainly: "[ 索引号 ] 1150…" and "| [ 索引号 ] | 1150… |"
    read "索引号: 1150…", "- 索 引 号:…" reads "索引号:…". Other text is left as it is: a table row of
    figures ("| 受理 | 12件 |") keeps its "|" and matches nothing."""
    if ":" not in text and "[" not in text and "【" not in text:
        return text  # no field to rewrite: most lines
    fields = _fields()
    text = fields.bracketed.sub(lambda m: f" {_SPACES.sub('', m['label'])}: ", text)
    text = fields.field.sub(lambda m: f"{_SPACES.sub('', m['label'])}:", text)
    return _DASH_LEAD.sub("", text.strip()).strip()


def _is_field_row(text: str) -> bool:
    """Whether a normalised short line is a row of metadata fields: enough fields of different labels, one
    of them not a word of ordinary prose (日期, 名称…), and no sentence punctuation."""
    if ":" not in text or _SENTENCE.search(text):
        return False
    fields = _fields()
    labels = {_SPACES.sub("", m["label"]) for m in fields.field.finditer(text)}
    return len(labels) >= fields.min_fields and not labels <= fields.generic


def _is_colonless_row(text: str) -> bool:
    """Whether a normalised short line is a row of fields written without colons, "|" cells or words
    between spaces: "信息索引号 0010…/2025-20657 文件编号", "| 索 引 号 | XM… | 主题分类 | 行政行为 |". Every
    word is a known label or the one value after a label (a date value may take a clock time too); at least
    two different labels, one not a word of prose, and at least one value: a table header "| 名称 | 文号 |
    发布日期 |" is report content."""
    if " " not in text.strip() or _SENTENCE.search(text):
        return False  # one word (most short lines: headings) or a sentence
    fields = _fields()
    text = fields.spaced.sub(lambda m: _SPACES.sub("", m["label"]), text)
    tokens = [t for t in (_CELL.split(text.strip("| ")) if "|" in text else _GAP.split(text)) if t]
    if not tokens or tokens[0] not in fields.labels:
        return False  # most lines: the first word is no label
    labels: list[str] = []
    values = i = 0
    while i < len(tokens):
        if tokens[i] not in fields.labels:
            return False
        labels.append(tokens[i])
        i += 1
        if i < len(tokens) and tokens[i] not in fields.labels:
            values += 1
            i += 2 if i + 1 < len(tokens) and _CLOCK.fullmatch(tokens[i + 1]) else 1
    distinct = set(labels)
    return (len(distinct) >= fields.min_fields and not distinct <= fields.generic and values > 0
            and len(distinct) == len(labels))


def _bare_label(plain: str) -> str | None:
    """The label of a line that is one metadata label and its colon ("发布时间:", "审核程序:"), if it is."""
    if not plain.endswith(":"):
        return None  # most lines
    m = _fields().bare.fullmatch(_SPACES.sub("", plain))
    return m["label"] if m else None


def _is_title_field(plain: str) -> bool:
    """"标题: 某局2025年度法治政府建设情况报告", "名称: …报告 文号:": a field naming the page's title."""
    if ":" not in plain:
        return False  # most lines: the field's label has its colon
    m = _fields().title.fullmatch(_CELL.sub(" ", plain).strip())
    if m is None:
        return False
    value = m["value"].strip()
    return not value or is_weak_title(value) or is_title_like(value)


def _strong_kind(plain: str, text: str, pats: _Patterns, user: tuple[UserPattern, ...], bare: str | None) \
        -> str | None:
    if kind := _first_kind(plain, pats.strong):
        return kind
    if _is_field_row(plain) or _is_colonless_row(plain) or (bare and bare not in _fields().generic):
        return "metadata"
    return "custom" if user and search_any(user, text) else None


def _plainly_text(text: str, pats: _Patterns) -> bool:
    """Whether a shaped short line is told no strong chrome, no label alone and no glued field by one search: it
    holds none of the strong patterns' literals (among them ":", "|", "[", "【", so normalise leaves it as it is
    and it has no field) and no space (a row of fields without colons has one). Not with user patterns."""
    literals = pats.strong.any.literals
    return literals is not None and " " not in text and not literals.search(text)


def _weak_kind(plain: str, pats: _Patterns, bare: str | None) -> str | None:
    """A generic label alone ("名称:") and a title field are weak: a list in a report may hold them."""
    if kind := _first_kind(plain, pats.edge):
        return kind
    return "metadata" if bare or _is_title_field(plain) else None


def _first_kind(text: str, kinds: _Kinds) -> str | None:
    if not kinds.any.search(text):
        return None  # most lines
    for kind, pattern in kinds.patterns:
        if pattern.search(text):
            return kind
    return None


def _repeats(page_title: str, report_title: str) -> bool:
    """Whether a line is the report title again, possibly with the site's name after or before it."""
    a, b = re.sub(r"\s+", "", page_title), re.sub(r"\s+", "", report_title)
    if a == b:
        return True
    if a.startswith(b):
        rest = a[len(b):]
        return rest[0] in _TITLE_SEPARATORS and len(rest) <= _SITE_NAME_MAX
    if a.endswith(b):
        rest = a[: -len(b)]
        return rest[-1] in _TITLE_SEPARATORS and len(rest) <= _SITE_NAME_MAX
    return False


def _classified(doc: Document) -> _Classified:
    cached = doc.__dict__.get(_CACHE_KEY)
    if cached is None:
        cached = _classify(doc)
        doc.__dict__[_CACHE_KEY] = cached
    return cached


def chrome_kinds(doc: Document) -> dict[int, str]:
    """Line number -> kind of chrome, for every chrome line. Computed once per document."""
    return _classified(doc).kinds


def glued_metadata(doc: Document) -> dict[int, int]:
    """Line number -> length of a timestamp field glued before the first paragraph on that line
    ("发表时间 : 2025-03-18 16:56:43" in "发表时间 : 2025-03-18 16:56:432024年以来，…"). The line is report text."""
    return _classified(doc).glued


def chrome_lines(doc: Document) -> frozenset[int]:
    return frozenset(chrome_kinds(doc))


def _classify(doc: Document) -> _Classified:
    pats = _patterns()
    user = _user_patterns(tuple(doc.chrome_patterns))
    strong: dict[int, str] = {}
    shapes: dict[int, str] = {}
    plains: dict[int, str] = {}
    bares: dict[int, str] = {}  # lines that are a label and its colon only
    max_len = pats.max_len
    for line in doc.lines:
        folded = line.folded
        text = folded.strip()  # no copy of a paragraph with nothing to strip: most of the text
        if text and text[0] in _BULLETS:
            text = shape(text)
        if not text or len(text) > max_len:
            continue  # a blank line or a paragraph
        if not user and _plainly_text(text, pats):
            shapes[line.number] = plains[line.number] = text  # most short lines: headings
            continue
        if _is_glued_text(folded):
            continue  # a short first paragraph with a field glued before it is report text too
        shapes[line.number] = text
        plain = plains[line.number] = normalise(text)
        if label := _bare_label(plain):
            bares[line.number] = label
        if kind := _strong_kind(plain, text, pats, user, label):
            strong[line.number] = kind

    def weak_kind(n: int) -> str | None:
        return _weak_kind(plains[n], pats, bares.get(n)) if n in plains and n not in strong else None

    weak = _WeakKinds(weak_kind)
    _mark_values(doc, strong, weak, plains, bares)

    found = dict(strong)
    _mark_page_title(doc, found, weak, shapes)

    # The head and the tail: the lines before the first and after the last line of report text.
    content = _content_span(doc, found, weak, shapes)
    last = len(doc.lines)
    zones = [range(1, content[0]), range(content[1] + 1, last + 1)] if content else [range(1, last + 1)]
    for i, zone in enumerate(zones):
        _mark_edge(zone, found, weak, tail=i == 1)
    return _Classified(found, _glued(doc, content[0]) if content else {})


class _WeakKinds(dict[int, str]):
    """Line number -> weak kind of chrome, each line told when first asked about (`in`, get): weak chrome counts
    only at the head and the tail of a document and below a label, so the lines in between, most of the short
    ones, are never told."""

    def __init__(self, tell: Callable[[int], str | None]) -> None:
        super().__init__()
        self._tell = tell
        self._told: set[int] = set()

    def _told_about(self, n: int) -> None:
        if n not in self._told:
            self._told.add(n)
            if kind := self._tell(n):
                dict.__setitem__(self, n, kind)

    def __contains__(self, n: object) -> bool:
        self._told_about(n)  # type: ignore[arg-type]
        return dict.__contains__(self, n)

    def get(self, n: int, default: str | None = None) -> str | None:  # type: ignore[override]
        self._told_about(n)
        return dict.get(self, n, default)

    def __setitem__(self, n: int, kind: str) -> None:
        self._told.add(n)
        dict.__setitem__(self, n, kind)


def _content_span(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) \
        -> tuple[int, int] | None:
    """The first and the last line of report text: not chrome, not a title, and not a short line above the
    first title (a site or column name there, "某局", does not end the head: chrome below it is still at the
    head). Looked for from each end, not among all the lines: the body between is never read."""
    first_title: list[int] = []  # looked for only when a short line asks: many reports have no title-like line

    def is_text(line: Line) -> bool:
        n = line.number
        if not line.text.strip() or n in found or n in weak or is_title_like(line.folded):
            return False
        text = shapes.get(n, "")
        if not (0 < len(text) <= _LEAD_IN_MAX) or _SENTENCE.search(text):
            return True
        if not first_title:
            first_title.append(next((ln.number for ln in doc.lines[:_TITLE_SEARCH_LINES]
                                     if is_title_like(ln.folded)), 0))
        return n >= first_title[0]

    first = next((line.number for line in doc.lines if is_text(line)), None)
    if first is None:
        return None
    return first, next(line.number for line in reversed(doc.lines) if is_text(line))


def _mark_values(doc: Document, strong: dict[int, str], weak: dict[int, str], plains: dict[int, str],
                 bares: dict[int, str]) -> None:
    """A value a page shows on its own line below its label ("发布时间:" / "2026-03-04", "来源:" / "某镇人民政府")
    is weak chrome: short, not a sentence, not a title or a heading, and not above a title (then it may be
    the issuer line of a title in two lines)."""
    no_value = _fields().no_value
    # From each label down, not along every line: a document with a label alone holds one or two of them.
    for number, label in bares.items():
        line = _next_nonblank(doc, number)
        if label in no_value or line is None or line.number in strong \
                or weak.get(line.number, "date") not in _DATE_KINDS:
            continue  # a date below its label is that field's value, not a list of dates
        text = plains.get(line.number, "")
        if (0 < len(text) <= _VALUE_MAX and not _SENTENCE.search(text)
                and not is_title_like(line.folded) and parse_heading(0, text) is None and not is_salutation(text)
                and not ((nxt := _next_nonblank(doc, line.number)) and is_title_like(nxt.folded))):
            weak[line.number] = "metadata"


def _next_nonblank(doc: Document, number: int) -> Line | None:
    """The first line below line `number` that is not blank."""
    lines = doc.lines
    for i in range(number, len(lines)):  # lines[i] is line i + 1
        if lines[i].text.strip():
            return lines[i]
    return None


def _is_glued_text(folded: str) -> bool:
    """A timestamp field with a sentence after it on one line: report text, whether or not where the field
    ends is certain ("发布时间：2025-3-12024年以来，…" may be 2025-3-1 or 2025-3-12)."""
    return bool(_STAMP_FIELD.match(folded)) and bool(_SENTENCE.search(folded))


def _glued_field(folded: str) -> int:
    """The length of a timestamp field glued before a sentence ("发表时间 : 2025-03-18 16:56:432024年以来，…"),
    or 0. Not before another field: "发布时间: 2024-01-31 15:51 信息来源: 某办" is a row of fields."""
    m = _GLUED.match(folded)
    if m is None:
        return 0
    rest = folded[m.end():]
    return m.end() if _SENTENCE.search(rest) and not _fields().field.match(rest) else 0


def _glued(doc: Document, first_content: int) -> dict[int, int]:
    """A timestamp field glued before the first paragraph, on the first line of report text only."""
    length = _glued_field(doc.lines[first_content - 1].folded)
    return {first_content: length} if length else {}


# --- a watermark run into the title line ------------------------------------------------------------------

class TitleWatermark(NamedTuple):
    """A mirror site's watermark on a title line, and the title beside it: 0-based offsets in the line."""

    start: int
    end: int  # exclusive
    title_start: int
    title_end: int  # exclusive; the first paragraph may follow the title on the same line


class _Watermark(NamedTuple):
    url: re.Pattern[str]
    site_max: int
    separators: str


@lru_cache(maxsize=1)
def _watermark() -> _Watermark:
    data = load_data("boilerplate", "chrome.yaml")["title_watermark"]
    return _Watermark(re.compile(data["url"]), int(data["site_max"]), data["separators"])


# A title line with a watermark is short: the title, the site's name and its address.
_WATERMARK_SEARCH = 160
_TITLE_END = re.compile(r"(?:报告|总结|汇报|情况)[\"”]?(?:\([^()]{1,12}\))?")
# A title with the first paragraph run into it ends at 报告/总结/汇报 ("…情况的报告2023年，…"), not at 情况.
_GLUED_TITLE_END = re.compile(r"(?:报告|总结|汇报)(?:\([^()]{1,12}\))?")


def _site_text(text: str, site_max: int) -> bool:
    """Whether the words beside a web address can be a site's name and slogan."""
    return len(text.strip()) <= site_max and not _SENTENCE.search(text)


# Every address the watermark's `url` pattern finds has a dot then an ASCII letter (before its ending: .com, .cn...):
# a text holding no such pair holds no watermark. Opening with a literal, it lets `re` skip ahead to each dot.
_DOT_LETTER = re.compile(r"\.[A-Za-z]")


def may_hold_watermark(folded_text: str) -> bool:
    """False when title_watermark finds nothing on any line of a document's folded text: one search of the text
    (reports seldom hold a web address) rather than a test of each paragraph, many of which hold a decimal point."""
    return _DOT_LETTER.search(folded_text) is not None


def title_watermark(folded: str) -> TitleWatermark | None:
    """A mirror site's watermark run into a report title on one line, before it ("秘书之家—全网资源每日更新
    www.xxx.com某县2023年法治政府建设年度报告") or after it ("…情况报告_某某范文网 www.xxx.com"). None unless the
    line holds a web address and what is left is a title (checks/boilerplate/chrome.yaml `title_watermark`)."""
    if folded.find(".", 0, _WATERMARK_SEARCH) < 0:
        return None  # most lines (told in place: the outline asks it of every paragraph)
    head = folded[:_WATERMARK_SEARCH]
    wm = _watermark()
    urls = list(wm.url.finditer(head))
    if not urls:
        return None
    return _before_title(folded, urls[0], wm) or _after_title(folded, urls[-1], wm)


def _before_title(folded: str, url: re.Match[str], wm: _Watermark) -> TitleWatermark | None:
    """The site's name and the address, then the title (and maybe the first paragraph)."""
    if not _site_text(folded[:url.start()], wm.site_max):
        return None
    title_start = url.end()
    while title_start < len(folded) and (folded[title_start] in wm.separators or folded[title_start].isspace()):
        title_start += 1
    title_end = _title_end(folded, title_start)
    if not title_end:
        return None
    start = len(folded) - len(folded.lstrip())
    return TitleWatermark(start, title_start, title_start, title_end)


def _after_title(folded: str, url: re.Match[str], wm: _Watermark) -> TitleWatermark | None:
    """The title, a separator, the site's name and the address, and nothing after it."""
    if folded[url.end():].strip(" \t/"):
        return None
    before = folded[:url.start()]
    title_start = len(before) - len(before.lstrip())
    for m in reversed(list(_TITLE_END.finditer(before, title_start))):  # the longest title first
        gap = before[m.end():]
        if not _site_text(gap.strip(wm.separators + " \t"), wm.site_max):
            continue
        title = before[title_start:m.end()]
        if is_title_like(title) or is_weak_title(title):
            return TitleWatermark(m.end(), len(folded.rstrip()), title_start, m.end())
    return None


def glued_title_end(folded: str) -> int:
    """Where a report title that opens the line ends when the first paragraph is run into it ("某县2025年度
    法治政府建设情况报告2025年，全县坚持…": a document-sharing site lost the line break); 0 otherwise."""
    start = len(folded) - len(folded.lstrip())
    end = _title_end(folded, start)
    return end if end and folded[end:].strip() else 0


def _title_end(folded: str, start: int) -> int:
    """Where a title that begins at `start` ends: at the end of the line, or before the first paragraph run
    into it ("…情况的报告2023年，省政府坚持…"); 0 when no title begins there."""
    rest = folded[start:]
    if is_title_like(rest) or is_weak_title(rest):
        return len(folded.rstrip())
    for m in _GLUED_TITLE_END.finditer(rest, 0, _WATERMARK_SEARCH):
        if _GLUED_BODY.match(rest, m.end()) and is_title_like(rest[:m.end()]):
            return start + m.end()
    return 0


def _head_lines(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) -> Iterator[int]:
    """The lines of text that are not chrome from the top, after at most two column names ("工作报告"), each
    found when asked for: the page title's test stops at the first that is not short (in most reports the
    second, a paragraph), and the weak kinds of the lines below are never told."""
    skipped = 0
    heads = 0
    for line in doc.lines:
        if not line.text.strip() or line.number in found or line.number in weak:
            continue
        short = 0 < len(shapes.get(line.number, "")) <= _COLUMN_NAME_MAX
        if not heads and short and skipped < _COLUMN_NAMES_SKIPPED:
            skipped += 1
            continue
        heads += 1
        yield line.number


def _mark_page_title(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) -> None:
    """The page's own title repeated directly above the report title, at the head of the document. The
    report title may be one line or two: the issuer, then "关于…的报告"."""
    heads = _head_lines(doc, found, weak, shapes)
    page_line = next(heads, 0)  # 0: no line (line numbers start at 1)
    if page_line not in shapes:
        return  # no line, or a paragraph
    title_line = next(heads, 0)
    if title_line not in shapes:
        return
    page, title = shapes[page_line], shapes[title_line]
    if _is_report_title(title) and _repeats(page, title):
        found[page_line] = PAGE_TITLE
        return
    third = next(heads, 0)
    if third in shapes and _is_report_title(title + shapes[third]) and _repeats(page, title + shapes[third]):
        found[page_line] = PAGE_TITLE


def _is_report_title(text: str) -> bool:
    """A line (or two joined) that may be the report title below a repeated page title: title-like, or
    ending like a title on another subject ("…行政复议和行政应诉案件办理情况统计分析报告"); that the line above
    repeats it is the evidence."""
    return is_title_like(text) or is_weak_title(text)


def _mark_edge(zone: range, found: dict[int, str], weak: dict[int, str], tail: bool) -> None:
    """Weak lines in one edge zone: chrome beside strong chrome, or (dates) in a run of dates written the
    same way: two or more ISO dates, three or more 2024年3月15日 ones. The first line below the report,
    when it is a 2024年3月15日 date, is the signature date and stays."""
    has_strong = any(n in found for n in zone)
    runs: list[tuple[str, list[int]]] = []
    signature = tail
    for n in zone:
        kind = weak.get(n) if n in weak else ("chrome" if n in found else None)
        if kind is None:
            continue  # blank lines neither extend nor break a run
        if signature and kind == "signed_date":
            kind = "signature"
        signature = False
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(n)
        else:
            runs.append((kind, [n]))
    in_date_run = {n for kind, r in runs if kind in _DATE_KINDS and len(r) >= _RUN_MIN[kind] for n in r}
    for n in zone:
        kind = weak.get(n)
        if kind is None or n in found:
            continue
        if n in in_date_run or (has_strong and kind != "signed_date"):
            found[n] = kind
