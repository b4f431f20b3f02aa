"""A001/A002 on approximate rates: a rate printed with decimals and a word meaning "about" (约19.2%, 19.2%左右)
is checked with one more unit of slack in its last digit; integer approximations, bounds (超过, 以上) and
approximate counts stay unchecked."""

from __future__ import annotations

import pytest
from conftest import lint


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select=["A001", "A002"], year=2024)]


@pytest.mark.parametrize("text", [
    # 47/208 = 22.596%: 约22.6% is the rounding, 约22.5% the truncation, 约22.7% one unit off (the slack).
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约22.6%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约22.5%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约22.7%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约为22.6%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率22.6%左右。",
    "镇村两级调委会受理各类纠纷732件，调解成功705件，调解成功率近96.3%。",  # 96.31%
    # 2,131/2,208 = 96.51%
    "各级行政机关共收到行政复议和诉讼案件应诉通知，开庭审理行政诉讼案件2208件，负责人出庭2131件，"
    "出庭应诉率接近96.5%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率大约为22.6%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约达22.6%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约占22.6%。",
], ids=["rounded", "truncated", "one-unit", "约为", "左右", "近", "接近", "大约为", "约达", "约占"])
def test_approximate_rate_within_tolerance(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # Integer approximations say too little: 47/208 = 22.6%, printed 约25%.
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约25%。",
    # Bounds, not approximations.
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率超过20.5%。",
    "本年度区行政复议机构审结案件208件，其中纠错47件，纠错率达20.5%以上。",
    "镇村两级调委会受理各类纠纷732件，调解成功705件，调解成功率不低于90.5%。",
    # An approximate count is never a numerator or a base.
    "本年度区行政复议机构审结案件约210件，其中纠错47件，纠错率约19.5%。",
    "镇村两级调委会受理各类纠纷700余件，调解成功705件，调解成功率约90.1%。",
], ids=["integer", "超过", "以上", "不低于", "approx-base", "余-base"])
def test_approximations_that_stay_unchecked(text: str) -> None:
    assert found(text) == []


def test_a_bare_约占_share_stays_unchecked() -> None:
    # "约占X%" with no rate named: 占 after 约 is left alone (metrics._SHARE_OF), as a loose share of something
    # the sentence may not state; the same share without 约 is checked.
    assert found("全年审结行政复议案件208件，其中纠错47件，约占18.4%。") == []
    assert [h[0] for h in found("全年审结行政复议案件208件，其中纠错47件，占18.4%。")] == ["A001"]


def test_two_units_off_is_a_warning() -> None:
    # 47/208 = 22.596%: 约22.8% is two units above the rounding, one beyond the slack.
    (hit,) = found("本年度区行政复议机构审结案件208件，其中纠错47件，纠错率约22.8%。")
    assert hit[:2] == ("A001", "warning")
    assert "报告写约22.8%" in hit[2] and "约数已允许末位相差1" in hit[2]


@pytest.mark.parametrize("about", ["约", "大约为", "约达", "约占"])
def test_approximate_rate_far_off_is_an_error(about: str) -> None:
    # 大约为 once read as 约为 after a rate named "纠错率大", which no metric is, and so went unchecked.
    (hit,) = found(f"本年度区行政复议机构审结案件208件，其中纠错47件，纠错率{about}18.4%。")
    assert hit[:2] == ("A001", "error")
    assert "纠错47/审结208=22.60%" in hit[2] and "应为22.6%" in hit[2] and f"报告写{about}18.4%" in hit[2]


def test_approximate_rate_over_the_wrong_base() -> None:
    # 38/187 = 20.32% over the applications; the definition's base gives 38/160 = 23.75%.
    (hit,) = found("全年收到行政复议申请187件，审结160件，其中纠错38件，纠错率约20.3%。")
    assert hit[:2] == ("A002", "error")
    assert "报告写约20.3%" in hit[2] and "38/187" in hit[2] and "23.8%" in hit[2]


def test_左右_is_quoted_in_the_message() -> None:
    (hit,) = found("镇村两级调委会受理各类纠纷732件，调解成功705件，调解成功率91.3%左右。")
    assert hit[0] == "A001" and "报告写91.3%左右" in hit[2]


def test_nearer_approximate_base_blocks_the_sentence_before() -> None:
    # This year's base is approximate; last year's exact 受理 in the sentence before is not the base.
    text = ("2023年受理各类纠纷800件，调解成功790件。2024年受理各类纠纷约760件，调解成功732件，"
            "调解成功率约96.3%。")
    assert found(text) == []
