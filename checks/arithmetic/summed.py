"""A rate's numerator given only as its parts (metrics with `numerator_parts`, rules A001/A002): "审结10件，
其中维持7件、撤销2件、确认违法1件，纠错率25%" writes no 纠错 count, but 纠错 = 撤销 + 确认违法 = 3. The parts are
summed only when every part is an exact count in one sentence after its base, each part term on one count
only, with no other total and no other kind of case (行政诉讼 also 撤销 and 确认违法) between the base and the
rate; anything else stays silent."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from linter.data import load_data
from linter.record import NamedTuple

from .metrics import Metric
from .quantities import Quantity, alternation
from .terms import Terms
from .tolerance import ratio_range, units_off

# Words that mark a count as a total of its own (a base, not a part).
TOTAL_MARK = Terms.of(["共", "总计", "合计", "共计", "总数", "总量", "全部"])

_MAX_PARTS = 8  # a real list of outcomes is short; the cap also bounds the subset search of `missing_parts`
# Words before a part's term that make it a sub-part or an overlapping attribute of another count (调解20件（含
# 和解5件）; 其中涉企撤销2件): the lists of parts.yaml, which reads the same lists for A003/A004.
_PARTS_DATA = load_data("arithmetic", "parts.yaml")
_OVERLAP = re.compile(alternation(w for w in [*_PARTS_DATA["cross_cutting"], *_PARTS_DATA["nested"]] if w != "其中"))
_OPENER = "其中"  # opens the list on its first part; on a later part, a sub-list


class _Part(NamedTuple):
    q: Quantity
    terms: tuple[int, ...]  # indices into Metric.parts of the terms its label carries

    def word(self, metric: Metric) -> str:
        """"撤销2", or "撤销、变更3" for a count labelled by two parts."""
        return "、".join(metric.parts.terms[i] for i in self.terms) + self.q.printed


class Summed(NamedTuple):
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


def collect_parts(metric: Metric, window: Sequence[Quantity], rate: Quantity) -> list[_Part] | None:
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
                          decimals=max(p.q.decimals for p in parts), label="", tail_limit=last.end, unit=den.unit)


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
            or TOTAL_MARK.first(q.label) is not None)


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


def tie_parts(folded: str, metric: Metric, parts: Sequence[_Part], rate: Quantity,
              window: Sequence[Quantity]) -> Summed | None:
    """The parts tied to their base, or None when the sentence does not tie them clearly."""
    value = sum((p.q.value for p in parts), Decimal(0))
    found = _base(metric, parts, value, window)
    if found is None:
        return None
    den, index = found
    if not _clear_between(folded, metric, parts, den, rate, window):
        return None
    return Summed(tuple(parts), _sum(parts, den), den, index)


def missing_parts(metric: Metric, summed: Summed, rate: Quantity) -> str:
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
