"""Boilerplate (B): web-page chrome above and below a report, found by linter.chrome and reported with a
safe fix that deletes the whole line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, codes, lint

from linter import Config, lint_path, lint_text
from linter.api import fix_result
from linter.chrome import chrome_lines
from linter.cli import main
from linter.config import ConfigError, from_mapping
from linter.document import Document, fold

TITLE = "某县2024年法治政府建设情况报告"
BODY = ("2024年，某县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        "扎实推进法治政府建设，现将有关情况报告如下。")
HEADING = "一、主要举措和成效"
PARA = "（一）依法全面履行政府职能。一是深化“放管服”改革，全年办理政务服务事项12000件。"
SIGNED = "某县人民政府\n2025年3月15日"


def both_widths(lines: list[str]) -> list[str]:
    """Each line as written (full-width punctuation) and with its punctuation folded to half-width."""
    return list(dict.fromkeys(form for line in lines for form in (line, fold(line))))


def report(head: str = "", tail: str = "") -> str:
    parts = [head, TITLE, BODY, HEADING, PARA, SIGNED, tail]
    return "\n".join(p for p in parts if p) + "\n"


def b_lines(text: str, **config: object) -> dict[int, str]:
    """Line -> rule code of every boilerplate finding."""
    return {f.line: f.rule for f in lint(text, select="B", year=2024, **config)}


# --- each kind of chrome, in full-width punctuation, above or below a report -------------------------

HEAD_CHROME = [
    "您现在的位置：首页 > 政务公开 > 法治政府建设",
    "当前位置：首页＞信息公开＞工作报告",
    "您所在的位置：政务公开 > 工作报告",
    "首页 > 政务公开 > 规划计划",
    "今天是：2019年10月31日 星期三 农历十月初七",
    "某区人民政府 2019年12月3日星期二",
    "无障碍 简体｜繁体",
    "分享到：",
    "分享到：微信 微博 QQ空间",
    "扫一扫在手机打开当前页",
    "【打印本页】【关闭窗口】",
    "【打印】【关闭】",
    "字体：【大 中 小】",
    "字号：【大】【中】【小】",
    "浏览量：",
    "浏览次数：1268",
    "阅读量 268 次",
    "索引号：11360121-2024-00012",
    "发布机构：某县人民政府　　生成日期：2024-01-25",
    "文件编号：　有效性：有效",
    "公开范围：面向全社会　公开方式：主动公开",
    "主题分类：综合政务",
    "来源：某县司法局　发布时间：2025-03-20",
    "文章来源：司法局　更新时间：2021/03/29 11:30:01",
    "作者：文/会员上传　下载docx",
    "责任编辑：王强",
    "下面是小编为大家整理的2024年法治政府建设情况报告，供大家参考。",
]

TAIL_CHROME = [
    "上一篇：某县2023年法治政府建设情况报告",
    "下一篇：关于印发某县普法责任清单的通知",
    "相关链接：",
    "相关阅读",
    "扫码浏览",
    "将本文的Word文档下载到电脑",
    "推荐度：",
    "打印本页　关闭窗口",
    "Baidu",
    "百度地图",
    "返回顶部",
    "主办单位：某县人民政府办公室　承办单位：某县大数据中心",
    "网站标识码：3607000001　赣ICP备12345678号",
    "版权所有：某县人民政府",
]


@pytest.mark.parametrize("line", HEAD_CHROME)
def test_chrome_above_the_title_is_flagged(line: str) -> None:
    assert b_lines(report(head=line)) == {1: "B001"}


@pytest.mark.parametrize("line", TAIL_CHROME)
def test_chrome_below_the_report_is_flagged(line: str) -> None:
    text = report(tail=line)
    assert b_lines(text) == {len(text.splitlines()): "B001"}


def test_chrome_in_the_middle_of_pasted_reports_is_flagged() -> None:
    text = report() + "【打印本页】【关闭窗口】\n" + report()
    assert b_lines(text) == {7: "B001"}


def test_message_names_the_kind_and_the_reason() -> None:
    [f] = lint(report(head="索引号：11360121-2024-00012"), select="B001")
    assert "索引号" in f.message and "元信息" in f.message and "删除" in f.message
    assert f.severity.value == "error" and f.fix is not None and f.fix.safety == "safe"


# --- body text that merely mentions the words is never chrome ------------------------------------

BODY_LINES = [
    "（三）推进政务公开。全年在政府网站首页发布信息1268条，信息来源更加权威，浏览量同比增长20%。",
    "全年网站访问量：120万次。",
    "（二）规范信息发布。",
    "来源渠道进一步拓宽。",
    "一是当前位置优势明显，区位条件良好。",
    "四是完善分享机制，将典型案例分享到各乡镇。",
    "会议于2024年3月5日（星期二）召开，研究部署法治政府建设重点任务，县政府主要负责同志出席并讲话。",
    "优化政务服务“首页”设计，提升群众办事体验。",
    "二是规范字体字号和公文格式。",
    "组织编辑、审核政务信息320条。",
    "执法流程：受理 > 审查 > 决定",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_mentioning_the_words_are_not_flagged(line: str) -> None:
    text = "\n".join([TITLE, BODY, HEADING, line, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


# --- residue the first lists missed: breadcrumbs, bracketed and table metadata, field rows, widgets ----

MORE_HEAD_CHROME = [
    "您当前所在位置：首页＞政务公开＞法治政府建设报告＞乡镇街道",
    "当前所在位置：首页 » 政务公开 » 工作报告",
    "您现在所在的位置：首页 › 信息公开",
    "首页→ 网站公告",
    "首页 → 政务公开 → 计划总结",
    "[ 索引号 ] 11360121/2024-00012 [ 发文字号 ]",
    "[ 主题分类 ] 公安、司法 [ 体裁分类 ] 工作报告",
    "[ 有效性 ]",
    "［ 发布机构 ］ 某县司法局",
    "【索引号】11360121/2024-00012",
    "| [ 索引号 ] | 11360121/2024-00012 | [ 发文字号 ] | 无 |",
    "| [ 发布机构 ] | 某县司法局 | ||",
    "| [ 成文日期 ] | 2025-01-30 |",
    "- 索 引 号：11360121/2024-00012 分 类：",
    "某县司法局 发文日期：2025-02-25 15:58 - 名称：",
    "发文日期：2025-02-25",
    "日期：2025-03-17 11:12　来源：某县司法局",
    "日期：2025年03月17日　来源：某县人大",
    "时间：2025-03-17　作者：县司法局",
    "适老版",
    "关怀版 |",
    "｜ 设为首页｜ 加入收藏｜ 个人中心",
    "字号：　分享：",
    "分享：",
    "2025年8月1日 星期五 白天：多云 夜晚：多云 26到33度 偏南风2到3级",
    "适老化 无障碍浏览",
    "适老化服务",
    "| 文号 : |||",
    "| 主题词： | |",
    "公文汇 www.gongwenhui.com",
    "admin 在 2016-05-07 00:00 提交",
]


@pytest.mark.parametrize("line", both_widths(MORE_HEAD_CHROME))
def test_more_chrome_above_the_title_is_flagged(line: str) -> None:
    assert b_lines(report(head=line)) == {1: "B001"}


def test_twelve_line_metadata_block_is_flagged_line_by_line() -> None:
    block = ["[ 索引号 ] 11360121/2025-00004 [ 发文字号 ]", "[ 发布机构 ] 某乡人民政府 [ 有效性 ]",
             "[ 成文日期 ] 2025-01-22 [ 发布日期 ] 2025-02-10", "[ 索引号 ] 11360121/2025-00004", "[ 发文字号 ]",
             "[ 主题分类 ] 司法、法制", "[ 体裁分类 ] 工作报告", "[ 发布机构 ] 某乡人民政府", "[ 有效性 ]",
             "[ 成文日期 ] 2025-01-22", "[ 发布日期 ] 2025-02-10", ""]
    text = report(head="\n".join(block))
    assert b_lines(text) == {n: "B001" for n in range(1, len(block))}
    assert lint_text(text, year=2024).document.reports[0].title_line == len(block) + 1


def test_lone_dash_beside_metadata_is_flagged_but_not_alone() -> None:
    head = "- 索 引 号：11360121/2024-00012 分 类：\n-\n发文机关："
    assert b_lines(report(head=head)) == {1: "B001", 2: "B001", 3: "B001"}
    assert b_lines(report(head="-")) == {}


def test_stray_space_in_a_metadata_row_is_left_to_b001() -> None:
    # T001 (stray space) skips chrome lines: the row is deleted whole, not trimmed.
    text = report(head="某县司法局 发文日期：2025-02-25 15:58 - 名称：")
    assert [(f.line, f.rule) for f in lint(text, select=["B", "T001"], year=2024)] == [(1, "B001")]


def test_field_row_needs_a_web_label_beside_generic_words() -> None:
    assert b_lines(report(head="日期：2025-03-17　来源：某县司法局")) == {1: "B001"}
    assert b_lines(report(head="名称：某县行政执法公示办法　文号：某府办发〔2024〕5号")) == {}
    assert b_lines(report(head="时间：3月15日　名称：专题培训")) == {}


MORE_BODY_LINES = [
    "一、2024年工作情况",
    "日期：2024年3月，我局召开专题会议。",
    "时间：3月15日　地点：县政府三楼会议室",
    "（数据来源：县统计局）全县行政复议案件同比下降12%。",
    "据统计（来源：县司法局），全年办理法律援助案件326件。",
    "| 受理 | 12件 |",
    "| 项目 | 数量 | 同比 |",
    "| 来源：财政拨款 | 100万元 |",
    "| 名称 | 文号 | 发布日期 |",
    "分类指导，精准施策",
    "分类：行政许可类事项",
    "名称：某县法治文化公园",
    "名称：某县行政执法公示办法　文号：某府办发〔2024〕5号",
    "发布时间、来源渠道等信息及时更新，发文日期统一规范。",
    "审批时限由20个工作日压减至5个工作日→当场办结",
    "受理→审查→决定→送达",
    "首页专栏→政策解读",
    "适老化改造覆盖全县12个乡镇。",
    "适老化 改造覆盖全县12个乡镇，惠及老年人3000余人。",
    "2024年3月5日星期二，县政府召开常务会议研究法治政府建设。",
    "| 文号 | 某府办发〔2024〕5号 |",
    "网址：www.mouxian.gov.cn",
    "县政府门户网站（www.mouxian.gov.cn）全年发布信息1200条。",
    "四是完善分享机制。",
    "二是规范字号：公文正文统一用三号仿宋。",
    "[1] 数据截至2024年12月31日",
]


@pytest.mark.parametrize("line", both_widths(MORE_BODY_LINES))
def test_more_body_lines_that_look_like_chrome_are_not_flagged(line: str) -> None:
    text = "\n".join([TITLE, BODY, HEADING, line, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


@pytest.mark.parametrize("line", both_widths(["一、2024年工作情况", "名称：某县法治文化公园", "| 受理 | 12件 |",
                                              "分类指导，精准施策", "受理→审查→决定→送达"]))
def test_body_like_lines_below_head_chrome_are_not_flagged(line: str) -> None:
    # Beside strong chrome at the head, a line of report text is still not chrome.
    text = "\n".join(["日期：2025-03-17 11:12　来源：某县司法局", TITLE, line, BODY, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {1: "B001"}


def test_signature_block_is_kept_below_a_field_row() -> None:
    text = report(head="日期：2025-03-20 10:00　来源：某县司法局", tail="某县司法局\n2025年3月15日")
    assert b_lines(text) == {1: "B001"}


def test_long_line_is_never_chrome() -> None:
    line = "来源：" + "某县司法局认真落实政务公开要求，" * 8
    assert b_lines(report(head=line)) == {}


# --- fields without colons, letter-spaced and variant labels, more breadcrumbs and widgets -------------

THIRD_HEAD_CHROME = [
    "信息索引号 11330100/2025-00012 文件编号",
    "责任部门 某镇 公开形式 主动公开",
    "责任科室 某镇　公开范围 面向社会",
    "成文日期 2025-03-21 09:30 公开时限 长期公开",
    "| 索 引 号 | XM001-25-00-2026-004 | 主题分类 | 行政行为情况 |",
    "| 发布机构 | 某市应急管理局 | 文 号 | 某应急〔2026〕11号 |",
    "索引号 | 0026/2024-34170 | 公开方式 | 主动公开 |",
    "- 发文机构：某县某乡",
    "- 公文时效：",
    "发布时间：",
    "• 审核程序：",
    "信息提供日期 : 2023-12-11 16:26来源 : 某区政府在线",
    "发表时间 : 2025-03-18 16:56:43",
    "您当前所在的位置：首页 > 资讯中心 >",
    "你现在的位置：首页 > 政务公开",
    ">> 政务公开 >> 法治政府工作报告",
    "移动端应用",
    "登录个人中心",
    "为您阅读公示公告",
]


@pytest.mark.parametrize("line", both_widths(THIRD_HEAD_CHROME))
def test_colonless_fields_variant_labels_and_widgets_are_flagged(line: str) -> None:
    assert b_lines(report(head=line)) == {1: "B001"}


THIRD_BODY_LINES = [
    "责任部门要切实履行职责",
    "责任部门 县司法局 完成时限 2024年底",
    "公开形式多样，效果良好。",
    "| 公开形式 | 主动公开 | 依申请公开 |",
    "| 责任部门 | 完成时限 |",
    "位置：县城东区",
    "大力推进依法行政",
    "中心工作",
    "小微企业",
    "全年办理政务微博留言320条。",
    "二是开通智能问答，群众咨询即问即答。",
    "发布时间：2025-03-18 各单位按要求报送材料，共收到材料36份。",
]


@pytest.mark.parametrize("line", both_widths(THIRD_BODY_LINES))
def test_body_lines_like_colonless_fields_are_not_flagged(line: str) -> None:
    text = "\n".join([TITLE, BODY, HEADING, line, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


# Weak chrome: a title field, a generic field holding a date, a button, a lone widget caption, spam. Chrome
# at the head or the tail beside strong chrome only.
WEAK_CHROME = [
    f"标题：{TITLE}",
    f"- 名 称：{TITLE}",
    f"| 标 题： | {TITLE} | ||",
    "名称：某县2024年行政复议和行政应诉案件统计分析报告 文号：",
    "名称：",
    "- 日期：2026-02-12",
    "政务微博",
    "官方微信",
    "智能问答",
    "江江智能助手",
    "首页",
    "大",
    "小",
    "打印",
    "主动公开",
    "真人电子游艺平台",
]


@pytest.mark.parametrize("line", both_widths(WEAK_CHROME))
def test_weak_chrome_beside_strong_chrome_at_the_head(line: str) -> None:
    assert b_lines(report(head=f"登录个人中心\n{line}")) == {1: "B001", 2: "B001"}
    assert b_lines(report(head=line)) == {}


@pytest.mark.parametrize("line", both_widths(WEAK_CHROME))
def test_weak_chrome_beside_strong_chrome_at_the_tail(line: str) -> None:
    n = len(report().splitlines())
    assert b_lines(report(tail=f"{line}\n扫码浏览")) == {n + 1: "B001", n + 2: "B001"}


@pytest.mark.parametrize("line", both_widths([*WEAK_CHROME, f"名称：{TITLE}", "名称：某某条例（修订草案）"]))
def test_weak_chrome_shapes_in_the_body_are_not_flagged(line: str) -> None:
    # Even beside strong chrome: in the middle of the report a line of this shape is report text.
    text = "\n".join([TITLE, BODY, HEADING, line, "【打印本页】【关闭窗口】", PARA, SIGNED]) + "\n"
    assert b_lines(text) == {5: "B001"}


def test_list_of_regulations_with_names_is_report_text() -> None:
    body = "\n".join(["（二）加强立法工作。全年提请审议地方性法规草案2件：", "名称：某某条例（修订草案）",
                      "名称：某县2023年法治政府建设情况报告", "文号：", "名称：某某办法"])
    text = "\n".join([TITLE, BODY, HEADING, body, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}
    assert b_lines(report(head="发布时间：2025-03-20 10:00　来源：县司法局").replace(PARA, body)) == {1: "B001"}


def test_short_line_above_the_title_does_not_end_the_head() -> None:
    # A site name above the title is report text (not flagged), but the chrome below it is still at the head.
    head = "\n".join(["某县交通运输局", "真人电子游艺平台", f"标题：{TITLE}", "索引号：11370305/2026-5562861　文号：",
                      "", TITLE, "", "字号：", "• |", "• 打印"])
    text = "\n".join([head, BODY, HEADING, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {2: "B001", 3: "B001", 4: "B001", 8: "B001", 9: "B001", 10: "B001"}
    assert lint_text(text, year=2024).document.reports[0].title_line == 6
    assert b_lines(f"某县交通运输局\n真人电子游艺平台\n{report()}") == {}


def test_site_header_widgets_above_a_report_without_title() -> None:
    head = "移动端应用\n政务微信\n政务微博\n智能问答\n登录个人中心"
    text = "\n".join([head, BODY, HEADING, PARA]) + "\n"
    assert b_lines(text) == {n: "B001" for n in range(1, 6)}


def test_font_size_buttons_one_a_line() -> None:
    assert b_lines(report(head="字号：\n大\n中\n小")) == {1: "B001", 2: "B001", 3: "B001", 4: "B001"}


def test_wrapped_breadcrumb_with_double_arrows() -> None:
    assert b_lines(report(head="首页\n>> 政务公开 >> 法治政府工作报告")) == {1: "B001", 2: "B001"}


# --- a value on its own line below its label ---------------------------------------------------------

def test_values_below_their_labels_are_flagged() -> None:
    head = "\n".join(["发布时间：", "2026-03-04", "作者：", "来源：", "某镇人民政府"])
    text = report(head=head).replace(TITLE + "\n", "")  # the title above the fields, as the page shows it
    text = f"{TITLE}\n{text}"
    assert b_lines(text) == {n: "B001" for n in range(2, 7)}  # the date too is the field's value, not a list


def test_spaced_field_block_with_values_below() -> None:
    head = "\n".join(["  • 信息索引号：", "", "    11330703/2024-139175", "", "  • 审核程序：", "", "    单位审核公开",
                      "", "  • 发布日期：", "", "    2024-01-31", "", "  • 公开方式：", "", "    主动公开", ""])
    flagged = {n for n, line in enumerate(head.split("\n"), 1) if line.strip()}
    assert b_lines(report(head=head)) == {n: "B001" for n in flagged}


def test_issuer_line_of_a_title_in_two_lines_is_not_a_value() -> None:
    text = "\n".join(["来源：", "某县人民政府", "关于2024年法治政府建设情况的报告", BODY, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {1: "B001"}


def test_line_below_a_widget_caption_is_not_its_value() -> None:
    assert b_lines(report(head="分享到：\n某县人民政府")) == {1: "B001"}


def test_line_below_a_generic_label_in_the_body_is_report_text() -> None:
    text = "\n".join([TITLE, BODY, HEADING, "名称：", "某县法治文化公园", PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


# --- a timestamp field glued to the first paragraph ----------------------------------------------------

@pytest.mark.parametrize("field", both_widths(["发表时间 : 2025-03-18 16:56:43", "发布时间：2025-03-18 16:56",
                                               "信息提供日期：2023-12-11"]))
def test_timestamp_glued_to_the_first_paragraph(field: str) -> None:
    text = report().replace(BODY, field + BODY)
    [f] = lint(text, select="B", year=2024)
    assert (f.rule, f.line, f.column, f.end_column) == ("B001", 2, 1, len(field) + 1)
    assert "第一段" in f.message and "保留" in f.message
    result = lint_text(text, Config(select=["B", "T001"]), year=2024)
    assert fix_result(result, Config(select=["B", "T001"]), year=2024)[0] == report()


def test_glued_timestamp_whose_end_is_uncertain_is_left() -> None:
    # "2025-3-1" + "2024年" or "2025-3-12" + "024年": where the field ends is not certain, nothing is reported.
    assert b_lines(report().replace(BODY, "发布时间：2025-3-12024年以来，某县扎实推进法治政府建设。")) == {}
    assert b_lines(report().replace(BODY, "发布时间：2025-03-18 16:5632个部门参加，会议召开。")) == {}


def test_glued_timestamp_only_on_the_first_paragraph() -> None:
    line = "发布时间：2025-03-18 16:56:43" + BODY
    text = "\n".join([TITLE, BODY, HEADING, line, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


# --- a mirror site's watermark run into the title line ---------------------------------------------------

@pytest.mark.parametrize("mark,line", [
    ("秘书之家—全网资源每日更新www.xxx.com", "秘书之家—全网资源每日更新www.xxx.com" + TITLE),
    ("秘书之家-全网资源每日更新 www.mishu.com", "秘书之家-全网资源每日更新 www.mishu.com " + TITLE),
    ("第一范文网 https://www.diyifanwen.com/", "第一范文网 https://www.diyifanwen.com/" + TITLE),
    ("www.fanwen.cn", "www.fanwen.cn" + TITLE),
    ("_范文大全 www.fanwen.com", TITLE + "_范文大全 www.fanwen.com"),
    ("| https://www.diyifanwen.com/", TITLE + " | https://www.diyifanwen.com/"),
])
def test_watermark_run_into_the_title(mark: str, line: str) -> None:
    for written in (line, fold(line)):
        text = report().replace(TITLE, written)
        found = lint(text, year=2024)
        assert [(f.rule, f.line) for f in found if f.rule in ("B001", "S001")] == [("B001", 1)]
        [f] = [f for f in found if f.rule == "B001"]
        assert f.excerpt == (mark if written == line else fold(mark)) and "水印" in f.message
        assert lint_text(text).document.report_year == 2024
        result = lint_text(text, Config(select=["B"]), year=2024)
        # The fix leaves the title and nothing of the watermark, not even the blank beside it.
        assert fix_result(result, Config(select=["B"]), year=2024)[0] == report()


def test_watermark_with_the_first_paragraph_run_into_the_title() -> None:
    # The whole page on one line, as a mirror site serves it: no S001, the watermark alone is reported.
    text = "秘书之家—全网资源每日更新www.mishuzj.com某省人民政府关于2023年度法治政府建设情况的报告" + BODY.replace(
        "2024", "2023")
    found = lint(text)
    assert [(f.rule, f.column, f.end_column) for f in found if f.rule in ("B001", "S001")] == [("B001", 1, 29)]
    assert lint_text(text).document.report_year == 2023


@pytest.mark.parametrize("line", [
    TITLE + "（www.gov.cn）",  # a bracketed note: the line is a title as it is
    "详见政府网站" + TITLE,  # no web address: nothing is taken from a title line
    "请登录www.gov.cn查询权责清单，全年办理依申请公开12件。",  # a sentence naming a site
])
def test_title_lines_without_a_watermark(line: str) -> None:
    text = report(tail=line) if "。" in line else report().replace(TITLE, line)
    assert [f for f in lint(text, year=2024) if f.rule == "B001"] == []


def test_a_web_address_in_the_body_is_not_a_watermark() -> None:
    text = report().replace(BODY, "www.gov.cn" + BODY)
    assert [f for f in lint(text, year=2024) if f.rule.startswith("B")] == []


# --- B004 pinyin annotations -----------------------------------------------------------------------------

@pytest.mark.parametrize("written,pinyin", [
    ("健全應(yīng)急管理体系", "(yīng)"), ("统筹（chóu）推进法治政府建设", "（chóu）"),
    ("加強組織領導、規(guī)范执法行为", "(guī)"), ("审议和印发(fā)了实施方案", "(fā)"), ("绿(lǜ)色发展", "(lǜ)"),
])
def test_pinyin_after_a_character_is_reported_and_deleted(written: str, pinyin: str) -> None:
    text = report().replace(BODY, BODY + written + "。")
    [f] = lint(text, select="B004", year=2024)
    assert f.excerpt == pinyin and f.line == 2 and f.fix is not None and f.fix.safety == "safe"
    result = lint_text(text, Config(select=["B004"]), year=2024)
    assert fix_result(result, Config(select=["B004"]), year=2024)[0] == text.replace(pinyin, "")


@pytest.mark.parametrize("written", [
    "出台《某县行政执法公示办法（试行）》", "上线“某县政务”APP（移动端）", "推广“随手拍(APP)”小程序",
    "开展法治宣传(共12场)", "统筹(chou)推进", "制定(2023—2025年)规划", "设立法律顾问(法律顾问团)",
    "通过(a)(b)两项", "引入“12345(热线)”", "full text (yīng) in Latin", "全年(yīng chóu)",
])
def test_ordinary_brackets_are_not_pinyin(written: str) -> None:
    assert lint(report().replace(BODY, BODY + written + "。"), select="B004", year=2024) == []


# --- a whole page as a browser copies it ----------------------------------------------------------

PAGE_HEAD = """无障碍　简体｜繁体
某某县人民政府　2025年3月28日　星期五
您当前的位置：首页 > 政务公开 > 法定主动公开内容 > 计划总结
某县2024年法治政府建设情况报告_某县人民政府
发布时间：2025-03-28 09:30　来源：县司法局　浏览次数：326
【字体：大 中 小】
"""
PAGE_TAIL = """【打印本页】　【关闭窗口】
上一篇：某县2023年法治政府建设情况报告
下一篇：某县2024年政府信息公开工作年度报告
相关链接
国务院　省政府　市政府
主办单位：某县人民政府办公室　承办单位：某县大数据中心
"""


def test_whole_page_copy() -> None:
    text = PAGE_HEAD + report() + PAGE_TAIL
    head, body = len(PAGE_HEAD.splitlines()), len(report().splitlines())
    expected = {n: "B001" for n in range(1, head + 1)} | {4: "B003"}
    expected |= {n: "B001" for n in range(head + body + 1, head + body + len(PAGE_TAIL.splitlines()) + 1)}
    assert b_lines(text) == expected
    result = lint_text(text, Config(select=["B"]), year=2024)
    assert result.document.reports[0].title_line == head + 1
    assert fix_result(result, Config(select=["B"]), year=2024)[0] == report()


def test_row_of_link_captions_only_beside_chrome() -> None:
    assert b_lines(report(tail="国务院　省政府　市政府")) == {}


# --- weak evidence: bare dates and stray words, only at the edges -----------------------------------

def test_run_of_bare_dates_above_the_report_is_flagged() -> None:
    head = "2023-03-15\n2022-07-09\n2022-11-16"
    assert b_lines(report(head=head)) == {1: "B002", 2: "B002", 3: "B002"}


def test_bare_dates_around_metadata_are_flagged() -> None:
    head = "2023-03-15\n更新时间：2023-03-11 21:00:23　发布时间：24小时内\n2022-11-22"
    assert b_lines(report(head=head)) == {1: "B002", 2: "B001", 3: "B002"}


def test_single_bare_date_alone_is_not_flagged() -> None:
    assert b_lines(report(head="2024-01-25")) == {}
    assert b_lines(report(tail="2025-03-20")) == {}  # below the signature date: not a run with it


def test_run_of_chinese_dates_needs_three() -> None:
    assert b_lines(report(tail="2025年3月20日")) == {}
    tail = "2025年3月20日\n2025年2月11日\n2025年1月8日"
    n = len(report(tail=tail).splitlines())
    assert b_lines(report(tail=tail)) == {n - 2: "B002", n - 1: "B002", n: "B002"}  # not the signature
    head = "2023年3月15日\n2022年7月9日\n2022年11月16日"
    assert b_lines(report(head=head)) == {1: "B002", 2: "B002", 3: "B002"}
    assert b_lines(report(head="2023年3月15日\n2022年7月9日")) == {}


def test_signature_date_is_kept_even_beside_chrome() -> None:
    text = report(tail="扫码浏览")
    lines = text.splitlines()
    assert lines[-2] == "2025年3月15日"
    assert b_lines(text) == {len(lines): "B001"}


def test_date_line_in_the_middle_is_not_flagged() -> None:
    text = "\n".join([TITLE, BODY, "2024-03-15", "2024-05-20", PARA, SIGNED]) + "\n"
    assert b_lines(text) == {}


def test_stray_latin_word_beside_widget_is_flagged_but_not_alone() -> None:
    text = report(tail="扫码浏览\nmap")
    n = len(text.splitlines())
    assert b_lines(text) == {n - 1: "B001", n: "B001"}
    assert b_lines(report(tail="map")) == {}


def test_latin_word_line_in_the_body_is_not_flagged() -> None:
    text = "\n".join([TITLE, BODY, "OA", PARA, "扫码浏览"]) + "\n"
    assert b_lines(text) == {5: "B001"}


# --- the page title repeated above the report title ---------------------------------------------

def test_page_title_with_site_name_above_the_report_title() -> None:
    head = "分享到：\n某县2024年法治政府建设情况报告_某县人民政府门户网站"
    text = report(head=head)
    assert b_lines(text) == {1: "B001", 2: "B003"}
    assert lint_text(text, year=2024).document.reports[0].title_line == 3


def test_identical_title_twice_at_the_top() -> None:
    assert b_lines(report(head=TITLE)) == {1: "B003"}


def test_different_line_above_the_title_is_not_a_page_title() -> None:
    assert b_lines(report(head="某县人民政府")) == {}
    assert b_lines(report(head="某县2023年法治政府建设情况报告")) == {}


def test_column_name_above_the_page_title_does_not_hide_it() -> None:
    head = "\n".join(["今天是：2019年10月31日 星期三", "工作报告", "您所在的位置：政务公开 > 工作报告", TITLE,
                      "来源：县司法局　发布时间：2025-03-20"])
    assert b_lines(report(head=head)) == {1: "B001", 3: "B001", 4: "B003", 5: "B001"}
    assert b_lines(report(head=f"法制查询\n{TITLE}")) == {2: "B003"}


def test_short_line_alone_above_the_title_is_not_flagged() -> None:
    assert b_lines(report(head="工作报告")) == {}
    assert b_lines(report(head="某县司法局")) == {}


SPLIT_TITLE = "某县人民政府\n关于2024年法治政府建设情况的报告"


@pytest.mark.parametrize("page_title", ["某县人民政府关于2024年法治政府建设情况的报告",
                                        "某县人民政府 关于2024年法治政府建设情况的报告_某县人民政府门户网站"])
def test_page_title_above_a_title_in_two_lines(page_title: str) -> None:
    text = "\n".join([page_title, "发布时间：2025-03-28 16:52　来源：县司法局", SPLIT_TITLE, BODY, PARA, SIGNED]) + "\n"
    assert b_lines(text) == {1: "B003", 2: "B001"}
    assert b_lines("\n".join([page_title, SPLIT_TITLE, BODY, PARA]) + "\n") == {1: "B003"}


def test_page_title_with_residue_before_the_report_title() -> None:
    head = "\n".join([TITLE, "- 日期：2026-02-12", "-", "大", "中", "小", "- 分享到 ："])
    assert b_lines(report(head=head)) == {1: "B003", **{n: "B001" for n in range(2, 8)}}
    blank_between = "\n".join([TITLE, "发布时间：2023-03-01 09:29 来源：某市司法局 浏览次数：", ""])
    assert b_lines(report(head=blank_between)) == {1: "B003", 2: "B001"}


def test_page_title_of_a_report_on_another_subject() -> None:
    title = "某市2022年行政复议和行政应诉案件办理情况统计分析报告"
    text = "\n".join([title, "发布时间：2023-03-01 09:29 来源：某市司法局", "", title, BODY, PARA]) + "\n"
    assert b_lines(text) == {1: "B003", 2: "B001"}
    other = "某市2021年行政复议和行政应诉案件办理情况统计分析报告"
    assert b_lines("\n".join([other, title, BODY, PARA]) + "\n") == {}


def test_page_title_above_a_title_split_mid_phrase() -> None:
    head = "某乡2025年法治政府建设工作 年度报告\n- 索引号：grsxx/2026-00000\n- 发文机构：某乡"
    text = "\n".join([head, "某乡2025年法治政府建设工作", "年度报告", BODY, PARA]) + "\n"
    assert b_lines(text) == {1: "B003", 2: "B001", 3: "B001"}


def test_title_in_two_lines_without_a_page_title_is_not_flagged() -> None:
    assert b_lines("\n".join([SPLIT_TITLE, BODY, PARA, SIGNED]) + "\n") == {}
    other_year = "某县人民政府关于2023年法治政府建设情况的报告"
    assert b_lines("\n".join([other_year, SPLIT_TITLE, BODY, PARA]) + "\n") == {}


def test_title_repeated_later_is_not_a_page_title() -> None:
    text = "\n".join([TITLE, BODY, TITLE, PARA]) + "\n"
    assert b_lines(text) == {}


# --- user patterns from the config ---------------------------------------------------------------

def test_user_patterns_from_config() -> None:
    opts = {"boilerplate": {"patterns": ["^本网讯"]}}
    found = lint(report(head="本网讯（记者　王强）"), select="B", year=2024, options=opts)
    assert [(f.line, f.rule) for f in found] == [(1, "B001")]
    assert "boilerplate.patterns" in found[0].message
    assert b_lines(report(head="本网讯（记者　王强）")) == {}


def test_invalid_user_pattern_is_a_config_error_naming_it() -> None:
    opts = {"boilerplate": {"patterns": ["^本网讯", "【返回("]}}
    with pytest.raises(ConfigError, match=r"boilerplate\.patterns\[1\]"):
        lint(report(), select="B", year=2024, options=opts)


def test_options_schema_accepts_patterns_and_rejects_unknown_keys() -> None:
    cfg = from_mapping({"boilerplate": {"patterns": ["^本网讯"]}})
    assert cfg.family_options("boilerplate") == {"patterns": ["^本网讯"]}
    with pytest.raises(ConfigError, match="boilerplate"):
        from_mapping({"boilerplate": {"pattern": ["^本网讯"]}})


# --- the fix ------------------------------------------------------------------------------------

def test_fix_deletes_whole_lines_and_nothing_else() -> None:
    head = "您现在的位置：首页 > 政务公开\n2023-03-15\n2022-07-09\n索引号：11360121-2024-00012"
    text = report(head=head, tail="【打印本页】【关闭窗口】\nBaidu")
    result = lint_text(text, Config(select=["B"]), year=2024)
    fixed, after = fix_result(result, Config(select=["B"]), year=2024)
    assert fixed == report()
    assert after.findings == []


def test_fix_of_last_line_without_line_break() -> None:
    text = report() + "扫码浏览"
    result = lint_text(text, Config(select=["B"]), year=2024)
    fixed, _ = fix_result(result, Config(select=["B"]), year=2024)
    assert fixed == report()


def test_cli_fix_on_seed_004_removes_exactly_the_boilerplate(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    shutil.copy(SEEDS / "004_c206478b488dd24a.txt", target)
    before = target.read_text(encoding="utf-8").split("\n")
    result = CliRunner().invoke(main, ["check", "--fix", "--select", "B", str(target)])
    assert result.exit_code == 0, result.output
    after = target.read_text(encoding="utf-8")
    removed = {1, 2, 3, 4, 5, 7, 8, 98, 99, 100}
    kept = [line for n, line in enumerate(before, 1) if n not in removed]
    # The seed's last line (map) has no line break; the line break of the line before it stays.
    assert after == "\n".join(kept) + "\n"
    assert after.startswith("南昌县政府2023年度法治政府建设工作报告\n")
    again = CliRunner().invoke(main, ["check", "--fix", "--select", "B", str(target)])
    assert again.exit_code == 0, again.output
    assert target.read_text(encoding="utf-8") == after


# --- the seeds ----------------------------------------------------------------------------------

SEED_CHROME = {
    "000_7de3e33129a12bff.txt": {},
    "001_fd853b0396efe703.txt": {},
    "002_b823fcc447921141.txt": {1: "B001", 2: "B001"},
    "003_61bc35062b802780.txt": {**{n: "B002" for n in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11)}, 6: "B001", 198: "B001",
                                 199: "B001"},
    "004_c206478b488dd24a.txt": {n: "B001" for n in (1, 2, 3, 4, 5, 7, 8, 98, 99, 100)},
}


@pytest.mark.parametrize("name", sorted(SEED_CHROME))
def test_seed_chrome_lines(name: str) -> None:
    found = lint_path(str(SEEDS / name), Config(select=["B"])).findings
    assert {f.line: f.rule for f in found} == SEED_CHROME[name]


def test_seed_titles_found_below_the_chrome() -> None:
    assert lint_path(str(SEEDS / "004_c206478b488dd24a.txt")).document.reports[0].title_line == 6
    assert lint_path(str(SEEDS / "002_b823fcc447921141.txt")).document.reports[0].title_line == 4


def test_chrome_lines_on_a_long_file() -> None:
    # Speed is measured in bench/; here only that every repeated breadcrumb is still found in a long file.
    text = report(head="您现在的位置：首页 > 政务公开") * 4000  # 28,000 lines
    lines = chrome_lines(Document.from_text(text))
    assert len(lines) == 4000
    assert codes(lint(report(head="分享到："), select="B")) == ["B001"]


# --- widgets found on a third round of published pages ---------------------------------------------------

@pytest.mark.parametrize("line", both_widths(["今天是：", "保护视力色：", "护眼模式"]))
def test_header_widgets_are_chrome_anywhere_above(line: str) -> None:
    assert b_lines(report(head=line)) == {1: "B001"}


@pytest.mark.parametrize("line", ["朗读", "语音播报", "相关词条", "联系我们"])
def test_footer_and_read_aloud_captions_are_chrome_beside_other_chrome(line: str) -> None:
    text = report(tail=f"{line}\n版权所有：某县人民政府")
    assert b_lines(text) == {7: "B001", 8: "B001"}
    assert b_lines(report(tail=line)) == {}  # alone: not enough evidence


@pytest.mark.parametrize("line", ["联系我们的群众，倾听意见建议。", "坚持朗读经典、学习法规。", "朗读", "护眼"])
def test_similar_report_lines_stay_text(line: str) -> None:
    assert b_lines(report().replace(PARA, PARA + "\n" + line)) == {}


def test_without_pinyin_drops_the_annotations_b004_reports_and_nothing_else() -> None:
    from checks.boilerplate.pinyin import without_pinyin

    annotated = "落实党政主要负(fù)责(zé)人履行第一责(zé)任人职责(zé)"
    assert without_pinyin(annotated) == "落实党政主要负责人履行第一责任人职责"
    for kept in ("印发《某县行政执法公示办法(试行)》", "上线“某县政务”APP(移动端)", "推广随手拍(APP),统筹(chou)推进",
                 "开展法治宣传(共12场)", "没有括号的一句话"):
        assert without_pinyin(kept) == kept
