"""S005: heading numbers that repeat, skip or do not start at one within their level."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.data import load_data
from linter.document import Document, has_top_level_bar
from linter.model import Hit
from linter.outline import Heading, has_traditional, simplified
from linter.rules import rule

from .common import heading_span, marker_for, original_marker

LEVELS = (1, 2, 3, 4)
LIST_LEVELS = (3, 4)  # 1. and （1）: the levels a note or table list uses
_SLOTS = LEVELS[-1] + 1  # a list indexed by level
_RESTART_SOURCES = load_data("structure", "numbering.yaml")["list_restart"]
_RESTART = re.compile("|".join(_RESTART_SOURCES))


def _openings(source: str) -> frozenset[str]:
    """The characters a match of a list_restart pattern starts with: it opens with "^" and then a plain word or a
    group of plain words ("^(?:说明|注)…", "^表…"). Any other shape is refused rather than guessed at."""
    has_group = source.startswith("^(?:")
    if has_group:
        close = source.find(")")
        words, rest = source[4:close].split("|"), source[close + 1:]
    else:
        words, rest = [source[1:2]], source[2:]
    plain = all(word and re.escape(word) == word for word in words)
    if not (source.startswith("^") and plain and rest[:1] not in ("?", "*", "{") and not has_top_level_bar(rest)):
        raise ValueError(f"numbering.yaml: a list_restart pattern must open with ^ and plain words: {source}")
    return frozenset(word[0] for word in words)


# Most lines open with none of these: turned away without a call of `re`.
_RESTART_FIRST = frozenset().union(*map(_openings, _RESTART_SOURCES))


def _restart_lines(doc: Document, start: int, end: int) -> list[int]:
    """Lines of the report after which a list starts afresh: "说明：", "注：", a table caption "表二"."""
    read = simplified if has_traditional(doc) else str  # str(text) is text
    chrome = doc.chrome
    first = _RESTART_FIRST
    return [ln.number for ln in doc.lines[start - 1:end]
            if (text := read(ln.folded.strip()))[:1] in first and _RESTART.match(text) and ln.number not in chrome]


def _problem(n: int, last: int | None, carry: int | None) -> int | None:
    """The expected number when n is wrong, else None. `last` is the previous number of this level under
    the same parent; `carry` the last number under the previous parent (numbering may run on across
    parents: 1.–3. under （一）, 4.–5. under （二）)."""
    if last is None:
        return None if n == 1 or (carry is not None and n == carry + 1) else 1
    return None if n == last + 1 else last + 1


def _message(doc: Document, h: Heading, expected: int, last: int | None, prev: Heading | None) -> str:
    written = original_marker(doc, h)
    want = marker_for(h.style, expected, written)
    if last is None:
        return f"标题序号“{written}”是这一层级的第一个，应从“{want}”开始（同级标题在同一上级标题下从一开始依次编号）。"
    before = original_marker(doc, prev) if prev is not None else marker_for(h.style, last, written)
    assert h.number is not None
    if h.number == last:
        what = "与上一个同级标题重复"
    elif h.number > last:
        what = "跳过了中间的序号"
    else:
        what = "比上一个同级标题还小"
    return f"标题序号“{written}”{what}（上一个是第{prev.line if prev else '?'}行的“{before}”），应为“{want}”。"


@rule(code="S005", name="heading-numbering", family="structure", severity="warning",
      summary="标题序号重复、跳号或不从一开始",
      explanation="同一层级的标题（一、二、三，（一）（二），1. 2.，（1）（2））应在同一上级标题下从一开始依次编号。"
                  "序号重复、跳号或从二开始，多半是增删段落后忘了改号，读者会以为漏了内容。下级序号在上级标题之间"
                  "连续编号（（一）下1.—3.，（二）下接4.）也可接受。",
      bad=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能\n（三）完善依法行政制度体系\n"
           "二、存在的不足和原因",
           "某县2024年法治政府建设情况报告\n一、主要举措和成效\n二、存在的不足和原因\n二、2025年工作打算"],
      good=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能\n（二）完善依法行政制度体系\n"
            "二、存在的不足和原因\n（一）思想认识方面\n三、2025年工作打算",
            "某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）加强党的领导\n1.深入学习贯彻习近平法治思想。\n"
            "2.加强督察考核。\n（二）推动政府职能转变\n3.持续推进“放管服”改革。"],
      example_year=2024)
def heading_numbering(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for report in doc.reports:
        # Indexed by level (0 unused): lists rather than dicts, read and reset for every heading.
        last: list[int | None] = [None] * _SLOTS
        carry: list[int | None] = [None] * _SLOTS
        prev: list[Heading | None] = [None] * _SLOTS
        # A restart resets only the list levels: a report with no numbered heading there (about half of them)
        # needs no scan of its lines for one.
        restarts = (_restart_lines(doc, report.start_line, report.end_line)
                    if any(h.level in LIST_LEVELS and h.number is not None for h in report.headings) else [])
        previous_line = 0
        for h in report.headings:
            level, n = h.level, h.number
            if n is None or level not in LEVELS:
                continue  # a bare Markdown heading (its number is None)
            if restarts and bisect.bisect_left(restarts, h.line) > bisect.bisect_right(restarts, previous_line):
                for lv in LIST_LEVELS:  # "说明：" or "表二" since the last heading: a new list begins
                    last[lv] = carry[lv] = prev[lv] = None
            previous_line = h.line
            # A heading opens a new parent for every deeper level: their counts restart, and the count just
            # closed is kept as the carry only when the parent is a sibling of the previous one.
            if level < LEVELS[-1]:
                if last[level + 1] is not None:
                    carry[level + 1] = last[level + 1]
                last[level + 1] = prev[level + 1] = None
                for deeper in range(level + 2, _SLOTS):
                    carry[deeper] = last[deeper] = prev[deeper] = None
            before = last[level]
            # The next number, or a first 1 (most headings), is right: _problem is asked about the rest.
            if n != (1 if before is None else before + 1):
                expected = _problem(n, before, carry[level])
                if expected is not None:
                    start, end = heading_span(doc, h)
                    end = min(end, start + len(h.marker) + 12)
                    yield Hit(start, end, _message(doc, h, expected, before, prev[level]))
            last[level] = n
            prev[level] = h
