"""The shortcuts of the arithmetic rules (fifth round) find what the plain forms they replaced find."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import changes, parts
from checks.arithmetic.quantities import quantity_readings
from linter.document import Document

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


# The list intros and wholes, pieces of them, and other text.
_GATE_PIECES = sorted({*parts._DATA["list_intro"], *parts._DATA["exhaustive_intro"],
                       *(t for g in parts._DATA["groups"] for t in g["whole"]), "其", "分别", "办", "共", "件,", "。"})


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_GATE_PIECES), max_size=6).map("".join), cut=st.integers(0, 3))
@example(text="其中办结", cut=1)
def test_the_joint_gate_finds_a_sentence_that_either_search_finds(text: str, cut: int) -> None:
    # _all_part_lists searches for an intro or a whole at once before searching for each.
    start, end = min(cut, len(text)), len(text)
    either = parts._INTRO.search(text, start, end) or parts._ANY_WHOLE.search(text, start, end)
    assert (parts._INTRO_OR_WHOLE.search(text, start, end) is None) == (either is None)


# Numbers, units, change words, comparisons, years and sentence ends.
_CHANGE_PIECES = ["由", "从", "提高至", "增加到", "较上年", "的", "增长", "增幅", "同比增长", "分别为", "下降",
                  "2023年", "2024年", "12件", "15件", "3.5%", "20%", "2个百分点", "、", "和", ",", "。", "倍"]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_CHANGE_PIECES), max_size=12).map("".join))
@example(text="同比增长20%。")
@example(text="较上年的12件增长20%。")
def test_a_sentence_with_one_quantity_gives_no_change(text: str) -> None:
    # change_hits passes over such sentences without searching them.
    for r in quantity_readings(Document.from_text(text, year_override=2024)):
        if len(r.quantities) < 2:
            assert changes._pairs_and_changes(r) == []
