"""Typography (T013–T015): title marks nested with angle brackets, 顿号 between titles, heading numbers with
only a closing parenthesis."""

from __future__ import annotations

import pytest
from conftest import lint

from linter import Config, lint_text
from linter.api import fix_result


def only(text: str, code: str, year: int = 2024) -> list:
    return [f for f in lint(text, select=code, year=year) if f.rule == code]


def fixed(text: str, code: str, year: int = 2024) -> str:
    cfg = Config(select=[code])
    raw, _ = fix_result(lint_text(text, cfg, year=year), cfg, year, unsafe=False)
    return raw


# --- T013 nested title marks -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt, right", [
    ("认真学习《国务院关于印发<全面推进依法行政实施纲要>的通知》，组织专题研讨2次。\n",
     "<全面推进依法行政实施纲要>", "〈全面推进依法行政实施纲要〉"),
    ("制定《某县贯彻落实＜法治政府建设实施纲要（2021—2025年）＞实施方案》。\n",
     "＜法治政府建设实施纲要（2021—2025年）＞", "〈法治政府建设实施纲要（2021—2025年）〉"),
    ("转发《市政府办公室关于印发‹行政规范性文件管理办法›的通知》。\n",
     "‹行政规范性文件管理办法›", "〈行政规范性文件管理办法〉"),
    ("印发《关于印发«重大行政决策程序规定»的通知》。\n", "«重大行政决策程序规定»", "〈重大行政决策程序规定〉"),
    ("印发《关于印发〈行政执法全过程记录办法>的通知》。\n", "〈行政执法全过程记录办法>", "〈行政执法全过程记录办法〉"),
])
def test_nested_title_with_angle_brackets_is_fixed_to_single_title_marks(text: str, excerpt: str,
                                                                          right: str) -> None:
    (f,) = only(text, "T013")
    assert f.excerpt == excerpt and f.severity.value == "warning" and f.fix.safety == "safe"
    assert fixed(text, "T013") == text.replace(excerpt, right)


def test_two_nested_titles_in_one_title_are_both_found() -> None:
    text = "学习《关于贯彻<行政处罚法>和<行政许可法>的实施意见》。\n"
    assert [f.excerpt for f in only(text, "T013")] == ["<行政处罚法>", "<行政许可法>"]
    assert fixed(text, "T013") == "学习《关于贯彻〈行政处罚法〉和〈行政许可法〉的实施意见》。\n"


@pytest.mark.parametrize("text", [
    "认真学习《国务院关于印发〈全面推进依法行政实施纲要〉的通知》，组织专题研讨2次。\n",  # already right
    "行政复议纠错率<10%，行政诉讼败诉率>5%的单位约谈负责人。\n",  # comparisons
    "全县<p>法治政府建设</p>取得积极成效，学习《行政复议法》。\n",  # HTML residue outside 《》
    "学习《行政复议法》<5%>、《行政诉讼法》。\n",  # brackets between titles, not inside one
    "印发《关于<br>印发行政执法公示办法的通知》。\n",  # a tag inside a title holds no Chinese
    "深入学习《关于印发<行政执法公示办法的通知》。\n",  # no closing bracket: nothing safe to fix
])
def test_angle_brackets_that_are_not_a_nested_title_are_left_alone(text: str) -> None:
    assert only(text, "T013") == []


# --- T014 顿号 between titles --------------------------------------------------------------------------------

def test_comma_between_titles_is_info_and_deleted() -> None:
    text = "组织学习《中华人民共和国行政复议法》、《中华人民共和国行政诉讼法》、《信访工作条例》。\n"
    found = only(text, "T014")
    assert len(found) == 2 and all(f.excerpt == "、" and f.severity.value == "info" for f in found)
    assert fixed(text, "T014") == "组织学习《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》《信访工作条例》。\n"


@pytest.mark.parametrize("text", [
    "组织学习《中华人民共和国行政复议法》《中华人民共和国行政诉讼法》。\n",
    "学习《中华人民共和国宪法》（2018年修正）、《中华人民共和国民法典》。\n",  # a note between: 顿号 right
    "落实“谁执法谁普法”、“一网通办”等要求，开展法治宣传。\n",  # quotes, not titles
    "学习《行政处罚法》，《行政许可法》同步纳入培训。\n",
])
def test_titles_without_a_comma_between_are_left_alone(text: str) -> None:
    assert only(text, "T014") == []


# --- T015 heading numbers with only a closing parenthesis ----------------------------------------------------

OUTLINE = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。县政府常务会议研究法治工作5次。\n"
           "（二）完善制度体系。全年审查规范性文件12件。\n")


