"""A stated rate against the counts it is computed from (rules A001 and A002).

For each percentage named as a known metric, the numerator is the closest count whose label carries one of
the metric's numerator terms, and the denominator the count carrying its most preferred denominator term,
both in the same sentence (before the rate) or the sentence before. When the sentence does not clearly tie
the rate to its counts — no numerator, no base, a base smaller than the numerator, or another reading of the
same counts that fits — nothing is said.

A numerator that is by definition a sum (纠错 = 变更 + 撤销 + 确认违法 + 责令履行) may be given only as its
parts: summed.py decides when they can be summed."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Hit, Severity
from linter.record import NamedTuple

from .metrics import Metric, MetricTable, metric_table, metrics_key, resolve_rate
from .quantities import (
    COUNT_KINDS,
    LABEL_MAX,
    Quantity,
    SentenceReading,
    about,
    before,
    clashing_scope,
    quantity_readings,
)
from .summed import TOTAL_MARK, Summed, collect_parts, missing_parts, tie_parts
from .terms import Terms, terms_of
from .tolerance import expected, ratio_range, severity_for, show, units_off

WINDOW = 40


class Stated(NamedTuple):
    """A percentage named as a metric."""

    q: Quantity
    metric: Metric
    name: str
    qualifier: str  # words before the metric's listed name: 即办件 in 即办件占比
    name_start: int  # offset of the name in Document.text
    index: int  # of q in its sentence's quantities
    slack: int = 0  # units of the last printed digit allowed beyond rounding: 1 for 约19.2%
    shown: str = ""  # the rate as a message quotes it: 约19.2%, 19.2%左右

    def fits(self, num: Quantity, den: Quantity) -> bool:
        """Whether num/den gives the printed rate, within the slack an approximate rate allows."""
        return _off(self.q, num, den) <= self.slack


class RateHit(NamedTuple):
    code: str  # A001 or A002
    hit: Hit


def _stated_rates(doc: Document, reading: SentenceReading, table: MetricTable) -> list[Stated]:
    out: list[Stated] = []
    for i, q in enumerate(reading.quantities):
        if q.kind != "percent":  # not q.is_rate: a property call per quantity of the document
            continue
        label, slack, shown = q.label, 0, f"{q.printed}%"
        if q.approx:
            # An integer 约98% says too little; 约19.2% is still precise to about its last digit.
            loose = about(doc.folded, q) if q.decimals else None
            if loose is None:
                continue
            label, slack, shown = loose.label, 1, f"{loose.before}{q.printed}%{loose.after}"
        found = resolve_rate(table, label)
        if found:
            start = doc.text.rfind(found.name, max(0, q.start - 2 * LABEL_MAX), q.start)
            out.append(Stated(q, found.metric, found.name, found.qualifier, start, i, slack, shown))
    return out


def _window(r: SentenceReading, prev: SentenceReading | None, stated: Stated, floor: int) -> list[Quantity]:
    """Counts that may feed the rate, nearest first: the sentence before the rate (back to an earlier rate of
    the same metric, which ends at `floor`), then the previous sentence (`prev`, None when it holds no
    quantity) when this one states no such rate before. At most WINDOW counts from each sentence: a rate is
    written near its counts. Approximate counts are kept (parts must know of them); callers drop them where only
    exact counts may serve."""
    here = [q for q in r.quantities[max(0, stated.index - WINDOW):stated.index] if q.start >= floor]
    window = list(reversed(here))
    if floor < 0 and prev is not None:
        window += list(reversed(prev.quantities[-WINDOW:]))
    # scopes_compatible(q, stated.q), with the rate's scope asked once: a rate of no stated scope goes with any
    # count, and the scope of none is asked (is_count inlined: a property call per count).
    clash = clashing_scope(stated.q.scope)
    if clash is None:
        return [q for q in window if q.kind in COUNT_KINDS]
    return [q for q in window if q.kind in COUNT_KINDS and q.scope != clash]


def _numerator(stated: Stated, window: list[Quantity]) -> tuple[Quantity, int] | None:
    terms = stated.metric.numerator
    if terms.terms and terms.terms[0] == "@nearest":
        near = [q for q in window if q.sentence == stated.q.sentence]
        if stated.qualifier:
            # 即办件占比: the part is the count named 即办件, not merely the closest one.
            near = [q for q in near if stated.qualifier in q.label]
        return (near[0], 0) if near else None
    for q in window:
        index = terms.first(q.label)
        if index is not None:
            return q, index
    return None


def _previous_count(doc: Document, num: Quantity, window: list[Quantity]) -> Quantity | None:
    """The count just before the numerator in the same clause (全县256项事项进驻251项)."""
    for q in window:
        if q.start < num.start and q.sentence == num.sentence:
            between = doc.folded[q.end:num.start]
            if ";" in between or not q.same_unit(num):
                return None
            return q
    return None


def _total(doc: Document, num: Quantity, window: list[Quantity]) -> Quantity | None:
    """The whole a share is taken of: the count a 其中 list hangs from, or a count marked 共/合计/总数."""
    before = [q for q in window if q.start < num.start and q.same_unit(num)]
    if before and "其中" in doc.folded[before[0].end:num.start]:
        return before[0]
    for q in before:
        if TOTAL_MARK.first(q.label) is not None:
            return q
    return None


def _denominator(doc: Document, metric: Metric, num: Quantity, num_term: int,
                 window: list[Quantity]) -> tuple[Quantity, int] | None:
    terms = metric.denominator
    # A count carrying the numerator's own term is never its base (调处成功 is not 调处).
    num_terms = terms_of(tuple(t for t in metric.numerator.terms[num_term:num_term + 1] if not t.startswith("@")))
    for index, term in enumerate(terms.terms):
        if term == "@previous":
            q = _previous_count(doc, num, window)
        elif term == "@total":
            q = _total(doc, num, window)
        else:
            q = next((c for c in window if c is not num and c.same_unit(num) and c.value >= num.value
                      and terms.match(c.label, index) and not num_terms.occurs(c.label)), None)
        if q is not None and q.value >= num.value and q.value > 0:
            return q, index
    return None


def _off(stated: Quantity, num: Quantity, den: Quantity) -> int:
    low, high = ratio_range(num, den)
    return units_off(stated.value, stated.decimals, low, high)


def _word(terms: Terms, index: int, q: Quantity) -> str:
    """How a message names a count: the words its term matched ("调解方式结案"), nothing for placeholders."""
    return terms.matched(q.label, index) or ""


def _calc(num: Quantity, den: Quantity, rate: Quantity, num_word: str = "", den_word: str = "") -> str:
    exact = num.value / den.value * 100
    return f"{num_word}{num.printed}/{den_word}{den.printed}={show(exact, rate.decimals)}%"


def _explain_other(stated: Stated, num: Quantity, den: Quantity, window: list[Quantity]) -> tuple[Quantity, str] | None:
    """Another count of the window that, as the base, gives the printed rate: (count, severity)."""
    metric = stated.metric
    wrong = metric.wrong_terms
    fitting = [q for q in window if q is not num and q is not den and q.same_unit(num) and q.value >= num.value
               and q.value > 0 and _off(stated.q, num, q) == 0]
    for q in fitting:
        index = wrong.first(q.label)
        if index is not None:
            return q, metric.wrong_denominator[index][1]
    if fitting:
        return fitting[0], "warning"
    return None


def _other_reading_fits(stated: Stated, num: Quantity, window: list[Quantity]) -> bool:
    """Whether another count that could be the numerator, over any count, gives the printed rate: then the
    sentence does not tie the rate to one pair and nothing is said."""
    for alt in window:
        if alt is num or not stated.metric.numerator.occurs(alt.label):
            continue
        for base in window:
            if base is not alt and base.same_unit(alt) and base.value >= alt.value > 0 and stated.fits(alt, base):
                return True
    return False


class _Reading(NamedTuple):
    """A rate tied to its counts."""

    stated: Stated
    num: Quantity
    num_index: int
    den: Quantity
    den_index: int
    summed: Summed | None = None  # when the numerator is the sum of listed parts (num then stands for it)

    @property
    def calc(self) -> str:
        """"成功1893/受理1940=97.58%", or "纠错（撤销2+确认违法1）3/审结10=30.00%"."""
        metric = self.stated.metric
        num_word = self.summed.word(metric) if self.summed else _word(metric.numerator, self.num_index, self.num)
        den_word = _word(metric.denominator, self.den_index, self.den)
        return _calc(self.num, self.den, self.stated.q, num_word, den_word)

    @property
    def right(self) -> str:
        return expected(self.num.value / self.den.value * 100, self.stated.q.decimals)

    @property
    def fallback(self) -> str:
        """Says so when the base is not the definition's first choice (句中没有受理数，按审结数计)."""
        terms = self.stated.metric.denominator
        if self.den_index == 0 or terms.terms[0].startswith("@") or terms.terms[self.den_index].startswith("@"):
            return ""
        return f"句中没有{terms.terms[0]}数，按{_word(terms, self.den_index, self.den)}数计；"


