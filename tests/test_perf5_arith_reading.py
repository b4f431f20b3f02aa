"""The shortcuts of the arithmetic readings (fifth round) give what the plain forms they replaced give."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document

_SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Two reports pasted together, each with its own year and counts: the second starts with its title.
_TWO_REPORTS = ("某县2024年法治政府建设情况报告\n2024年以来，全年受理案件120件，办结110件。\n一、主要举措\n"
                "全年取消行政许可事项3项，2023年以来累计取消5项。\n"
                "某局2023年度法治政府建设工作报告\n2023年以来，我局受理投诉30件，办结29件。\n一、主要工作\n"
                "全年修订制度4项。2022年以来共修订9项。\n")


def _documents() -> list[Document]:
    seeds = [Document.from_text(p.read_text(encoding="utf-8")) for p in sorted(_SEEDS.glob("*.txt"))[:40]]
    return [Document.from_text(_TWO_REPORTS), Document.from_text(_TWO_REPORTS, year_override=2022), *seeds]


@pytest.mark.parametrize("doc", _documents())
def test_the_year_of_each_reading_is_that_of_its_line(doc: Document) -> None:
    # _read_all asks for the report year once per report, not per sentence: the same year as asking per line.
    for r in quantities.quantity_readings(doc):
        for q in r.quantities:
            assert q.scopes._year == doc.year_at(r.sentence.line)


def test_the_two_reports_have_their_own_years() -> None:
    doc = Document.from_text(_TWO_REPORTS)
    years = {q.scopes._year for r in quantities.quantity_readings(doc) for q in r.quantities}
    assert len(doc.reports) == 2 and years == {2024, 2023}


# What the name spans are made of: quotation marks, title and document-number brackets, digits, 号, spaces.
_NAME_PIECES = [*"“”‘’\"「」《》〔〕[]【】()0123456789号 年件,。\n", "2023", "〔2023〕45号", "《条例》"]


@settings(max_examples=500, deadline=None)
@given(text=st.lists(st.sampled_from(_NAME_PIECES), max_size=40).map("".join), lo=st.integers(0, 5),
       cut=st.integers(0, 5))
@example(text="“一”“二”《三》〔2023〕45号", lo=0, cut=0)
def test_the_name_spans_are_those_of_a_plain_scan(text: str, lo: int, cut: int) -> None:
    lo, hi = min(lo, len(text)), max(min(lo, len(text)), len(text) - cut)
    plain = [m.span() for m in quantities._NAME_SPANS.finditer(text, lo, hi)]
    assert quantities._name_spans(text, lo, hi) == plain


def test_the_number_is_the_first_group_of_the_scan() -> None:
    # _raw_spans reads a number's groups once, as a tuple: the number first, then those _number unpacks.
    index = quantities._EITHER.groupindex
    assert [index[g] for g in ("num", "ax0", "mult", "ax1", "unit", "per", "cn_unit")] == list(range(1, 8))
    assert quantities._EITHER.groups == 7


@pytest.mark.parametrize("doc", _documents())
def test_the_body_is_the_sentences_outside_chrome(doc: Document) -> None:
    # With no chrome line, _body gives the document's own list rather than a copy of it.
    assert quantities._body(doc) == [s for s in doc.sentences if s.line not in doc.chrome]


def test_a_chrome_line_is_left_out_of_the_body() -> None:
    doc = Document.from_text("首页 > 政务公开 > 法治政府建设\n某县2024年法治政府建设情况报告\n全年受理案件120件。\n")
    body = quantities._body(doc)
    assert doc.chrome and len(body) < len(doc.sentences)
    assert body == [s for s in doc.sentences if s.line not in doc.chrome]
