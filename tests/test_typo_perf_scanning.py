"""Shortcuts the typography, redaction and years rules take on hot paths must find exactly what the plain
form (a `finditer` over the whole text, or the loop they replaced) finds: checked with hypothesis on text
built from the characters each one cares about."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.redaction import broken, masks, numerals
from checks.typography import doubled, pairs, spaces, spacing, width, wording
from checks.typography.chars import CLOSING, HAN_CLASS
from checks.years import dates, events, formula, periods
from linter import document
from linter.document import Document, find_all, matches_at


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# 开/展 and the characters sharing their code point's low byte (U+5F00 开, U+4E00 一, U+5000 倀; U+5C55 展,
# U+4E55 乕), which _pair_repeats cannot tell apart; characters outside the Han class and the BMP; NUL and a
# lone surrogate (which a strict UTF-32 encoding refuses).
_PAIR_TEXT = st.text(alphabet=list("开一倀展乕的了确目,、\n 1\x00\ud800\U00020000\U00010000"), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(text=_PAIR_TEXT)
@example(text="开展开展")
@example(text="\U00020000开展开展\U00010000")
@example(text="\ud800开展开展")
def test_pair_repeats_holds_every_repeated_pair(text: str) -> None:
    starts = doubled._pair_repeats(text, range(2, 5))
    assert starts == sorted(set(starts))
    for i in range(len(text) - 1):
        if any(text[i + k:i + k + 2] == text[i:i + 2] for k in range(2, 5)):
            assert i in starts


@settings(max_examples=500, deadline=None)
@given(text=_PAIR_TEXT, window=st.integers(1, 9))
@example(text="一开展开展开展" * 3, window=3)
def test_pair_repeats_window_by_window_is_the_whole_text_at_once(text: str, window: int) -> None:
    # Windows bound the memory on a large file; any window size gives the offsets of the whole text at once.
    whole = doubled._window_pair_repeats(text, range(2, 5))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(doubled, "_PAIR_WINDOW", window)
        assert doubled._pair_repeats(text, range(2, 5)) == whole


@settings(max_examples=1000, deadline=None)
@given(text=_PAIR_TEXT)
@example(text="开展开展开展")
@example(text="一开展开展了了的的的")
def test_doubled_words_and_characters_are_what_finditer_finds(text: str) -> None:
    found = matches_at(doubled._WORD_TWICE, text, doubled._pair_repeats(text, doubled._WORD_TWICE_DISTANCES))
    assert _spans(found) == _spans(doubled._WORD_TWICE.finditer(text))
    found = matches_at(doubled._CHAR_TWICE, text, doubled._char_twice_starts(text))
    assert _spans(found) == _spans(doubled._CHAR_TWICE.finditer(text))


def test_word_twice_distances_are_the_lengths_the_pattern_repeats() -> None:
    lengths = re.search(r"\{(\d),(\d)\}\)\\1$", doubled._WORD_TWICE.pattern)
    assert lengths is not None
    assert range(int(lengths[1]), int(lengths[2]) + 1) == doubled._WORD_TWICE_DISTANCES


# --- years ------------------------------------------------------------------------------------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("十八九二一届大中全会历次0123456789٣年月日号 \u3000\u2003\n.,一"), max_size=60))
@example(text="二十九大十八届十九届")
@example(text="2023 年 \u3000 12 月 31 日，1.5月，123月")
def test_years_starts_found_by_str_find_are_what_re_finds(text: str) -> None:
    folded = document.fold(text)
    assert events._term_starts(folded) == [m.start() for m in events._TERM_START.finditer(folded)]
    assert bool(events._term_starts(folded)) == any(term in folded for term in events._TERMS)
    for pattern in (events._CONGRESS, events._PLENUMS, events._ALL_PLENUMS):
        assert _spans(matches_at(pattern, folded, events._term_starts(folded))) == _spans(pattern.finditer(folded))
    found = matches_at(dates._DATE, folded, dates._month_starts(folded)[0])
    assert _spans(found) == _spans(dates._DATE.finditer(folded))


# --- typography: T003's half-width marks --------------------------------------------------------------------

_PLAIN_HALF_IN_CHINESE = re.compile(f"[,:;](?:(?<![^{HAN_CLASS}{CLOSING}）].)|(?=[{HAN_CLASS}]))")
# Lines linter.chrome reads as web chrome, to have documents with chrome between the report's lines.
_CHROME_LINES = ["首页 > 新闻中心 > 通知公告", "分享到：微信 微博", "【打印】【关闭】",
                 "发布时间：2024-01-02 来源：司法局"]


def _plain_half_marks(doc: Document) -> list[int]:
    """T003's half-width marks as first written: each line outside the chrome scanned on its own."""
    half: list[int] = []
    for line in doc.lines:
        if line.number not in doc.chrome:
            pauses = [line.start + m.start() for m in _PLAIN_HALF_IN_CHINESE.finditer(line.text)]
            half.extend(sorted(pauses + width._chinese_parentheses(doc.text, line)))
    return half


