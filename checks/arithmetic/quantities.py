"""Reading the quantities of a report: one compiled regex finds every number span of a sentence; each span is
then kept as a quantity (count, money, percent, points, ...) or dropped as a non-quantity (date, hotline,
number inside a name or a title, document number, ordinal, range). Every check of the family works on the
result, which is computed once per document."""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal

from linter.data import load_data
from linter.document import Document, Sentence, alternation, starts_of
from linter.record import NamedTuple

_DATA = load_data("arithmetic", "reading.yaml")


UNIT_KIND: dict[str, str] = {u: kind for kind, units in _DATA["units"].items() for u in units}
UNIT_KIND.update({"%": "percent", "‰": "permille", "个百分点": "points", "百分点": "points"})
COUNT_KINDS = ("count", "money")  # the kinds of unit a count has (Quantity.is_count)
_CANONICAL_UNIT = {u: group[0] for group in _DATA["equivalent_units"] for u in group}
_SPACE = "[ \u00a0]*"
# No count has more than 15 digits: longer runs are codes, and a cap keeps hostile input cheap.
# The number's first digit is matched before the "no digit, point or letter before it" lookbehind (which then looks
# two characters back): a pattern that opens with a digit class lets `re` skip to the digits by itself. That digit
# is ASCII ([0-9], not \d): folding made full-width digits ASCII, and other scripts' digits (Arabic-Indic...) are
# never counts in these reports; the narrower class also scans a third faster.
# The digits are an atomic group: a number shorter than the digits, commas and points there has one of these after
# it, so no unit, and giving digits back (for every date and code) could never make a match. Its repeats are
# possessive (`+`): each is followed by a comma that no digit is, or by nothing that can fail, so going back into
# one never helps either, and `re` then keeps no places to go back to (the scan costs a tenth fewer instructions).
# (The decimals are `(?:...|)` rather than `(?:...)?+`: the same inside an atomic group, where nothing after them
# can fail, and a branch costs `re` less than a repeat of a group.)
_DIGITS_RUN = r"(?>\d{0,2}+(?:,\d{3}){1,4}+(?:\.\d{1,8}+|)|\d{0,14}+(?:\.\d{1,8}+|))"
_DIGITS = r"(?<![\d.A-Za-z].)" + _DIGITS_RUN
# What can follow the digits of a number with a unit: a space, 余多来, a multiplier or a unit (the unit is required,
# all before it optional). Tested first, it turns a date or a code (2024年, 3月) down with one class test, not a try
# of every unit. None is a digit or a point, so the number is whole (a longer number does not go on after it).
_AFTER_DIGITS_FIRST = "".join(sorted({" ", "\u00a0", *"余多来万亿", *(u[0] for u in UNIT_KIND)}))
_AFTER_DIGITS = (
    # Each optional group is written `(?:(...)|)`, the same as `(...)?` (try the group, else nothing) but without
    # the repeat context `re` builds for an optional group (the scan costs a twelfth fewer instructions).
    "(?=[" + re.escape(_AFTER_DIGITS_FIRST) + "])" + _SPACE
    + r"(?:(?P<ax0>[余多来])|)(?:(?P<mult>万亿|万|亿)|)(?:(?P<ax1>[余多])|)" + _SPACE
    # The unit is required: a number without one is never a quantity, and failing at once is cheaper than a
    # match object for every date and code (what is found is the same: tests/test_arith_fast_reading.py).
    + "(?P<unit>" + alternation(UNIT_KIND) + ")(?P<per>/(?:" + alternation(_DATA["per_units"]) + "))?"
)
_QUANTITY = re.compile("(?P<num>[0-9]" + _DIGITS + ")" + _AFTER_DIGITS)
_CN_DIGITS: dict[str, int] = _DATA["chinese_digits"]
_CN_DIGIT = "[" + "".join(_CN_DIGITS) + "]"
# A Chinese numeral count must be closed by punctuation or the end of its sentence (a line end): "办结两件，" yes,
# "三项制度" no.
# The "not after 第每…" lookbehind comes after the numeral (looking two characters back) rather than before it: the
# same condition, but a pattern that opens with a character class lets `re` skip to the numerals (3x faster).
_NOT_AFTER_ORDINAL = "(?<![第每逐单同这那].)"
_AFTER_CN_DIGIT = alternation(_DATA["chinese_units"]) + r")(?=[,;:。!?)\n]|$)"
_CN_QUANTITY = re.compile("(?P<num>" + _CN_DIGIT + ")" + _NOT_AFTER_ORDINAL + "(?P<unit>" + _AFTER_CN_DIGIT)
# Both at once, for one scan of the document instead of two: the numbers (their unit in `unit`) and the numerals
# (their unit in `cn_unit`, the last group). The first character is matched before the branches so that the
# pattern still opens with a character class (`re` skips to the digits and numerals by itself). The two never
# overlap, as no character of a number match is a Chinese digit (tests/test_perf4_arith_reading.py): the scan
# finds what the two scans find.
# The "no digit, point or letter before the number" lookbehind of _DIGITS is tested before the branches, as "not
# such a character and then an ASCII digit" (the first character being a Chinese digit, it always holds): the
# digits after the first of a run, tried one by one, are then turned down by one test.
_EITHER = re.compile(
    "(?P<num>[0-9" + "".join(_CN_DIGITS) + r"](?<![\d.A-Za-z][0-9])(?:(?<=[0-9])" + _DIGITS_RUN
    + "|(?<=" + _CN_DIGIT + ")" + _NOT_AFTER_ORDINAL + "))(?:(?<=[0-9])" + _AFTER_DIGITS
    + "|(?<=" + _CN_DIGIT + ")(?P<cn_unit>" + _AFTER_CN_DIGIT + ")"
)
_CN_UNIT_GROUP = _EITHER.groupindex["cn_unit"]
_ZERO = Decimal(0)  # one shared object: a quantity without a multiplier has no rounding half-unit
_MULTIPLIER = {"万": Decimal(10_000), "亿": Decimal(100_000_000), "万亿": Decimal(10) ** 12}
_APPROX_BEFORE = re.compile("(?P<word>" + alternation(_DATA["approx_before"]) + ")了?$")
_APPROX_AFTER = re.compile(_SPACE + "(?:" + alternation(_DATA["approx_after"]) + ")")
# What _APPROX_AFTER can begin with: most quantities are followed by none of these, and one character test
# is cheaper than trying the pattern.
_APPROX_AFTER_FIRST = frozenset(" \u00a0" + "".join(w[0] for w in _DATA["approx_after"]))
# _APPROX_BEFORE as suffix tests: str.endswith with a tuple is cheaper than a search over the whole label (the
# same, as a label never holds a line break, before which `$` would also match).
_APPROX_WORDS = tuple(_DATA["approx_before"])
_APPROX_LAST = frozenset("了" + "".join(w[-1] for w in _APPROX_WORDS))
_ABOUT_BEFORE = frozenset(_DATA["about_before"])
_ABOUT_AFTER = frozenset(_DATA["about_after"])
_HOTLINES = frozenset(str(h) for h in _DATA["hotlines"])
_HOTLINE_AFTER = re.compile(_SPACE + "(?:" + alternation(_DATA["hotline_words_after"]) + ")")
_HOTLINE_BEFORE = re.compile("(?:" + alternation(_DATA["hotline_words_before"]) + ")" + _SPACE + "$")
# Characters that glue a number to another number: dates 6·18, 2023-03-11; names 1+6+12; ranges 2021—2025.
_JOINERS = "+·•・∙-—–~〜/:×"  # the characters themselves (escaped where they make a class)
_JOINED_LEFT = frozenset("0123456789万亿%")
_JOINED_AFTER = re.compile(_SPACE + "[" + re.escape(_JOINERS) + "]" + _SPACE + r"\d")
# What _JOINED_AFTER can begin with (a space or a joiner): tested before the pattern is tried.
_JOINED_AFTER_FIRST = frozenset(" \u00a0" + _JOINERS)
# Spans whose numbers are names, not quantities: quotations, titles, document numbers like 〔2023〕45号.
# Every branch opens with a literal, so that `re` can skip to where one may begin.
_NAME_SPANS = re.compile(
    r"“[^“”\n]{0,40}”|‘[^‘’\n]{0,40}’|\"[^\"\n]{0,40}\"|「[^「」\n]{0,40}」|《[^《》\n]{0,120}》|"
    + "|".join(re.escape(bracket) + r"\s*\d{4}\s*[〕\]】)]\s*\d*\s*号?" for bracket in "〔[【(")
)
_SCOPE = re.compile(
    "(?P<cum>" + "|".join(_DATA["cumulative_markers"]) + ")|(?P<year>" + "|".join(_DATA["single_year_markers"]) + ")"
)
_SCOPE_START = starts_of([*_DATA["cumulative_markers"], *_DATA["single_year_markers"]])
# The markers behind a lookahead for the characters one can begin with: `re` then turns most positions down with
# one character test instead of trying every marker there (twice as fast as finditer_at on a sentence, whose
# loop costs more than the test it saves).
_SCOPE_AT_STARTS = re.compile(f"(?={_SCOPE_START.pattern})(?:{_SCOPE.pattern})") if _SCOPE_START else _SCOPE
# Half the sentences asked for their scope hold none of these: a search for one character says so, cheaper than
# the marker scan.
_SCOPE_CHAR = re.compile("[" + re.escape("".join(_DATA["scope_marker_chars"])) + "]")
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
    tail_limit: int  # where `tail` stops at the latest: the next quantity, the sentence end or LABEL_MAX on
    scopes: SentenceScopes  # the time-scope markers of its sentence (see `scope`)
    sentence: int  # index into SentenceReading list

    @property
    def tail(self) -> str:
        """Folded text after the quantity up to the next boundary or quantity. Found when asked: few checks read
        it (a search per number of the document cost more than all those readings)."""
        return self.scopes.tail(self.end, self.tail_limit)

    @property
    def scope(self) -> str | None:
        """"cum" (a multi-year figure), "year" (one year), None (unstated)."""
        return self.scopes.at(self.start)

    @property
    def is_count(self) -> bool:
        return self.kind in COUNT_KINDS

    @property
    def is_rate(self) -> bool:
        return self.kind == "percent"

    @property
    def unit_class(self) -> str:
        return _CANONICAL_UNIT.get(self.unit, self.unit)

    def same_unit(self, other: Quantity) -> bool:
        # Most pairs compared have the very same unit: said without the two unit_class look-ups.
        return self.kind == other.kind and (self.unit == other.unit or self.unit_class == other.unit_class)


