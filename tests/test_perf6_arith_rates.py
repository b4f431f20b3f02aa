"""The shortcuts of the rate checks (sixth round) find what the plain forms they replaced find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import metrics, rates
from checks.arithmetic.quantities import Quantity, SentenceReading, before, quantity_readings, scopes_compatible
from linter.document import Document

_TABLE = metrics.metric_table({})

# Rate names, scope markers, counts, percentages, quotations and sentence ends.
_PIECES = ["调处成功率", "纠错率", "占比", "为", "受理", "调处成功", "审结", "纠错", "撤销", "2018年以来", "累计",
           "今年", "本年度", "约", "1940件", "1893件", "12件", "97.58%", "19.2%", "25%", "“3%”", ",", "。", "\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text="受理1940件,调处成功1893件,调处成功率97.58%。")
@example(text="“3%”。2018年以来受理12件,今年调处成功12件,调处成功率25%。")
def test_the_sentences_searched_for_a_percent_are_those_holding_one(text: str) -> None:
    # _all_rate_hits reads only the sentences where "%" occurs, not only those holding a percentage: every
    # sentence holding a percentage is among them.
    doc = Document.from_text(text, year_override=2024)
    for r in quantity_readings(doc):
        if any(q.kind == "percent" for q in r.quantities):
            assert doc.folded.find("%", r.sentence.start, r.sentence.end) >= 0


def _plain_window(r: SentenceReading, prev: SentenceReading | None, stated: rates.Stated,
                  floor: int) -> list[Quantity]:
    """rates._window as it was: scopes_compatible asked of every count."""
    here = [q for q in r.quantities[max(0, stated.index - rates.WINDOW):stated.index] if q.start >= floor]
    window = list(reversed(here))
    if floor < 0 and prev is not None:
        window += list(reversed(prev.quantities[-rates.WINDOW:]))
    return [q for q in window if q.is_count and scopes_compatible(q, stated.q)]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, floor=st.sampled_from([-1, 0, 20]))
@example(text="2018年以来受理12件,今年调处成功12件,调处成功率25%。", floor=-1)
@example(text="累计受理1940件。今年调处成功1893件,累计调处成功率97.58%。", floor=-1)
def test_a_window_holds_the_counts_of_a_compatible_scope(text: str, floor: int) -> None:
    doc = Document.from_text(text, year_override=2024)
    reads = quantity_readings(doc)
    for position, r in enumerate(reads):
        for stated in rates._stated_rates(doc, r, _TABLE):
            prev = before(reads, position)
            assert rates._window(r, prev, stated, floor) == _plain_window(r, prev, stated, floor)


_LABEL_PIECES = ["率", "占", "比", "比重", "比例", "占比", "为", "达到", "调处成功", "纠错", "全市", "的", "一次",
                 "办结"]


@settings(max_examples=300, deadline=None)
@given(labels=st.lists(st.lists(st.sampled_from(_LABEL_PIECES), max_size=5).map("".join), max_size=6))
@example(labels=["调处成功率为", "调处成功率为", "一次办结率"])
def test_a_rate_resolved_again_is_resolved_as_the_first_time(labels: list[str]) -> None:
    for label in labels + labels:
        assert metrics.resolve_rate(_TABLE, label) == metrics._resolve_rate(_TABLE, label)


def test_the_resolved_rates_stay_few() -> None:
    table = metrics.metric_table({"metrics": [{"id": "perf6", "names": ["办结率"], "numerator": ["办结"],
                                               "denominator": ["受理"]}]})
    for i in range(metrics._RATES_MAX + 10):
        metrics.resolve_rate(table, f"第{i}办结率")
    assert len(table.rates) <= metrics._RATES_MAX
    assert metrics.resolve_rate(table, "办结率为") == metrics._resolve_rate(table, "办结率为")


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text="受理12件。调处成功率25%。办结3件。")
@example(text="“3%”。受理12件,“5%”")
def test_the_sentences_walked_with_a_percent_are_those_a_find_in_each_finds(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    reads = quantity_readings(doc)
    plain = [(i, r) for i, r in enumerate(reads) if doc.folded.find("%", r.sentence.start, r.sentence.end) >= 0]
    assert list(rates._with_percent(doc.folded, reads)) == plain
