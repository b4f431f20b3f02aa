"""Shortcuts of the typography rules (round 17) find exactly what their plain form finds: checked with
hypothesis on text built from the characters each one cares about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.typography import titles, width
from linter.document import Document

# --- T013 --------------------------------------------------------------------------------------------------

_TITLE = re.compile(r"《[^《》\n]*》")  # a title on one line with no 《》 inside it


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("《》〈〉<>‹›«»⟨⟩\u2329\u232a法治\n "), max_size=40))
@example(text="《关于<办法>的通知》《宪法》\n《a<b")
@example(text="《<\n>》《》>")
def test_titles_with_a_wrong_mark_are_the_titles_holding_one(text: str) -> None:
    plain = [m.span() for m in _TITLE.finditer(text) if titles._has_wrong_mark(m.group())]
    assert [m.span() for m in titles._TITLE_WITH_WRONG.finditer(text)] == plain


# --- T003 --------------------------------------------------------------------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("“”\"，,（）()法治\n "), max_size=40), majority=st.sampled_from([0.5, 0.8, 1.0]))
@example(text="“法”“治”“法”“治”“法”“治”", majority=0.8)
def test_t003_quotes_are_skipped_only_when_no_ascii_quote_is_there(text: str, majority: float) -> None:
    doc = Document.from_text(text)
    hits = list(width._quote_hits(doc, majority, 3))
    if '"' not in text:  # the shortcut: nothing to report, as the plain form finds no ASCII quote either
        assert hits == []
        assert width._half_quotes(doc)[1] == []


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("，：；（）,:;()法治1\n"), max_size=60))
@example(text="法，治，法，治，法，治，法，治，法，治，法，治,法")
def test_t003_marks_are_skipped_only_when_one_width_is_missing(text: str) -> None:
    doc = Document.from_text(text)
    if width._one_width_only(doc):
        full = width._full_count(doc)
        assert not full or not width._half_marks(doc)
