"""The "下一年度主要安排" element must be about the year after the report year."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.outline import Heading
from linter.rules import rule

from .common import RANGE_SEP, alternation, phrases, plan_heading_kind, plan_sections

_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
_YEAR_RANGE = re.compile(rf"20\d\d\s*年?\s*{RANGE_SEP}\s*20\d\d")
# The opening of a plan section: "2024年，我局将…" (not "2024年1月…").
_OPENING = re.compile(r"\s*(20\d\d)\s*年(?:度)?\s*[,，]")
_SENTENCE_END = re.compile(r"[。!！?？]")


@cache
def _future() -> re.Pattern[str]:
    return re.compile(alternation(phrases()["plan_future_markers"]))


def _wrong(year: int, expected: int) -> str:
    if year == expected - 1:
        return "写成了报告年度本身"
    if year < expected:
        return "早于报告年度"
    return "晚于下一年度"


def _heading_year(doc: Document, h: Heading) -> tuple[int, int, int] | None:
    """(year, start, end) of the last year named in a dated plan heading; None for a range of years."""
    line = doc.lines[h.line - 1]
    lo = h.column - 1
    hi = lo + len(h.marker) + len(h.text) + 8  # the text was stripped; allow for the spaces it lost
    span = line.folded[lo:hi]
    if _YEAR_RANGE.search(span):
        return None
    years = list(_YEAR.finditer(span))
    if not years:
        return None
    m = years[-1]
    return int(m.group(1)), line.start + lo + m.start(), line.start + lo + m.end()


@rule(code="Y004", name="plan-year", family="years", severity="error",
      summary="“下一年度主要安排”写的不是报告年度的下一年",
      explanation="按《法治政府建设与责任落实督察工作规定》，年度报告要写“下一年度推进法治政府建设的主要安排”。"
                  "2023年度报告的安排部分应是“2024年工作打算”；标题或开头仍写“2023年工作思路”“2023年，我局将……”，"
                  "多是照搬上年报告只改了一半，或把年份写错。",
      bad=["三、2023年法治工作思路\n（一）继续做好法治宣传工作。",
           "四、2022年推进法治政府建设的主要安排\n（一）完善依法行政制度。",
           "三、下一步工作打算\n2023年，我局将继续坚持依法行政，进一步做好以下工作。"],
      good=["三、2024年工作打算\n（一）继续做好法治宣传工作。",
            "一、2023年法治政府建设工作情况\n（一）强化组织保障。",
            "三、下一步工作打算\n2024年，我局将继续坚持依法行政，进一步做好以下工作。",
            "二、制定2023年度普法工作计划\n年初印发计划，明确任务分工。"],
      example_year=2023)
def plan_year(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for section in plan_sections(doc):
        h = section.heading
        report_year = doc.year_at(h.line)
        if report_year is None:
            continue
        expected = report_year + 1
        if plan_heading_kind(h) == "dated":
            found = _heading_year(doc, h)
            if found and found[0] != expected:
                year, start, end = found
                yield Hit(start, end, f"“下一年度主要安排”应写{expected}年（报告年度{report_year}年的下一年），"
                                      f"此处{_wrong(year, expected)}：{year}年", suggestion=f"{expected}年")
            continue
        hit = _opening_hit(doc, section.start_line, section.end_line, report_year)
        if hit:
            yield hit


def _opening_hit(doc: Document, first: int, last: int, report_year: int) -> Hit | None:
    """The first paragraph of an undated plan section opening "2023年，…将…" with the wrong year."""
    expected = report_year + 1
    for line in doc.lines[first:last]:
        if not line.text.strip():
            continue
        m = _OPENING.match(line.folded)
        if not m or int(m.group(1)) == expected:
            return None
        end = _SENTENCE_END.search(line.folded, m.end())
        sentence = line.folded[m.end():end.start() if end else len(line.folded)]
        if not _future().search(sentence):
            return None
        year = int(m.group(1))
        return Hit(line.start + m.start(1), line.start + line.folded.index("年", m.end(1)) + 1,
                   f"“下一年度主要安排”部分应写{expected}年（报告年度{report_year}年的下一年），"
                   f"此处开头{_wrong(year, expected)}：“{year}年”", suggestion=f"{expected}年")
    return None
