"""Shared helpers of the years family: the data files, year patterns, clause bounds and plan sections."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

from checks.structure.sections import all_sections
from linter.data import load_data
from linter.document import Document, alternation
from linter.outline import Heading
from linter.record import NamedTuple

# Dashes seen between years: 一字线, en dash, hyphen, tilde, and the digit 一 typed for a dash (2021一2025).
DASH = r"[-—–―‐‑~一]{1,2}"
RANGE_SEP = rf"(?:{DASH}|至|到)"
# What may close a clause: the text between two of these is one clause.
_CLAUSE_END = re.compile(r"[,，。;；:：!！?？\n]")
CLAUSE_WINDOW = 80


def calendar() -> dict[str, Any]:
    return load_data("years", "calendar.yaml")


def phrases() -> dict[str, Any]:
    return load_data("years", "phrases.yaml")


def year_at_offset(doc: Document, offset: int) -> int | None:
    return doc.year_at(doc.position(offset).line)


def clause(folded: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause holding folded[start:end], looking at most CLAUSE_WINDOW characters each way."""
    lo = max(0, start - CLAUSE_WINDOW)
    head = folded[lo:start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(head)), default=0)
    a = lo + cut
    m = _CLAUSE_END.search(folded, end, min(len(folded), end + CLAUSE_WINDOW))
    b = m.start() if m else min(len(folded), end + CLAUSE_WINDOW)
    return a, b


def ym(value: str) -> tuple[int, int]:
    """'2020-10' -> (2020, 10)."""
    y, m = str(value).split("-")
    return int(y), int(m)


# A dated plan heading starts with its year: "2025年工作打算", "关于2025年的工作安排", "下一年度（2025年）工作安排".
_DATED_START = re.compile(r"(?:关于|下一年度|下一步|下步|明年)?\s*\(?\s*20\d\d\s*年")
_YEAR_WORD = re.compile(r"20\d\d\s*年")  # an undated plan heading names no year


class PlanSection(NamedTuple):
    heading: Heading
    start_line: int  # the heading's line
    end_line: int  # inclusive: the line before the next level-1 heading, or the report's end


@cache
def _plan_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    endings = re.compile(rf"(?:{alternation(p['plan_heading_endings'])})[\s\"”]*$")
    markers = re.compile(alternation(p["plan_heading_markers"]))
    excludes = re.compile(alternation(p["plan_heading_excludes"]))
    return endings, markers, excludes


def is_top_heading(h: Heading) -> bool:
    """An element heading: 一、 style, or a bare Markdown heading of level 1 or 2."""
    return (h.style == "cn" and h.level == 1) or (h.style == "markdown" and h.level <= 2)


def plan_heading_kind(h: Heading) -> str | None:
    """'dated' for a heading like 2025年工作打算, 'undated' for 下一步工作打算, None otherwise."""
    return _top_heading_kind(h) if is_top_heading(h) else None


def _top_heading_kind(h: Heading) -> str | None:
    """plan_heading_kind of an element heading (is_top_heading), for a caller that has already asked."""
    endings, markers, excludes = _plan_patterns()
    text = h.text
    if excludes.search(text):
        return None
    if _DATED_START.match(text) and endings.search(text):
        return "dated"
    if markers.search(text) and not _YEAR_WORD.search(text):
        return "undated"
    return None


def _sections(doc: Document, opens: Callable[[Heading], bool]) -> list[PlanSection]:
    """From each element heading `opens` accepts (it is asked of element headings only) to the next element
    heading (or the report's end)."""
    tops = [h for h in doc.headings if is_top_heading(h)]
    out: list[PlanSection] = []
    for i, h in enumerate(tops):
        if not opens(h):
            continue
        report_end = doc.report_at(h.line).end_line
        nxt = tops[i + 1].line - 1 if i + 1 < len(tops) else report_end
        out.append(PlanSection(h, h.line, min(nxt, report_end)))
    return out


def plan_sections(doc: Document) -> list[PlanSection]:
    """The "下一年度主要安排" sections: from a plan heading to the next element heading. Found once for Y004
    and Y006 (each heading is read with three patterns)."""
    return doc.memo("years.plan_sections", lambda: _sections(doc, lambda h: _top_heading_kind(h) is not None))


def measures_sections(doc: Document) -> list[PlanSection]:
    """The "主要举措和成效" sections: from a heading the structure family reads as that element (主要举措和成效,
    工作开展情况, 主要工作及成效…, or the thematic headings that stand for it, "一、加强组织领导", when a report
    has no such heading: checks.structure.sections) to the next top-level heading or the report's end."""
    by_line = {h.line: h for h in doc.headings}
    out: list[PlanSection] = []
    for sections in all_sections(doc, doc.structure_options):
        tops = [e for e in sections.entries if e.top]
        for i, entry in enumerate(tops):
            heading = by_line.get(entry.line)
            if heading is None or "achievements" not in entry.keys or plan_heading_kind(heading) is not None:
                continue
            end = tops[i + 1].line - 1 if i + 1 < len(tops) else sections.report.end_line
            out.append(PlanSection(heading, entry.line, end))
    return out


def in_sections(line: int, sections: list[PlanSection]) -> bool:
    return any(s.start_line <= line <= s.end_line for s in sections)
