"""A005 on multiples: 增长N倍 (new = old × (N+1)), 增长到N倍 and 是……的N倍 (new = old × N), 翻一番 (× 2),
checked only when both values and the multiple stand in one sentence in one unit."""

from __future__ import annotations

import pytest
from conftest import lint


def found(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.severity.value, f.message) for f in lint(text, select="A005", year=2024)]


@pytest.mark.parametrize("text", [
    "全县村（社区）法律顾问由18名增加到54名，增长2倍。",  # 54 = 18 × 3
    "全县村（社区）法律顾问由18名增加到54名，增长了两倍。",
    "全县村（社区）法律顾问由18名增加到54名，增长到3倍。",
    "全县村（社区）法律顾问由18名增加到54名，是原来的3倍。",
    "行政执法人员持证数由120人提高至240人，翻了一番。",
    "行政执法人员持证数由120人提高至240人，增加了一倍。",
    "全年办理法律援助案件86件，较上年的43件增长1倍。",
    "全年办理法律援助案件86件，是上年43件的2倍。",
    "全年开展普法活动75场，较上年30场增长1.5倍。",
    # Rounded multiples are accepted: 56/18 = 3.11, 增长2倍.
    "全县村（社区）法律顾问由18名增加到56名，增长2倍。",
], ids=["plus-one", "两倍", "增长到", "是原来的", "翻一番", "一倍", "较上年", "是上年的", "decimal", "rounded"])
def test_right_multiples(text: str) -> None:
    assert found(text) == []


def test_growth_written_as_the_multiple_is_a_warning() -> None:
    # 54 = 18 × 3: that is 增长2倍 or 增长到3倍; 增长3倍 would be 18 × 4 = 72.
    ((code, severity, message),) = found("全县村（社区）法律顾问由18名增加到54名，增长3倍。")
    assert (code, severity) == ("A005", "warning")
    assert "54名÷18名=3" in message and "18×4=72" in message
    assert "应写“增长2倍”或“增长到3倍”" in message


def test_growth_written_as_the_multiple_against_last_year() -> None:
    ((code, severity, _),) = found("全年办理法律援助案件86件，较上年的43件增长2倍。")
    assert (code, severity) == ("A005", "warning")


@pytest.mark.parametrize(("text", "part"), [
    ("全县村（社区）法律顾问由18名增加到54名，增长到2倍。", "18×2=36"),
    ("全县村（社区）法律顾问由18名增加到90名，增长2倍。", "即原来的3倍"),
    ("行政执法人员持证数由120人提高至360人，翻了一番。", "即原来的2倍"),
    ("全年办理法律援助案件86件，是上年43件的3倍。", "43×3=129"),
], ids=["增长到", "plus-one", "翻一番", "是上年的"])
def test_wrong_multiples_are_errors(text: str, part: str) -> None:
    ((code, severity, message),) = found(text)
    assert (code, severity) == ("A005", "error")
    assert part in message


def test_one_unit_off_in_a_decimal_multiple_is_a_warning() -> None:
    # 75/30 = 2.5, 增长1.5倍; 增长1.6倍 is one unit off in its last digit.
    ((_, severity, message),) = found("全年开展普法活动75场，较上年30场增长1.6倍。")
    assert severity == "warning" and "增长1.5倍" in message


@pytest.mark.parametrize("text", [
    # Approximate multiples.
    "全县村（社区）法律顾问由18名增加到54名，增长近3倍。",
    "全县村（社区）法律顾问由18名增加到80名，增长3倍多。",
    "全县村（社区）法律顾问由18名增加到80名，增长3倍以上。",
    # Approximate values.
    "全县村（社区）法律顾问由18名增加到50余名，增长3倍。",
    # Values in different units.
    "法律援助经费由18万元增加到54件，增长3倍。",
    # The multiple belongs to another measure.
    "全县村（社区）法律顾问由18名增加到54名，服务时长增长3倍。",
    # Only one value given.
    "全年办理法律援助案件86件，是上年的3倍。",
    # The values are not a pair: 86件 and 43件 are two measures of one year.
    "全年办理法律援助案件86件，其中刑事案件43件，增长3倍。",
    # A fall described with 倍 is not read.
    "行政诉讼败诉案件由12件减少到4件，减少2倍。",
], ids=["近", "多", "以上", "余", "units", "other-measure", "one-value", "not-a-pair", "decrease"])
def test_silent(text: str) -> None:
    assert found(text) == []
