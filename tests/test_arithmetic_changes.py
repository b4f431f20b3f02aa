"""A005 change-mismatch and A006 rate-over-hundred."""

from __future__ import annotations

import pytest
from conftest import lint


def found(text: str, select: str = "A005") -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select=select, year=2024)]


def test_from_to_with_growth() -> None:
    assert found("城市低保标准由650元/月提高至675元/月，增幅3.85%。") == []
    ((code, severity, message),) = found("城市低保标准由650元/月提高至675元/月，增幅3.95%。")
    assert (code, severity) == ("A005", "error")
    assert "(675−650)/650=3.846%" in message and "报告写3.95%" in message


def test_respectively_pairs_each_change_with_its_values() -> None:
    text = ("从2024年1月1日起，城市低保标准由2023年的650元/月提高至675元/月，农村低保标准由2023年的4140元/年"
            "提高至4332元/年，增幅分别达到3.85%和{}%。")
    assert found(text.format("4.64")) == []
    ((_, _, message),) = found(text.format("4.46"))
    assert "(4332−4140)/4140=4.638%" in message


def test_percentage_points_between_two_rates() -> None:
    assert found("办理承诺时限压缩比从89.05%提升至93.66%，提高4.61个百分点。") == []
    ((code, severity, message),) = found("办理承诺时限压缩比从89.05%提升至93.66%，提高4.2个百分点。")
    assert (code, severity) == ("A005", "error")
    assert "93.66%−89.05%=4.61个百分点" in message


def test_rate_difference_written_as_percent_is_a_warning() -> None:
    ((code, severity, message),) = found("即办率从76.8%提升至90.21%，提高13.41%。")
    assert (code, severity) == ("A005", "warning")
    assert "个百分点" in message
    # A relative change of a rate written as % is right when it is the relative change.
    assert found("即办率从80%提升至90%，提高12.5%。") == []


def test_against_last_year_value() -> None:
    assert found("全年办理案件120件，较上年的100件增长20%。") == []
    ((_, _, message),) = found("全年办理案件120件，较上年的100件增长25%。")
    assert "(120−100)/100=20.00%" in message


def test_direction_contradicting_the_values() -> None:
    ((code, _, message),) = found("平均办理时限由5天增加至3天。")
    assert code == "A005"
    assert "增加" in message and "下降" in message
    assert found("平均办理时限由5天压缩至3天，压缩40%。") == []


def test_one_unit_off_is_a_warning() -> None:
    # (675−650)/650 = 3.846%: 3.86% is one unit off.
    ((_, severity, _),) = found("城市低保标准由650元/月提高至675元/月，增幅3.86%。")
    assert severity == "warning"


@pytest.mark.parametrize("text", [
    "全年办理案件120件，同比增长20%。",  # no base value
    "近五年来，律师总人数增长30人，增长率32%，其中公职律师增长23人，增长率达460%。",
    "办理承诺时限压缩比从89.05%提升至93.66%；即办率从76.8%提升至90.21%。",  # no change stated
    "城市低保标准由650元/月提高至675元/月，增幅约4%。",  # approximate change
    "全县办件量由1.2万件提高至1.5万件，增幅25%。",
])
def test_silent(text: str) -> None:
    assert found(text) == []


def test_rate_over_hundred() -> None:
    ((code, severity, message),) = found("全年调处矛盾纠纷5100件，调处成功率100.8%。", select="A006")
    assert (code, severity) == ("A006", "error")
    assert "100.8%" in message and "100%" in message


@pytest.mark.parametrize("text", [
    "全年调处矛盾纠纷5100件，调处成功率100%。",
    "年度目标任务完成率120%。",  # over-fulfilment is real
    "公职律师增长23人，增长率达460%。",
    "预算执行率达105%。",
])
def test_rates_that_may_exceed_hundred(text: str) -> None:
    assert found(text, select="A006") == []


# --- two values labelled with consecutive years, then the change -------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年共办理行政复议案件66件，2024年共办理行政复议案件151件，同比增长120%。",
    "2023年共办理行政复议案件66件,2024年共办理行政复议案件151件,同比增长120%。",
    "2024年办理行政复议案件151件，2023年为66件，同比增长120%。",  # the new year first
])
def test_year_labelled_values_and_their_change(text: str) -> None:
    [(rule, severity, message)] = found(text)
    assert rule == "A005" and severity == "error" and "(151−66)/66=128.79%" in message


def test_year_labelled_values_with_the_wrong_direction() -> None:
    [(_, _, message)] = found("2024年办理行政复议案件151件，2023年为66件，同比下降10%。")
    assert "实际是上升" in message


@pytest.mark.parametrize("text", [
    "2023年共办理行政复议案件66件，2024年共办理行政复议案件151件，同比增长128.79%。",  # truncated: right
    "2023年共办理行政复议案件66件，2024年共办理行政复议案件151件，同比增长128.8%。",
    "2023年受理行政复议案件66件，2024年审结行政复议案件151件，同比增长120%。",  # two measures
    "2022年办理行政复议案件66件，2024年办理行政复议案件151件，增长120%。",  # not consecutive years
    "2023年办理行政复议案件约66件，2024年办理151件，同比增长120%。",  # approximate
    "2024年办理行政复议案件151件，同比增长120%，2023年为66件。",  # the base after the change: not read
])
def test_year_labelled_values_left_alone(text: str) -> None:
    assert found(text) == []


# --- A007 a decrease stated as a multiple --------------------------------------------------------------------

@pytest.mark.parametrize("text, written", [
    ("行政审批时限由20个工作日压减至5个工作日，压减了3倍。", "压减了3倍"),
    ("通过流程再造，群众办事成本降低了一倍。", "降低了一倍"),
    ("案件平均办理周期缩短2.5倍，效率明显提高。", "缩短2.5倍"),
])
def test_a_decrease_by_a_multiple_is_a007(text: str, written: str) -> None:
    [f] = lint(text, select="A007", year=2024)
    assert f.excerpt == written and "减少不能用倍数" in f.message


@pytest.mark.parametrize("text", [
    "行政审批时限由20个工作日压减至5个工作日，压减了75%。",
    "群众办事时间降至原来的0.5倍，线上办件量增长2倍。",  # what is left, and an increase
    "办事时间减至原来的三分之一。",
    "全县公职律师由15名增加到45名，增长2倍。",
])
def test_increases_and_what_is_left_are_not_a007(text: str) -> None:
    assert lint(text, select="A007", year=2024) == []
