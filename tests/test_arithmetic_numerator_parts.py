"""A001/A002 for a numerator given only as its parts (metrics.yaml `numerator_parts`): 纠错 = 变更 + 撤销 +
确认违法 + 责令履行 (+ 确认无效), 调解率's 调解 + 和解. Summed only when the sentence ties the parts to one base."""

from __future__ import annotations

import pytest
from conftest import lint

from linter.config import ConfigError, from_mapping


def found(text: str, **config: object) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select=["A001", "A002"], year=2024, **config)]


# --- flagged -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件，纠错率20%。",
    "受理行政复议案件12件,审结10件,其中维持7件、撤销2件、确认违法1件,纠错率20%。",
], ids=["full-width", "half-width"])
def test_wrong_rate_from_parts(text: str) -> None:
    (hit,) = found(text)
    assert hit[:2] == ("A001", "error")
    assert "纠错（撤销2+确认违法1）3/审结10=30.00%，报告写20%" in hit[2]
    assert "应为30%" in hit[2]
    assert "未计入确认违法" in hit[2]  # 20% is 撤销2/审结10: the writer left 确认违法 out


def test_every_listed_kind_of_correction_counts() -> None:
    # 变更2 + 撤销3 + 责令履行1 = 6; 6/40 = 15%; 12.5% is 5/40, without 责令履行.
    (hit,) = found("全年审结行政复议案件40件,其中维持30件,变更2件,撤销3件,责令履行1件,纠错率12.5%。")
    assert hit[0] == "A001"
    assert "纠错（变更2+撤销3+责令履行1）6/审结40=15.00%" in hit[2]
    assert "未计入责令履行" in hit[2]


@pytest.mark.parametrize("text", [
    "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件，纠错率25%。",
    "受理行政复议案件12件,审结10件,其中维持7件、撤销2件、确认违法1件,纠错率25%。",
    # The counts in the sentence before the rate.
    "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件。全年行政复议纠错率25%。",
], ids=["full-width", "half-width", "sentence-before"])
def test_wrong_denominator_from_parts(text: str) -> None:
    # 3/受理12 = 25%: the definition wants 审结 (3/10 = 30%).
    (hit,) = found(text)
    assert hit[:2] == ("A002", "error")
    assert "3/12=25.00%" in hit[2] and "受理数12" in hit[2]
    assert "应为30%（纠错（撤销2+确认违法1）3/审结10=30.00%）" in hit[2]


def test_wrong_denominator_in_a_colon_list_with_semicolons() -> None:
    text = "2024年,共收到行政复议申请20件,受理16件,审结15件,其中:维持10件;撤销2件;变更1件;确认违法1件;纠错率20%。"
    (hit,) = found(text)
    assert hit[:2] == ("A002", "error")
    assert "4/20=20.00%" in hit[2] and "申请数20" in hit[2]
    assert "纠错（撤销2+变更1+确认违法1）4/审结15=26.67%" in hit[2]


def test_tolerance_is_unchanged() -> None:
    # 3/30 = 10.00%: 10.1% is one unit off (warning), 10.3% three (error).
    text = "审结行政复议案件30件，其中撤销2件、变更1件，纠错率{}。"
    assert found(text.format("10.0%")) == []
    assert found(text.format("10.1%"))[0][:2] == ("A001", "warning")
    assert found(text.format("10.3%"))[0][:2] == ("A001", "error")


def test_a_refused_application_is_not_the_base() -> None:
    # 不予受理 is not 受理: the 3 is no base, so the wrong value is a plain mismatch, not a wrong denominator.
    (hit,) = found("收到行政复议申请15件，不予受理3件，审结10件，其中撤销2件、确认违法1件，纠错率25%。")
    assert hit[0] == "A001"
    assert "纠错（撤销2+确认违法1）3/审结10=30.00%" in hit[2]


def test_mediation_rate_sums_mediation_and_settlement() -> None:
    # 调解率 =（调解 + 和解）÷ 审结: before, the nearest count alone (和解3) was taken and 8% was wrongly flagged.
    assert found("全区审结行政复议案件100件，其中调解5件、和解3件，调解率8%。") == []
    (hit,) = found("全区审结行政复议案件100件，其中调解5件、和解3件，调解率6%。")
    assert hit[0] == "A001" and "（调解5+和解3）8/审结100=8.00%" in hit[2]


def test_mediation_withdrawal_rate_sums_mediation_and_withdrawal() -> None:
    # 调撤率 is not 调解率: cases closed by 调解 or 撤诉. Read as 调解率, 25% would have been flagged.
    assert found("全年审结行政诉讼案件100件，其中调解5件、撤诉20件，调撤率25%。") == []
    assert found("全年审结行政诉讼案件100件,其中调解5件,撤诉20件,调撤率25%。") == []
    (hit,) = found("全年审结行政诉讼案件100件，其中调解5件、撤诉20件，调撤率30%。")
    assert hit[0] == "A001" and "（调解5+撤诉20）25/审结100=25.00%" in hit[2]
    # Whether 和解 belongs to 调撤 is not settled: with a 和解 count in the list, nothing is said.
    assert found("全年审结行政诉讼案件100件，其中调解5件、和解3件、撤诉20件，调撤率28%。") == []
    assert found("全年审结行政诉讼案件100件，其中调解5件、和解3件、撤诉20件，调撤率25%。") == []


