"""Years rules (Y011-Y015) on real sentences from published reports.

The sentences are quoted as published (audit corpora under /work/golden, the seeds, and a few public report
pages named by their site); each case names its source and is linted with the report year of its document.
Long sentences are cut at a clause boundary (marked "cut") and the cut is closed with a full stop; the
punctuation is otherwise as published (most of these pages use half-width commas and brackets).

The corpora hold only one real instance of each of these defects, so the must-flag side has one real case per
rule; the must-not-flag side is real correct text of the same shape.
"""

from __future__ import annotations

import pytest
from conftest import lint


def hits(text: str, code: str, year: int | None) -> list[tuple[int, str]]:
    """(line, excerpt) of the findings of one rule."""
    return [(f.line, f.excerpt) for f in lint(text, select=code, year=year) if f.rule == code]


# --- Y011 the 2015 纲要's six-term goal in a report of 2021 or later --------------------------------------------

def test_y011_flags_the_old_goal_in_a_real_2025_report() -> None:
    # audit/049.txt 2 (a 2025 township report; the quotes are ASCII as published)
    text = ("2025年,黄桑乡坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,"
            "全面落实上级党委、政府关于法治政府建设的决策部署,紧扣\"职能科学、权责法定、执法严明、公开公正、廉洁高效、"
            "守法诚信\"目标要求,扎实推进各项工作,为全乡经济社会高质量发展提供了有力法治保障。\n")
    assert hits(text, "Y011", 2025) == [(1, "职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信")]


@pytest.mark.parametrize("text, year", [
    # audit/002.txt 13: the 2020 report, the last year of the 2015 纲要.
    ("2020年,静海区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的十九大和十九届二中、三中、四中、五中全会精神,"
     "按照党中央、国务院《法治政府建设实施纲要(2015-2020年)》"
     "和市委、市政府实施意见,以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标,"
     "依法全面履行政府职能,为全区经济社会发展创造良好法治环境。", 2020),
    # audit/020.txt 12 (cut): a 2016 report.
    ("认真落实国家和省关于法治政府建设的一系列决策部署,全面推进依法行政,以职能科学、权责法定、执法严明、公开公正、"
     "廉洁高效、守法诚信为标志的法治政府建设取得新成效。", 2016),
    # audit3/042.txt 10: a 2017 report, the goal applied to a department.
    ("制发了《2017年全省民政系统依法行政工作要点》,为基本建成职能科学、权责法定、执法严明、公开公正、廉洁高效、"
     "守法诚信的法治民政提出了具体实施路径,明确了2017年法治民政建设的25项工作重点。", 2017),
    # audit/001.txt (静海区2023年度法治政府建设情况报告, cut): the 2021 纲要's seven terms.
    ("按照《静海区法治政府建设实施纲要(20212025年)》目标要求,加快构建职责明确、依法行政的政府治理体系,全面建设职能科学、"
     "权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。", 2023),
])
def test_y011_leaves_real_old_goals_in_old_reports_and_new_goals_alone(text: str, year: int) -> None:
    assert hits(text + "\n", "Y011", year) == []


# --- Y012 the seven-term goal with a term left out or changed ----------------------------------------------------

def test_y012_flags_a_real_goal_missing_two_terms() -> None:
    # audit/005.txt 19 (cut), a 2024 county report: 职能科学、权责法定 became 职责明确.
    text = ("县政府常务会专题研究法治政府建设工作2次,加快构建职责明确、执法严明、公开公正、智能高效、廉洁诚信、"
            "人民满意的法治政府。\n")
    [f] = lint(text, select="Y012", year=2024)
    assert (f.line, f.excerpt) == (1, "职责明确、执法严明、公开公正、智能高效、廉洁诚信、人民满意")
    assert "漏了“职能科学、权责法定”" in f.message


