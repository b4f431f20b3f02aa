"""Reading numbers for the arithmetic family: what is a quantity, what is approximate, what is a name."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

import pytest
from conftest import codes, lint
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from checks.arithmetic.quantities import Quantity, readings
from linter.document import Document


def read(text: str, year: int | None = 2024) -> list[Quantity]:
    doc = Document.from_text(text, year_override=year)
    return [q for r in readings(doc) for q in r.quantities]


def values(text: str) -> list[str]:
    return [q.printed for q in read(text)]


def test_counts_money_percent_and_points() -> None:
    qs = read("全县受理案件2,180件，挽回经济损失1.4亿元，纠错率24.2%，同比提高3.5个百分点。")
    assert [(q.printed, q.kind, q.unit) for q in qs] == [
        ("2,180", "count", "件"), ("1.4亿", "money", "元"), ("24.2", "percent", "%"), ("3.5", "points", "个百分点")]
    assert qs[0].value == 2180
    assert qs[1].value == Decimal("140000000")


def test_full_width_and_half_width_read_alike() -> None:
    assert values("受理１９４０件，成功率９７．８％。") == values("受理1940件，成功率97.8%。") == ["1940", "97.8"]


def test_multiplier_with_decimals_stands_for_an_interval() -> None:
    (q,) = read("热线受理工单7.89万件。")
    assert q.value == 78900
    assert q.half == 50  # 7.89万 is anything from 7.885万 to 7.895万
    (exact,) = read("热线受理工单789件。")
    assert exact.half == 0


def test_scraped_spaces_between_number_and_unit() -> None:
    assert values("全县 256 项行政许可事项进驻政务大厅 251 项，进驻率 98.04 %。") == ["256", "251", "98.04"]


@pytest.mark.parametrize("text", [
    "人民调解组织调处纠纷约1900件。",
    "全年办理近200件。",
    "组织开展法治宣传120余场次。",
    "核查人员1.7万余人次。",
    "完成3000多名公务员轮训任务。",
    "全年接待群众超过1000人次。",
    "参学率达99%以上。",
    "受益群众5000人左右。",
    "森林火灾受害率控制在0.4%以下。",
])
def test_approximations_are_marked(text: str) -> None:
    (q,) = read(text)
    assert q.approx


@pytest.mark.parametrize("text", [
    "2024年3月15日召开常务会议。",  # dates
    "6·18洪峰险情处置高效，3·15消费者权益日开展宣传。",
    "更新时间2023-03-11。",
    "充分发挥12345政务服务便民热线作用，拨打12348咨询。",  # hotlines
    "汛期“1262”预警响应机制层层落实。",  # numbers in names and slogans
    "构建“1+6+12”工作体系，开展命案防控6+2专项行动。",
    "印发《关于进一步加强行政应诉工作的意见》（西法政〔2023〕1号）。",  # document numbers
    "根据（安监总政法[2023]150号）文件要求。",
    "召开第55次常务会议。",  # ordinals
    "贯彻《法治政府建设实施纲要（2021—2025年）》，实施2021-2025年规划。",  # year ranges and titles
    "推动5G基站建设。",
    "认真落实“三项制度”，推进“一件事”改革，一是加强领导。",  # Chinese numerals in names
])
def test_non_quantities_are_not_read(text: str) -> None:
    assert values(text) == []


def test_a_backslash_is_not_a_joiner() -> None:
    # The joiners (6·18, 1+6+12, 2021—2025) once sat in a string written for a regex class, so a backslash
    # counted as one and "1\\5件" lost its count. Only the joiners join.
    assert values("卷宗编号1\\5件，全部归档。") == ["5"]
    assert values("构建1+6件体系。") == []


def test_small_chinese_counts_are_read_when_closed_by_punctuation() -> None:
    qs = read("全年办结两件，审查三项。")
    assert [(q.value, q.unit) for q in qs] == [(2, "件"), (3, "项")]


def test_unit_per_period() -> None:
    (q,) = read("城市低保标准675元/月。")
    assert q.unit == "元/月"
    assert q.kind == "money"


def test_multi_year_scope_is_marked() -> None:
    qs = read("2018年以来累计受理行政复议申请177件，2024年受理40件。")
    assert [(q.printed, q.scope) for q in qs] == [("177", "cum"), ("40", "year")]
    # "2024年以来" in a 2024 report is the report year itself, not a multi-year figure.
    (q,) = read("2024年以来共办理法律援助案件494件。")
    assert q.scope == "year"


def test_non_quantities_next_to_a_rate_are_never_counts() -> None:
    text = ("汛期“1262”预警响应机制层层落实，6·18洪峰险情处置高效，12345热线受理工单办结率98.6%。"
            "印发（西法政〔2023〕45号）文件，召开第55次会议，调处成功率97.8%。")
    assert codes(lint(text, select="A", year=2024)) == []


def test_integer_or_bound_approximate_rate_is_never_checked() -> None:
    # A rate with decimals and 约 is checked (tests/test_arithmetic_approx_rates.py); these say too little.
    assert lint("受理矛盾纠纷1940件，调处成功1893件，调处成功率约98%。", select="A", year=2024) == []
    assert lint("受理矛盾纠纷1940件，调处成功1893件，调处成功率达99%以上。", select="A", year=2024) == []


def test_approximate_counts_are_never_checked() -> None:
    assert lint("受理矛盾纠纷1900余件，调处成功1893件，调处成功率97.8%。", select="A", year=2024) == []


# --- the document-wide scans read what a scan of each sentence alone reads ---------------------------------------

# Digits, units, joiners, quotes and brackets, sentence ends in both widths, numerals, scope and approximation words.
_ALPHABET = list("0123456789.,-—~/:+·%‰年月日号余多来万亿件人次项元个百分点第每是一二两三四五六七八九十全今近以累计"
                 "“”\"《》〔〕[]【】()（）,，;；:：、。!?！？”\n 　GAz热线拨打约以上左右")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)


def _found(matches: Iterable[re.Match[str]], offset: int = 0) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start() + offset, m.end() + offset, m.groups()) for m in matches]


# Sentence ends next to numbers: a line ending on a numeral count, a number after a closing quote.
_EDGES = "全年办结两件\n受理3件。”5件，第6次！二项\n7.5%?8人"


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_one_scan_of_the_document_finds_what_a_scan_per_sentence_finds(text: str) -> None:
    doc = Document.from_text(text)
    sentences = doc.sentences
    for scan in (quantities.number_matches, quantities.numeral_matches):
        groups = list(quantities.by_sentence(sentences, scan(doc.folded)))
        assert [i for i, _ in groups] == sorted({i for i, _ in groups})  # each sentence once, in order
        fast = {i: _found(found) for i, found in groups}
        slow = {i: _found(scan(s.folded), s.start) for i, s in enumerate(sentences)}
        assert fast == {i: found for i, found in slow.items() if found}


def _as_read(q: Quantity, offset: int) -> tuple[object, ...]:
    return (q.start - offset, q.end - offset, q.printed, q.value, q.half, q.unit, q.kind, q.approx, q.label, q.tail,
            q.scope)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_a_sentence_reads_the_same_in_its_document_as_alone(text: str) -> None:
    # The readings look at nothing outside a sentence: neither the number scans nor the checks around a number.
    for r in readings(Document.from_text(text, year_override=2024)):
        alone = readings(Document.from_text(r.sentence.text, year_override=2024))
        if len(alone) != 1:
            continue  # the sentence alone reads as web chrome, or splits otherwise
        assert [_as_read(q, r.sentence.start) for q in r.quantities] == [_as_read(q, 0) for q in alone[0].quantities]