@settings(max_examples=500, deadline=None)
@given(lines=st.lists(st.one_of(st.sampled_from(_CHROME_LINES),
                                st.text(alphabet=list(",:;()（）法治1a”》 "), max_size=12)), max_size=8))
@example(lines=[",法", "首页 > 新闻中心 > 通知公告", ";a", "分享到：微信 微博"])
def test_half_marks_are_what_the_line_by_line_scan_finds(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    assert width._half_marks_in_text(doc) == _plain_half_marks(doc)


def test_chrome_lines_of_the_half_marks_test_are_chrome() -> None:
    doc = Document.from_text("\n".join([",法", "首页 > 新闻中心 > 通知公告", ";a", "分享到：微信 微博"]))
    assert doc.chrome == {2, 4}
    assert width._half_marks_in_text(doc) == [0, doc.lines[2].start]


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("五六七八九十一二三四普法规划\"“”'‘’「」『』 \n"), max_size=40))
@example(text="“五五”普法、十五五、“十四五”")
def test_period_names_found_from_their_five_are_what_finditer_finds(text: str) -> None:
    folded = document.fold(text)
    kinds = ((periods._PUFA, periods._PUFA_NAMES), (periods._PLAN, periods._PLAN_NAMES))
    for (pattern, names), starts in zip(kinds, periods._name_starts(folded), strict=True):
        assert len(set(map(len, names))) == 1 and all(name.endswith("五") for name in names)
        found = matches_at(pattern, folded, starts)
        assert _spans(found) == _spans(pattern.finditer(folded))


# --- redaction ----------------------------------------------------------------------------------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("0123456789٣大中五次全国代表会体议届 \u3000\n党的"), max_size=40))
@example(text="党的 20 大、第3次全体会议、20次全国代表大会")
def test_r005_hooks_found_from_their_word_are_what_finditer_finds(text: str) -> None:
    folded = document.fold(text)
    found = matches_at(numerals._HOOK, folded, numerals._hook_starts(folded))
    assert _spans(found) == _spans(numerals._HOOK.finditer(folded))


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("习近平菦新时代中国特色社会主义思想法治总书记同志为核心的党*学"), max_size=40))
@example(text="以习菦平新时代中国特色社会主义思想，习平法治思想，学习近平法治思想")
def test_r004_names_found_from_their_last_character_are_what_finditer_finds(text: str) -> None:
    pattern = broken._tails()[0]
    assert _spans(matches_at(pattern, text, broken._name_starts(text))) == _spans(pattern.finditer(text))


_TITLE_PARTS = ["《", "》", "〈", "〉", "<", ">", "\n", "关于", "法治政府建设实施纲要", "(2021—2025年)", "2015-2020",
                "(2015-2020)", "党政主要负责人履行推进", "法治建设", "第一责任人职责规定", "法治", "纲要", "的通知"]


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(_TITLE_PARTS), max_size=16))
@example(parts=["《", "党政主要负责人履行推进", "第一责任人职责规定", "》",
                "《", "法治政府建设实施纲要", "2015-2020", "》"])
