"""Shortcuts of the second speed round in the typography, redaction and years families must find exactly what
the plain form finds: checked with hypothesis on text built from the characters (or the report parts) each
one cares about, against the plain computation it skips or replaces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.redaction import broken, formulations
from checks.typography import chars, paragraphs, spaces, spacing, width
from checks.years import dates, stale
from linter import outline
from linter.document import Document, fold

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


# --- T: what the typography rules skip ----------------------------------------------------------------------

_WIDTH_TEXT = st.text(alphabet=list("，：；（）,:;()法治1a”》 \n"), max_size=80)


def _mark_hits(doc: Document, majority: float) -> list[tuple[int, int, str, str | None]]:
    return [(h.start, h.end, h.message, h.suggestion) for h in width._mark_hits(doc, majority, 3)]


@settings(max_examples=500, deadline=None)
@given(text=_WIDTH_TEXT, majority=st.sampled_from([0.5, 0.8, 1.0, 1.5]))
def test_t003_documents_of_one_width_are_skipped_only_when_nothing_is_reported(text: str, majority: float) -> None:
    doc = Document.from_text(text)
    fast = _mark_hits(doc, majority)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(width, "_one_width_only", lambda doc: False)  # the plain form: always count both
        assert _mark_hits(doc, majority) == fast
    if width._one_width_only(doc) or not width._full_count(doc):
        assert fast == []


def _plain_sentence_breaks(doc: Document) -> list[paragraphs.Break]:
    """paragraphs._sentence_breaks as first written: every line read through before its ending is looked at."""
    chrome = doc.chrome
    heading_only, heading_start = paragraphs._structural_lines(doc)
    lines = doc.lines
    out: list[paragraphs.Break] = []
    for i, line in enumerate(lines):
        body = line.folded.rstrip()
        if not body.strip() or line.number in chrome or line.number in heading_only:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if j >= len(lines) or j - i > 2:
            continue
        nxt = lines[j]
        if nxt.number in chrome or nxt.number in heading_start or paragraphs._NEW_ITEM.match(nxt.folded):
            continue
        last = body[-1]
        if last in paragraphs.PAUSE_ENDINGS:
            if paragraphs._CONTINUES.match(nxt.folded):
                out.append(paragraphs.Break(line, nxt, line.text.rstrip()[-1]))
        elif (chars.is_han(last) or chars.is_digit(last)) and (
                (paragraphs._is_body(body) and paragraphs._cut_before(body, nxt.folded))
                or paragraphs._phrase_across(body, nxt.folded.lstrip())):
            out.append(paragraphs.Break(line, nxt, ""))
    return out


_PARAGRAPH_LINES = st.lists(st.one_of(
    st.sampled_from(["一、主要举措和成效", "（一）加强组织领导", "首页 > 新闻中心", "", "  ", "和", "工作，",
                     "的落实。"]),
    st.text(alphabet=list("法治政府建设，、。1 和的一是"), max_size=12)), max_size=10)


@settings(max_examples=500, deadline=None)
@given(lines=_PARAGRAPH_LINES)
def test_t007_t010_sentence_breaks_are_what_reading_every_line_finds(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    assert paragraphs._sentence_breaks(doc) == _plain_sentence_breaks(doc)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("“”‘’《》〈〉「」『』法 "), max_size=40), depth=st.integers(0, 2), data=st.data())
def test_t001_quote_depth_is_what_reading_every_character_finds(text: str, depth: int, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    plain = depth
    for ch in text[start:end]:
        if ch in spacing._QUOTE_OPEN:
            plain += 1
        elif ch in spacing._QUOTE_CLOSE and plain:
            plain -= 1
    assert spacing._quote_depth(text, depth, start, end) == plain


# --- R004: the wrong forms and the formulations from one search ----------------------------------------------

_SLIP_CHARS = sorted({c for slip in formulations.known_slips() for c in slip}
                     | {c for f in formulations.all_formulations() for c in f.text} | set("，。"))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=_SLIP_CHARS, max_size=60), slip=st.sampled_from(sorted(formulations.known_slips())),
       at=st.integers(0, 60))
def test_r004_wrong_forms_from_the_shared_search_are_what_finditer_finds(text: str, slip: str, at: int) -> None:
    text = text[:at] + slip + text[at:]  # at least one wrong form, among pieces of others
    slips, _ = broken._head_matches(text)
    assert _spans(slips) == _spans(broken._slips().finditer(text))


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


# --- Y003, T001/T002: substring tests of the whole text ------------------------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("二〇三年十月 \n日1一"), max_size=40))
def test_y003_a_numeral_before_a_month_in_the_text_is_one_on_some_line(text: str) -> None:
    doc = Document.from_text(text)
    assert dates._has_cn_month(doc.folded) == any(dates._has_cn_month(line.folded) for line in doc.lines)
    assert dates._month_starts(doc.folded)[1] == dates._has_cn_month(doc.folded)


def test_t002_invisible_characters_are_left_as_they_are_by_folding() -> None:
    # T002 asks for them in the folded text (with T001's spaces): the same answer as in the text.
    assert all(fold(c) == c for c in spaces._INVISIBLE)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list(chars.SPACE_CHARS + "".join(spaces._INVISIBLE) + "法\u3000"), max_size=20))
def test_t001_t002_characters_present_are_what_substring_tests_find(text: str) -> None:
    doc = Document.from_text(text)
    for wanted in (chars.SPACE_CHARS, spaces._INVISIBLE_CHARS, chars.SPACE_CHARS):  # the second ask from memory
        assert chars.present(doc, wanted) == [c for c in wanted if c in doc.folded]
