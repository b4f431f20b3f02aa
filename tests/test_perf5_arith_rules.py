"""The shortcuts of the arithmetic rules (fifth round) find what the plain forms they replaced find."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import parts

# Every synonym of every group, and words that are none.
_WORDS = sorted({s for g in parts.GROUPS for s, _ in g.synonyms.pairs} | {"其中", "涉企", "案件", "不", "按时"})
_LABELS = st.lists(st.sampled_from(_WORDS), max_size=3).map("".join)


def _plain_categorised(items: list[Any]) -> tuple[parts.Group, list[set[str]]] | None:
    """parts._categorised as it was: the categories of every part read for every group."""
    for group in parts.GROUPS:
        cats = [group.categories_of(q) for q in items]
        if all(cats):
            return group, cats
    return None


@settings(max_examples=500, deadline=None)
@given(labels=st.lists(_LABELS, min_size=1, max_size=5))
@example(labels=["维持", "撤销", "确认违法"])
@example(labels=["保留", "修改", "涉企"])
def test_the_categories_of_a_list_are_found_as_by_reading_every_part(labels: list[str]) -> None:
    items: list[Any] = [SimpleNamespace(label=label) for label in labels]
    assert parts._categorised(items) == _plain_categorised(items)