# --- silent --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # Correct rates from the parts, full-width and half-width, rounded and truncated.
    "全年审结行政复议案件10件，其中撤销2件、变更1件，纠错率30%。",
    "全年审结行政复议案件10件,其中撤销2件,变更1件,纠错率30%。",
    "受理行政复议案件12件，审结10件，其中维持7件、撤销2件、确认违法1件，纠错率30%。",
    "审结行政复议案件32件，其中：维持16件；撤销2件；确认违法1件；纠错率9.38%。",
    "审结行政复议案件32件,其中:维持16件;撤销2件;确认违法1件;纠错率9.37%。",
    "审结行政复议案件10件（其中撤销2件、确认违法1件），纠错率30%。",
    # One count labelled by two parts is counted once.
    "审结行政复议案件20件，其中维持15件，撤销、变更3件，确认违法1件，纠错率20%。",
    # A count labelled by both parts of 调解率 is the numerator itself.
    "全区审结行政复议案件977件，以调解、和解方式结案170件，调解率17.4%。",
], ids=lambda t: t[-12:])
def test_correct_rate_from_parts_is_silent(text: str) -> None:
    assert found(text) == []


def test_explicit_count_wins_over_the_parts() -> None:
    # The parts add up to 4, the stated 纠错 is 3: the explicit count is the numerator.
    assert found("审结行政复议案件10件，依法纠错3件，其中撤销2件、变更2件，纠错率30%。") == []
    (hit,) = found("审结行政复议案件10件，依法纠错3件，其中撤销2件、变更2件，纠错率40%。")
    assert hit[0] == "A001" and "纠错3/审结10=30.00%" in hit[2] and "+" not in hit[2]


@pytest.mark.parametrize("text", [
    # 撤销 of an enforcement action, with no 纠错率 at all.
    "全年撤销行政许可3件，吊销许可证件5件，责令停产停业2家，办理行政处罚案件120件。",
    # ... and in the sentence before a review rate that lists no parts.
    "全年依法撤销违法取得的行政许可3件。行政复议审结10件，纠错率25%。",
    # ... or before the base of the list in the same sentence.
    "全年撤销行政许可3件，行政复议审结10件，其中撤销2件，纠错率25%。",
], ids=["no-rate", "sentence-before", "before-the-base"])
def test_revocation_outside_review_is_not_a_part(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "审结行政复议案件10件，其中撤销约2件、确认违法1件，纠错率25%。",
    "审结行政复议案件200件，其中撤销20余件、变更5件，纠错率10%。",
    "审结行政复议案件200件,其中撤销20多件,变更5件,纠错率10%。",
    "全区审结行政复议案件100件，其中调解约5件、和解3件，调解率3%。",
], ids=["约", "余", "多-half-width", "mediation"])
def test_approximate_part_is_silent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "行政复议审结10件，撤销2件；行政诉讼一审判决确认违法1件，纠错率25%。",
    "全年行政复议审结10件，其中撤销2件，行政诉讼案件法院判决确认违法1件，纠错率25%。",
    "全年行政复议审结10件,其中撤销2件,行政诉讼案件法院判决确认违法1件,纠错率25%。",
    # Two totals with their own lists: 撤销 twice.
    "行政复议审结10件，其中撤销2件；行政应诉审结8件，其中撤销1件、确认违法1件，纠错率25%。",
    "审结行政复议案件10件，其中撤销2件；审结其他案件8件，其中撤销1件、确认违法1件，纠错率25%。",
], ids=["semicolon", "comma", "half-width", "two-lists", "two-lists-same-kind"])
def test_parts_split_between_review_and_litigation_are_silent(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # Another total between the base and the parts.
    "审结行政复议案件10件，办结8件，其中撤销2件、确认违法1件，纠错率25%。",
    # The list hangs from another count.
    "审结行政复议案件10件，涉企案件8件，其中撤销2件，纠错率25%。",
    # A bracket note on another count, and a sub-part.
    "审结行政复议案件10件，其中维持7件（撤销2件），纠错率25%。",
    "全区审结行政复议案件100件，其中调解20件（含和解5件），调解率20%。",
    # An attribute rather than a kind of decision.
    "审结行政复议案件10件，其中涉企撤销2件、确认违法1件，纠错率25%。",
    # The parts come in another unit than the base.
    "审结行政复议案件10件，其中撤销2项、确认违法1项，纠错率25%。",
    # No base before the list.
    "受理行政复议案件12件，撤销2件、确认违法1件，纠错率25%。",
], ids=["another-total", "other-count", "bracket", "sub-part", "attribute", "unit", "no-base"])
def test_parts_not_clearly_tied_to_the_base_are_silent(text: str) -> None:
    assert found(text) == []


# --- configuration -------------------------------------------------------------------------------

def test_user_metric_may_declare_parts() -> None:
    metric = {"id": "participation-rate", "names": ["公众参与率"], "numerator": ["公众参与"],
              "denominator": ["重大行政决策"], "numerator_parts": ["听证", "座谈"]}
    opts = from_mapping({"arithmetic": {"metrics": [metric]}}).options
    text = "全年作出重大行政决策20项，其中举行听证3项、召开座谈会2项，公众参与率{}。"
    assert found(text.format("25%"), options=opts) == []
    (hit,) = found(text.format("15%"), options=opts)
    assert "公众参与（听证3+座谈2）5/重大行政决策20=25.00%" in hit[2]


def test_schema_rejects_a_placeholder_part() -> None:
    metric = {"id": "x", "names": ["某率"], "numerator": ["某"], "denominator": ["总"], "numerator_parts": ["@total"]}
    with pytest.raises(ConfigError, match="numerator_parts"):
        from_mapping({"arithmetic": {"metrics": [metric]}})
