"""Shortcuts of the eighteenth speed round in the years family must find exactly what the plain form finds:
checked with hypothesis on text built from the characters each one cares about, against the plain scan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.years import dates, events
from linter.document import matches_at


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


# --- Y003: 1日1日 is tried only at the digit run before a 日 that a digit follows ----------------------------

# Digits of other scripts (٣, ３) are decimal too; \u3000 and \t are spaces to \s.
_DAY_TEXT = st.text(alphabet=list("0123٣３日月号.年 \u3000\t\n"), max_size=40)


@settings(max_examples=1000, deadline=None)
@given(text=_DAY_TEXT)
@example(text="2023年1日1日起")
@example(text="1 日 1 日，12日\u30003日，123日1日，1.1日1日，月1日1日")
def test_y003_day_day_starts_find_what_finditer_finds(text: str) -> None:
    found = matches_at(dates._DAY_DAY, text, dates._day_day_starts(text))
    assert _spans(found) == _spans(dates._DAY_DAY.finditer(text))


@settings(max_examples=300, deadline=None)
@given(text=_DAY_TEXT)
def test_y003_day_day_starts_are_ascending(text: str) -> None:
    starts = dates._day_day_starts(text)
    assert starts == sorted(set(starts))


# --- Y010: 历次全会 is tried only at a term followed by 届历次 --------------------------------------------------

_TERM_TEXT = st.text(alphabet=list("党的十八九二一三届历次中央全会和、精神 \n"), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(text=_TERM_TEXT)
@example(text="党的二十大和二十届历次全会精神、十九届历次中央全会")
@example(text="二十届历次全十九届历次全会")
def test_all_plenums_at_followed_starts_are_what_finditer_finds(text: str) -> None:
    starts = events._followed_by(text, events._term_starts(text),
                                 events._PLENUM_TERM + events._ALL_PLENUMS_WORD)
    assert _spans(matches_at(events._ALL_PLENUMS, text, starts)) == _spans(events._ALL_PLENUMS.finditer(text))
