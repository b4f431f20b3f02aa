"""A001 rate-mismatch and A002 rate-wrong-denominator: each metric of the table, the tolerance, the
wrong base, and the sentences that must stay silent."""

from __future__ import annotations

import pytest
from conftest import lint

from linter.model import Severity


def found(text: str, **config: object) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select=["A001", "A002"], year=2024, **config)]


# (correct sentence, the same sentence with a wrong rate) for every default metric.
METRICS = [
    ("全区审结行政复议案件977件，直接纠错236件，纠错率24.2%。",
     "全区审结行政复议案件977件，直接纠错236件，纠错率25.2%。"),
    ("全年审结一审行政诉讼案件120件，行政机关败诉9件，败诉率7.5%。",
     "全年审结一审行政诉讼案件120件，行政机关败诉9件，败诉率8.5%。"),
    ("全年开庭审理行政诉讼案件1006件，行政机关正职负责人出庭115件，出庭应诉率11.43%。",
     "全年开庭审理行政诉讼案件1006件，行政机关正职负责人出庭115件，出庭应诉率11.83%。"),
    ("人民调解组织受理矛盾纠纷6368件，调解成功6217件，调解成功率97.6%。",
     "人民调解组织受理矛盾纠纷6368件，调解成功6217件，调解成功率96.6%。"),
    ("全区审结行政复议案件977件，以调解、和解方式结案170件，调解率17.4%。",
     "全区审结行政复议案件977件，以调解、和解方式结案170件，调解率19.4%。"),
    ("12345热线共受理群众诉求1120件，办结962件，办结率85.9%。",
     "12345热线共受理群众诉求1120件，办结962件，办结率86.9%。"),
    ("全年受理投诉200件，其中按时办结180件，按时办结率90%。",
     "全年受理投诉200件，其中按时办结180件，按时办结率93%。"),
    ("全县涉及证明事项132167件，申请人选择告知承诺方式办理131499件，告知承诺率达99.5%。",
     "全县涉及证明事项132167件，申请人选择告知承诺方式办理131499件，告知承诺率达99.1%。"),
    ("全县政务服务事项5828项，网上可办5771项，网上可办率99.02%。",
     "全县政务服务事项5828项，网上可办5771项，网上可办率98.02%。"),
    ("全县政务服务事项1800项，全程网办1710项，全程网办率95%。",
     "全县政务服务事项1800项，全程网办1710项，全程网办率97%。"),
    ("全县333项公共服务事项进驻274项，进驻率82.3%。",
     "全县333项公共服务事项进驻274项，进驻率85.2%。"),
    ("共受理行政复议申请1113件，其中涉企案件58件，占比5.2%。",
     "共受理行政复议申请1113件，其中涉企案件58件，占比5.4%。"),
]


@pytest.mark.parametrize(("good", "bad"), METRICS, ids=[b.split("，")[-1] for _, b in METRICS])
def test_each_metric(good: str, bad: str) -> None:
    assert found(good) == []
    (hit,) = found(bad)
    assert hit[0] == "A001"
    assert hit[1] == "error"
    assert "报告写" in hit[2] and "=" in hit[2]


def test_message_shows_the_computation() -> None:
    (hit,) = found("人民调解受理矛盾纠纷1940件，调处成功1893件，调处成功率97.8%。")
    assert "1893/受理1940=97.58%" in hit[2]
    assert "报告写97.8%" in hit[2]
    assert "应为97.6%" in hit[2]


def test_span_covers_the_rate_name_and_value() -> None:
    (f,) = lint("人民调解受理矛盾纠纷1940件，调处成功1893件，调处成功率97.8%。", select="A001", year=2024)
    assert f.excerpt == "调处成功率97.8%"


@pytest.mark.parametrize("rate", ["98.05%", "98.04%"])
def test_rounded_or_truncated_value_is_right(rate: str) -> None:
    # 251/256 = 98.046875%
    assert found(f"全县256项行政许可事项进驻政务大厅251项，进驻率{rate}。") == []


def test_one_unit_off_in_the_last_digit_is_a_warning() -> None:
    # 639/5828 = 10.964%: 10.96% is right, 10.97% is one unit off.
    assert found("全县政务服务事项5828项，网上可办639项，网上可办率10.96%。") == []
    (hit,) = found("全县政务服务事项5828项，网上可办639项，网上可办率10.97%。")
    assert hit[:2] == ("A001", "warning")
    assert "10.964%" in hit[2]


def test_two_units_off_is_an_error() -> None:
    (hit,) = found("全县政务服务事项5828项，网上可办639项，网上可办率10.98%。")
    assert hit[:2] == ("A001", "error")


def test_wrong_denominator_names_both_bases() -> None:
    text = "2024年，区政府共收到行政复议申请1113件，依法受理1033件，审结977件，直接纠错236件，纠错率22.8%。"
    (hit,) = found(text)
    assert hit[:2] == ("A002", "error")
    assert "236/1033" in hit[2] and "受理数1033" in hit[2]
    assert "审结977" in hit[2] and "24.2%" in hit[2]


