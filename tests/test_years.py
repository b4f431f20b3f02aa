"""The years family (Y): placeholder ranges and periods, impossible dates, the next-year plan, stale copies,
base years, and the calendar of congresses, plenums, 普法 periods, plans and the national 纲要.

Sentences are new, in full-width punctuation, as real drafts are written; each behaviour is tested both ways."""

from __future__ import annotations

import pytest
from conftest import SEEDS, codes, lint

from linter import Config, lint_path


def hits(text: str, code: str, year: int | None = 2023) -> list[tuple[int, str]]:
    """(line, excerpt) of the findings of one rule."""
    return [(f.line, f.excerpt) for f in lint(text, select=code, year=year) if f.rule == code]


# --- Y001 placeholder and broken year ranges -------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt", [
    ("印发《县司法局法治政府建设实施方案（２０２２—２０２２年）》，明确任务分工。", "２０２２—２０２２"),
    ("依据《全市法治宣传教育规划(2023-2023)》开展工作。", "2023-2023"),
    ("全面落实《法治政府建设实施纲要（20212025年）》的各项要求。", "20212025"),
    ("制定《依法治县规划（2025—2021年）》并抓好落实。", "2025—2021"),
    ("对照《行政执法三年行动方案（2023至2023年）》逐项推进。", "2023至2023"),
    ("认真贯彻《四川省法治政府建设实施方案（年）》。", "（年）"),  # the years deleted
    ("认真贯彻《某县法治政府建设工作方案(年)》。", "(年)"),
    ("印发《某县普法规划（—年）》。", "（—年）"),
    ("制定《法治政府建设实施纲要（年）实施方案》。", "（年）"),
])
def test_y001_flags_broken_ranges(text: str, excerpt: str) -> None:
    assert hits(text, "Y001") == [(1, excerpt)]


@pytest.mark.parametrize("text", [
    "全面落实《法治政府建设实施纲要（2021—2025年）》的各项要求。",
    "印发《县司法局法治政府建设实施方案（2022－2025年）》，明确任务分工。",
    "2023年1月至2023年12月，全县共受理行政复议申请48件。",
    "从2023年至2023年底，累计排查矛盾纠纷312件。",
    "2023-2024学年，全县中小学开展法治教育课1200余节。",
    "咨询电话：0851-2023-2023。",
    "项目编号20231108，合同金额20.5万元。",
    "培训时长（年）、参训人数（人）见附表。",  # a unit in parentheses outside a title
    "《关于做好年度（年）考核工作的通知》",  # not where a title puts its range
])
def test_y001_leaves_real_ranges_alone(text: str) -> None:
    assert hits(text, "Y001") == []


def test_y001_lost_dash_has_a_safe_fix_and_national_hint() -> None:
    [f] = lint("全面落实《法治政府建设实施纲要（20212025年）》。", select="Y001", year=2023)
    assert f.fix is not None and f.fix.safety == "safe"
    assert [(e.start, e.end, e.replacement) for e in f.fix.edits] == [(f.start + 4, f.start + 4, "—")]
    assert "2021—2025" in f.message


def test_y001_local_plan_gets_no_national_hint() -> None:
    [f] = lint("印发《市民政局法治政府建设实施纲要（2023—2023）实施方案》。", select="Y001", year=2023)
    assert "国家" not in f.message and "占位" in f.message


# --- Y009 the national 纲要 with a range it never had ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "深入贯彻《法治政府建设实施纲要（2016—2020年）》。",
    "深入贯彻中共中央、国务院《法治政府建设实施纲要(2016-2020年)》。",
    "深入贯彻党中央、国务院印发的《法治政府建设实施纲要（2020—2025年）》。",
])
def test_y009_flags_the_national_title_whoever_cites_it(text: str) -> None:
    assert len(hits(text, "Y009")) == 1


def test_y009_flags_wrong_national_range() -> None:
    found = lint("深入贯彻中共中央、国务院《法治政府建设实施纲要（2020—2025年）》。", select="Y", year=2023)
    assert [(f.rule, f.excerpt) for f in found] == [("Y009", "2020—2025")]
    assert "2021—2025" in found[0].message