def test_r004_titles_skipped_are_never_reported(parts: list[str]) -> None:
    doc = Document.from_text("".join(parts))
    plain = []
    for m in broken._QUOTED.finditer(doc.folded):  # _quoted_titles as first written: every quoted title
        inner, at = m.group(1), m.start(1)
        hit = broken._title_with_a_gap(doc, inner, at)
        if hit is None and inner[-1] in broken._RANGE_LAST:
            hit = broken._malformed_range(doc, inner, at)
        if hit is not None:
            plain.append(hit)
    assert list(broken._quoted_titles(doc)) == plain


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("[]【】()（）〈〉<>［］〔〕2019003号第法发\n"), max_size=40))
@example(text="安监总政法[2023]150号，陆教【2023】1号，黔府办发（2023）7号")
def test_t004_brackets_found_by_str_find_are_what_re_finds(text: str) -> None:
    folded = document.fold(text)
    assert wording._doc_number_starts(folded) == [m.start() for m in wording._DOC_NUMBER_START.finditer(folded)]
    found = matches_at(wording._DOC_NUMBER, folded, wording._doc_number_starts(folded))
    assert _spans(found) == _spans(wording._DOC_NUMBER.finditer(folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("“”‘’《》()（）【】法治,，、\n "), max_size=60))
@example(text="开展“《法治》\n学习”活动，\n\n(一)")
def test_t007_paragraph_marks_from_one_scan_are_each_paragraphs_own(text: str) -> None:
    doc = Document.from_text(text)
    marks = "".join(pairs._MARK_OR_BREAK.findall(doc.folded)).split("\n")
    assert len(marks) == len(doc.lines)
    for first, last in pairs._paragraphs(doc):
        start, end = doc.lines[first].start, doc.lines[last].end
        assert "".join(marks[first:last + 1]) == "".join(pairs._MARK.findall(doc.folded, start, end))


_GOAL_PARTS = ["职能科学", "权责法定", "执法严明", "公开公正", "智能高效", "廉洁诚信", "人民满意", "建设", "、", ",",
               "的法治政府", "\n", "法"]


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from(_GOAL_PARTS), max_size=30))
@example(parts=["建设", "职能科学", "、", "权责法定", "、", "执法严明", "、", "公开公正", "的法治政府", "、",
                "人民满意", "的法治政府"])
def test_y012_goal_lists_tried_before_their_end_are_what_finditer_finds(parts: list[str]) -> None:
    doc = Document.from_text("".join(parts))
    assert _spans(formula._goal_lists(doc, "的法治政府")) == _spans(formula._GOAL_LIST.finditer(doc.folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("Xx*×■□●○习近平某a \n"), max_size=40))
def test_r001_mask_runs_found_by_str_find_are_what_finditer_finds(text: str) -> None:
    assert _spans(masks._runs(text)) == _spans(masks._RUN.finditer(text))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list(" \u00a0\u3000\u2003法治,\n"), max_size=40))
def test_t001_lines_holding_a_space_are_those_a_test_of_every_line_finds(text: str) -> None:
    doc = Document.from_text(text)
    for chars in ([" "], [" ", "\u00a0"], ["\u2003"], []):
        expected = [line.number for line in doc.lines if any(c in line.folded for c in chars)]
        assert [line.number for line in spacing._lines_holding(doc, chars)] == expected


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("截止至到目前底2024年,，\n "), max_size=40))
@example(text="截止目前，截止到2024年底，截至到目前")
def test_t006_cutoffs_tried_at_each_jie_are_what_finditer_finds(text: str) -> None:
    folded = document.fold(text)
    assert wording._CUTOFF_START.pattern == wording._CUTOFF_WORD
    starts = list(find_all(folded, wording._CUTOFF_WORD))
    for pattern, _, _ in wording._CUTOFF:
        assert _spans(matches_at(pattern, folded, starts)) == _spans(pattern.finditer(folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("\u200b\u00a0\ufeff\u00ad\u2003 法治\n"), max_size=40))
def test_t002_invisible_runs_found_by_str_find_are_what_finditer_finds(text: str) -> None:
    present = [c for c in spaces._INVISIBLE if c in text]
    assert _spans(spaces._invisible_runs(text, present)) == _spans(spaces._INVISIBLE_RUN.finditer(text))