class SentenceScopes:
    """The time-scope markers of one sentence (2018年以来, 今年...), looked for on first use: only quantities that
    may be compared with each other ask for their scope, and most sentences are never searched."""

    __slots__ = ("_end", "_folded", "_marks", "_start", "_year")

    def __init__(self, folded: str, start: int, end: int, year: int | None) -> None:
        self._folded = folded
        self._start = start
        self._end = end
        self._year = year  # the report year, for "2024年以来"
        self._marks: tuple[list[int], list[str]] | None = None

    def tail(self, end: int, limit: int) -> str:
        """The text from `end` to the first label boundary before `limit` (or to `limit`), stripped: a
        quantity's tail (kept here, as this knows the text)."""
        boundary = _LABEL_BOUNDARY_RE.search(self._folded, end, limit)
        return self._folded[end:boundary.start() if boundary else limit].strip(" \u00a0")

    def at(self, pos: int) -> str | None:
        """The scope in force at `pos`: that of the last marker starting before it."""
        if self._marks is None:
            self._marks = _scope_marks(self._folded[self._start:self._end], self._start, self._year)
        starts, kinds = self._marks
        i = bisect.bisect_left(starts, pos) - 1
        return kinds[i] if i >= 0 else None


class About(NamedTuple):
    """How an approximate quantity says "about": the word before it (约, 约为) and after it (左右), either may
    be empty, and its label without the word before (纠错率 for 纠错率约19.2%)."""

    before: str
    after: str
    label: str