@pytest.mark.parametrize("text", [
    "深入贯彻中共中央、国务院《法治政府建设实施纲要（2021-2025年）》。",
    "制定《湖南省法治政府建设实施纲要（2021—2035年）》配套措施。",
    "印发《县法治政府建设实施纲要（2022—2025年）》，细化年度任务。",
    "贯彻落实省委、省政府《法治政府建设实施纲要（2016—2020年）》。",  # a province's own 纲要
    "贯彻落实省委、省政府《法治政府建设实施纲要(2016-2020年)》。",
    "落实市委全面依法治市委员会《法治政府建设实施纲要（2022—2026年）》分工方案。",
])
def test_y009_leaves_valid_and_local_ranges_alone(text: str) -> None:
    assert hits(text, "Y009") == []


def test_y009_defers_placeholders_to_y001() -> None:
    found = lint("全面落实《法治政府建设实施纲要（2023—2023年）》。", select="Y", year=2023)
    assert [f.rule for f in found] == ["Y001"]


# --- Y002 periods that start and end together -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "２０２３年１２月至２０２３年１２月，开展行政执法案卷集中评查。",
    "2024年1月至2024年1月，组织全县执法人员轮训。",
    "于2023年6月5日—2023年6月5日开展安全生产专项检查。",
    "2023年10月至2023年3月，开展冬春季专项整治。",
])
def test_y002_flags_empty_or_reversed_periods(text: str) -> None:
    assert len(hits(text, "Y002")) == 1


@pytest.mark.parametrize("text", [
    "2023年1月至2023年12月，开展行政执法案卷集中评查。",
    "于2023年11月29日－12月15日开展了为期20天的专项检查。",
    "2023年12月至2024年2月，开展冬春季专项整治。",
    "2023年12月至1月，开展冬春季专项整治。",
    "2023年12月1日至12月31日集中清理积案。",
])
def test_y002_leaves_real_periods_alone(text: str) -> None:
    assert hits(text, "Y002") == []


# --- Y003 impossible dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt", [
    ("自２０２４年１日１日起施行新的行政裁量权基准。", "１日１日"),
    ("2023年2月29日召开县政府常务会议专题学法。", "2023年2月29日"),
    ("11月31日前完成规范性文件清理。", "11月31日"),
    ("2023年13月开展行政执法人员培训。", "2023年13月"),
    ("2024年0月印发工作要点。", "2024年0月"),
])
def test_y003_flags_impossible_dates(text: str, excerpt: str) -> None:
    assert hits(text, "Y003") == [(1, excerpt)]


@pytest.mark.parametrize("text", [
    "自2024年1月1日起施行新的行政裁量权基准。",
    "2024年2月29日召开县政府常务会议专题学法。",
    "11月30日前完成规范性文件清理。",
    "连续13个月开展执法检查，每月5日、20日通报进度。",
    "在“6·18”洪峰来临前完成转移，1—3月办结案件45件。",
])
def test_y003_leaves_valid_dates_alone(text: str) -> None:
    assert hits(text, "Y003") == []


@pytest.mark.parametrize("text, excerpt", [
    ("二〇二三年十三月，县政府组织开展执法案卷集中评查。", "二〇二三年十三月"),
    ("县政府于二○二四年二月三十日召开常务会议专题学法。", "二○二四年二月三十日"),
    ("二O二三年二月二十九日印发行政执法监督办法。", "二O二三年二月二十九日"),  # 2023 is not a leap year
    ("各乡镇须于九月三十一日前报送整改台账。", "九月三十一日"),
])
def test_y003_flags_impossible_dates_in_chinese_numerals(text: str, excerpt: str) -> None:
    assert hits(text, "Y003") == [(1, excerpt)]