@pytest.mark.parametrize("line, excerpt, right", [
    ("三)严格规范公正文明执法。开展执法案卷评查2次。", "三)", "（三）"),
    ("三）严格规范公正文明执法。开展执法案卷评查2次。", "三）", "（三）"),
    ("　　三)严格规范公正文明执法", "三)", "（三）"),
])
def test_heading_number_missing_its_opening_parenthesis_is_fixed(line: str, excerpt: str, right: str) -> None:
    text = OUTLINE + line + "\n"
    (f,) = only(text, "T015")
    assert f.line == 5 and f.excerpt == excerpt and f.fix.safety == "safe"
    assert fixed(text, "T015").splitlines()[4] == line.replace(excerpt, right)


def test_fix_follows_the_documents_half_width_parentheses() -> None:
    text = OUTLINE.replace("（一）", "(一)").replace("（二）", "(二)") + "三)严格规范公正文明执法。\n"
    assert fixed(text, "T015").splitlines()[4] == "(三)严格规范公正文明执法。"


def test_consecutive_malformed_numbers_and_a_first_one_under_a_heading() -> None:
    text = (OUTLINE + "三)严格规范公正文明执法。\n四)健全矛盾纠纷化解体系。\n二、存在的不足和原因\n"
            "一)法治宣传形式较为单一。\n（二）执法队伍专业化程度不高。\n")
    assert [(f.line, f.excerpt) for f in only(text, "T015")] == [(5, "三)"), (6, "四)"), (8, "一)")]


def test_arabic_number_needs_the_documents_paren_arabic_headings() -> None:
    text = OUTLINE + "（1）调整领导小组。领导小组由县长任组长。\n2)健全工作机制。建立月调度制度。\n"
    assert [(f.line, f.excerpt) for f in only(text, "T015")] == [(6, "2)")]
    assert fixed(text, "T015").splitlines()[5] == "（2）健全工作机制。建立月调度制度。"


@pytest.mark.parametrize("text", [
    OUTLINE + "1)调整领导小组成员；\n2)召开专题会议3次。\n",  # a list in a document without （1）
    OUTLINE + "（1）调整领导小组。主要措施：\n1)调整领导小组成员；\n2)召开专题会议3次。\n（2）健全机制。\n",  # a list
    OUTLINE + "五)严格规范公正文明执法。\n",  # does not follow （二）
    "一、主要举措和成效\n一)加强组织领导。\n二)完善制度体系。\n",  # the document never writes （一）
    OUTLINE + "全县开展执法检查，共3)次专项检查。\n（三）强化监督。\n",  # not at a line start
    OUTLINE + "三)、严格规范公正文明执法。\n",  # no heading text after the number
])
def test_numbers_that_are_not_malformed_headings_are_left_alone(text: str) -> None:
    assert only(text, "T015") == []


# 《》 inside 《》. The corpora hold no instance; these are the shapes report drafts use (the 纲要, the 规定,
# a law's amendment), in full-width and half-width punctuation.
@pytest.mark.parametrize(("text", "excerpt", "right"), [
    ("制定《关于贯彻落实《法治政府建设实施纲要（2021—2025年）》的实施方案》。",
     "《法治政府建设实施纲要（2021—2025年）》",
     "制定《关于贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》。"),
    ("根据《中共中央办公厅 国务院办公厅印发《法治政府建设与责任落实督察工作规定》的通知》要求,现将情况报告如下:",
     "《法治政府建设与责任落实督察工作规定》",
     "根据《中共中央办公厅 国务院办公厅印发〈法治政府建设与责任落实督察工作规定〉的通知》要求,现将情况报告如下:"),
    ("组织学习《关于《中华人民共和国行政复议法（修订草案）》的说明》。", "《中华人民共和国行政复议法（修订草案）》",
     "组织学习《关于〈中华人民共和国行政复议法（修订草案）〉的说明》。"),
])
def test_a_title_in_double_marks_inside_a_title_is_fixed_to_single_marks(text: str, excerpt: str, right: str) -> None:
    assert [f.excerpt for f in only(text, "T013")] == [excerpt]
    assert fixed(text, "T013") == right


@pytest.mark.parametrize("text", [
    "组织学习《宪法》《民法典》《行政处罚法》等法律法规。",
    "制定《关于贯彻落实〈法治政府建设实施纲要（2021—2025年）〉的实施方案》。",
    "印发《某县行政执法公示办法》，修订《某县重大行政决策程序规定》。",
    # An unclosed title before a closed one is T007's (unbalanced pair), not a nesting.
    "印发《关于加强行政执法的通知，组织学习《宪法》等。",
    "学习《宪法》和《民法典》》。",
])
def test_titles_side_by_side_or_already_single_inside_are_left_alone(text: str) -> None:
    assert only(text, "T013") == []
