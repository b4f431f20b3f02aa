"""The shortcuts of the fourth round on the shared model's hot paths find exactly what the plain form finds."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import chrome, outline
from linter.document import fold


def test_toc_first_characters_are_those_read_as_mu() -> None:
    candidates = {"目", "", "木", "1", *outline.traditional_characters()}
    for c in candidates:
        assert (c in outline._toc_first()) == (outline.simplified(c) == "目"), c


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=list("某县2023年度法治政府建设情况报告关于工作总结，。 #*_\t"), max_size=100))
@example(text="某县2023年法治政府建设情况报告" * 3)
@example(text=" " + "某县2023年法治政府建设情况报告" * 3)
def test_a_line_too_long_for_the_bound_is_no_title(text: str) -> None:
    folded = fold(text)
    if outline._too_long(folded, outline._title_max_len()):
        assert not outline.is_title_like(folded)
        assert not outline.is_weak_title(folded)


@given(text=st.text(alphabet=list("ab.c 秘书之家www.com某县报告"), max_size=200))
def test_title_watermark_needs_a_dot_in_the_head(text: str) -> None:
    if "." not in text[:chrome._WATERMARK_SEARCH]:
        assert chrome.title_watermark(text) is None
