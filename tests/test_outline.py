"""The shared outline: titles, headings, report segmentation and each report's year."""

from __future__ import annotations

import pytest
from conftest import SEEDS

from linter.document import Document, fold
from linter.outline import is_title_like, parse_heading


def reports(text: str) -> list[tuple[int, int | None, int | None, str | None]]:
    doc = Document.from_text(text)
    return [(r.start_line, r.title_line, r.year, r.reason) for r in doc.reports]


def both_widths(text: str) -> list[str]:
    """The text as typed in Word (full-width punctuation) and as scraped (half-width)."""
    return [text, fold(text)]


REPORT_A = """某县2024年法治政府建设情况报告
2024年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：
一、主要举措和成效
（一）依法全面履行政府职能。全年取消行政许可事项3项。
二、存在的不足和原因
执法队伍专业化水平有待提高。
三、党政主要负责人履行推进法治建设第一责任人职责情况
县长带头学法，四次主持研究法治工作。
四、2025年工作打算
持续深化“放管服”改革。"""


# --- titles ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "某县2024年法治政府建设情况报告", "关于2024年度法治政府建设情况的报告", "某局2023年度依法行政工作总结",
    "某市司法局2024年法治建设工作报告（公开版）", "某县2024年法治政府建设情况",
])
def test_title_lines(line: str) -> None:
    assert is_title_like(fold(line))


@pytest.mark.parametrize("line", [
    "2024年，我县扎实推进法治政府建设，现将有关情况报告如下。",
    "三、党政主要负责人履行推进法治建设第一责任人职责情况",
    "《关于2024年度法治政府建设情况的报告》",
])
def test_not_title_lines(line: str) -> None:
    assert not is_title_like(fold(line))


@pytest.mark.parametrize("text", both_widths(REPORT_A))
def test_single_report_with_title(text: str) -> None:
    assert reports(text) == [(1, 1, 2024, None)]


def test_title_after_web_preamble_and_metadata() -> None:
    text = ("索引号：11360121-2024-0012\n发布机构：某县人民政府　生成日期：2024-01-25\n2024-03-15\n"
            + REPORT_A)
    doc = Document.from_text(text)
    assert [(r.start_line, r.title_line, r.year) for r in doc.reports] == [(4, 4, 2024)]


def test_title_broken_over_two_lines() -> None:
    text = "关于2024年度法治政府建设\n情况的报告\n2024年，我县扎实推进法治政府建设，成效明显。\n一、主要举措和成效"
    assert reports(text) == [(1, 1, 2024, None)]


def test_markdown_title_is_a_title_not_a_heading() -> None:
    doc = Document.from_text("# 某县2024年法治政府建设情况报告\n\n## 一、主要举措和成效\n\n全年取消行政许可事项3项。")
    assert doc.reports[0].title_line == 1
    assert [(h.line, h.level, h.number) for h in doc.headings] == [(3, 1, 1)]


def test_residue_sentence_above_the_title_does_not_make_a_second_report() -> None:
    text = "下面是小编为大家整理的法治政府建设工作总结，供大家参考，欢迎阅读。\n" + REPORT_A
    assert reports(text) == [(2, 2, 2024, None)]


@pytest.mark.parametrize("text", [
    "2024年以来，在县委、县政府的坚强领导下，我县扎实推进法治政府建设。\n一、主要举措和成效",
    "中共某区委、某区人民政府：\n2024年，我局扎实推进法治政府建设。\n一、主要举措和成效",
    "一、主要举措和成效\n2024年，我县扎实推进法治政府建设，成效明显。",
])
def test_no_title(text: str) -> None:
    assert reports(text)[0][:2] == (1, None)


# --- headings -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["3 个方面取得突破", "5 年来持续推进", "12 项制度全部出台"])
def test_scraped_space_between_number_and_unit_is_not_a_heading(text: str) -> None:
    assert parse_heading(1, fold(text)) is None


def test_space_for_the_dot_is_a_heading_and_end_column_excludes_run_in_text() -> None:
    h = parse_heading(1, fold("1 加强组织领导"))
    assert h is not None and (h.level, h.number, h.text) == (3, 1, "加强组织领导")
    h = parse_heading(1, fold("（二）完善制度体系。全年出台制度5项。"))
    assert h is not None and h.run_in and h.end_column == len("（二）完善制度体系") + 1


# --- several reports in one file -----------------------------------------------------------------------

