"""Typography: stray spaces (T001) and invisible characters (T002)."""

from __future__ import annotations

import re

import pytest
from conftest import codes, lint

from linter import Config, lint_text
from linter.api import fix_result


def fixed(text: str, select: str, unsafe: bool = False, year: int = 2024) -> str:
    cfg = Config(select=[select])
    raw, _ = fix_result(lint_text(text, cfg, year=year), cfg, year, unsafe=unsafe)
    return raw


def t001(text: str) -> list:
    return [f for f in lint(text, select="T001", year=2024) if f.rule == "T001"]


# --- T001: what is stray ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt_column", [
    ("以党建引领基层社会治理为抓手，扎实 开展命案防控专项行动。", 18),  # between Chinese characters
    ("常态化开展矛盾纠纷排查化解， 严厉打击各类违法犯罪活动。", 15),  # after a full-width comma
    ("常态化开展矛盾纠纷排查化解, 严厉打击各类违法犯罪活动。", 15),  # after a half-width comma (scraped)
    ("全年组织开展法治讲座　12场次，覆盖干部职工800人次。", 11),  # U+3000 before a number
    ("全县行政复议纠错率为34.5 %，同比下降2个百分点。", 15),  # before %
    ("根据《关于全面推行行政执法公示制度的实施意见 》精神，结合工作实际。", 23),  # inside 《》
    ("认真学习《 中华人民共和国行政复议法》，提升依法行政能力。", 6),  # after 《
    ("加大人才培育\u00a0“提效”，加强法律人才储备。", 7),  # NBSP before “
    ("形成了管理、执法、服务为一体的管理格局。 一是完善行政指导制度。", 21),  # after 。
    ("全面落实行政执法三项制度 ，规范执法行为。", 13),  # before ，
    ("（一） 加强党的领导，全面推动法治政府建设。", 4),  # after ）
])
def test_stray_space_is_flagged(text: str, excerpt_column: int) -> None:
    found = t001(text)
    assert [f.column for f in found] == [excerpt_column], [f.message for f in found]
    assert found[0].excerpt.strip(" \u00a0\u3000") == ""
    assert found[0].fix and found[0].fix.safety == "safe"


def test_space_on_both_sides_of_a_number_gives_two_findings() -> None:
    found = t001("全县 256 项行政许可事项进驻政务大厅，进驻率 98.04%。")
    assert [f.column for f in found] == [3, 7, 25]
    assert all("汉字与阿拉伯数字之间不加空格" in f.message for f in found)


@pytest.mark.parametrize("text", [
    "　　2024年，我县深入推进法治政府建设，取得积极成效。",  # leading indentation (U+3000)
    "    2024年，我县深入推进法治政府建设，取得积极成效。",  # leading indentation (ASCII)
    "\u00a0\u00a02024年，我县深入推进法治政府建设，取得积极成效。",  # leading indentation (NBSP)
    "各科室统一使用 Word 文档报送材料，不再使用纸质件。",  # Latin word
    "具体信息详见 https://www.gov.cn/zhengce/index.htm 专栏。",  # URL
    "公文格式执行GB/T 9704 有关规定，规范发文程序。",  # a Latin token with digits
    "新建 5G 基站120个，实现乡镇全覆盖。",  # 5G
    "开展“零距离旁听庭审 远离电信诈骗陷阱”“快乐六一 普法‘童’行”等直播普法活动。",  # slogans
    "举办“深入学习贯彻党的二十大精神 奋力推进新时代全面依法治县工作现代化”专题培训班。",
    "组　长：王　伟",  # a two-character name padded to align
    "某县司法局　　　　　　2024年3月1日",  # layout run on a signature line
    "3. 加强法治机构和队伍建设",
    "全县行政复议纠错率为34.5%，同比下降2个百分点。",
])
def test_fine_spaces_are_left_alone(text: str) -> None:
    assert t001(text) == []