@pytest.mark.parametrize("text, year", [
    # audit/001.txt (静海区2023年度法治政府建设情况报告, cut): 职责明确 opens the clause before the full formula.
    ("按照《静海区法治政府建设实施纲要(20212025年)》目标要求,加快构建职责明确、依法行政的政府治理体系,全面建设职能科学、"
     "权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。", 2023),
    # audit4/002.txt 15 (the "*" masks the district's name as published)
    ("新时代赋予我们新使命,为深入学习贯彻党的二十大精神,加快建设职能科学、权责法定、执法严明、公开公正、智能高效、"
     "廉洁诚信、人民满意的法治政府,为建设社会主义现代化美丽*提供有力法治保障。", 2023),
    # audit/002.txt 13 (cut): the 2015 纲要's six terms, a 2020 report (Y011's domain, not an incomplete seven).
    ("以建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府为目标,依法全面履行政府职能。", 2020),
    # audit/049.txt 2 (cut): the six terms in a 2025 report are Y011's finding, not Y012's.
    ("紧扣\"职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信\"目标要求,扎实推进各项工作。", 2025),
])
def test_y012_leaves_real_complete_and_old_formulas_alone(text: str, year: int) -> None:
    assert hits(text + "\n", "Y012", year) == []


# --- Y013 the old name of 12·4 ---------------------------------------------------------------------------------

def test_y013_flags_the_old_name_in_a_real_2023_report() -> None:
    # audit3/008.txt 6 (a 2023 report)
    text = "利用单位宣传栏、微信群等,并利用“12.4”法制宣传日等活动进行集中宣传。\n"
    [f] = lint(text, select="Y013", year=2023)
    assert (f.line, f.excerpt, f.suggestion) == (1, "法制宣传日", "国家宪法日")


@pytest.mark.parametrize("text, year", [
    # audit3/033.txt 4 (cut), 2024: the new name.
    ("充分利用“3·15”消费者权益日、“4.15”国家安全教育日、“6.26”国际禁毒日及“12·4”国家宪法日等关键法治宣传节点,"
     "积极弘扬现代法治理念。", 2024),
    # audit4/045.txt 5 (cut), 2021: 宪法宣传周.
    ("我镇结合“12.4”宪法宣传周、防汛减灾、疫情防控、安全生产等工作开展宣传活动,召开专题会议。", 2021),
    # seeds/003 line 25: 法治宣传日 as a kind of event, not the 12·4 day.
    ("是继续开展“六五”普法教育工作,全面加强依法行政宣传教育,深入开展“法律六进”及法治宣传日、宣传周、宣传月等形式多样的"
     "普法主题教育。", 2023),
    # audit3/047.txt 3 (cut), 2024
    ("在今年的“12.4” 国家宪法日到来之际,我局开展了以“尊崇宪法、学习宪法、遵守宪法、维护宪法”为主题的"
     "宣传教育活动。", 2024),
])
def test_y013_leaves_real_constitution_day_mentions_alone(text: str, year: int) -> None:
    assert hits(text + "\n", "Y013", year) == []


# --- Y014 plenums run together (two terms, or two of one term) --------------------------------------------------

def test_y014_flags_real_plenums_run_together() -> None:
    # audit3/002.txt 13 (cut), a 2022 report
    text = ("深入学习宣传贯彻习近平法治思想,坚持学习贯彻习近平总书记重要讲话精神,认真传达学习贯彻党的二十大精神、"
            "党的十九届六中二十届一中全会精神,把学习贯彻习近平新时代中国特色社会主义思想作为党委中心组理论学习的首要政治任务和主题主线。\n")
    [f] = lint(text, select="Y014", year=2022)
    assert (f.line, f.excerpt, f.suggestion) == (1, "十九届六中二十届一中全会", "十九届六中、二十届一中全会")


def test_y014_flags_real_plenums_of_one_term_run_together() -> None:
    # audit/053.txt 3 (cut), a 2024 report: 二十届二中三中全会 for 二十届二中、三中全会.
    text = ("坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面贯彻落实党的二十大、"
            "二十届二中三中全会精神。\n")
    [f] = lint(text, select="Y014", year=2024)
    assert (f.line, f.excerpt, f.suggestion) == (1, "二中三中", "二中、三中")
    assert "“二十届二中三中全会”中同一届的几次全会" in f.message


def test_y014_puts_a_dunhao_between_every_plenum_of_a_run() -> None:
    [f] = lint("深入学习党的十九届四中五中六中全会精神。\n", select="Y014", year=2021)
    assert (f.excerpt, f.suggestion, len(f.fix.edits)) == ("四中五中六中", "四中、五中、六中", 2)


