"""The metric table (metrics.yaml plus the user's `arithmetic: {metrics: [...]}`) and naming a stated rate."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from linter.config import options_key
from linter.data import load_data
from linter.record import NamedTuple

from .terms import MODIFIERS, Terms

_TABLE = load_data("arithmetic", "metrics.yaml")


class Metric(NamedTuple):
    id: str
    names: tuple[str, ...]
    numerator: Terms
    denominator: Terms
    wrong_denominator: tuple[tuple[str, str], ...]  # (term, severity)
    base_varies: bool
    definition: str
    parts: Terms  # numerator_parts: the terms of a numerator that is by definition a sum
    parts_foreign: tuple[str, ...]  # words of another kind of case that forbid summing the parts
    wrong_terms: Terms  # the terms of wrong_denominator

    @classmethod
    def of(cls, spec: Mapping[str, Any]) -> Metric:
        wrong = tuple((str(k), str(v)) for k, v in (spec.get("wrong_denominator") or {}).items())
        return cls(
            str(spec["id"]), tuple(spec["names"]), Terms.of(spec["numerator"]), Terms.of(spec["denominator"]),
            wrong, bool(spec.get("base_varies", False)), str(spec.get("definition", "")),
            Terms.of([str(t) for t in spec.get("numerator_parts") or ()]),
            tuple(str(w) for w in spec.get("parts_foreign") or ()), Terms.of([t for t, _ in wrong]),
        )


class MetricTable(NamedTuple):
    metrics: tuple[Metric, ...]
    names: tuple[tuple[str, Metric], ...]  # every name, longest first
    # The names by length, longest first, each with the metric of its first entry in `names`: the word's end of
    # each length is looked up, rather than every name tried (tests/test_perf4_arith_rules.py).
    by_length: tuple[tuple[int, dict[str, Metric]], ...]
    # resolve_rate's answers by label: reports name their rates with the same few words, and a look-up costs a
    # tenth of the two searches and the name look-ups. Emptied when full, so that it stays small.
    rates: dict[str, RateName | None]

    def resolve(self, word: str) -> tuple[Metric, str] | None:
        """The metric a rate's name refers to and the words before the listed name ("即办件" in 即办件占比):
        the longest listed name the word ends with, unless a modifier stands right before it (一次办结率 is
        not 办结率)."""
        size = len(word)
        for length, named in self.by_length:
            if length > size:
                continue
            metric = named.get(word[size - length:])
            if metric is not None:
                cut = size - length
                return None if MODIFIERS.blocks(word, cut) else (metric, word[:cut].removesuffix("的"))
        return None


def _build(specs: list[Mapping[str, Any]]) -> MetricTable:
    by_id: dict[str, Metric] = {}
    for spec in specs:
        by_id[str(spec["id"])] = Metric.of(spec)  # a later spec (the user's) replaces an earlier one
    metrics = tuple(by_id.values())
    names = sorted(((n, m) for m in metrics for n in m.names), key=lambda nm: -len(nm[0]))
    by_length: dict[int, dict[str, Metric]] = {}
    for name, metric in names:
        by_length.setdefault(len(name), {}).setdefault(name, metric)
    return MetricTable(metrics, tuple(names), tuple(by_length.items()), {})


# Metric tables by metrics_key of the user's metrics: one for each configuration a process sees.
_TABLES: dict[str, MetricTable] = {}


def metric_table(opts: Mapping[str, Any]) -> MetricTable:
    """The defaults, with the user's metrics added or replacing defaults of the same id."""
    metrics = list(opts.get("metrics", ()))
    key = metrics_key(metrics)
    table = _TABLES.get(key)
    if table is None:
        table = _TABLES[key] = _build([*_TABLE["metrics"], *metrics])
    return table


def metrics_key(metrics: Any) -> str:
    """A key naming the user's metrics (linter.config.options_key). Most configurations add none: "[]" then,
    without freezing the list per document."""
    if isinstance(metrics, (list, tuple)) and not metrics:
        return "[]"
    return options_key(metrics)


_RATE_NAME = re.compile(
    "(?P<name>[\u4e00-\u9fff]*?(?:率|占比|比重|比例))"
    "(?:为|达到|达|是|保持在|保持|稳定在|仅为|高达|已达到|已达|实现|提升至|提高至|提高到|上升至|下降至|降至|降低至|控制在)?$"
)
_SHARE_OF = re.compile("(?<![约近])占(?P<whole>[\u4e00-\u9fff]{0,14}?)(?:的)?(?:比例为|比重为|比例|比重)?$")
SHARE_ID = "share"


def rate_name(label: str) -> tuple[str, int] | None:
    """The name of the rate a percentage is stated for, from the words just before it, with its position in
    the label: "调处成功率达" -> ("调处成功率", 0); "占全市总量" -> ("占全市总量", 0)."""
    if "率" not in label and "比" not in label and "占" not in label:
        return None  # what both patterns need (率, 占比, 比重, 比例; 占): most labels have none
    m = _RATE_NAME.search(label)
    if m:
        return m.group("name"), m.start("name")
    m = _SHARE_OF.search(label)
    if m:
        return m.group(), m.start()
    return None


class RateName(NamedTuple):
    metric: Metric
    name: str  # as written: 调处成功率, 即办件占比, 占全市总量
    qualifier: str  # the words before the listed name: 即办件 (a share names its part this way)


_RATES_MAX = 4096


def resolve_rate(table: MetricTable, label: str) -> RateName | None:
    """The metric a percentage is stated for, from its label (worked out once per label and table)."""
    known = table.rates
    if label in known:
        return known[label]
    if len(known) >= _RATES_MAX:
        known.clear()
    found = known[label] = _resolve_rate(table, label)
    return found


def _resolve_rate(table: MetricTable, label: str) -> RateName | None:
    found = rate_name(label)
    if not found:
        return None
    name = found[0]
    if name.startswith("占") and not name.endswith(("率", "占比", "比重", "比例")):
        share = next((m for m in table.metrics if m.id == SHARE_ID), None)
        return RateName(share, name, "") if share else None
    resolved = table.resolve(name)
    return RateName(resolved[0], name, resolved[1]) if resolved else None


BOUNDED = tuple(sorted(_TABLE.get("bounded_rates", ()), key=len, reverse=True))