@pytest.mark.parametrize("text", [
    "某县人民政府\n二〇二四年三月二十日",  # the signature date
    "县政府于二○二四年二月二十九日召开常务会议专题学法。",
    "二〇二三年十二月三十一日前完成规范性文件清理。",
    "农历二月三十日，在集镇开展“赶集普法”活动。",  # a lunar date
    "十三五期间，每年一二月份集中开展执法人员轮训。",  # 一二月: two months, not a number
    "全年召开十三次会议，其中一月两次。",
])
def test_y003_leaves_valid_chinese_dates_alone(text: str) -> None:
    assert hits(text, "Y003") == []


def test_y003_day_day_offers_unsafe_fix() -> None:
    [f] = lint("自2024年1日1日起施行。", select="Y003", year=2024)
    assert f.suggestion == "1月1日" and f.fix is not None and f.fix.safety == "unsafe"


# --- Y004 the next-year plan --------------------------------------------------------------------------------

REPORT_2023 = ("某县司法局2023年度法治政府建设情况报告\n2023年，我局认真贯彻落实上级部署。\n"
               "一、主要举措和成效\n（一）完善制度建设。\n二、存在的不足和原因\n执法力量不足。\n")


@pytest.mark.parametrize("plan, line", [
    ("三、2023年推进法治政府建设的主要安排\n（一）完善依法行政制度。", 7),
    ("三、2022年工作思路\n（一）完善依法行政制度。", 7),
    ("## 2023年工作打算\n（一）完善依法行政制度。", 7),
    ("四、下一年度（2023年）工作安排\n（一）完善依法行政制度。", 7),
    ("三、下一步工作打算\n2023年，我局将继续坚持依法行政，重点抓好以下工作。", 8),
])
def test_y004_flags_plan_for_wrong_year(plan: str, line: int) -> None:
    assert hits(REPORT_2023 + plan, "Y004", year=None) == [(line, "2023年" if "2023" in plan else "2022年")]


@pytest.mark.parametrize("plan", [
    "三、2024年推进法治政府建设的主要安排\n（一）完善依法行政制度。",
    "三、2024—2025年工作思路\n（一）完善依法行政制度。",
    "四、下一年度（2024年）工作安排\n（一）完善依法行政制度。",
    "三、下一步工作打算\n2024年，我局将继续坚持依法行政，重点抓好以下工作。",
    "三、下一步工作打算\n2023年，我局虽取得一定成绩，但仍有差距。",
    "三、2023年工作计划完成情况\n（一）完善依法行政制度。",
    "三、制定2023年度普法工作计划\n年初印发计划。",
])
def test_y004_leaves_correct_plans_alone(plan: str) -> None:
    assert hits(REPORT_2023 + plan, "Y004", year=None) == []


def test_y004_uses_each_pasted_reports_own_year() -> None:
    text = ("甲县2023年度法治政府建设情况报告\n2023年，甲县扎实推进。\n一、主要举措和成效\n二、2024年工作打算\n"
            "乙县2024年度法治政府建设情况报告\n2024年，乙县扎实推进。\n一、主要举措和成效\n二、2024年工作打算\n")
    assert hits(text, "Y004", year=None) == [(8, "2024年")]


# --- Y005 stale copy -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening", [
    "2023年，我县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。",
    "县委、县政府：\n现将我县2023年度法治政府建设工作情况报告如下。",
])
def test_y005_flags_body_of_last_year(opening: str) -> None:
    text = f"某县2024年度法治政府建设情况报告\n{opening}\n一、主要举措和成效\n（一）完善制度。\n"
    found = lint(text, select="Y005")
    assert len(found) == 1 and "2024" in found[0].message and "2023" in found[0].message


@pytest.mark.parametrize("opening", [
    "2024年，我县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。",
    "现将我县2023年度督察反馈问题整改及2024年度法治政府建设情况报告如下。",
    "一年来，我县对照2023年度报告查找的问题逐项整改。",
])
def test_y005_leaves_consistent_reports_alone(opening: str) -> None:
    text = f"某县2024年度法治政府建设情况报告\n{opening}\n一、主要举措和成效\n2023年，县里印发的三年方案进入第二年。\n"
    assert lint(text, select="Y005") == []


