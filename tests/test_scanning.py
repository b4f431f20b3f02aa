"""The scanning shortcuts rules use on hot paths (finditer_at, starts_of, T005's _across_matches) must find
exactly what the plain `finditer` finds: checked with hypothesis on text built from the characters these
patterns care about, and with examples for starts_of's refusals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from checks.structure import enumeration
from checks.typography import approx, doubled, wording
from checks.years import dates, events, periods, ranges
from linter import document
from linter.document import finditer_at, starts_of

# Digits, year and date words, numerals, quotes, punctuation in both widths, and a few plain Chinese words:
# enough for every pattern below to match, fail halfway and overlap.
_ALPHABET = list("0123456789.,-—~至到年月日号底初中上下余多件人第每是要一二三四五六七八九十届全会大普法规划"
                 "“”\"'()（）,，;；、。!?\n 　以来累计共其中目前工作截止至[]【】〈<［〕〔")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_CASES: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    ("quantity", quantities._QUANTITY, document.DIGIT_RUN),
    ("scope", quantities._SCOPE, quantities._SCOPE_START),
    ("date", dates._DATE, document.DIGIT_RUN),
    ("day_day", dates._DAY_DAY, document.DIGIT_RUN),
    ("approx", approx._APPROX, document.DIGIT_RUN),
    ("range", ranges._RANGE, ranges._YEAR_START),
    ("lost_dash", ranges._LOST_DASH, ranges._YEAR_START),
    ("period", ranges._PERIOD, ranges._YEAR_START),
    ("congress", events._CONGRESS, events._TERM_START),
    ("plenums", events._PLENUMS, events._TERM_START),
    ("all_plenums", events._ALL_PLENUMS, events._TERM_START),
    ("pufa", periods._PUFA, periods._PUFA_START),
    ("plan", periods._PLAN, periods._PLAN_START),
    ("enumeration", enumeration._kinds().pattern, enumeration._kinds().starts),
    ("sentence_end", document._SENTENCE_END, document._SENTENCE_END_START),
    ("doc_number", wording._DOC_NUMBER, wording._DOC_NUMBER_START),
    *((f"cutoff{i}", pattern, wording._CUTOFF_START) for i, (pattern, _, _) in enumerate(wording._CUTOFF)),
]


@pytest.mark.parametrize(("name", "pattern", "starts"), _CASES, ids=[c[0] for c in _CASES])
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_finditer_at_finds_what_finditer_finds(name: str, pattern: re.Pattern[str],
                                               starts: re.Pattern[str] | None, text: str) -> None:
    assert starts is not None, f"{name}: the rule falls back to a full scan; this test expects a start class"
    folded = document.fold(text)
    assert _spans(finditer_at(pattern, folded, starts)) == _spans(pattern.finditer(folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("目前工作开展的,、;。 一二") , max_size=80))
def test_across_matches_finds_what_finditer_finds(text: str) -> None:
    assert _spans(doubled._across_matches(text)) == _spans(doubled._ACROSS.finditer(text))


def test_real_sentences_agree() -> None:
    text = document.fold("截至目前，目前，2023年12月至2023年12月共办结案件1,234件，其中“八五”普法、十九届五中全会精神；"
                         "（2021—2025年）一是加强……二是完善……116余家。2023年2月30日。")
    for _name, pattern, starts in _CASES:
        assert starts is not None
        assert _spans(finditer_at(pattern, text, starts)) == _spans(pattern.finditer(text))


def test_starts_of_reads_the_first_character_past_lookbehinds() -> None:
    starts = starts_of(["(?<![一二])累计", r"\d+年以来", "[其另]中"])
    assert starts is not None
    assert {c for c in "累1其另" if starts.match(c)} == set("累1其另")
    assert not starts.match("中")


def test_starts_of_escapes_literals_that_are_class_syntax() -> None:
    starts = starts_of(["-至", "a"])
    assert starts is not None
    assert starts.match("-") and starts.match("a") and not starts.match("b")


@pytest.mark.parametrize("patterns", [
    ["累计|共"],  # a top-level alternation: any branch may begin a match
    ["(?:累计)"],  # a group first: not read
    ["年?以来"],  # an optional first item: the match can begin at 以
    ["年*以来"],
    ["年{0,2}以来"],
    ["[^年]以来"],  # a negated class
    [".以来"],
    [],
])
def test_starts_of_refuses_what_it_cannot_bound(patterns: list[str]) -> None:
    assert starts_of(patterns) is None