REPORT_B_BODY = """2023年，我局在区委、区政府的正确领导下，扎实推进依法行政。
一、主要工作及成效
（一）完善行政执法制度。全年修订制度4项。
二、存在的问题
执法人员不足，培训不够。
三、2024年工作打算
加强执法队伍建设。"""


@pytest.mark.parametrize("text", both_widths(REPORT_A + "\n某局2023年度法治政府建设工作报告\n" + REPORT_B_BODY))
def test_second_title_after_body_starts_a_report_with_its_own_year(text: str) -> None:
    assert reports(text) == [(1, 1, 2024, None), (11, 11, 2023, "title")]


@pytest.mark.parametrize("text", both_widths(REPORT_A + "\n" + REPORT_B_BODY))
def test_restart_at_yi_after_si_starts_a_report_at_its_opening_paragraph(text: str) -> None:
    assert reports(text) == [(1, 1, 2024, None), (11, None, 2023, "restart")]


def test_restarted_report_includes_its_salutation() -> None:
    text = REPORT_A + "\n中共某区委、某区人民政府：\n" + REPORT_B_BODY
    assert reports(text)[1] == (11, None, 2023, "restart")


def test_restart_whose_first_section_is_not_achievements_but_which_has_a_plan() -> None:
    text = REPORT_A + ("\n2023年，我局以习近平新时代中国特色社会主义思想为指导，推进依法行政。\n"
                       "一、加强组织领导，夯实职责任务\n坚持依法行政，切实加强组织领导。\n"
                       "二、开展法治教育，注重实践应用\n对干部职工开展法治教育。\n三、下一步工作打算\n继续加强组织领导。")
    assert [r[0] for r in reports(text)] == [1, 11]


def test_plan_items_numbered_like_top_level_headings_are_not_a_new_report() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n全年取消行政许可事项3项，办结率100%。\n"
            "二、存在的不足和原因\n执法队伍专业化水平有待提高。\n三、2025年工作打算\n2025年，我县将重点做好以下工作：\n"
            "一、加强执法监督\n开展专项检查，规范执法行为。\n二、深化普法宣传\n落实普法责任制，加强宣传。")
    assert reports(text) == [(1, 1, 2024, None)]


def test_table_of_contents_is_not_a_first_report() -> None:
    text = ("某县2024年法治政府建设情况报告\n一、主要举措和成效\n二、存在的不足和原因\n三、2025年工作打算\n"
            "一、主要举措和成效\n全年取消行政许可事项3项，办结率100%。\n二、存在的不足和原因\n执法队伍专业化水平有待提高。")
    assert len(reports(text)) == 1


def test_second_opening_starts_a_report() -> None:
    text = ("某县2024年法治政府建设情况报告\n2024年，我县扎实推进法治政府建设。现将有关情况报告如下：\n"
            "全年取消行政许可事项3项，办结率100%。\n"
            "2023年，我局认真贯彻落实上级部署，推进依法行政。现将2023年度法治政府建设情况报告如下：\n"
            "全年修订制度4项，培训执法人员120人次。")
    assert reports(text) == [(1, 1, 2024, None), (4, None, 2023, "opening")]


def test_opening_words_under_a_section_heading_are_not_a_second_report() -> None:
    text = REPORT_A + "\n五、其他需要报告的情况\n现将上级督察反馈问题的整改情况报告如下：全部整改到位。"
    assert len(reports(text)) == 1


def test_report_year_from_body_when_there_is_no_title() -> None:
    assert reports("2023年以来，我局扎实推进法治政府建设，成效明显。\n一、主要举措和成效")[0][2] == 2023


def test_an_opening_date_is_not_the_year_reported_on() -> None:
    # "2021年4月22日，…" says when something happened; the report's own year comes from elsewhere.
    text = ("2021年4月22日，县政府常务会议审议通过《某县法治政府建设实施方案》。\n"
            "2022年，全县坚持依法行政，2022年办理行政复议案件36件，2022年行政诉讼败诉率下降。\n")
    assert Document.from_text(text).report_year == 2022