def test_y005_one_error_per_report() -> None:
    stale = ("某县2024年度法治政府建设情况报告\n2023年，我县扎实推进。现将2023年度工作情况报告如下。\n"
             "一、主要举措和成效\n")
    fresh = "某区2024年度法治政府建设情况报告\n2024年，我区扎实推进。\n一、主要举措和成效\n（一）完善制度。\n"
    found = lint(stale + "（一）完善制度。\n" + fresh + stale, select="Y005")
    assert [f.line for f in found] == [2, 10]


# --- Y006 base year equal to the report year -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "城市低保标准由２０２３年的６８０元／月提高至７１０元／月。",
    "全年受理行政复议申请96件，较2023年下降12%。",
])
def test_y006_flags_base_year_equal_to_report_year(text: str) -> None:
    assert len(hits(text, "Y006")) == 1


@pytest.mark.parametrize("text", [
    "城市低保标准由2022年的680元/月提高至710元/月。",
    "力争2024年行政复议纠错率比2023年下降2个百分点。",
    "公职律师人数比2023年初增加一倍。",
])
def test_y006_leaves_correct_bases_alone(text: str) -> None:
    assert hits(text, "Y006") == []


def test_y006_ignores_the_plan_section() -> None:
    text = REPORT_2023 + "三、2024年工作打算\n推动行政复议案件数量比2023年下降。\n"
    assert hits(text, "Y006", year=None) == []


# --- Y007 events after the report was due ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "深入学习贯彻党的二十届四中全会精神，推进依法行政。",
    "全面贯彻党的二十大和二十届二中、３中全会精神。",
    "认真学习二十届五中全会精神。",
])
def test_y007_flags_events_after_the_report_year(text: str) -> None:
    assert len(hits(text, "Y007")) == 1


@pytest.mark.parametrize("text, year", [
    ("全面贯彻党的二十大和二十届二中全会精神。", 2023),
    ("全面贯彻党的二十大和二十届二中全会精神。", 2022),  # 2023-02: before a 2022 report was due
    ("全面贯彻党的二十大和二十届三中全会精神。", 2024),
    ("以优异成绩迎接党的二十大胜利召开。", 2021),
])
def test_y007_leaves_events_in_time_alone(text: str, year: int) -> None:
    assert hits(text, "Y007", year=year) == []


# --- Y010 latest plenum well behind -----------------------------------------------------------------------------

def test_y010_flags_report_citing_old_plenums() -> None:
    text = "2023年，我局全面贯彻落实党的十九大和十九届二中、三中、四中、五中全会精神，扎实推进依法行政。"
    [f] = lint(text, select="Y010", year=2023)
    assert f.excerpt == "十九届二中、三中、四中、五中全会" and "党的二十大" in f.message


@pytest.mark.parametrize("text, year", [
    ("2023年，我局全面贯彻党的二十大精神。党的十九大把全面依法治国提到新高度。", 2023),
    ("2023年，我局全面贯彻党的二十大和二十届历次全会精神。", 2023),
    ("2024年，我局全面贯彻党的二十大和二十届二中全会精神。", 2024),
    ("2021年，我局全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神。", 2021),
    ("党的十八大以来，我县深入贯彻中央关于法治建设的决策部署精神。", 2023),
    ("2025年，我县紧扣党的二十大精神和全面依法治县工作部署。", 2025),  # the current congress alone
])
def test_y010_leaves_current_citations_alone(text: str, year: int) -> None:
    assert hits(text, "Y010", year=year) == []


def test_y010_flags_a_previous_terms_congress_and_a_short_plenum_list() -> None:
    assert len(hits("2024年，我局全面贯彻党的十九大精神。", "Y010", year=2024)) == 1  # 二十大 since
    assert len(hits("2025年，我局全面贯彻党的二十大和二十届二中全会精神。", "Y010", year=2025)) == 0  # one missed
    assert len(hits("2026年，我局全面贯彻党的二十大和二十届二中全会精神。", "Y010", year=2026)) == 1  # 三中、四中


