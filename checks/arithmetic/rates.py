"""A stated rate against the counts it is computed from (rules A001 and A002).

For each percentage named as a known metric, the numerator is the closest count whose label carries one of
the metric's numerator terms, and the denominator the count carrying its most preferred denominator term,
both in the same sentence (before the rate) or the sentence before. When the sentence does not clearly tie
the rate to its counts — no numerator, no base, a base smaller than the numerator, or another reading of the
same counts that fits — nothing is said.

A numerator that is by definition a sum (纠错 = 变更 + 撤销 + 确认违法 + 责令履行) may be given only as its
parts: when no count names the numerator itself, the listed parts are summed, if every part is an exact count
in one sentence after its base, each part term on one count only, with no other total and no other kind of case
(行政诉讼 also 撤销 and 确认违法) between the base and the rate."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from linter.data import load_data
from linter.document import Document
from linter.model import Hit, Severity

from .metrics import Metric, MetricTable, metric_table, resolve_rate
from .quantities import LABEL_MAX, Quantity, SentenceReading, alternation, readings, scopes_compatible
from .terms import Terms
from .tolerance import expected, ratio_range, severity_for, show, units_off

WINDOW = 40
_TOTAL_MARK = Terms.of(["共", "总计", "合计", "共计", "总数", "总量", "全部"])


@dataclass(frozen=True)
class Stated:
    """A percentage named as a metric."""

    q: Quantity
    metric: Metric
    name: str
    qualifier: str  # words before the metric's listed name: 即办件 in 即办件占比
    name_start: int  # offset of the name in Document.text
    index: int  # of q in its sentence's quantities


@dataclass(frozen=True)
class RateHit:
    code: str  # A001 or A002
    hit: Hit


def _stated_rates(doc: Document, reading: SentenceReading, table: MetricTable) -> list[Stated]:
    out: list[Stated] = []
    for i, q in enumerate(reading.quantities):
        if not q.is_rate or q.approx:
            continue
        found = resolve_rate(table, q.label)
        if found:
            start = doc.text.rfind(found.name, max(0, q.start - 2 * LABEL_MAX), q.start)
            out.append(Stated(q, found.metric, found.name, found.qualifier, start, i))
    return out


def _window(reads: list[SentenceReading], stated: Stated, floor: int) -> list[Quantity]:
    """Counts that may feed the rate, nearest first: the sentence before the rate (back to an earlier rate of
    the same metric, which ends at `floor`), then the previous sentence when this one states no such rate
    before. At most WINDOW counts from each sentence: a rate is written near its counts. Approximate counts
    are kept (parts must know of them); callers drop them where only exact counts may serve."""
    r = reads[stated.q.sentence]
    here = [q for q in r.quantities[max(0, stated.index - WINDOW):stated.index] if q.start >= floor]
    window = list(reversed(here))
    if floor < 0 and stated.q.sentence > 0:
        window += list(reversed(reads[stated.q.sentence - 1].quantities[-WINDOW:]))
    return [q for q in window if q.is_count and scopes_compatible(q, stated.q)]


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
        if _TOTAL_MARK.first(q.label) is not None:
            return q
    return None


def _denominator(doc: Document, metric: Metric, num: Quantity, num_term: int,
                 window: list[Quantity]) -> tuple[Quantity, int] | None:
    terms = metric.denominator
    # A count carrying the numerator's own term is never its base (调处成功 is not 调处).
    num_terms = Terms.of([t for t in metric.numerator.terms[num_term:num_term + 1] if not t.startswith("@")])
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
            if base is not alt and base.same_unit(alt) and base.value >= alt.value > 0 \
                    and _off(stated.q, alt, base) == 0:
                return True
    return False


# Numerators listed as parts (metrics with `numerator_parts`): "审结10件，其中维持7件、撤销2件、确认违法1件，
# 纠错率25%" writes no 纠错 count, but 纠错 = 撤销 + 确认违法 = 3. The parts are summed only when the sentence
# leaves no doubt about what they belong to; anything else stays silent.

_MAX_PARTS = 8  # a real list of outcomes is short; the cap also bounds the subset search of `_missing_parts`
# Words before a part's term that make it a sub-part or an overlapping attribute of another count (调解20件（含
# 和解5件）; 其中涉企撤销2件): the lists of parts.yaml, which reads the same lists for A003/A004.
_PARTS_DATA = load_data("arithmetic", "parts.yaml")
_OVERLAP = re.compile(alternation(w for w in [*_PARTS_DATA["cross_cutting"], *_PARTS_DATA["nested"]] if w != "其中"))
_OPENER = "其中"  # opens the list on its first part; on a later part, a sub-list


@dataclass(frozen=True)
class _Part:
    q: Quantity
    terms: tuple[int, ...]  # indices into Metric.parts of the terms its label carries

    def word(self, metric: Metric) -> str:
        """"撤销2", or "撤销、变更3" for a count labelled by two parts."""
        return "、".join(metric.parts.terms[i] for i in self.terms) + self.q.printed


@dataclass(frozen=True)
class _Summed:
    """Parts tied to a base: `total` stands for their sum in the arithmetic shared with explicit counts."""

    parts: tuple[_Part, ...]
    total: Quantity
    den: Quantity
    den_index: int

    def word(self, metric: Metric) -> str:
        """"纠错（撤销2+确认违法1）": how a message names the sum."""
        name = next((t.replace("*", "") for t in metric.numerator.terms if not t.startswith("@")), "")
        return f"{name}（{'+'.join(p.word(metric) for p in self.parts)}）"

    def holds(self, q: Quantity) -> bool:
        return any(p.q is q for p in self.parts)


def _part_terms(metric: Metric, q: Quantity) -> tuple[int, ...]:
    return tuple(i for i in range(len(metric.parts.terms)) if metric.parts.match(q.label, i))


def _nested(metric: Metric, part: _Part, first: bool) -> bool:
    """Whether the words before a part's term make it a sub-part or an overlapping attribute."""
    label = part.q.label
    prefix = label[:min(metric.parts.position(label, i) or 0 for i in part.terms)]
    return bool(_OVERLAP.search(prefix)) or (not first and _OPENER in prefix)


