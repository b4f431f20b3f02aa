"""The shortcuts of the arithmetic rules (fourth round) find what the plain forms they replaced find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic.metrics import Metric, MetricTable, metric_table
from checks.arithmetic.terms import MODIFIERS

_TABLE = metric_table({})
_USER = metric_table({"metrics": [{"id": "mine", "names": ["率", "办结率"], "numerator": ["办结"],
                                   "denominator": ["受理"]}]})
# Every listed name and the words a modifier or a qualifier may add before one.
_PIECES = sorted({n for n, _ in _TABLE.names} | {"一次", "按时", "即办件", "的", "率", "比", "办", "结"})


def _plain_resolve(table: MetricTable, word: str) -> tuple[Metric, str] | None:
    """MetricTable.resolve as it was: every name tried, longest first."""
    for name, metric in table.names:
        if word.endswith(name):
            cut = len(word) - len(name)
            return None if MODIFIERS.blocks(word, cut) else (metric, word[:cut].removesuffix("的"))
    return None


@settings(max_examples=500, deadline=None)
@given(word=st.lists(st.sampled_from(_PIECES), max_size=4).map("".join))
@example(word="")
@example(word="一次办结率")
@example(word="即办件占比")
def test_a_name_is_resolved_by_its_ends_as_by_trying_every_name(word: str) -> None:
    for table in (_TABLE, _USER):
        assert table.resolve(word) == _plain_resolve(table, word)