def _by_parts(doc: Document, stated: Stated, found: tuple[Quantity, int] | None, with_approx: list[Quantity],
              window: list[Quantity]) -> tuple[bool, _Reading | None]:
    """Whether the numerator is to be read as the sum of listed parts, and the reading when they tie clearly to
    a base. An explicit count (纠错3件) wins; parts are read when there is none, or when the count found is only
    one of several listed parts (调解5件、和解3件 for 调解率, whose numerator terms are its parts)."""
    metric = stated.metric
    if not metric.parts.terms:
        return False, None
    parts = collect_parts(metric, with_approx, stated.q)
    if found is not None and not (metric.numerator.terms[found[1]] in metric.parts.terms
                                  and (parts is None or len(parts) > 1)):
        return False, None
    summed = tie_parts(doc.folded, metric, parts, stated.q, with_approx) if parts else None
    if summed is None:
        return True, None
    return True, _Reading(stated, summed.total, 0, summed.den, summed.den_index, summed)


def _tie(doc: Document, reading: SentenceReading, prev: SentenceReading | None, stated: Stated,
         floor: int) -> tuple[_Reading, list[Quantity]] | None:
    """The rate tied to its counts (`reading` holds the rate, `prev` is that of the sentence before), with the
    exact counts of its window."""
    with_approx = _window(reading, prev, stated, floor)
    window = [q for q in with_approx if not q.approx]
    found = _numerator(stated, window)
    use_parts, by_parts = _by_parts(doc, stated, found, with_approx, window)
    if use_parts:
        if by_parts is None or by_parts.summed is None:
            return None
        # A part is never a base of the sum, nor another reading of the rate.
        return by_parts, [q for q in window if not by_parts.summed.holds(q)]
    if not found:
        return None
    den_found = _denominator(doc, stated.metric, found[0], found[1], window)
    if not den_found or _approx_nearer(with_approx, stated.metric.numerator, found) \
            or _approx_nearer(with_approx, stated.metric.denominator, den_found):
        return None
    return _Reading(stated, found[0], found[1], den_found[0], den_found[1]), window