def test_body_year_reads_the_opening_past_a_subtitle_a_page_date_and_a_salutation() -> None:
    # A report read to a people's congress the next year, as a site publishes it: the subtitle and the page
    # date name the year it was delivered and published; the opening names the year it covers.
    text = ("某市人民政府关于法治政府建设工作情况的报告\n\n"
            "（2023年5月30日在市人大常委会第二次会议上）\n"
            "日期：2023年09月07日 来源：某市人大\n\n"
            "市人大常委会：\n\n"
            "2022年，全市各级行政机关坚持以习近平新时代中国特色社会主义思想为指导，推动法治政府建设取得新成效。"
            "2023年5月，市政府召开专题会议，部署2023年重点工作。\n"
            "一、主要举措和成效\n"
            "2023年3月，全面完成2022年度行政复议案件评查；2023年起实行新的办案规范。\n")
    assert Document.from_text(text).report_year == 2022


def test_year_at_follows_the_report() -> None:
    doc = Document.from_text(REPORT_A + "\n某局2023年度法治政府建设工作报告\n" + REPORT_B_BODY)
    assert doc.year_at(5) == 2024 and doc.year_at(14) == 2023
    assert [h.line for h in doc.reports[1].headings] == [13, 14, 15, 17]


def test_seed_003_is_eight_pasted_reports() -> None:
    doc = Document.from_text((SEEDS / "003_61bc35062b802780.txt").read_text(encoding="utf-8"))
    assert [r.start_line for r in doc.reports] == [12, 28, 68, 93, 119, 146, 156, 178]
    assert all(r.year == 2023 for r in doc.reports)


@pytest.mark.parametrize("name,start,title,year", [
    ("000_7de3e33129a12bff.txt", 1, None, 2024), ("001_fd853b0396efe703.txt", 1, 1, 2024),
    ("002_b823fcc447921141.txt", 4, 4, 2020), ("004_c206478b488dd24a.txt", 6, 6, 2023),
])
def test_single_report_seeds(name: str, start: int, title: int | None, year: int) -> None:
    doc = Document.from_text((SEEDS / name).read_text(encoding="utf-8"))
    assert [(r.start_line, r.title_line, r.year) for r in doc.reports] == [(start, title, year)]


def test_bold_markdown_headings_and_title() -> None:
    doc = Document.from_text("**某县2024年法治政府建设情况报告**\n\n**一、主要举措和成效**\n\n"
                             "## **（二）完善制度**。全年出台制度5项。")
    assert doc.reports[0].title_line == 1
    assert [(h.level, h.number, h.text) for h in doc.headings] == [(1, 1, "主要举措和成效"), (2, 2, "完善制度")]


# --- traditional script ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "某縣2024年法治政府建設情況報告", "關於2024年度法治政府建設情況的報告", "某局2023年度依法行政工作總結",
    "陸渡街道辦事處2023年度法治政府建設年度報告",
])
def test_traditional_title_lines(line: str) -> None:
    assert is_title_like(line)
    assert reports(line + "\n2024年，我縣紮實推進法治政府建設。")[0][1] == 1


def test_traditional_pasted_reports_are_split_as_simplified_ones_are() -> None:
    from linter.outline import simplified

    text = REPORT_A + "\n" + REPORT_A.replace("2024", "2023").replace("2025", "2024")
    traditional = text.translate(str.maketrans("县报设况举责负职导党进关", "縣報設況舉責負職導黨進關"))
    assert simplified(traditional) == text
    assert reports(traditional) == reports(text) == [(1, 1, 2024, None), (11, 11, 2023, "title")]


def test_the_two_traditional_tables_do_not_overlap() -> None:
    from linter.data import load_data

    mine = load_data("structure", "outline.yaml")["traditional"]
    theirs = load_data("redaction", "formulations.yaml").get("traditional", {})
    assert not set(mine) & set(theirs)
    assert all(len(t) == len(s) == 1 and t != s for t, s in {**mine, **theirs}.items())


# --- a watermark run into the title line ------------------------------------------------------------------

def test_title_with_a_watermark_is_the_title_and_its_year_is_read_from_the_title() -> None:
    text = "www.fanwen2019.com某县2024年法治政府建设情况报告\n" + REPORT_A.split("\n", 1)[1]
    doc = Document.from_text(text)
    assert [(r.start_line, r.title_line, r.year) for r in doc.reports] == [(1, 1, 2024)]
    wm = doc.outline.watermarks[1]
    assert text[wm.start:wm.end] == "www.fanwen2019.com"


# --- a doubled opening, a cover letter, a title run into the first paragraph -----------------------------

