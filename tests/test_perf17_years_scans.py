"""Shortcuts of the seventeenth speed round in the years family must find exactly what the plain form finds:
checked with hypothesis on text built from the characters each one cares about, against the plain scan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.years import events, ranges, stale
from linter.document import Document, fold, matches_at


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in found]


# --- Y015: the plans issued are tried only where a verb stands ----------------------------------------------

_PLAN_TEXT = st.text(alphabet=list("制定印发出台了《》某县2023年度—法治工作要点计划,。 \n"), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(text=_PLAN_TEXT)
@example(text="制定印发《2023年度工作要点》，出台《2024年工作计划》")
@example(text="印发制定《2023年工作要点》")
def test_y015_issued_plans_are_what_finditer_finds(text: str) -> None:
    folded = fold(text)
    pattern = stale._issued_plan()[0]
    assert _spans(stale.issued_plans(folded)) == _spans(pattern.finditer(folded))


# --- Y007, Y010, Y014: the term starts found once for the congresses, plenum lists and 历次全会 ------------

_TERM_TEXT = st.text(alphabet=list("党的十八九二一三四届大中全会和、历次精神 2023年\n"), max_size=60)


@settings(max_examples=500, deadline=None)
@given(text=_TERM_TEXT)
@example(text="2023年\n党的二十大和二十届二中、三中全会精神、二十届历次全会精神")
def test_mentions_with_starts_found_once_are_the_plain_mentions(text: str) -> None:
    doc = Document.from_text(text)
    folded = doc.folded
    plain_lists = [_spans(ms) for ms in events.plenum_lists(folded)]
    assert [_spans(ms) for ms in events._document_plenum_lists(doc)] == plain_lists
    assert events._document_mentions(doc) == list(events.mentions(folded))


@settings(max_examples=300, deadline=None)
@given(text=_TERM_TEXT, year=st.sampled_from([2018, 2021, 2023, 2025]))
def test_y007_reading_the_clause_only_for_a_late_event_finds_what_reading_it_always_finds(text: str,
                                                                                          year: int) -> None:
    doc = Document.from_text(text, year_override=year)
    folded = doc.folded
    plain = []
    for mention in events._document_mentions(doc):
        a, b = events.clause(folded, mention.start, mention.end)
        if events._anticipation().search(folded, a, b):
            continue
        if any((e.date or events._implied_date(e) or (0, 0)) > events.deadline(year) for e in mention.events):
            plain.append((mention.start, mention.end))
    assert [(h.start, h.end) for h in events.future_event(doc, {})] == plain


# --- Y001, Y002, Y008, Y009: one scan finds where a range, a lost dash and a period can begin --------------

_YEAR_TEXT = st.text(alphabet=list("20212345年月日号 -—~一至到底初()（）《》,，0851\n"), max_size=80)


@settings(max_examples=1000, deadline=None)
@given(text=_YEAR_TEXT)
@example(text="（20212025年）2023年12月至2023年12月，2023—2023年，0851-2023-2023，20202021—2025年")
@example(text="2023 年 12 月-12月，2023一2025年，2022年至2023年底")
def test_matches_from_the_year_starts_are_what_finditer_finds(text: str) -> None:
    folded = fold(text)
    starts = ranges.year_starts(folded)
    for pattern, kind in ((ranges._RANGE, starts[0]), (ranges._LOST_DASH, starts[1]), (ranges._PERIOD, starts[2])):
        assert _spans(matches_at(pattern, folded, kind)) == _spans(pattern.finditer(folded))
