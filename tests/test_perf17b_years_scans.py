"""Shortcuts of the seventeenth speed round (second years helper) must find exactly what the plain form finds:
checked with hypothesis on text built from the characters each one cares about, against the plain scan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.years import dates, formula, stale
from linter.document import Document, fold


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


# --- Y011: the old formula's tail tried only where its first character stands -------------------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("廉洁高效守法诚信、, \n的政府"), max_size=60))
@example(text="廉洁高效、守法诚信，廉廉洁高效 , 守法诚信廉洁高效")
def test_y011_tails_from_their_first_character_are_what_finditer_finds(text: str) -> None:
    folded = fold(text)
    assert _spans(formula.old_formula_tails(folded)) == _spans(formula._patterns()[0].finditer(folded))


def test_literal_head_is_only_a_character_every_match_opens_with() -> None:
    assert formula.literal_head(formula._patterns()[0].pattern) == "廉"
    assert formula.literal_head("廉洁") == "廉"
    for pattern in ("廉?洁", "廉*洁", "廉{0,1}洁", "廉洁|守法", "(?:廉)洁", "[廉]洁", r"\d年", "廉"):
        assert formula.literal_head(pattern) is None, pattern


# --- Y006: comparisons tried only where a leading word stands -----------------------------------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("由从比较 2023年度的提高至增长多少全年。\n"), max_size=60))
@example(text="由2023年的650元提高至675元，比 2023年增长，较2023年度多，从由2023年的提高到")
def test_y006_comparisons_from_their_words_are_what_finditer_finds(text: str) -> None:
    folded = fold(text)
    for comparison in stale._comparison():
        assert _spans(comparison.finditer(folded)) == _spans(comparison.pattern.finditer(folded))


# --- Y003: one pass over the 月 for Arabic and Chinese dates --------------------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("二〇三年十月 \n日号1203一农历"), max_size=60))
@example(text="二〇二三年十三月，2023年13月，二〇二四年二月三十日")
def test_y003_finds_what_it_finds_when_every_date_is_looked_for(text: str) -> None:
    doc = Document.from_text(text, year_override=2023)
    plain = [*dates._day_days(doc), *dates._impossible_months_and_days(doc, dates._month_starts(doc.folded)[0]),
             *dates._impossible_cn_dates(doc)]
    assert list(dates.impossible_date(doc, {})) == plain


# --- Y015: the plans issued are tried only at a verb just before the title of a plan ending ---------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("制定印发出台了并实施《》县2023年度—工作要点计划,。 \n"), max_size=60))
@example(text="制定了并实施《2023年工作要点》制定了并实施了《2023年工作要点》")
@example(text="印发《《2023年度工作要点》》，出台《县《2023年工作计划》")
@example(text="《2023年工作要点》制定《2023年工作计划》")
def test_y015_issued_plans_from_their_endings_are_what_finditer_finds(text: str) -> None:
    folded = fold(text)
    pattern = stale._issued_plan()[0]
    assert _spans(stale.issued_plans(folded)) == _spans(pattern.finditer(folded))


# --- Y012: candidate starts only before a 的法治政府 with a separator before its last term -----------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("职能科学权责法定、,的法治政府人民满意\n"), max_size=90))
@example(text="职能科学、权责法定、执法严明、人民满意的法治政府、公开公正、智能高效、廉洁诚信、人民满意的法治政府")
@example(text="职能科学、权责法定、执法严明、建设人民满意的法治政府")
def test_y012_goal_lists_after_a_separator_are_what_finditer_finds(text: str) -> None:
    doc = Document.from_text(text)
    found = formula._goal_lists(doc, "的法治政府")
    assert _spans(found) == _spans(formula._GOAL_LIST.finditer(doc.folded))