def test_title_and_heading_separators_are_left_alone() -> None:
    text = ("某县2024年法治政府建设情况报告\n"
            "（一）加强党的领导 全面推动法治政府建设\n"
            "2024年，县委、县政府坚持把法治政府建设摆在全局工作的重要位置。\n")
    assert t001(text) == []
    # A slip inside a heading is still a slip: "扎实" is no phrase of its own.
    assert len(t001("（一）扎实 开展法治宣传教育\n2024年，全县开展普法活动120场次。\n")) == 1


@pytest.mark.parametrize("issuers", ["中共某县委员会  某县人民政府", "中共某县委 某县人民政府",
                                     "某县司法局　某县财政局"])
def test_issuer_line_above_a_title_is_left_alone(issuers: str) -> None:
    body = "\n　　2024年，县委、县政府坚持把法治政府建设摆在全局工作的重要位置。\n"
    assert t001(f"{issuers}\n关于2024年法治政府建设情况的报告\n{body}") == []
    assert t001(f"{issuers}\n\n关于2024年法治政府建设情况的报告\n{body}") == []  # a blank line between


def test_a_line_above_a_title_that_is_not_issuers_is_still_checked() -> None:
    body = "\n　　2024年，县委、县政府坚持把法治政府建设摆在全局工作的重要位置。\n"
    # Not every part names an organ: "扎实 推进" is a slip.
    assert len(t001(f"扎实 推进法治政府建设\n关于2024年法治政府建设情况的报告\n{body}")) == 1
    # Organ names in a sentence are not an issuer line.
    assert len(t001(f"县委 县政府高度重视，召开专题会议部署工作。\n关于2024年法治政府建设情况的报告\n{body}")) == 1
    # Without a title below, the same line is body text.
    assert len(t001(f"　　2024年，我县持续推进改革。\n中共某县委 某县人民政府{body}")) == 1


@pytest.mark.parametrize("text", ["第一部分 某县2024年度行政执法数据表", "第二部分  某县2024年度行政执法总体情况",
                                  "　　第三章　监督保障"])
def test_space_after_a_part_label_is_left_alone(text: str) -> None:
    assert t001(text + "\n") == []


@pytest.mark.parametrize("text", ["湖人社〔2020〕3号 签发人：王某某", "湖人社〔2020〕3号　　签发人：王某某",
                                  "中新网3月29日电 据应急管理部微信公众号消息，全年办理案件12件。"])
def test_layout_spaces_of_a_document_header_and_a_dateline_are_left_alone(text: str) -> None:
    assert t001(text + "\n") == []


def test_a_space_after_a_document_number_in_a_sentence_is_still_a_slip() -> None:
    assert len(t001("　　印发《实施方案》（某办发〔2024〕3号） 明确任务分工。\n")) == 1
    assert len(t001("　　第3号 文件已于3月印发。\n")) == 1


def test_space_after_a_part_label_inside_a_sentence_is_still_a_slip() -> None:
    assert len(t001("　　本报告第一部分 介绍全年执法数据。\n")) == 1


@pytest.mark.parametrize("text", ["　　现将有关情况报告如下： 一、全区2023年法治政府建设主要举措\n",
                                  "　　现将有关情况报告如下: 一、全区2023年法治政府建设主要举措\n",
                                  "　　成效明显。 （二）严格规范公正文明执法\n"])
def test_space_before_a_heading_after_a_sentence_is_a_lost_line_break(text: str) -> None:
    (f,) = t001(text)
    assert "另起一行" in f.message and f.fix.safety == "unsafe"
    assert fixed(text, "T001") == text  # not a safe fix: the structure changes
    head, tail = fixed(text, "T001", unsafe=True).split("\n")[:2]
    assert head.endswith(("：", ":", "。")) and tail.startswith(("一、", "（二）"))


def test_a_lost_line_break_is_restored_with_the_files_own_line_ending() -> None:
    text = "　　现将有关情况报告如下： 一、全区2023年法治政府建设主要举措\r\n　　2023年，全区扎实推进。\r\n"
    assert fixed(text, "T001", unsafe=True) == text.replace("如下： 一、", "如下：\r\n一、")


