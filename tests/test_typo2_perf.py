"""Shortcuts of the second speed round in the typography, redaction and years families must find exactly what
the plain form finds: checked with hypothesis on text built from the characters (or the report parts) each
one cares about, against the plain computation it skips or replaces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.redaction import formulations
from checks.years import stale
from linter import outline
from linter.document import Document

# --- R: the comparable text -------------------------------------------------------------------------------

_TRADITIONAL = sorted(outline._traditional()[0])[:40]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=[chr(c) for c in _TRADITIONAL] + list("习近平总书记法治思想，。\n 1"), max_size=40))
def test_comparable_text_is_the_folded_text_read_as_simplified(text: str) -> None:
    doc = Document.from_text(text)
    assert formulations.comparable(doc) == outline.simplified(doc.folded)


# --- Y015: the sections are worked out only when a plan issued is dated a year before a report year ---------

_PLAN = "制定《某县{year}年度法治政府建设工作要点》，明确重点任务36项。"
_SECTION = st.sampled_from(["一、主要举措和成效", "一、加强组织领导", "二、存在的不足和原因", "三、2025年工作打算",
                            "三、下一步工作打算"])
_TITLE = st.sampled_from(["某县{year}年度法治政府建设情况报告", "关于{year}年度法治政府建设情况的报告", "工作总结", ""])
_YEARS = st.integers(2021, 2025)


@st.composite
def _reports(draw: st.DrawFn) -> str:
    """One or two reports: a title (of some year, or none), sections and paragraphs issuing plans."""
    parts = []
    for _ in range(draw(st.integers(1, 2))):
        parts.append(draw(_TITLE).format(year=draw(_YEARS)))
        for _ in range(draw(st.integers(0, 3))):
            parts.append(draw(_SECTION))
            parts.extend(_PLAN.format(year=draw(_YEARS)) for _ in range(draw(st.integers(0, 2))))
    return "\n".join(parts)


def _last_years_plan(text: str, year: int | None) -> list[tuple[int, int, str]]:
    doc = Document.from_text(text, year_override=year)
    return [(h.start, h.end, h.message) for h in stale.last_years_plan(doc, {})]


@settings(max_examples=300, deadline=None)
@given(text=_reports(), year=st.one_of(st.none(), _YEARS))
def test_y015_skips_the_sections_only_when_no_plan_can_be_last_years(text: str, year: int | None) -> None:
    fast = _last_years_plan(text, year)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(stale, "_issued_the_year_before", lambda doc, issued: True)  # the plain form: always look
        assert _last_years_plan(text, year) == fast


def test_y015_example_is_still_found_through_the_shortcut() -> None:
    text = ("某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。年初研究制定"
            "《某县2023年度法治政府建设工作要点》，明确重点任务36项。\n二、存在的不足和原因\n（一）基层力量薄弱。")
    assert len(_last_years_plan(text, None)) == 1