def about(folded: str, q: Quantity) -> About | None:
    """For an approximate quantity marked only by words meaning "about" (约19.2%, 19.2%左右), those words; None
    when it is exact, a bound (超过, 以上) or a remainder (余, 多), which say too little to check."""
    if not q.approx:
        return None
    m = _APPROX_BEFORE.search(q.label)
    before = m.group("word") if m else ""
    span = folded[q.start:q.end]
    cut = span.rfind(q.unit)
    if cut < 0 or any(c in span[:cut] for c in "余多来"):
        return None
    after = span[cut + len(q.unit):].strip(" \u00a0")
    if (before and before not in _ABOUT_BEFORE) or (after and after not in _ABOUT_AFTER) or not (before or after):
        return None
    return About(before, after, q.label[:m.start()].rstrip(" \u00a0") if m else q.label)


def scopes_compatible(*quantities: Quantity) -> bool:
    """A multi-year figure is never compared with a one-year figure."""
    scopes = {q.scope for q in quantities}
    return not {"cum", "year"} <= scopes


_CLASHES_WITH: dict[str | None, str] = {"cum": "year", "year": "cum"}


def clashing_scope(scope: str | None) -> str | None:
    """The scope a quantity of `scope` is not scopes_compatible with (None: none, as for an unstated scope)."""
    return _CLASHES_WITH.get(scope)