def test_wrong_denominator_by_application_count() -> None:
    (hit,) = found("共收到行政复议申请177件，审结166件，其中纠错61件，纠错率为34.46%。")
    assert hit[:2] == ("A002", "error")
    assert "61/177" in hit[2] and "申请数177" in hit[2] and "36.75%" in hit[2]


def test_near_base_for_mediation_is_a_warning() -> None:
    # 调处成功率 is taken over 受理; a text without 受理 that divides by 申请 rather than 审结 gets a warning.
    (hit,) = found("共收到行政复议申请177件，审结166件，以和解、调解方式结案52件，调处成功率29.38%。")
    assert hit[:2] == ("A002", "warning")
    assert "52/177" in hit[2] and "审结" in hit[2]


def test_counts_in_the_sentence_before() -> None:
    assert found("全年受理矛盾纠纷1940件，调处成功1893件。调处成功率97.6%，群众满意度持续提升。") == []
    (hit,) = found("全年受理矛盾纠纷1940件，调处成功1893件。调处成功率97.8%，群众满意度持续提升。")
    assert hit[0] == "A001"


def test_counts_two_sentences_back_are_not_used() -> None:
    text = "全年受理矛盾纠纷1940件，调处成功1893件。群众满意度持续提升。调处成功率97.8%。"
    assert found(text) == []


def test_base_varies_accepts_either_base() -> None:
    assert found("受理投诉200件，办结190件，其中按时办结180件，按时办结率94.7%。") == []
    assert found("受理投诉200件，办结190件，其中按时办结180件，按时办结率90%。") == []


def test_counts_with_multipliers_use_their_rounding_interval() -> None:
    # 7.85万/7.89万 may be anything from 99.37% to 99.62%.
    assert found("热线受理工单7.89万件，办结7.85万件，办结率99.6%。") == []
    assert found("热线受理工单7.89万件，办结7.85万件，办结率99.4%。") == []
    (hit,) = found("热线受理工单7.89万件，办结7.85万件，办结率97%。")
    assert hit[:2] == ("A001", "error")


@pytest.mark.parametrize("text", [
    # No numerator term in the sentence: the rate is not tied to a count.
    "各级人民调解组织调处各类矛盾纠纷5100件，成功率99.8%。",
    # No base: 按时办结率 of a hotline whose 办结 count is not given.
    "12345热线受理工单7.89万件，直接答复5.30万件，转办2.59万件，按时办结率99.33%，一次办结率86.18%。",
    # A name with a modifier is another metric: 一次办结率 is not 办结率.
    "全年受理群众诉求1000件，办结990件，一次办结率86.18%。",
    # A share with no stated whole.
    "县级依法治校示范校106所，占比100%；市级依法治校示范校28所，占比26.4%；省级依法治校示范校3所，占比2.8%。",
    # Another count carrying the numerator term gives the printed value: ambiguous, so silent.
    "办理证明事项告知承诺事项131252件，涉及证明事项132167件，选择告知承诺方式办理131499件，告知承诺率达99.3%。",
    # A growth rate with no base.
    "近五年来，律师总人数增长30人，增长率32%，其中公职律师增长23人，增长率达460%。",
    # The base would be smaller than the numerator: not a base.
    "全年办结案件120件，受理100件，办结率96%。",
    # Rates listed with 分别 are not tied one by one.
    "全年受理投诉200件，办结190件，办结率、满意率分别为90%、98%。",
])
def test_silent_when_not_clearly_tied(text: str) -> None:
    assert found(text) == []


def test_user_metric_overrides_the_base() -> None:
    text = "全区受理行政复议案件1033件，审结977件，直接纠错236件，纠错率22.8%。"
    assert found(text)[0][0] == "A002"
    metric = {"id": "correction-rate", "names": ["纠错率"], "numerator": ["纠错"], "denominator": ["受理"],
              "definition": "本地口径：纠错 ÷ 受理"}
    assert found(text, options={"arithmetic": {"metrics": [metric]}}) == []


def test_user_metric_adds_a_rate() -> None:
    metric = {"id": "hearing-rate", "names": ["听证率"], "numerator": ["听证"], "denominator": ["重大行政决策"]}
    opts = {"arithmetic": {"metrics": [metric]}}
    assert found("全年作出重大行政决策20项，组织听证5项，听证率25%。", options=opts) == []
    (hit,) = found("全年作出重大行政决策20项，组织听证5项，听证率30%。", options=opts)
    assert hit[0] == "A001" and "5/重大行政决策20=25.00%" in hit[2]
    assert found("全年作出重大行政决策20项，组织听证5项，听证率30%。") == []


def test_severity_override_from_config_still_applies() -> None:
    (f,) = lint("人民调解受理矛盾纠纷1940件，调处成功1893件，调处成功率97.8%。", select="A001", year=2024,
                severity={"A001": "info"})
    assert f.severity is Severity.INFO


def test_share_named_by_its_part() -> None:
    text = "全年办理行政许可事项共15600件，其中即办件12000件，承诺件3600件，{}。"
    assert found(text.format("即办件占比76.9%")) == []
    assert found(text.format("承诺件占比23.1%")) == []
    (hit,) = found(text.format("即办件占比80%"))
    assert hit[0] == "A001" and "12000/15600=76.92%" in hit[2]