def _collect_parts(metric: Metric, window: Sequence[Quantity], rate: Quantity) -> list[_Part] | None:
    """The counts labelled by a part term, in text order, from the rate's sentence (or, when it has none, the
    sentence before); None when they cannot be summed safely: an approximate part, a part in another unit, or
    a term carried by two counts (two lists, two totals). `window` includes approximate counts."""
    found = [(q, _part_terms(metric, q)) for q in window if q.is_count]
    found = [(q, terms) for q, terms in found if terms]
    here = [f for f in found if f[0].sentence == rate.sentence]
    chosen = here or found
    if not chosen:
        return []
    if len({q.sentence for q, _ in chosen}) > 1 or len(chosen) > _MAX_PARTS:
        return None
    if any(q.approx or not q.same_unit(chosen[0][0]) for q, _ in chosen):
        return None
    all_terms = [t for _, terms in chosen for t in terms]
    if len(all_terms) != len(set(all_terms)):
        return None
    parts = [_Part(q, terms) for q, terms in sorted(chosen, key=lambda f: f[0].start)]
    if any(_nested(metric, p, i == 0) for i, p in enumerate(parts)):
        return None
    return parts


def _sum(parts: Sequence[_Part], den: Quantity) -> Quantity:
    """A quantity standing for the sum of the parts (placed where the list is)."""
    first, last = parts[0].q, parts[-1].q
    value = sum((p.q.value for p in parts), Decimal(0))
    half = sum((p.q.half for p in parts), Decimal(0))
    printed = format(value.normalize(), "f") if value else "0"
    return first._replace(end=last.end, printed=printed, value=value, half=half,
                          decimals=max(p.q.decimals for p in parts), label="", tail="", unit=den.unit)


def _base(metric: Metric, parts: Sequence[_Part], value: Decimal,
          window: Sequence[Quantity]) -> tuple[Quantity, int] | None:
    """The base: the count nearest before the list, in the list's sentence, carrying the most preferred
    denominator term (placeholders such as @total are not read for parts)."""
    first = parts[0].q
    before = [q for q in window if q.sentence == first.sentence and q.end <= first.start and not q.approx
              and q.same_unit(first) and q.value >= value and q.value > 0 and not _part_terms(metric, q)]
    for index in range(len(metric.denominator.terms)):
        q = next((c for c in before if metric.denominator.match(c.label, index)), None)
        if q is not None:
            return q, index
    return None


def _another_total(metric: Metric, q: Quantity) -> bool:
    """Whether a count reads as a total of its own (审结, 受理, 共……)."""
    return (metric.denominator.first(q.label) is not None or metric.wrong_terms.first(q.label) is not None
            or _TOTAL_MARK.first(q.label) is not None)


def _clear_between(folded: str, metric: Metric, parts: Sequence[_Part], den: Quantity, rate: Quantity,
                   window: Sequence[Quantity]) -> bool:
    """Whether the stretch from the base to the rate ties the parts to that base alone."""
    stretch = den.label + folded[den.end:rate.start]
    if any(word in stretch for word in metric.parts_foreign):
        return False  # another kind of case is spoken of: its 撤销 may be a court's
    last = parts[-1].q
    # Semicolons separate clauses, and so may separate totals, unless a colon opened the list (其中：……；……).
    if ";" in folded[den.end:last.start] and ":" not in folded[den.end:parts[0].q.start]:
        return False
    if any(_in_brackets(folded, den.end, p.q.start) for p in parts):
        return False
    between = [q for q in window if den.end <= q.start < rate.start and q.same_unit(den)]
    others = [q for q in between if not any(p.q is q for p in parts)]
    if any(_another_total(metric, q) for q in others):
        return False
    # "审结10件，涉企案件8件，其中撤销2件": the list opens after another count and hangs from it.
    before_list = [q for q in others if q.end <= parts[0].q.start]
    return not (before_list and _OPENER in folded[max(q.end for q in before_list):parts[0].q.start])