@pytest.mark.parametrize("text", both_widths(
    "某区市场监管局2024年法治政府建设年度报告\n"
    "按照《法治政府建设与责任落实督察工作规定》和市委依法治市办的部署要求，现将我局2024年法治政府建设情况报告如下：\n"
    "2024年，我局坚持以习近平法治思想为指导，全面履行市场监管职责，持续推进严格规范公正文明执法。现将有关情况报告如下。\n"
    "一、主要举措和成效\n全年办结行政处罚案件312件，听证4件。\n二、存在的不足和原因\n基层执法力量仍然薄弱。"))
def test_an_opening_said_twice_in_a_row_is_one_report(text: str) -> None:
    assert reports(text) == [(1, 1, 2024, None)]


def test_a_second_opening_after_a_paragraph_of_body_still_starts_a_report() -> None:
    text = ("某区市场监管局2024年法治政府建设年度报告\n2024年，我局扎实推进依法行政。现将有关情况报告如下：\n"
            "全年办结行政处罚案件312件。\n"
            "2024年，某区城管局认真落实区委部署，规范执法行为。现将有关情况报告如下：\n全年开展执法检查86次。")
    assert reports(text) == [(1, 1, 2024, None), (4, None, 2024, "opening")]


COVER = ("某市司法局关于2024年度法治政府建设情况的报告\n某司〔2025〕7号\n市委、市政府：\n"
         "根据《法治政府建设与责任落实督察工作规定》要求，现将我局2024年度法治政府建设情况报告呈送，请审阅。\n"
         "某市司法局\n2025年2月20日\n")
COVERED = ("某市司法局2024年度法治政府建设情况报告\n2024年，我局坚持以习近平法治思想为指导，统筹推进法治政府建设。\n"
           "一、主要举措和成效\n全年审查规范性文件46件。\n二、存在的不足和原因\n执法监督力度不够。")


@pytest.mark.parametrize("text", both_widths(COVER + COVERED))
def test_a_cover_letter_is_part_of_the_report_it_submits(text: str) -> None:
    assert reports(text) == [(1, 1, 2024, None)]


def test_a_report_before_a_second_title_is_no_cover_letter_even_if_it_mentions_reporting() -> None:
    # Body text that mentions 报送 with headings above it: a report of its own, then another one.
    first = ("某市司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n"
             "按时报送年度报告，全年审查规范性文件46件。\n二、存在的不足和原因\n执法监督力度不够。\n")
    second = COVERED.replace("某市司法局", "某市城管局")
    assert [r[3] for r in reports(first + second)] == [None, "title"]


def test_a_long_cover_part_is_not_a_cover_letter() -> None:
    long_part = ("关于2024年度法治政府建设情况的报告\n现将我局2024年度法治政府建设情况报送如下。\n"
                 "2024年，我局深入推进依法行政。\n全年审查规范性文件46件。\n全年开展执法检查86次。\n")
    assert [r[3] for r in reports(long_part + COVERED)] == [None, "title"]


@pytest.mark.parametrize("text", both_widths(
    "某县2025年度法治政府建设情况报告2025年，全县坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
    "一、主要举措和成效\n全年办结行政复议案件58件。"))
def test_a_title_with_the_first_paragraph_run_into_it_is_the_title(text: str) -> None:
    doc = Document.from_text(text)
    assert reports(text) == [(1, 1, 2025, None)]
    assert doc.outline.glued == {1: len("某县2025年度法治政府建设情况报告")}


def test_a_title_spaced_by_pdf_extraction_run_into_the_first_paragraph() -> None:
    text = "某县 2025 年度法治政府建设情况报告2025 年，全县扎实推进法治政府建设。\n一、主要举措和成效"
    assert reports(text) == [(1, 1, 2025, None)]


@pytest.mark.parametrize("line", [
    "根据《关于做好2024年度法治政府建设情况报告》的通知要求，现将我局有关情况报告如下：",  # a sentence
    "按照市委依法治市办关于法治政府建设年度报告制度的要求，现将有关情况报告如下：",
    "2024年，全县认真落实法治政府建设年度报告制度，按时公开报告。",
    "某镇2024年度法治政府建设情况报告及2025年工作计划2024年，全镇扎实推进依法行政。",  # the title goes on
])
def test_an_opening_sentence_naming_a_report_is_no_glued_title(line: str) -> None:
    doc = Document.from_text(line + "\n一、主要举措和成效\n全年办结行政复议案件58件。")
    assert doc.outline.glued == {}
