"""A003 on a subset in the sentence after its category: "……行政许可类9件。……，其中涉企行政许可案件11件" cannot
be. Read only when the category is named as such (…类), the next sentence's first count opens its clause with
其中 and ends its label with the same category words."""

from __future__ import annotations

import pytest
from conftest import lint


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select="A003", year=2024)]


_CATEGORIES = ("本年度新收行政复议申请41件，依法受理38件，按类型分，受理案件中行政许可类9件，信息公开类14件，"
               "行政处罚类15件。")


def test_subset_larger_than_its_category() -> None:
    text = _CATEGORIES + "从领域看，以自然资源领域居多，其中自然资源领域行政许可案件11件。"
    ((code, severity, message),) = found(text)
    assert (code, severity) == ("A003", "warning")
    assert "行政许可案件11件" in message and "行政许可类总数（9件）" in message


def test_subset_on_its_own_line() -> None:
    text = _CATEGORIES + "\n从领域看，其中自然资源领域的信息公开类案件共16件。"
    ((_, _, message),) = found(text)
    assert "信息公开案件16件" in message and "（14件）" in message


@pytest.mark.parametrize("later", [
    # Within the category.
    "从领域看，以自然资源领域居多，其中自然资源领域行政许可案件7件。",
    # Another category's words.
    "从领域看，以自然资源领域居多，其中自然资源领域行政确认案件11件。",
    # Not opened by 其中: the count need not be a subset of the category.
    "全市行政许可案件11件，均已审结。",
    # A count before it in its own sentence: 其中 hangs from that one.
    "全市各级行政机关办理行政许可听证22件，其中涉企行政许可案件11件。",
    # Approximate.
    "从领域看，以自然资源领域居多，其中自然资源领域行政许可案件10余件。",
    # Another unit.
    "从领域看，以自然资源领域居多，其中自然资源领域行政许可事项11项。",
], ids=["smaller", "other-category", "no-其中", "own-total", "approx", "unit"])
def test_silent_later_sentences(later: str) -> None:
    assert found(_CATEGORIES + later) == []


def test_two_sentences_later_is_not_read() -> None:
    text = _CATEGORIES + "行政复议工作平稳有序。从领域看，其中自然资源领域行政许可案件11件。"
    assert found(text) == []


def test_category_not_named_as_such_is_not_read() -> None:
    # 行政许可9件 is not marked as a category (…类): a later 行政许可 count may be another measure.
    text = "受理行政复议案件38件，涉及行政许可9件。从领域看，其中自然资源领域行政许可案件11件。"
    assert found(text) == []


def test_category_name_twice_in_the_first_sentence_is_not_read() -> None:
    text = ("受理案件中行政许可类9件，另有行政许可听证申请15件。"
            "从领域看，以自然资源领域居多，其中自然资源领域行政许可案件11件。")
    assert found(text) == []


def test_sub_list_of_the_previous_sentence_is_not_reported_twice() -> None:
    # A 其中 opening the sentence is already a part list of the count before it (parts.py).
    text = "受理案件中行政许可类9件。其中行政许可案件11件。"
    assert [code for code, _, _ in found(text)] == ["A003"]