def test_y010_one_warning_per_report_at_the_latest_citation() -> None:
    text = ("某局2023年度法治政府建设情况报告\n2023年，全面贯彻党的十九大和十九届二中、三中全会精神，"
            "深入学习十九届四中、五中全会精神。\n一、主要举措和成效\n（一）完善制度。\n")
    found = lint(text, select="Y010")
    assert [f.excerpt for f in found] == ["十九届四中、五中全会"]


# --- Y008 periods out of time ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "一是继续开展“六五”普法教育，全面加强依法行政宣传。",
    "认真落实“十三五”规划各项任务。",
    "全面落实《法治政府建设实施纲要（2015—2020年）》，推进严格规范公正文明执法。",
    "深入开展“九五”普法，推动全民守法。",
])
def test_y008_flags_periods_described_as_current(text: str) -> None:
    assert len(hits(text, "Y008")) == 1


@pytest.mark.parametrize("text, year", [
    ("组织开展本系统“七五”普法总结验收工作，谋划推进“八五”普法。", 2023),
    ("“十三五”期间，累计办理行政复议案件560件。", 2023),
    ("深入实施“十四五”规划，推动法治政府建设。", 2024),
    ("谋划“九五”普法规划，做好衔接。", 2025),
    ("深入开展“九五”普法。", 2025),
    ("我县荣获全国“七五”普法先进单位。", 2023),
    ("开展“六五”环境日宣传活动。", 2023),
])
def test_y008_leaves_history_and_planning_alone(text: str, year: int) -> None:
    assert hits(text, "Y008", year=year) == []


@pytest.mark.parametrize("text", [
    "结合“七五”普法规划，组织机关干部集中学习民法典。",  # 结合 frames it as the basis of this year's work
    "依托“七五”普法规划，持续打造青少年法治教育阵地。",
    "根据「七五」普法规划，举办专题法治讲座6场。",  # corner brackets for quotes
    "按照《“七五”普法规划》要求，完善以案释法制度。",
])
def test_y008_flags_an_ended_pufa_plan_taken_as_this_years_basis(text: str) -> None:
    [f] = lint(text, select="Y008", year=2021)
    assert "“八五”普法" in f.message and f.suggestion == "“八五”普法（2021—2025年）"


@pytest.mark.parametrize("text, year", [
    ("结合“七五”普法总结验收，梳理本系统普法工作经验。", 2021),
    ("结合“七五”普法期间的好做法，创新普法宣传形式。", 2021),
    ("结合“七五”普法规划实施情况，查找本单位普法短板。", 2021),
    ("根据“七五”普法终期评估反馈意见，逐项完成整改。", 2021),
    ("结合“七五”普法规划，组织机关干部集中学习民法典。", 2020),  # its last year
    ("结合“八五”普法规划，组织机关干部集中学习民法典。", 2022),
])
def test_y008_leaves_backward_looking_pufa_mentions_alone(text: str, year: int) -> None:
    assert hits(text, "Y008", year=year) == []


# --- Y011 the old goal formula ---------------------------------------------------------------------------------------

def test_y011_flags_old_formula_with_unsafe_fix() -> None:
    text = "加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。"
    [f] = lint(text, select="Y011", year=2022)
    assert f.fix is not None and f.fix.safety == "unsafe"
    assert f.fix.edits[0].replacement.endswith("人民满意")


@pytest.mark.parametrize("text, year", [
    ("加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。", 2020),
    ("加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。", 2023),
    ("《纲要（2015—2020年）》提出的廉洁高效、守法诚信的法治政府目标基本实现。", 2021),
])
def test_y011_leaves_current_formula_alone(text: str, year: int) -> None:
    assert hits(text, "Y011", year=year) == []


# --- seeds ------------------------------------------------------------------------------------------------------------

def _year_findings(name: str) -> list[tuple[int, str]]:
    result = lint_path(str(SEEDS / name), Config(select=["years"]))
    assert result.error is None
    return [(f.line, f.rule) for f in result.findings if f.family == "years"]


