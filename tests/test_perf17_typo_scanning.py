"""Shortcuts of the typography rules (round 17) find exactly what their plain form finds: checked with
hypothesis on text built from the characters each one cares about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.typography import titles

# --- T013 --------------------------------------------------------------------------------------------------

_TITLE = re.compile(r"《[^《》\n]*》")  # a title on one line with no 《》 inside it


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("《》〈〉<>‹›«»⟨⟩\u2329\u232a法治\n "), max_size=40))
@example(text="《关于<办法>的通知》《宪法》\n《a<b")
@example(text="《<\n>》《》>")
def test_titles_with_a_wrong_mark_are_the_titles_holding_one(text: str) -> None:
    plain = [m.span() for m in _TITLE.finditer(text) if titles._has_wrong_mark(m.group())]
    assert [m.span() for m in titles._TITLE_WITH_WRONG.finditer(text)] == plain
