"""Shortcuts in linter.chrome find what the plain form finds.

- shape() tries its bullet regex only when a bullet is left once the line is stripped;
- _classify tells a short line with none of the strong patterns' literals and no space as plain text by one
  search (no normalising, label, field-row or glued-field tests);
- _content_span looks for the first title line only when a short line above it asks."""

from __future__ import annotations

import re
from unittest.mock import patch

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import chrome
from linter.document import Document

_PLAIN_LEAD = re.compile(r"^[\s\u00a0\u2022\u00b7\u25aa\u25c6\u25ba]+")


def _plain_shape(folded: str) -> str:
    return _PLAIN_LEAD.sub("", folded).strip()


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=list(" \t\u00a0\u3000\x1c\u2022\u00b7\u25aa\u25c6\u25ba某浏览量:1"), max_size=12))
@example(" \u2022 \u00b7 浏览量: ")
@example("\u00a0\u2022浏览量")
def test_shape_is_the_plain_regex_form(text: str) -> None:
    assert chrome.shape(text) == _plain_shape(text)
    assert chrome.shape(text.strip()) == chrome.shape(text)  # _classify strips before it asks


def test_the_gate_holds_the_characters_the_field_tests_need() -> None:
    """normalise rewrites only lines with ":", "[" or "【"; a field, a label alone and a glued timestamp need
    ":"; a colonless row needs a space (told apart by the gate itself)."""
    literals = chrome._patterns().strong.any.literals
    assert literals is not None
    for char in ":[【|":
        assert literals.search(char)


_GATE_ALPHABET = list("某县首页位置>:|[]【】 \t\u00a0浏览量索引号发布时间来源名称标题日期文号"
                      "2024-03-05年月日一、()大打印。,责任部门公开形式主动")


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=_GATE_ALPHABET, min_size=1, max_size=24))
@example("责任部门 某镇 公开形式 主动公开")
@example("索引号")
@example("发布时间:2024-03-05")
def test_a_line_told_plain_by_the_gate_is_told_plain_by_every_test(text: str) -> None:
    text = chrome.shape(text)
    pats = chrome._patterns()
    if not text or not chrome._plainly_text(text, pats):
        return
    plain = chrome.normalise(text)
    assert plain == text
    assert chrome._bare_label(plain) is None
    assert chrome._strong_kind(plain, text, pats, (), None) is None
    assert not chrome._is_glued_text(text)


_LINES = ["您现在的位置：首页 > 政务公开 > 工作报告", "2024-03-05", "2024-03-06", "2024年3月5日", "发布时间：",
          "2024-03-07 10:00", "来源：", "某镇人民政府", "名称：", "标题：某县2024年法治政府建设情况报告", "打印本页",
          "map", "文号：", "主动公开", "某县2024年法治政府建设情况报告", "一、主要举措和成效", "", "   ", "工作报告",
          "2024年，我县扎实推进法治政府建设。", "（一）加强组织领导", "浏览量：12", "分享到：", "大", "——", "某局",
          "责任部门 某镇 公开形式 主动公开", " • 浏览量：12", "\u2022 首页",
          "发表时间：2025-03-18 16:56:432024年以来，我局推进。",
          "政务微博", "某县人民政府门户网站", "某县2024年法治政府建设情况报告_某县人民政府"]


def _never_plain(text: str, pats: object) -> bool:
    return False


@settings(max_examples=800, deadline=None)
@given(lines=st.lists(st.sampled_from(_LINES), max_size=24))
@example(lines=["某局", "工作报告", "发布时间：", "2024-03-07", "某县2024年法治政府建设情况报告",
                "2024年，我县扎实推进。"])
@example(lines=["某局", "2024年，我县扎实推进法治政府建设。", "打印本页"])
def test_classify_with_the_gate_finds_what_it_finds_without(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    gated = chrome._classify(doc)
    with patch.object(chrome, "_plainly_text", _never_plain):
        assert chrome._classify(doc) == gated


# --- a title field told by its colon first; values looked for below each label alone ----------------------

def _plain_is_title_field(plain: str) -> bool:
    m = chrome._fields().title.fullmatch(chrome._CELL.sub(" ", plain).strip())
    if m is None:
        return False
    value = m["value"].strip()
    return not value or chrome.is_weak_title(value) or chrome.is_title_like(value)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet=list("标题名称文件信息:| 某县2024年法治政府建设情况报告文号"), max_size=24))