def test_seed_003_years_defects() -> None:
    found = set(_year_findings("003_61bc35062b802780.txt"))
    expected = {(24, "Y004"), (87, "Y004"), (143, "Y004"), (37, "Y001"), (69, "Y001"), (93, "Y001"),
                (126, "Y001"), (178, "Y001"), (181, "Y001"), (46, "Y002"), (151, "Y003"), (151, "Y006"),
                (25, "Y008"), (156, "Y010")}
    assert expected <= found


@pytest.mark.parametrize("name", ["000_7de3e33129a12bff.txt", "001_fd853b0396efe703.txt",
                                  "002_b823fcc447921141.txt", "004_c206478b488dd24a.txt"])
def test_clean_seeds_have_no_years_findings(name: str) -> None:
    assert _year_findings(name) == []


# --- Y012 the seven-term goal formula with a term left out or changed -------------------------------------------

@pytest.mark.parametrize("text, missing, foreign", [
    ("全面建设职责明确、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
     "职能科学、权责法定", "职责明确"),
    ("加快建设职能科学、权责法定、执法严明、公开公正、智能高效、人民满意的法治政府。", "廉洁诚信", None),
    ("加快建设职能科学,权责法定,执法严明,公开公正,智能高效,人民满意的法治政府。", "廉洁诚信", None),
])
def test_y012_flags_an_incomplete_goal_formula(text: str, missing: str, foreign: str | None) -> None:
    [f] = lint(text, select="Y012", year=2024)
    assert f"漏了“{missing}”" in f.message
    assert (f"“{foreign}”不是纲要原文" in f.message) if foreign else "不是纲要原文" not in f.message
    assert f.fix is not None and f.fix.safety == "unsafe"
    assert f.suggestion == "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意"


@pytest.mark.parametrize("text, year", [
    ("加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。", 2024),
    ("加快建设职能科学，权责法定，执法严明，公开公正，智能高效，廉洁诚信，人民满意的法治政府。", 2024),
    ("努力建设人民满意的法治政府。", 2024),
    ("建设执法严明、公开公正、廉洁诚信的法治政府。", 2024),  # a few terms: not the formula quoted
    ("加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。", 2024),  # Y011's
    ("加快建设职能科学、权责法定、执法严明、公开公正、智能高效、人民满意的法治政府。", 2020),  # before the 2021 纲要
    ("推进简政放权、优化营商环境、职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
     2024),
])
def test_y012_leaves_complete_and_other_lists_alone(text: str, year: int) -> None:
    assert hits(text, "Y012", year=year) == []


# --- Y013 a renamed day under its old name ------------------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt", [
    ("三是抓好集中宣传。借助“12·4”全国法制宣传日，在各乡镇设立咨询台12个。", "全国法制宣传日"),
    ("利用12．4法制宣传日、“3·15”等节点开展以案释法。", "法制宣传日"),  # full-width dot, no 全国
    ("在全国法制宣传日当天，组织机关干部集中学习宪法。", "全国法制宣传日"),
    ("围绕12月4日全国法治宣传日，开展宪法进社区活动。", "全国法治宣传日"),
    ("以“12·4”全国法制宣传日为契机，启动宪法宣传周系列活动。", "全国法制宣传日"),  # 宪法宣传周 is no excuse
])
def test_y013_flags_the_old_name_of_the_constitution_day(text: str, excerpt: str) -> None:
    [f] = lint(text, select="Y013", year=2023)
    assert f.excerpt == excerpt and f.suggestion == "国家宪法日" and "2014年" in f.message
    assert f.fix is not None and f.fix.safety == "unsafe" and f.fix.edits[0].replacement == "国家宪法日"


