"""The shortcuts of the arithmetic readings and rules find what the plain forms they replaced find: checked with
hypothesis on text built from the characters and words these checks care about."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import changes, metrics, parts, quantities
from checks.arithmetic.quantities import before, quantity_readings, readings
from checks.arithmetic.terms import Terms, terms_of
from linter.document import Document

# Digits, units, multipliers, joiners, spaces, approximation words, sentence ends, letters, quotes and titles.
_ALPHABET = list("0123456789.,-—~/:+·×%‰年月日号余多来万亿元件人次项个百分点第约近超过了以上左右"
                 "“”《》〔〕()（）,，;；、。!?\n 　\u00a0Gaz热线拨打两三十")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)
_EDGES = "约了5件，超过了1.5万元左右；近 3 % 以上。6-7件，8 - 9人、12345热线5次，5G基站3个以下！“12件”《3项》两件。"


def test_other_scripts_digits_are_not_read_as_quantities() -> None:
    # Arabic-Indic ٣٥ (and its extended form ۳۵) are never counts in these reports.
    doc = Document.from_text("受理案件٣٥件，办结12件，۳۵人次。", year_override=2024)
    assert [q.printed for r in quantity_readings(doc) for q in r.quantities] == ["12"]
    assert [m.group("num") for m in quantities.number_matches(doc.folded)] == ["12"]


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="1,234,5678件 12.123456789件 1234,567件 1,234.5件")
def test_the_atomic_number_finds_what_the_backtracking_one_found(text: str) -> None:
    # A shorter number than the longest one never has a unit after it (a digit, comma or point follows it).
    folded = Document.from_text(text).folded
    plain = re.compile(quantities._QUANTITY.pattern.replace("(?>", "(?:", 1))
    assert plain.pattern != quantities._QUANTITY.pattern
    spans = [(m.span(), m.groups()) for m in quantities.number_matches(folded)]
    assert spans == [(m.span(), m.groups()) for m in plain.finditer(folded)]


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="第 5件 6 ·7件 8件a 9件 -1 110次报警")
def test_a_number_with_no_suspect_neighbour_is_a_quantity_outside_names(text: str) -> None:
    # _raw_spans calls _is_non_quantity only for a number next to a suspect character, or a hotline.
    doc = Document.from_text(text)
    folded = doc.folded
    for s in doc.sentences:
        for m in quantities.number_matches(s.folded):
            start, end = s.start + m.start(), s.start + m.end()
            before_char = folded[start - 1] if start > s.start else ""
            after_char = folded[end] if end < s.end else ""
            if before_char in quantities._SUSPECT_BEFORE or after_char in quantities._SUSPECT_AFTER \
                    or m.group("num") in quantities._HOTLINES:
                continue
            whole = quantities._QUANTITY.match(folded, start, s.end)
            assert whole is not None
            assert not quantities._is_non_quantity(folded, whole, [], s.start, s.end)


def _plain_label_and_tail(folded: str, lo: int, hi: int, q: quantities.Quantity,
                          prev_end: int, nxt: int) -> tuple[str, str]:
    """Label and tail as they were found: the sentence's boundaries listed, then bisected."""
    boundaries = [m.start() for m in re.finditer("[" + re.escape(quantities.LABEL_BOUNDARY) + "]", folded[lo:hi])]
    boundaries = [lo + b for b in boundaries]
    floor = max(prev_end, q.start - quantities.LABEL_MAX)
    i = bisect.bisect_left(boundaries, q.start)
    label_start = max(floor, boundaries[i - 1] + 1) if i else floor
    ceiling = min(nxt, q.end + quantities.LABEL_MAX)
    j = bisect.bisect_left(boundaries, q.end)
    tail_end = min(ceiling, boundaries[j]) if j < len(boundaries) else ceiling
    return folded[label_start:q.start].strip(" \u00a0"), folded[q.end:tail_end].strip(" \u00a0")


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="全年共受理行政复议申请案件和行政诉讼应诉案件以及其他各类案件合计12件同比增长3件")
def test_labels_and_tails_are_what_the_bisected_boundaries_give(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    for r in quantity_readings(doc):
        lo, hi = r.sentence.start, r.sentence.end
        qs = r.quantities
        for k, q in enumerate(qs):
            prev_end = qs[k - 1].end if k else lo
            nxt = qs[k + 1].start if k + 1 < len(qs) else hi
            assert (q.label, q.tail) == _plain_label_and_tail(doc.folded, lo, hi, q, prev_end, nxt)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_quantity_readings_are_the_readings_that_hold_a_quantity(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    full = readings(doc)
    sparse = quantity_readings(doc)
    assert sparse == [r for r in full if r.quantities]
    for position, r in enumerate(sparse):
        previous = full[r.index - 1] if r.index else None
        assert before(sparse, position) is (previous if previous is not None and previous.quantities else None)


@pytest.mark.parametrize("num", ["7", "1,940", "97.8", "0.05", "12,345.678", "100"])
def test_a_remembered_value_is_the_value_read(num: str, monkeypatch: pytest.MonkeyPatch) -> None:
    digits = num.replace(",", "")
    plain = Decimal(digits), len(digits.split(".")[1]) if "." in digits else 0
    monkeypatch.setattr(quantities, "_DECIMALS", {})
    monkeypatch.setattr(quantities, "_DECIMALS_MAX", 2)  # emptied often
    for other in ("1", "2", num, "3", num):
        quantities._decimal(other)
        assert quantities._decimal(num) == plain
    assert len(quantities._DECIMALS) <= 2


# --- the rules ---------------------------------------------------------------------------------------------------

_PART_TOKENS = ["其中", "分别为", "分别是", "分别有", "分别", "其", "中", "合计", "共计", "共", "为", "以上合计",
                "12件", "3件", "，", "；", "。", "、", "案件", "审结", "维持"]
_PART_TEXT = st.lists(st.sampled_from(_PART_TOKENS), max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_PART_TEXT)
@example(text="审结12件，其中维持3件。办结12件，分别为3件、9件。")
def test_the_intro_pattern_finds_what_the_grouped_one_found(text: str) -> None:
    grouped = re.compile("(?P<intro>" + parts.alternation(parts._DATA["list_intro"]) + ")|(?P<all>"
                         + parts.alternation(parts._DATA["exhaustive_intro"]) + ")")
    plain = [(m.span(), bool(m.group("all"))) for m in grouped.finditer(text)]
    assert [(m.span(), m.group() not in parts._LIST_INTROS) for m in parts._INTRO.finditer(text)] == plain


@settings(max_examples=500, deadline=None)
@given(label=st.lists(st.sampled_from(_PART_TOKENS), max_size=3).map("".join))
@example(label="合计")
@example(label="共计为")
def test_a_sum_label_is_what_the_anchored_pattern_finds(label: str) -> None:
    anchored = re.compile("^(?:" + parts.alternation(parts._DATA["sum_labels"]) + ")$")
    assert (label in parts._SUM_LABELS) == bool(anchored.match(label))


_CHANGE_TOKENS = [*changes._UP, *changes._DOWN, *changes._DATA["change_words"], "较", "比", "相比", "上年", "由",
                  "从", "至", "到", "为", "了", "的", "分别", "和", "12件", "15件", "20%", "3.5%", "2个百分点",
                  "2023年", "2024年", "，", "人"]
_CHANGE_TEXT = st.lists(st.sampled_from(_CHANGE_TOKENS), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_CHANGE_TEXT)
@example(text="由12件增加到15件，增幅25%。")
def test_a_sentence_without_a_change_word_has_no_change(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    for r in quantity_readings(doc):
        if not changes._ANY_CHANGE.search(doc.folded, r.sentence.start, r.sentence.end):
            assert changes._pairs_and_changes(r) == []


_RATE_TOKENS = ["率", "占", "比", "比重", "比例", "占比", "为", "达到", "调处成功", "全市", "的", "约", "近", "案件"]


@settings(max_examples=500, deadline=None)
@given(label=st.lists(st.sampled_from(_RATE_TOKENS), max_size=6).map("".join))
@example(label="占全市总量")
@example(label="案件为")
def test_a_rate_name_is_what_both_patterns_find(label: str) -> None:
    m = metrics._RATE_NAME.search(label)
    share = metrics._SHARE_OF.search(label)
    plain = (m.group("name"), m.start("name")) if m else (share.group(), share.start()) if share else None
    assert metrics.rate_name(label) == plain


def test_terms_made_once_are_the_terms_made_each_time() -> None:
    for terms in [("办结",), ("调解*结案", "和解"), ()]:
        assert terms_of(terms) == Terms.of(terms)
        assert terms_of(terms) is terms_of(terms)
