"""The years family (Y): placeholder ranges and periods, impossible dates, the next-year plan, stale copies,
base years, and the calendar of congresses, plenums, 普法 periods, plans and the national 纲要.

Sentences are new, in full-width punctuation, as real drafts are written; each behaviour is tested both ways."""

from __future__ import annotations

import pytest
from conftest import SEEDS, lint

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
