"""A003 parts-exceed-total and A004 parts-miss-total: explicit, implicit and summed lists; partial versus
exhaustive lists."""

from __future__ import annotations

import pytest
from conftest import codes, lint


def found(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.message) for f in lint(text, select=["A003", "A004"], year=2024)]


def test_explicit_parts_exceed_total() -> None:
    ((code, message),) = found("全年审结行政复议案件32件，其中维持20件，驳回5件，纠错10件。")
    assert code == "A003"
    assert "维持20+驳回5+纠错10=35" in message and "32件" in message


def test_implicit_complementary_parts_exceed_total() -> None:
    text = "截至9月底，窗口受理事项852项，办结840项，提前办结771项，按时办结81项，平均办理天数7天。"
    ((code, message),) = found(text)
    assert code == "A003"
    assert "提前办结771+按时办结81=852" in message and "840项" in message


def test_single_part_larger_than_total() -> None:
    ((code, message),) = found("全年审结行政复议案件32件，其中纠错40件。")
    assert code == "A003"
    assert "40件" in message and "32件" in message


def test_parts_in_brackets() -> None:
    text = "办理法律援助案件494件（其中刑事案件377件，民事案件117件），办理公证案件828件（其中涉外公证117件）。"
    assert found(text) == []
    ((code, _),) = found("办理法律援助案件494件（其中刑事案件377件，民事案件127件），办理公证案件828件。")
    assert code == "A003"


def test_exhaustive_by_categories_must_add_up() -> None:
    assert found("对44件规范性文件进行清理，保留41件，废止3件。") == []
    ((code, message),) = found("对50件规范性文件进行清理，保留41件，修改2件，废止3件。")
    assert code == "A004"
    assert "保留41+修改2+废止3=46" in message and "少4" in message


def test_decision_types_add_up_to_closed_cases() -> None:
    assert found("审结行政复议案件977件，维持435件，驳回136件，纠错236件，调解和解170件。") == []
    ((code, _),) = found("审结行政复议案件977件，维持435件，驳回136件，纠错236件，调解和解160件。")
    assert code == "A004"


def test_case_review_grades() -> None:
    text = "抽取119件行政处罚案卷开展评查，优秀案卷36件，良好案卷10件，合格案卷73件。"
    assert found(text) == []
    ((code, _),) = found("评查案卷119件，优秀36件，良好10件，合格70件，不合格1件。")
    assert code == "A004"


def test_intake_is_closed_or_pending() -> None:
    assert found("受理投诉100件，办结92件，正在办理8件。") == []
    ((code, _),) = found("受理投诉100件，办结90件，正在办理8件。")
    assert code == "A004"


def test_catch_all_category_makes_the_list_exhaustive() -> None:
    text = ("政府门户网站共发布信息5244条。其中，发布动态信息1548条；公共资源配置信息364条；政务公开目录下信息2301条，"
            "包含重点领域信息786条，行政执法信息698条；公示公告45条；专题栏目285条；基层政务公开633条；其他信息41条。")
    ((code, message),) = found(text)
    assert code == "A004"
    assert "1548+364+2301+45+285+633+41=5217" in message and "5244" in message and "其他" in message
    # The sub-parts after 包含 belong to their item and are not added.
    fixed = text.replace("其他信息41条", "其他信息68条")
    assert found(fixed) == []


def test_respectively_makes_the_list_exhaustive() -> None:
    ((code, _),) = found("共开展执法检查120次，分别为专项检查50次、日常检查60次。")
    assert code == "A004"
    assert found("共开展执法检查120次，分别为专项检查50次、日常检查70次。") == []


def test_sum_word_after_the_parts() -> None:
    ((code, message),) = found("办理刑事案件30件，民事案件40件，合计80件。")
    assert code == "A004"
    assert "30+40=70" in message
    assert found("受理案件100件，其中刑事30件、民事40件，合计70件。") == []


def test_parts_with_multipliers() -> None:
    assert found("12345热线受理工单7.89万件，其中直接答复5.30万件，转办2.59万件。") == []
    ((code, message),) = found("12345热线受理工单7.89万件，其中直接答复5.30万件，转办2.99万件。")
    assert code == "A003"
    assert "5.30万+2.99万=8.29万" in message


@pytest.mark.parametrize("text", [
    # A partial list that falls short says nothing.
    "全年办理法律援助案件494件，其中刑事案件300件。",
    "受理行政复议案件40件，办结32件，其中纠错2件。",
    "对239件规范性文件开展集中清理，保留200件，废止20件。",
    # Cross-cutting attributes may overlap: their sum may exceed the total.
    "共受理行政复议申请100件，其中涉企案件60件，涉及征收案件50件。",
    # A sub-list inside a comma list: which part it belongs to is unclear.
    "共发布信息100条，其中动态信息60条，包含重点领域信息50条，公示公告40条。",
    # A semicolon ends a list that is not visibly complete: the next clause is not a part.
    "受理行政复议申请100件，其中涉企30件；办结90件，其中纠错20件。",
    # A category met twice is not a second part: 答复 is a kind of 办结 here.
    "受理投诉100件，办结90件，答复满意80件。",
    # A bracketed note inside the list is a sub-part.
    "共受理案件100件，其中行政案件60件（含涉企案件20件），民事案件40件。",
    # One inferred category alone is too weak a sign.
    "2023年清理规范事项2项，保留4项，2023年新增1项保留项。",
    # Lists that add up.
    "今年以来办理一审行政案件17件，其中：在审2件，和解调解撤回诉讼7件，维持驳回诉求4件，行政机关败诉4件。",
    "办理各类案件663件，其中民生93件，刑事570件。",
])
def test_silent(text: str) -> None:
    assert found(text) == []


def test_multi_year_total_is_not_compared_with_one_year_parts() -> None:
    assert found("2018年以来累计审结行政复议案件20件，2024年维持15件，纠错10件。") == []
    ((code, _),) = found("2024年审结行政复议案件20件，维持15件，纠错10件。")
    assert code == "A003"


def test_full_width_and_half_width_behave_alike() -> None:
    full = "全年审结行政复议案件３２件，其中维持２０件，驳回５件，纠错１０件。"
    half = "全年审结行政复议案件32件,其中维持20件,驳回5件,纠错10件。"
    assert [c for c, _ in found(full)] == [c for c, _ in found(half)] == ["A003"]


def test_parts_that_already_make_up_the_total_then_another_breakdown_are_not_too_many() -> None:
    # 40+60 = 100: the 立案撤销 after them is a status of some of those cases, not a third procedure.
    text = "全年共立案查处100件(其中简易程序40件，普通程序60件、立案撤销5件)。"
    assert lint(text, select="A003", year=2024) == []


def test_parts_exceeding_the_total_are_still_reported_when_no_leading_run_adds_up() -> None:
    text = "全年受理案件100件，其中行政许可60件、行政处罚45件、行政强制5件。"
    assert codes(lint(text, select="A003", year=2024)) == ["A003"]


def test_outcomes_that_happen_to_add_up_before_the_last_are_still_too_many() -> None:
    # 6+7+4 = 17, but 败诉 is one more outcome of the same 17 cases, not another breakdown: 21 > 17.
    text = "全年行政诉讼案件17件，其中：在审6件，和解调解撤回诉讼7件，维持驳回诉求4件，行政机关败诉4件。"
    assert codes(lint(text, select="A003", year=2024)) == ["A003"]