def _in_brackets(folded: str, start: int, end: int) -> bool:
    """Whether `end` sits inside a bracket opened after `start` other than right there: "维持7件（撤销2件）"
    is a note on 维持, "审结10件（其中撤销2件……）" a list of the base."""
    depth_open: list[int] = []
    for i in range(start, end):
        if folded[i] == "(":
            depth_open.append(i)
        elif folded[i] == ")" and depth_open:
            depth_open.pop()
    return any(folded[start:i].strip(" \u00a0") for i in depth_open)


def _tie_parts(folded: str, metric: Metric, parts: Sequence[_Part], rate: Quantity,
              window: Sequence[Quantity]) -> _Summed | None:
    """The parts tied to their base, or None when the sentence does not tie them clearly."""
    value = sum((p.q.value for p in parts), Decimal(0))
    found = _base(metric, parts, value, window)
    if found is None:
        return None
    den, index = found
    if not _clear_between(folded, metric, parts, den, rate, window):
        return None
    return _Summed(tuple(parts), _sum(parts, den), den, index)


def _missing_parts(metric: Metric, summed: _Summed, rate: Quantity) -> str:
    """The part terms the printed rate leaves out, when a smaller selection of the parts over the same base
    gives it exactly ("确认违法"); "" when none does."""
    parts = summed.parts
    for size in range(len(parts) - 1, 0, -1):
        for chosen in itertools.combinations(parts, size):
            sub = _sum(chosen, summed.den)
            low, high = ratio_range(sub, summed.den)
            if sub.value > 0 and units_off(rate.value, rate.decimals, low, high) == 0:
                left_out = [p for p in parts if all(p is not c for c in chosen)]
                return "、".join(metric.parts.terms[i] for p in left_out for i in p.terms)
    return ""


@dataclass(frozen=True)
class _Reading:
    """A rate tied to its counts."""

    stated: Stated
    num: Quantity
    num_index: int
    den: Quantity
    den_index: int
    summed: _Summed | None = None  # when the numerator is the sum of listed parts (num then stands for it)

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
    parts = _collect_parts(metric, with_approx, stated.q)
    if found is not None and not (metric.numerator.terms[found[1]] in metric.parts.terms
                                  and (parts is None or len(parts) > 1)):
        return False, None
    summed = _tie_parts(doc.folded, metric, parts, stated.q, with_approx) if parts else None
    if summed is None:
        return True, None
    return True, _Reading(stated, summed.total, 0, summed.den, summed.den_index, summed)


def _tie(doc: Document, reads: list[SentenceReading], stated: Stated,
         floor: int) -> tuple[_Reading, list[Quantity]] | None:
    """The rate tied to its counts, with the exact counts of its window."""
    with_approx = _window(reads, stated, floor)
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
    if not den_found:
        return None
    return _Reading(stated, found[0], found[1], den_found[0], den_found[1]), window


def _any_base_fits(tie: _Reading, window: list[Quantity]) -> bool:
    """For a metric whose base varies in practice: whether any of its listed bases gives the printed rate."""
    metric, num = tie.stated.metric, tie.num
    for index in range(len(metric.denominator.terms)):
        alt = next((c for c in window if c is not num and c.same_unit(num) and c.value >= num.value > 0
                    and metric.denominator.match(c.label, index)), None)
        if alt is not None and _off(tie.stated.q, num, alt) == 0:
            return True
    return False


def _check(doc: Document, reads: list[SentenceReading], stated: Stated, floor: int) -> RateHit | None:
    tied = _tie(doc, reads, stated, floor)
    if not tied:
        return None
    tie, window = tied
    rate, metric = stated.q, stated.metric
    off = _off(rate, tie.num, tie.den)
    if off == 0 or (metric.base_varies and _any_base_fits(tie, window)):
        return None
    printed = f"{rate.printed}%"
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
    left_out = _missing_parts(metric, summed, rate) if summed else ""
    hint = f"；报告的值未计入{left_out}" if left_out else ""
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
    key = "arithmetic.rates:" + json.dumps(opts.get("metrics", []), ensure_ascii=False, sort_keys=True)
    return doc.memo(key, lambda: _all_rate_hits(doc, opts))


def _all_rate_hits(doc: Document, opts: Mapping[str, Any]) -> list[RateHit]:
    reads = readings(doc)
    table = metric_table(opts)
    hits: list[RateHit] = []
    for reading in reads:
        last_end: dict[str, int] = {}  # metric id -> end of its latest rate in this sentence
        for stated in _stated_rates(doc, reading, table):
            result = _check(doc, reads, stated, last_end.get(stated.metric.id, -1))
            if result:
                hits.append(result)
            last_end[stated.metric.id] = stated.q.end
    return hits