@example("标题: 某县2024年法治政府建设情况报告")
@example("| 名称 | 某县2024年法治政府建设情况报告 文号:")
def test_a_title_field_told_by_its_colon_first_is_the_plain_test(text: str) -> None:
    assert chrome._is_title_field(text) == _plain_is_title_field(text)


def _plain_mark_values(doc: Document, strong: dict[int, str], weak: dict[int, str], plains: dict[int, str],
                       bares: dict[int, str]) -> None:
    """chrome._mark_values as it was: every line and the lines around it, along the whole document."""
    no_value = chrome._fields().no_value
    nonblank = [line for line in doc.lines if line.text.strip()]
    for prev, line, nxt in zip(nonblank, nonblank[1:], [*nonblank[2:], None], strict=False):
        label = bares.get(prev.number)
        if label is None or label in no_value or line.number in strong \
                or weak.get(line.number, "date") not in chrome._DATE_KINDS:
            continue
        text = plains.get(line.number, "")
        if (0 < len(text) <= chrome._VALUE_MAX and not chrome._SENTENCE.search(text)
                and not chrome.is_title_like(line.folded) and chrome.parse_heading(0, text) is None
                and not chrome.is_salutation(text) and not (nxt and chrome.is_title_like(nxt.folded))):
            weak[line.number] = "metadata"


_VALUE_LINES = ["发布时间：", "来源：", "审核程序：", "字号：", "名称：", "2024-03-07", "某镇人民政府",
                "单位审核公开", "", "  ", "某县2024年法治政府建设情况报告", "一、主要举措", "打印本页",
                "2024年，我县扎实推进法治政府建设。", "2024年3月5日", "浏览量："]


@settings(max_examples=800, deadline=None)
@given(lines=st.lists(st.sampled_from(_VALUE_LINES), max_size=20))
@example(lines=["发布时间：", "", "某镇人民政府", "", "某县2024年法治政府建设情况报告", "2024年，我县扎实推进。"])
@example(lines=["来源：", "发布时间：", "2024-03-07", "来源："])
def test_values_below_each_label_are_those_found_along_every_line(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    found = chrome._classify(doc)
    with patch.object(chrome, "_mark_values", _plain_mark_values):
        assert chrome._classify(doc) == found


# --- the head lines found one at a time, as the page title's test asks for them ----------------------------

def _plain_mark_page_title(doc: Document, found: dict[int, str], weak: dict[int, str],
                           shapes: dict[int, str]) -> None:
    """chrome._mark_page_title as it was: the first three head lines listed, then tested."""
    heads: list[int] = []
    skipped = 0
    for line in doc.lines:
        if not line.text.strip() or line.number in found or line.number in weak:
            continue
        short = 0 < len(shapes.get(line.number, "")) <= chrome._COLUMN_NAME_MAX
        if not heads and short and skipped < chrome._COLUMN_NAMES_SKIPPED:
            skipped += 1
            continue
        heads.append(line.number)
        if len(heads) == 3:
            break
    if len(heads) < 2 or heads[0] not in shapes or heads[1] not in shapes:
        return
    page, title = shapes[heads[0]], shapes[heads[1]]
    if chrome._is_report_title(title) and chrome._repeats(page, title):
        found[heads[0]] = chrome.PAGE_TITLE
        return
    if len(heads) == 3 and heads[2] in shapes and chrome._is_report_title(title + shapes[heads[2]]) \
            and chrome._repeats(page, title + shapes[heads[2]]):
        found[heads[0]] = chrome.PAGE_TITLE


_HEAD_LINES = ["某县2024年法治政府建设情况报告_某县人民政府", "某县2024年法治政府建设情况报告", "某县人民政府",
               "关于2024年法治政府建设情况的报告", "某县人民政府关于2024年法治政府建设情况的报告", "工作报告", "某局",
               "", "打印本页", "2024-03-05", "2024年，我县扎实推进法治政府建设。", "一、主要举措", "x" * 90, "大"]


@settings(max_examples=800, deadline=None)
@given(lines=st.lists(st.sampled_from(_HEAD_LINES), max_size=8))
@example(lines=["某县人民政府关于2024年法治政府建设情况的报告", "某县人民政府", "关于2024年法治政府建设情况的报告"])
@example(lines=["工作报告", "某县2024年法治政府建设情况报告_某县人民政府", "某县2024年法治政府建设情况报告"])
def test_head_lines_found_when_asked_give_the_page_title_the_list_gave(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    found = chrome._classify(doc)
    with patch.object(chrome, "_mark_page_title", _plain_mark_page_title):
        assert chrome._classify(doc) == found