def test_a_heading_marker_inside_a_sentence_is_only_a_stray_space() -> None:
    (f,) = t001("　　全区上下 一、二季度共办理案件12件。\n")
    assert "另起一行" not in f.message


def test_spaces_of_a_web_timestamp_glued_to_the_first_paragraph_are_left_to_b001() -> None:
    text = "某县2024年度法治政府建设情况报告\n发表时间 : 2025-03-18 16:56:432024年以来，我县扎实 推进法治政府建设。\n"
    (f,) = t001(text)
    assert f.excerpt == " " and f.column > 30  # only the slip in the paragraph


def test_spaces_padding_a_sites_elision_mark_are_left_to_r002() -> None:
    # "(略)" with spaces around it is text a republishing site cut out: R002 reports it; deleting the spaces
    # would only hide the gap.
    assert t001("　　2024年，我县连续多 (略) 依法行政示范单位，20 (略) 委 (略) 办命名。\n") == []
    assert t001("　　2024年，我县连续多　（略）　依法行政示范单位。\n") == []
    # Other spaces on the line are still checked.
    assert len(t001("　　2024年，我县扎实 推进，连续多 (略) 依法行政示范单位。\n")) == 1


def test_full_and_half_width_punctuation_behave_the_same() -> None:
    full = t001("排查化解， 严厉打击；依法 处置。")
    half = t001("排查化解, 严厉打击;依法 处置。")
    assert [(f.column, f.end_column) for f in full] == [(f.column, f.end_column) for f in half]
    assert len(full) == 2


def test_message_names_the_space_and_shows_the_context() -> None:
    (f,) = t001("全县调处成功率达\u00a099.70%，同比提高0.2个百分点。")
    assert "不换行空格（U+00A0）" in f.message and "成功率达\u00a099.7" in f.message


def test_fix_removes_only_the_spaces() -> None:
    text = "全县 256 项行政许可事项进驻政务大厅，扎实 开展“一窗受理” 改革，进驻率 98.04 %。\n"
    out = fixed(text, "T001")
    assert out == "全县256项行政许可事项进驻政务大厅，扎实开展“一窗受理”改革，进驻率98.04%。\n"
    assert t001(out) == []


# --- T002: invisible characters --------------------------------------------------------------------------

def test_zero_width_and_bom_are_flagged_and_removed() -> None:
    text = "全面推进\u200b依法行政，持续\ufeff优化法治化营商环境。\n"
    found = [f for f in lint(text, select="T002", year=2024)]
    assert codes(found) == ["T002", "T002"]
    assert "零宽空格" in found[0].message and "BOM" in found[1].message
    assert fixed(text, "T002") == "全面推进依法行政，持续优化法治化营商环境。\n"


def test_nbsp_in_latin_text_becomes_a_plain_space() -> None:
    text = "本报告同步报送Word\u00a0文档和PDF\u00a0版本。\n"
    assert codes(lint(text, select="T002", year=2024)) == ["T002", "T002"]
    assert fixed(text, "T002") == "本报告同步报送Word 文档和PDF 版本。\n"


def test_nbsp_inside_chinese_is_left_to_t001() -> None:
    text = "加大人才培育\u00a0“提效”，加强法律人才储备。"
    assert codes(lint(text, select="T", year=2024)) == ["T001"]


def test_leading_and_trailing_nbsp_are_not_flagged() -> None:
    assert lint("\u00a0\u00a0全面推进依法行政。\u00a0\n", select="T002", year=2024) == []


# --- seeds -------------------------------------------------------------------------------------------------

def test_seed_fixes_only_remove_whitespace(seeds_dir) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text("utf-8")
        out = fixed(text, "T001")
        assert re.sub(r"[ \u00a0\u3000]", "", out) == re.sub(r"[ \u00a0\u3000]", "", text), path.name
        assert t001(out) == [], path.name