@pytest.mark.parametrize("text, year", [
    # audit/061.txt 2 (cut), 2020: four plenums of one term.
    ("2020年,长寿区司法局坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大和十九届二中、三中、四中、五中全会精神,"
     "深入学习贯彻习近平法治思想。", 2020),
    # audit/020.txt 12 (cut), 2016
    ("我市深入学习贯彻党的十八届三中、四中、五中、六中全会和习近平总书记系列重要讲话精神,认真落实国家和省关于法治政府建设的"
     "一系列决策部署。", 2016),
    # yongchang.gov.cn, 金昌市创建全国法治政府建设示范市实施方案 (cut), 2025
    ("坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神,"
     "认真践行习近平法治思想。", 2025),
    # audit/054.txt 4 (cut), 2025: the congress and "历次全会".
    ("2025年,局党组坚持以“第一议题”、党组理论学习中心组学习等方式深入学习贯彻习近平法治思想,全面贯彻党的二十大和二十届历次"
     "全会精神。", 2025),
])
def test_y014_leaves_real_plenum_lists_of_one_term_alone(text: str, year: int) -> None:
    assert hits(text + "\n", "Y014", year) == []


# --- Y015 last year's work plan among the measures ---------------------------------------------------------------

def _report(title: str, heading: str, measure: str) -> str:
    """A real title, a real measures heading and a real measure; the later parts are a minimal outline."""
    return (f"{title}\n{heading}\n{measure}\n二、存在的不足和原因\n一是基层执法力量不足。\n"
            "三、下一年度推进法治政府建设的主要安排\n一是持续深化行政执法体制改革。\n")


def test_y015_flags_a_real_last_years_plan_issued_as_a_measure() -> None:
    # audit2/008.txt 4-5 (cut), the 2024 report of 息县人民政府 (the page has no title line; one is supplied).
    text = _report("息县人民政府2024年度法治政府建设情况报告", "一、2024年度推进法治政府建设的主要举措和成效",
                   "(一)加强组织领导,统筹法治政府建设。制定印发《息县2023年度法治政府建设工作要点》,稳步推进府院联动工作。")
    assert hits(text, "Y015", None) == [(3, "制定印发《息县2023年度法治政府建设工作要点》")]


@pytest.mark.parametrize("title, heading, measure", [
    # audit4/037.txt 1-2 and 5 (cut): the report year's own 工作要点.
    ("重庆市长寿区交通局关于2023年法治政府建设年度报告", "一、工作开展情况",
     "一是制定和贯彻落实《重庆市长寿区交通运输法治政府部门建设实施方案(2021-2025年)》、《2023年全区交通法治工作要点》等文件,"
     "全面落实党政主要负责人履行推进法治建设第一责任人,开展述职述法。"),
    # audit4/036.txt 1-4 and 6 (cut; the two-line title joined): the report year's 工作要点, each with its
    # document number.
    ("重庆市荣昌区交通局关于2023年交通法治政府建设情况的报告", "一、工作开展情况",
     "及时印发《2023年荣昌交通普法依法治理工作要点》(荣交发〔2023〕27号)、《2023年荣昌交通法治工作要点》(荣交发〔2023〕43号)。"),
    # audit/061.txt 1, 5 and 2 (cut): a 2020 report carrying out the 2020 工作要点.
    ("重庆市长寿区司法局2020年度法治政府建设情况报告", "二、法治政府建设情况",
     "认真贯彻落实《重庆市长寿区人民政府办公室关于印发〈2020年全区法治政府建设工作要点〉的通知》要求,坚持依法行政。"),
    # audit/051.txt 2 and 6 (cut; the page has no title line, one is supplied), a 2025 report: last year's
    # report (not a plan) and this year's 工作要点.
    ("长治市交通运输局2025年法治政府建设情况报告", "一、2025年推进法治政府建设的主要举措和成效",
     "编撰并公示《长治市交通运输局关于2024年法治政府建设情况的报告》,印发《2025年交通运输法治工作要点》、"
     "《党政主要负责人履行推进法治建设第一责任人职责2025年工作清单》,明确全年法治建设重点和责任。"),
])
def test_y015_leaves_real_plans_of_the_report_year_and_last_years_report_alone(title: str, heading: str,
                                                                               measure: str) -> None:
    assert hits(_report(title, heading, measure), "Y015", None) == []
