"""The shortcuts of the arithmetic readings (fifth round) give what the plain forms they replaced give."""

from __future__ import annotations

from pathlib import Path

import pytest

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
