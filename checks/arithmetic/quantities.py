"""Reading the quantities of a report: one compiled regex finds every number span of a sentence; each span is
then kept as a quantity (count, money, percent, points, ...) or dropped as a non-quantity (date, hotline,
number inside a name or a title, document number, ordinal, range). Every check of the family works on the
result, which is computed once per document."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, partial
from typing import NamedTuple

from linter.data import load_data
from linter.document import Document, Sentence, finditer_at, starts_of

_DATA = load_data("arithmetic", "reading.yaml")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so 人次 wins over 人); ties in code-point order, so
    the pattern is the same in every run (the compiled-pattern cache keys on its text)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


UNIT_KIND: dict[str, str] = {u: kind for kind, units in _DATA["units"].items() for u in units}
UNIT_KIND.update({"%": "percent", "‰": "permille", "个百分点": "points", "百分点": "points"})
_CANONICAL_UNIT = {u: group[0] for group in _DATA["equivalent_units"] for u in group}
_SPACE = "[ \u00a0]*"
_QUANTITY = re.compile(
    # No count has more than 15 digits: longer runs are codes, and a cap keeps hostile input cheap.
    r"(?<![\d.A-Za-z])(?P<num>\d{1,3}(?:,\d{3}){1,4}(?:\.\d{1,8})?|\d{1,15}(?:\.\d{1,8})?)(?![\d.]\d|\d)"
    + _SPACE + r"(?P<ax0>余|多|来)?(?P<mult>万亿|万|亿)?(?P<ax1>余|多)?" + _SPACE
    + "(?P<unit>" + alternation(UNIT_KIND) + ")?(?P<per>/(?:" + alternation(_DATA["per_units"]) + "))?"
)
_CN_DIGITS: dict[str, int] = _DATA["chinese_digits"]
_ANY_NUMBER = re.compile("[0-9" + "".join(_CN_DIGITS) + "]")
# A Chinese numeral count must be closed by punctuation: "办结两件，" yes, "三项制度" no.
# The "not after 第每…" lookbehind comes after the numeral (looking two characters back) rather than before it: the
# same condition, but a pattern that opens with a character class lets `re` skip to the numerals (3x faster).
_CN_QUANTITY = re.compile(
    "(?P<num>[" + "".join(_CN_DIGITS) + "])(?<![第每逐单同这那].)(?P<unit>" + alternation(_DATA["chinese_units"])
    + r")(?=[,;:。!?)]|$)"
)
_ZERO = Decimal(0)  # one shared object: a quantity without a multiplier has no rounding half-unit
_MULTIPLIER = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10) ** 12}
_APPROX_BEFORE = re.compile("(?:" + alternation(_DATA["approx_before"]) + ")了?$")
_APPROX_AFTER = re.compile(_SPACE + "(?:" + alternation(_DATA["approx_after"]) + ")")
_HOTLINES = frozenset(str(h) for h in _DATA["hotlines"])
_HOTLINE_AFTER = re.compile(_SPACE + "(?:" + alternation(_DATA["hotline_words_after"]) + ")")
_HOTLINE_BEFORE = re.compile("(?:" + alternation(_DATA["hotline_words_before"]) + ")" + _SPACE + "$")
# Characters that glue a number to another number: dates 6·18, 2023-03-11; names 1+6+12; ranges 2021—2025.
_JOINERS = "+·•・∙\\-—–~〜/:×"
_JOINED_LEFT = frozenset("0123456789万亿%")
_JOINED_AFTER = re.compile(_SPACE + "[" + _JOINERS + "]" + _SPACE + r"\d")
# Spans whose numbers are names, not quantities: quotations, titles, document numbers like 〔2023〕45号.
_NAME_SPANS = re.compile(
    r"“[^“”\n]{0,40}”|‘[^‘’\n]{0,40}’|\"[^\"\n]{0,40}\"|「[^「」\n]{0,40}」|《[^《》\n]{0,120}》"
    r"|[〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d*\s*号?"
)
_SCOPE = re.compile(
    "(?P<cum>" + "|".join(_DATA["cumulative_markers"]) + ")|(?P<year>" + "|".join(_DATA["single_year_markers"]) + ")"
)
_SCOPE_START = starts_of([*_DATA["cumulative_markers"], *_DATA["single_year_markers"]])
_SINCE_YEAR = re.compile(r"(\d{4})年(?:以来|至今)")
LABEL_BOUNDARY = ",;:。!?\n"
# Labels and tails are "the words next to a number": capped so that every regex run on them stays cheap.
LABEL_MAX = 40
_LABEL_BOUNDARY_RE = re.compile("[" + re.escape(LABEL_BOUNDARY) + "]")


class Quantity(NamedTuple):
    """A number read as a quantity. Offsets are into Document.text. (An immutable tuple rather than a frozen
    dataclass: one is built per number, and a frozen dataclass costs four times as much to build.)"""

    start: int  # first character of the number
    end: int  # after the unit (and an approximation suffix such as 以上)
    printed: str  # the number as printed, with its multiplier: "7.89万", "1,940", "97.8"
    value: Decimal  # in base units (the multiplier applied); for percents, the printed percentage
    half: Decimal  # half-width of the interval the printed value stands for (0 when exact)
    decimals: int  # decimals printed
    unit: str
    kind: str  # count | money | time | measure | percent | permille | points
    approx: bool
    label: str  # folded text from the previous boundary (punctuation or quantity) to the number
    tail: str  # folded text after the quantity up to the next boundary or quantity
    scope: str | None  # "cum" (a multi-year figure), "year" (one year), None (unstated)
    sentence: int  # index into SentenceReading list

    @property
    def is_count(self) -> bool:
        return self.kind in ("count", "money")

    @property
    def is_rate(self) -> bool:
        return self.kind == "percent"

    @property
    def unit_class(self) -> str:
        return _CANONICAL_UNIT.get(self.unit, self.unit)

    def same_unit(self, other: Quantity) -> bool:
        return self.kind == other.kind and self.unit_class == other.unit_class


def scopes_compatible(*quantities: Quantity) -> bool:
    """A multi-year figure is never compared with a one-year figure."""
    scopes = {q.scope for q in quantities}
    return not {"cum", "year"} <= scopes


@dataclass
class SentenceReading:
    index: int
    sentence: Sentence
    quantities: tuple[Quantity, ...]

    @cached_property
    def starts(self) -> list[int]:
        return [q.start for q in self.quantities]

    @cached_property
    def ends(self) -> list[int]:
        return [q.end for q in self.quantities]


def _name_spans(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NAME_SPANS.finditer(folded)]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _scope_marks(folded: str, year: int | None) -> list[tuple[int, str]]:
    marks: list[tuple[int, str]] = []
    for m in finditer_at(_SCOPE, folded, _SCOPE_START):
        kind = "cum" if m.group("cum") else "year"
        since = _SINCE_YEAR.match(m.group())
        if since and year is not None and int(since.group(1)) >= year:
            kind = "year"  # "2024年以来" in a 2024 report is the report year itself
        marks.append((m.start(), kind))
    return marks


def _is_non_quantity(folded: str, m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    start, num_end = m.start(), m.end("num")
    before = folded[max(0, start - 12):start].rstrip(" \u00a0")
    if before.endswith("第"):
        return True  # ordinal: 第55次
    if before and before[-1] in _JOINERS and before[:-1].rstrip(" \u00a0")[-1:] in _JOINED_LEFT:
        return True  # 6·18, 1+6+12, 2021—2025, 8:30, 5万～10万
    if _JOINED_AFTER.match(folded, num_end) or _JOINED_AFTER.match(folded, m.end()):
        return True
    if m.group("num") in _HOTLINES and (_HOTLINE_AFTER.match(folded, m.end()) or _HOTLINE_BEFORE.search(before)):
        return True
    nxt = folded[m.end():m.end() + 1]
    if nxt.isascii() and nxt.isalpha():
        return True  # 5G, URLs, codes
    return _inside(start, spans)


def _label_start(folded: str, pos: int, floor: int) -> int:
    floor = max(floor, pos - LABEL_MAX)
    cut = floor
    for m in _LABEL_BOUNDARY_RE.finditer(folded, floor, pos):
        cut = m.end()
    return cut


def _tail_end(folded: str, pos: int, ceiling: int) -> int:
    ceiling = min(ceiling, pos + LABEL_MAX)
    m = _LABEL_BOUNDARY_RE.search(folded, pos, ceiling)
    return m.start() if m else ceiling


def _decimal(num: str) -> tuple[Decimal, int]:
    digits = num.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return Decimal(digits), decimals


class _Raw(NamedTuple):
    """A number span kept as a quantity, before its label and scope are known (a tuple: one per number, and a
    frozen dataclass costs several times more to build)."""

    start: int
    end: int
    printed: str
    value: Decimal
    half: Decimal
    decimals: int
    unit: str
    approx: bool


def _raw_spans(folded: str) -> list[_Raw]:
    """Every kept number span of a sentence, in order."""
    out: list[_Raw] = []
    spans: list[tuple[int, int]] | None = None  # the name spans: looked for only once a number needs them
    # A number starts at a digit run (the lookbehind forbids a digit before it): tried only there.
    for m in finditer_at(_QUANTITY, folded):
        unit = m.group("unit")
        if unit and m.group("per"):
            unit += m.group("per")  # 650元/月: a rate per month is its own unit
        if not unit:
            continue
        if spans is None:
            spans = _name_spans(folded)
        if _is_non_quantity(folded, m, spans):
            continue
        value, decimals = _decimal(m.group("num"))
        mult = m.group("mult") or ""
        half = _ZERO
        if mult:
            value *= _MULTIPLIER[mult]
            half = _MULTIPLIER[mult] * Decimal(5) / (Decimal(10) ** (decimals + 1))
        end = m.end()
        approx = bool(m.group("ax0") or m.group("ax1"))
        after = _APPROX_AFTER.match(folded, end)
        if after:
            approx, end = True, after.end()
        out.append(_Raw(m.start(), end, m.group("num") + mult, value, half, decimals, unit, approx))
    for m in _CN_QUANTITY.finditer(folded):
        if spans is None:
            spans = _name_spans(folded)
        if not _inside(m.start(), spans):
            out.append(_Raw(m.start(), m.end(), m.group("num"), Decimal(_CN_DIGITS[m.group("num")]), _ZERO, 0,
                            m.group("unit"), False))
    out.sort(key=lambda raw: raw.start)
    return out


def read_sentence(index: int, sentence: Sentence, year: int | Callable[[], int | None] | None) -> SentenceReading:
    """The quantities of one sentence. `year` (the report year, for "2024年以来") may be given as a function,
    called only when the sentence has a quantity: most sentences have none."""
    folded = sentence.folded
    if not _ANY_NUMBER.search(folded):
        return SentenceReading(index, sentence, ())
    raw = _raw_spans(folded)
    if not raw:
        return SentenceReading(index, sentence, ())
    marks = _scope_marks(folded, year() if callable(year) else year)
    quantities: list[Quantity] = []
    prev_end = 0
    mark = 0
    scope: str | None = None
    for i, r in enumerate(raw):
        label = folded[_label_start(folded, r.start, prev_end):r.start]
        nxt = raw[i + 1].start if i + 1 < len(raw) else len(folded)
        tail = folded[r.end:_tail_end(folded, r.end, nxt)]
        approx = r.approx or bool(_APPROX_BEFORE.search(label.rstrip(" \u00a0")))
        while mark < len(marks) and marks[mark][0] < r.start:
            scope = marks[mark][1]
            mark += 1
        quantities.append(Quantity(
            sentence.start + r.start, sentence.start + r.end, r.printed, r.value, r.half, r.decimals, r.unit,
            UNIT_KIND.get(r.unit.split("/")[0], "count"), approx, label.strip(" \u00a0"), tail.strip(" \u00a0"),
            scope, index))
        prev_end = r.end
    return SentenceReading(index, sentence, tuple(quantities))


def readings(doc: Document) -> list[SentenceReading]:
    """Every sentence of the document with its quantities, computed once per document. Web chrome lines are
    skipped, so "the sentence before" is the previous sentence of the report itself."""
    return doc.memo("arithmetic.readings", lambda: _read_all(doc))


def _read_all(doc: Document) -> list[SentenceReading]:
    chrome = doc.chrome
    body = [s for s in doc.sentences if s.line not in chrome]
    return [read_sentence(i, s, partial(doc.year_at, s.line)) for i, s in enumerate(body)]
