"""Shortcuts of the eighteenth speed round in the years family must find exactly what the plain form finds:
checked with hypothesis on text built from the characters each one cares about, against the plain scan."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.years import common, dates, events, names
from linter.document import Document, matches_at


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


# --- Y013: the end all old names share is looked for once before each name --------------------------------

@settings(max_examples=500, deadline=None)
@given(words=st.lists(st.text(alphabet=list("法制治宣传日"), min_size=1, max_size=6), min_size=1, max_size=4))
def test_common_tail_is_the_longest_end_all_words_share(words: list[str]) -> None:
    tail = names.common_tail(tuple(words))
    assert all(word.endswith(tail) for word in words)
    longer = words[0][-len(tail) - 1:] if len(tail) < len(words[0]) else None
    assert longer is None or not all(word.endswith(longer) for word in words)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("全国法制治宣传日12·4 "), max_size=30))
@example(text="“12·4”全国法制宣传日")
@example(text="宣传日，法治宣传")
def test_y013_tail_test_passes_wherever_an_old_name_stands(text: str) -> None:
    for day in names.renamed_days():
        plain = any(word in text for word in day.words)
        assert (day.tail in text and any(word in text for word in day.words)) == plain


# --- Y004, Y006: the plan sections ask the kind of each element heading once -------------------------------

_HEADING = st.sampled_from(["一、", "二、", "三、", "(一)", "1.", "# ", "## ", "### ", ""])
_HEADING_TEXT = st.text(alphabet=list("2024年下一步工作打算思路安排情况关于度"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(st.tuples(_HEADING, _HEADING_TEXT), min_size=1, max_size=8))
@example(lines=[("一、", "主要举措"), ("二、", "2024年工作打算"), ("三、", "下一步工作打算"),
                ("四、", "2023年工作计划完成情况")])
def test_plan_sections_are_those_of_plan_heading_kind(lines: list[tuple[str, str]]) -> None:
    doc = Document.from_text("某县2023年度法治政府建设情况报告\n" + "\n".join(m + t + "\n正文。" for m, t in lines))
    plain = common._sections(doc, lambda h: common.plan_heading_kind(h) is not None)
    assert common.plan_sections(doc) == plain