@pytest.mark.parametrize("text, year", [
    ("借助“12·4”国家宪法日和宪法宣传周，在各乡镇设立咨询台12个。", 2023),
    ("借助“12·4”全国法制宣传日，在各乡镇设立咨询台12个。", 2014),  # the year of the rename
    ("全国法制宣传日自2001年起设立，此后每年开展集中宣传。", 2023),
    ("自上世纪起设立的全国法制宣传日，见证了普法工作的发展。", 2023),
    ("开展“12·4”国家宪法日暨全国法制宣传日主题活动。", 2023),  # co-named
    ("原“12·4”全国法制宣传日如今已成为国家宪法日。", 2023),
    ("全国人大常委会将全国法制宣传日更名为国家宪法日，意义重大。", 2023),
    ("开展税收法制宣传日活动，发放宣传资料500余份。", 2023),  # a sector's own day
    ("组织“8·29”测绘法宣传日活动，普及测绘法律知识。", 2023),
])
def test_y013_leaves_history_and_other_days_alone(text: str, year: int) -> None:
    assert hits(text, "Y013", year=year) == []


# --- Y014 plenums of two terms run together -----------------------------------------------------------------------

@pytest.mark.parametrize("text, excerpt, fixed", [
    ("2022年，局党组全面贯彻党的十九届六中二十届一中全会精神，推进依法行政。",
     "十九届六中二十届一中全会", "十九届六中、二十届一中全会"),
    ("认真学习十九届六中二十届一中、二中全会以及党的二十大精神。",
     "十九届六中二十届一中、二中全会", "十九届六中、二十届一中、二中全会"),
    ("对照十八届四中十九届4中全会要求，梳理法治建设任务。", "十八届四中十九届4中全会", "十八届四中、十九届4中全会"),
])
def test_y014_flags_two_terms_run_together_with_an_unsafe_fix(text: str, excerpt: str, fixed: str) -> None:
    [f] = lint(text, select="Y014", year=2022)
    assert f.excerpt == excerpt and f.suggestion == fixed and fixed in f.message
    assert f.fix is not None and f.fix.safety == "unsafe"
    [edit] = f.fix.edits
    assert (edit.start, edit.end, edit.replacement) == (edit.start, edit.start, "、")
    assert text[:edit.start] + "、" + text[edit.start:] == text.replace(excerpt, fixed)


@pytest.mark.parametrize("text", [
    "2022年，局党组全面贯彻党的十九届六中、二十届一中全会精神，推进依法行政。",
    "2022年，局党组全面贯彻党的十九届六中全会和二十届一中全会精神。",
    "2022年，局党组全面贯彻党的十九届六中和二十届一中全会精神。",
    "深入学习党的二十届二中、三中全会精神。",
    "十九届六中全会通过的历史决议，二十届一中全会选举产生新一届中央领导机构。",
])
def test_y014_leaves_separated_plenums_alone(text: str) -> None:
    assert hits(text, "Y014", year=2022) == []


@pytest.mark.parametrize("text, year, late", [
    ("2020年，局党组全面贯彻党的十九届五中六中二十届一中全会精神。", 2020, ["十九届六中全会", "二十届一中全会"]),
    ("2021年，局党组全面贯彻党的十九届六中二十届一中全会精神。", 2021, ["二十届一中全会"]),
    ("2021年，局党组全面贯彻党的十九届六中、二十届一中全会精神。", 2021, ["二十届一中全会"]),
])
def test_y007_checks_every_plenum_of_a_list_spanning_two_terms(text: str, year: int, late: list[str]) -> None:
    [f] = lint(text, select="Y007", year=year)
    assert [name for name in ("十九届五中全会", "十九届六中全会", "二十届一中全会") if name in f.message] == late


def test_y010_reads_a_run_together_list_as_guidance() -> None:
    # 十九届六中 alone would be stale for 2023 (党的二十大 since); the list's latest, 二十届一中, is not.
    assert hits("2023年，局党组全面贯彻党的十九届六中二十届一中全会精神。", "Y010", year=2023) == []
    [f] = lint("2025年，局党组全面贯彻党的十九届六中二十届一中全会精神。", select="Y010", year=2025)
    assert "所引最新的会议精神是二十届一中全会" in f.message and "二十届三中全会" in f.message


# --- Y015 last year's work plan issued as a measure ---------------------------------------------------------------

