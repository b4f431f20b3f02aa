"""Shortcuts of the outline16 speed round (the outline and the structure rules) must find exactly what the
plain form finds: checked with hypothesis on reports built from the lines each one cares about, against the
plain computation it skips or replaces."""

from __future__ import annotations

import bisect
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.structure import numbering, sections
from linter import outline
from linter.data import load_data
from linter.document import Document
from linter.outline import Heading

# --- S005: no scan for "说明：" / "表二" in a report without list-level headings; lists, not dicts ------------


def _plain_heading_numbering(doc: Document) -> list[tuple[int, int, str]]:
    """S005 as it was: every report's lines scanned for restarts, the levels' state in dicts, _problem asked
    of every heading."""
    out = []
    for report in doc.reports:
        last: dict[int, int | None] = dict.fromkeys(numbering.LEVELS)
        carry: dict[int, int | None] = dict.fromkeys(numbering.LEVELS)
        prev: dict[int, Heading | None] = dict.fromkeys(numbering.LEVELS)
        restarts = [ln.number for ln in doc.lines[report.start_line - 1:report.end_line]
                    if ln.number not in doc.chrome and numbering._RESTART.match(ln.folded.strip())]
        previous_line = 0
        for h in report.headings:
            if h.style == "markdown" or h.number is None or h.level not in last:
                continue
            if restarts and bisect.bisect_left(restarts, h.line) > bisect.bisect_right(restarts, previous_line):
                for level in numbering.LIST_LEVELS:
                    last[level] = carry[level] = prev[level] = None
            previous_line = h.line
            for deeper in numbering.LEVELS:
                if deeper <= h.level:
                    continue
                if deeper == h.level + 1:
                    carry[deeper] = last[deeper] if last[deeper] is not None else carry[deeper]
                else:
                    carry[deeper] = None
                last[deeper] = None
                prev[deeper] = None
            expected = numbering._problem(h.number, last[h.level], carry[h.level])
            if expected is not None:
                start, end = numbering.heading_span(doc, h)
                end = min(end, start + len(h.marker) + 12)
                out.append((start, end, numbering._message(doc, h, expected, last[h.level], prev[h.level])))
            last[h.level] = h.number
            prev[h.level] = h
    return out


_NUMBERS = st.integers(1, 4)
_CN = "一二三四"
_NUMBERING_LINE = st.one_of(
    _NUMBERS.map(lambda n: f"{_CN[n - 1]}、主要举措和成效"),
    _NUMBERS.map(lambda n: f"（{_CN[n - 1]}）依法全面履行政府职能"),
    _NUMBERS.map(lambda n: f"{n}.深入学习贯彻习近平法治思想。"),
    _NUMBERS.map(lambda n: f"（{n}）加强督察考核"),
    st.sampled_from(["说明：", "注：", "表二 执法情况", "## 其他情况", "### 2.执法监督", "全年办理复议案件12件。",
                     "某县2024年法治政府建设情况报告", "现将有关情况报告如下："]),
)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_NUMBERING_LINE, max_size=14))
def test_heading_numbering_same_as_plain(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(["某县2024年法治政府建设情况报告", *lines]))
    found = [(h.start, h.end, h.message) for h in numbering.heading_numbering(doc, {})]
    assert found == _plain_heading_numbering(doc)


def test_restart_needs_a_list_level_heading() -> None:
    """The case the shortcut rests on: a restart line in a report without 1. or (1) headings finds nothing
    either way, and one before a list still resets it."""
    text = "某县2024年法治政府建设情况报告\n一、主要举措\n说明：\n二、存在的不足\n表二\n（一）思想认识\n（三）队伍"
    doc = Document.from_text(text)
    assert [h.message for h in numbering.heading_numbering(doc, {})] == \
        [m for _, _, m in _plain_heading_numbering(doc)]
    listed = Document.from_text("某县2024年法治政府建设情况报告\n一、主要举措\n1.学法\n2.用法\n说明：\n1.口径\n2.来源")
    assert list(numbering.heading_numbering(listed, {})) == []
    assert _plain_heading_numbering(listed) == []


# --- the outline: a salutation told from its colon ----------------------------------------------------------

_COLON_LOOKAHEAD = "(?=[^:]*+:\\s*$)"


@settings(max_examples=1000, deadline=None)
@given(parts=st.lists(st.sampled_from([*"中共区委、县人民政府局:。;, \t", "同志们", "领导", "办公室", ":\n"]),
                      max_size=16))
def test_salutation_told_from_its_colon_is_the_plain_pattern(parts: list[str]) -> None:
    """The salutation's lookahead (checks/structure/outline.yaml) only turns lines away sooner."""
    source = load_data("structure", "outline.yaml")["salutation"]
    assert _COLON_LOOKAHEAD in source
    plain = re.compile(source.replace(_COLON_LOOKAHEAD, "", 1))
    text = "".join(parts)
    found, want = outline._patterns().salutation(text), plain.match(text)
    assert (found and (found.span(), found.groups())) == (want and (want.span(), want.groups()))



# --- S002-S004 sections: the entries sorted only when a plain heading was added to the headings' ------------

_SECTION_LINE = st.sampled_from(["一、主要举措和成效", "（一）依法全面履行政府职能", "存在的问题", "2025年工作打算",
                                 "二、存在的不足和原因", "全年办理复议案件12件。", "# 工作打算", "1.加强督察考核",
                                 "主要负责人履行第一责任人职责情况", "某县2025年法治政府建设情况报告"])


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_SECTION_LINE, max_size=12))
def test_section_entries_are_in_line_order(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(["某县2024年法治政府建设情况报告", *lines]))
    for report in doc.reports:
        entries = sections.report_sections(doc, report, {}).entries
        assert entries == sorted(entries, key=lambda e: e.line)