def scopes_agree(anchor: Quantity, quantities: Iterable[Quantity]) -> bool:
    """Whether scopes_compatible(q, anchor) holds for every q of `quantities`, with the anchor's scope asked once:
    when it is unstated, no other scope is asked."""
    clash = clashing_scope(anchor.scope)
    return clash is None or all(q.scope != clash for q in quantities)


class SentenceReading:
    """One sentence and its quantities. Slotted, its position lists made on first use: a 20 MB file has
    ~150,000 of these, most with no quantity, and they are alive together."""

    __slots__ = ("_ends", "_starts", "index", "quantities", "sentence")

    def __init__(self, index: int, sentence: Sentence, quantities: tuple[Quantity, ...]) -> None:
        self.index = index
        self.sentence = sentence
        self.quantities = quantities
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [q.start for q in self.quantities]
        return self._starts

    @property
    def ends(self) -> list[int]:
        if self._ends is None:
            self._ends = [q.end for q in self.quantities]
        return self._ends


def _name_spans(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # Most sentences hold no quotation, title or document number: one search says so, cheaper than an iterator
    # (after a match, finditer goes on from its end: no span is ever empty).
    first = _NAME_SPANS.search(folded, lo, hi)
    if first is None:
        return []
    return [first.span(), *[m.span() for m in _NAME_SPANS.finditer(folded, first.end(), hi)]]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `pos` falls in one of `spans` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _scope_marks(sentence: str, offset: int, year: int | None) -> tuple[list[int], list[str]]:
    """Where each scope marker of a sentence starts (its offset in the document given) and its scope."""
    starts: list[int] = []
    kinds: list[str] = []
    if not _SCOPE_CHAR.search(sentence):
        return starts, kinds
    for m in _SCOPE_AT_STARTS.finditer(sentence):
        kind = "cum" if m.group("cum") else "year"
        since = _SINCE_YEAR.match(m.group())
        if since and year is not None and int(since.group(1)) >= year:
            kind = "year"  # "2024年以来" in a 2024 report is the report year itself
        starts.append(offset + m.start())
        kinds.append(kind)
    return starts, kinds


def _is_non_quantity(folded: str, m: re.Match[str], spans: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether a number with a unit is a date, a name, an ordinal... `lo` and `hi` bound its sentence: nothing
    outside it is looked at."""
    start, end = m.start(), m.end()
    before = folded[max(lo, start - 12):start].rstrip(" \u00a0")
    if before.endswith("第"):
        return True  # ordinal: 第55次
    if before and before[-1] in _JOINERS and before[:-1].rstrip(" \u00a0")[-1:] in _JOINED_LEFT:
        return True  # 6·18, 1+6+12, 2021—2025, 8:30, 5万～10万
    # (A joiner right after the digits cannot be: the unit the pattern requires comes first.)
    nxt = folded[end] if end < hi else ""
    if nxt in _JOINED_AFTER_FIRST and _JOINED_AFTER.match(folded, end, hi):
        return True
    if m.group("num") in _HOTLINES and (_HOTLINE_AFTER.match(folded, end, hi) or _HOTLINE_BEFORE.search(before)):
        return True
    if nxt.isascii() and nxt.isalpha():
        return True  # 5G, URLs, codes
    return bool(spans) and _inside(start, spans)


# What _is_non_quantity looks for next to a number outside name spans: the character before the number (after
# spaces: 第 or a joiner) or the one after the match (a joiner, spaces before one, an ASCII letter), or a hotline.
# Most numbers have none of these, and two set tests say so (tests/test_arith_perf_reading.py).
_SUSPECT_BEFORE = frozenset(" \u00a0第" + _JOINERS)
_SUSPECT_AFTER = _JOINED_AFTER_FIRST | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


# Up to and including the last label boundary of a span (nothing when it holds none): where the label of the
# number after it starts. Runs of other characters, each closed by a boundary, taken while there is one: both
# repeats possessive, as giving characters back never makes another boundary. (Going to the end of the span and
# back to a boundary, `(?s:.*)[...]`, finds the same but costs `re` a stack of places to go back to: 1.4x slower.)
_BOUNDARY = re.escape(LABEL_BOUNDARY)  # (escaped for a class)
_THROUGH_LAST_BOUNDARY = re.compile(f"(?:[^{_BOUNDARY}]*+[{_BOUNDARY}])*+")


# Printed numbers already read, with their value and decimals: reports repeat their small counts, and a dict
# look-up costs a quarter of a Decimal's construction. Emptied when full, so that it stays small.
_DECIMALS: dict[str, tuple[Decimal, int]] = {}
_DECIMALS_MAX = 4096


def _decimal(num: str) -> tuple[Decimal, int]:
    found = _DECIMALS.get(num)
    if found is None:
        digits = num.replace(",", "")
        found = Decimal(digits), len(digits.split(".")[1]) if "." in digits else 0
        if len(_DECIMALS) >= _DECIMALS_MAX:
            _DECIMALS.clear()
        _DECIMALS[num] = found
    return found


# A number span kept as a quantity, before its label and scope are known: the first nine fields of Quantity
# (start, end, printed, value, half, decimals, unit, kind, approx). A plain tuple: one is built per number, and
# even a NamedTuple's generated __new__ doubles the cost.
_Raw = tuple[int, int, str, Decimal, Decimal, int, str, str, bool]
# Builds a Quantity from a tuple of its fields without the generated __new__ (the same object, built in half the
# time; one per number).
_new_quantity = tuple.__new__


def number_matches(folded: str) -> Iterator[re.Match[str]]:
    """Every number followed by a unit, in order (a number without one is never a quantity)."""
    return _QUANTITY.finditer(folded)


def numeral_matches(folded: str) -> Iterator[re.Match[str]]:
    """Every small Chinese numeral count closed by punctuation, in order."""
    return _CN_QUANTITY.finditer(folded)


def either_matches(folded: str) -> Iterator[re.Match[str]]:
    """The matches of number_matches and numeral_matches together, in order, from one scan (see _EITHER)."""
    return _EITHER.finditer(folded)


def by_sentence(sentences: list[Sentence],
                matches: Iterable[re.Match[str]]) -> Iterator[tuple[int, list[re.Match[str]]]]:
    """Matches of a whole-text scan grouped by the index in `sentences` (sorted) of the sentence they start in,
    yielded in order as the scan goes, so that only one sentence's matches are alive at a time (all the matches
    of a 20 MB file would hold ~25 MB). Matches outside the sentences (web chrome lines) are dropped. No match
    of the number patterns crosses a sentence end, and both look at most at the character before a sentence,
    which always ends the sentence before: so a sentence's matches are those a scan of the sentence alone
    finds (tests/test_arithmetic_reading.py)."""
    starts = [s.start for s in sentences]
    current, end, group = -1, -1, []
    for m in matches:
        pos = m.start()
        if pos < end:  # in the sentence of the match before (the matches come in order): no search
            group.append(m)
            continue
        i = bisect.bisect_right(starts, pos) - 1
        if i < 0 or pos >= sentences[i].end:
            continue
        if group:
            yield current, group
        current, end, group = i, sentences[i].end, [m]
    if group:
        yield current, group


def _number(folded: str, start: int, end: int, groups: tuple[str, ...], hi: int) -> _Raw:
    """The quantity a number match of _EITHER stands for, from its span and groups (the sentence ends at `hi`)."""
    num, ax0, mult, ax1, unit, per, _ = groups
    kind = UNIT_KIND[unit]
    if per:
        unit += per  # 650元/月: a rate per month is its own unit
    # (The look-up of a number already read inlined: a call fewer for most numbers.)
    value, decimals = _DECIMALS.get(num) or _decimal(num)
    half = _ZERO
    if mult:
        value *= _MULTIPLIER[mult]
        half = _MULTIPLIER[mult] * Decimal(5) / (Decimal(10) ** (decimals + 1))
        num += mult
    approx = bool(ax0 or ax1)
    if end < hi and folded[end] in _APPROX_AFTER_FIRST:
        after = _APPROX_AFTER.match(folded, end, hi)
        if after:
            approx, end = True, after.end()
    return start, end, num, value, half, decimals, unit, kind, approx


def _numeral(m: re.Match[str]) -> _Raw:
    """The quantity a numeral match of _EITHER stands for."""
    num, unit = m.group("num", "cn_unit")
    return m.start(), m.end(), num, Decimal(_CN_DIGITS[num]), _ZERO, 0, unit, UNIT_KIND.get(unit, "count"), False


def _read_sentence(index: int, sentence: Sentence, folded: str, matches: list[re.Match[str]],
                   year: int | None) -> SentenceReading | None:
    """The quantities of one sentence, from its matches of _EITHER (None when it keeps none). `year` is the report
    year in force. One pass: each kept number is read and labelled as it comes, and built when the next kept
    number, where its tail stops at the latest, is known (a list of read spans and a second loop over it cost more
    than the reading itself)."""
    lo, hi = sentence.start, sentence.end
    spans = _name_spans(folded, lo, hi)
    scopes = SentenceScopes(folded, lo, hi, year)
    quantities: list[Quantity] = []
    pending: _Raw | None = None  # the number kept before, waiting for the next one
    pending_label = ""
    prev_end = lo
    for m in matches:
        start, end = m.span()
        if m.lastindex == _CN_UNIT_GROUP:  # a numeral
            if spans and _inside(start, spans):
                continue
            raw = _numeral(m)
        else:
            groups = m.groups()
            num, ax0, mult, ax1, unit, per, _ = groups
            nxt = folded[end] if end < hi else ""
            # Most numbers have nothing next to them that _is_non_quantity looks for: for those, it only asks
            # whether they are inside a name span.
            if (folded[start - 1] if start > lo else "") in _SUSPECT_BEFORE or nxt in _SUSPECT_AFTER \
                    or num in _HOTLINES:
                if _is_non_quantity(folded, m, spans, lo, hi):
                    continue
            elif spans and _inside(start, spans):
                continue
            if mult or per or nxt in _APPROX_AFTER_FIRST:
                raw = _number(folded, start, end, groups, hi)
            else:
                # What _number gives for a number with no multiplier, no "/unit" and no word after it (most of
                # them), without its call (tests/test_perf17c_arith_reading.py compares with _number).
                value, decimals = _DECIMALS.get(num) or _decimal(num)
                raw = start, end, num, value, _ZERO, decimals, unit, UNIT_KIND[unit], bool(ax0 or ax1)
        # The label: back to the last boundary, the previous quantity or LABEL_MAX characters, whichever is
        # nearest. (Conditional expressions rather than max and min: two calls fewer per number.)
        floor = prev_end if prev_end > start - LABEL_MAX else start - LABEL_MAX
        # Most labels hold no boundary but commas: the text after the last comma is then the label, and a
        # partition and six character tests cost half the regex (tests/test_perf18_quant.py: the same labels).
        label = folded[floor:start].rpartition(",")[2]
        if ";" in label or ":" in label or "。" in label or "!" in label or "?" in label or "\n" in label:
            through = _THROUGH_LAST_BOUNDARY.match(folded, floor, start)  # (it may match nothing: never fails)
            label = folded[through.end():start]  # type: ignore[union-attr]
        label = label.strip(" \u00a0")
        if label[-1:] in _APPROX_LAST and not raw[8] and _approx_before(label):
            raw = (*raw[:8], True)  # (rare: most labels end with no such character)
        if pending is not None:
            # The tail of the number before: on to the next boundary, this number or LABEL_MAX characters.
            ceiling = prev_end + LABEL_MAX
            # (A concatenation, not (*pending, ...): one step in place of a list built and turned into a tuple.)
            quantities.append(_new_quantity(Quantity, pending + (  # noqa: RUF005
                pending_label, start if start < ceiling else ceiling, scopes, index)))
        pending, pending_label, prev_end = raw, label, raw[1]
    if pending is None:
        return None
    ceiling = prev_end + LABEL_MAX
    quantities.append(_new_quantity(Quantity, pending + (  # noqa: RUF005
        pending_label, hi if hi < ceiling else ceiling, scopes, index)))
    return SentenceReading(index, sentence, tuple(quantities))


def _approx_before(label: str) -> bool:
    """Whether a (stripped) label ends with a word making its number approximate: _APPROX_BEFORE found."""
    # Most labels end with none of the characters these words (or 了) end with: one set test says so.
    return label[-1:] in _APPROX_LAST and (
        label.endswith(_APPROX_WORDS) or (label.endswith("了") and label[:-1].endswith(_APPROX_WORDS)))


def readings(doc: Document) -> list[SentenceReading]:
    """Every body sentence of the document with its reading, most of them empty: the sentences between those
    of `quantity_readings` filled in."""
    out: list[SentenceReading] = []
    body = _body(doc)
    for r in quantity_readings(doc):
        out += [SentenceReading(j, body[j], ()) for j in range(len(out), r.index)]
        out.append(r)
    out += [SentenceReading(j, body[j], ()) for j in range(len(out), len(body))]
    return out


def quantity_readings(doc: Document) -> list[SentenceReading]:
    """The readings of the body sentences holding a quantity, in order, computed once per document: most
    sentences hold none, and no check looks at them. A reading's `index` is that of its sentence among the body
    sentences: web chrome lines are skipped, so "the sentence before" is the previous sentence of the report
    itself (see `before`)."""
    return doc.memo("arithmetic.readings", lambda: _read_all(doc))


def before(reads: list[SentenceReading], position: int) -> SentenceReading | None:
    """The reading of the sentence right before that of reads[position], when that sentence holds a quantity."""
    if position > 0 and reads[position - 1].index == reads[position].index - 1:
        return reads[position - 1]
    return None


def _body(doc: Document) -> list[Sentence]:
    """The sentences outside web chrome lines (read, never changed: with no chrome, the document's own list)."""
    chrome = doc.chrome
    return [s for s in doc.sentences if s.line not in chrome] if chrome else doc.sentences


def _read_all(doc: Document) -> list[SentenceReading]:
    body = _body(doc)
    folded = doc.folded
    out: list[SentenceReading] = []
    # One scan of the whole text, not one per sentence: most sentences hold no quantity, and only those with a
    # match are visited.
    groups = by_sentence(body, either_matches(folded))
    # The report year can change only where a report starts (Document.report_at): it is asked once per report
    # met, not once per sentence (most sentences with a quantity are on a line of their own).
    report_starts = [r.start_line for r in doc.reports[1:]]
    year, year_until = None, -1  # the year in force, and the first line where it may change
    for i, matches in groups:
        s = body[i]
        if s.line >= year_until:
            year = doc.year_at(s.line)
            k = bisect.bisect_right(report_starts, s.line)
            year_until = report_starts[k] if k < len(report_starts) else sys.maxsize
        reading = _read_sentence(i, s, folded, matches, year)
        if reading is not None:
            out.append(reading)
    return out