def _report(measures: str, problems: str = "一是基层执法力量不足。", plan: str = "制定2025年普法工作计划。",
            heading: str = "一、2024年法治政府建设主要举措和成效") -> str:
    return (f"某区司法局2024年度法治政府建设情况报告\n2024年，我局坚持依法行政。现将有关情况报告如下。\n{heading}\n"
            f"（一）统筹推进。{measures}\n二、存在的不足和原因\n{problems}\n三、2025年工作打算\n{plan}\n")


@pytest.mark.parametrize("measures, excerpt", [
    ("年初研究制定了《某区2023年度法治政府建设工作要点》，分解任务32项。",
     "制定了《某区2023年度法治政府建设工作要点》"),
    ("区政府常务会议审议后印发《2023年法治政府建设工作要点》。", "印发《2023年法治政府建设工作要点》"),
    ("出台《2023年度普法依法治理工作计划》，压实普法责任。", "出台《2023年度普法依法治理工作计划》"),
])
def test_y015_flags_last_years_plan_among_the_measures(measures: str, excerpt: str) -> None:
    [f] = lint(_report(measures), select="Y015")
    assert f.excerpt == excerpt and f.line == 4 and "2024年度" in f.message and "上一年度（2023年）" in f.message


@pytest.mark.parametrize("text", [
    _report("年初研究制定了《某区2024年度法治政府建设工作要点》，分解任务32项。"),
    _report("对照《某区2023年度法治政府建设工作要点》开展回头看，逐项销号。"),
    _report("总结《2023年法治政府建设工作要点》执行情况，查漏补缺。"),
    _report("印发《2023年度法治政府建设工作要点》落实情况的通报。"),
    _report("印发《某区2023—2025年法治宣传教育工作计划》，明确阶段任务。"),  # a multi-year plan
    _report("印发《2023年法治政府建设情况报告》并向社会公开。"),  # a report, not a plan
    _report("按时完成各项任务。",
            problems="一是《2023年度法治政府建设工作要点》印发较晚，制定《2023年度工作要点》时调研不足。"),
    _report("按时完成各项任务。", plan="制定《2023年度法治政府建设工作要点》回头看方案。"),  # not the measures
])
def test_y015_leaves_reviews_other_plans_and_other_sections_alone(text: str) -> None:
    assert hits(text, "Y015", year=None) == []


def test_y015_reads_thematic_headings_as_the_measures() -> None:
    # No 主要举措和成效 heading: the thematic headings before 不足/安排 are that part (as S002 reads them).
    text = _report("制定《某区2023年度法治政府建设工作要点》，分解任务32项。",
                   heading="一、加强组织领导，统筹推进法治建设")
    assert [(f.excerpt, f.line) for f in lint(text, select="Y015")] == [("制定《某区2023年度法治政府建设工作要点》", 4)]


# --- a report year that is only a guess is not a basis for judging dates ----------------------------------------

def test_no_anachronism_against_a_year_the_text_merely_mentions() -> None:
    # No title, no opening "2011年，…", one mention of 2011: the year is a guess, and 十八大 (2012) is no error.
    text = ("2011年4月22日，全国人大常委会审议通过了《关于进一步加强法制宣传教育的决议》。"
            "5年来，特别是党的十八大以来，法治宣传教育工作取得了明显成效。\n")
    assert lint(text, select="Y") == []


def test_a_heading_naming_the_years_work_gives_the_report_year() -> None:
    text = ("为积极推进依法行政工作，我局围绕中心工作，认真组织，狠抓落实。\n"
            "一、2023年法治政府建设工作情况\n（一）强化组织保障。\n"
            "二、存在问题和困难\n基层力量薄弱。\n"
            "三、2023年法治工作思路\n（一）继续做好法治宣传工作。\n")
    assert "Y004" in codes(lint(text, select="Y"))


def test_a_year_the_text_keeps_returning_to_is_the_report_year() -> None:
    text = ("为积极推进依法行政工作，我局围绕中心工作，认真组织，狠抓落实。\n"
            "2023年全年办理行政复议案件12件，2023年开展执法检查8次，2023年组织培训3场。\n"
            "下一步，我局将结合“六五”普法规划，继续开展法治宣传教育。\n")
    assert "Y008" in codes(lint(text, select="Y"))