def _approx_nearer(with_approx: list[Quantity], terms: Terms, chosen: tuple[Quantity, int]) -> bool:
    """Whether an approximate count with the same term stands nearer the rate than the count chosen: "约2000件"
    is then the count meant, and the exact one found further back (the sentence before) is another."""
    q, index = chosen
    for c in with_approx:  # nearest first
        if c is q:
            return False
        if c.approx and terms.match(c.label, index):
            return True
    return False


def _any_base_fits(tie: _Reading, window: list[Quantity]) -> bool:
    """For a metric whose base varies in practice: whether any of its listed bases gives the printed rate."""
    metric, num = tie.stated.metric, tie.num
    for index in range(len(metric.denominator.terms)):
        alt = next((c for c in window if c is not num and c.same_unit(num) and c.value >= num.value > 0
                    and metric.denominator.match(c.label, index)), None)
        if alt is not None and tie.stated.fits(num, alt):
            return True
    return False


def _check(doc: Document, reading: SentenceReading, prev: SentenceReading | None, stated: Stated,
           floor: int) -> RateHit | None:
    tied = _tie(doc, reading, prev, stated, floor)
    if not tied:
        return None
    tie, window = tied
    rate, metric = stated.q, stated.metric
    off = _off(rate, tie.num, tie.den) - stated.slack
    if off <= 0 or (metric.base_varies and _any_base_fits(tie, window)):
        return None
    printed = stated.shown
    summed = tie.summed
    other = _explain_other(stated, tie.num, tie.den, window)
    if other:
        base, severity = other
        message = (f"{stated.name}用错了分母：报告写{printed}，这是{_calc(tie.num, base, rate)}"
                   f"（以{_base_name(metric, base)}为分母）；{tie.fallback}应为{tie.right}%（{tie.calc}）。"
                   f"口径：{metric.definition}")
        return RateHit("A002", Hit(stated.name_start, rate.end, message, suggestion=f"{tie.right}%",
                                   severity=Severity.parse(severity)))
    if summed is None and _other_reading_fits(stated, tie.num, window):
        return None
    left_out = missing_parts(metric, summed, rate) if summed else ""
    hint = f"；报告的值未计入{left_out}" if left_out else ""
    if stated.slack:
        hint += "；约数已允许末位相差1"
    message = (f"{stated.name}与所列数字不符：{tie.fallback}{tie.calc}，报告写{printed}"
               f"（按报告的精度应为{tie.right}%{hint}）")
    return RateHit("A001", Hit(stated.name_start, rate.end, message, suggestion=f"{tie.right}%",
                               severity=Severity.parse(severity_for(off))))


_LABEL_NOUN = re.compile("[\u4e00-\u9fff]+")


def _base_name(metric: Metric, base: Quantity) -> str:
    """How a message names a count: the ruled-out term it carries (申请数), else its own label."""
    index = metric.wrong_terms.first(base.label)
    if index is not None:
        return f"{metric.wrong_denominator[index][0]}数{base.printed}"
    words = _LABEL_NOUN.findall(base.label)
    return f"“{words[-1]}”{base.printed}" if words else base.printed


def rate_hits(doc: Document, opts: Mapping[str, Any]) -> list[RateHit]:
    """A001 and A002 hits of a document, computed once per document and options."""
    key = "arithmetic.rates:" + metrics_key(opts.get("metrics", []))
    return doc.memo(key, lambda: _all_rate_hits(doc, opts))


def _all_rate_hits(doc: Document, opts: Mapping[str, Any]) -> list[RateHit]:
    hits: list[RateHit] = []
    reads = quantity_readings(doc)
    table = metric_table(opts)
    for position, reading in _with_percent(doc.folded, reads):
        last_end: dict[str, int] = {}  # metric id -> end of its latest rate in this sentence
        for stated in _stated_rates(doc, reading, table):
            result = _check(doc, reading, before(reads, position), stated, last_end.get(stated.metric.id, -1))
            if result:
                hits.append(result)
            last_end[stated.metric.id] = stated.q.end
    return hits


def _with_percent(folded: str, reads: list[SentenceReading]) -> Iterator[tuple[int, SentenceReading]]:
    """The readings (with their position) whose sentence holds a "%": a percentage's unit (the only unit of that
    kind) is inside its sentence, and most sentences hold none. The document's "%" signs and its sentences are
    walked together: one find per "%" (or sentence after it), not one per sentence or a test per quantity."""
    percent = folded.find("%")  # the first "%" at or after the start of the sentence before
    if percent < 0:
        return
    for position, reading in enumerate(reads):
        sentence = reading.sentence
        if percent < sentence.start:
            percent = folded.find("%", sentence.start)
            if percent < 0:
                return
        if percent < sentence.end:
            yield position, reading
