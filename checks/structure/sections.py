"""Which of the required contents each report's headings cover, and where (shared by S002–S004)."""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from operator import itemgetter
from typing import Any

from linter.config import options_key
from linter.document import Document
from linter.outline import Report, cjk_count, has_traditional, is_salutation, reader, simplified
from linter.record import NamedTuple

from .elements import Element, classify, classify_all, elements

# An unnumbered line this short without sentence punctuation is a heading typed without a number
# ("存在的问题"); reports pasted from Word often lose the numbering.
PLAIN_HEADING_MAX_CJK = 30
_SENTENCE_PUNCT = re.compile(r"[。;!?,]")
# Fewer content lines than this and no heading at all: a fragment (an excerpt pasted for a check), not a
# report whose sections could be missing.
FRAGMENT_MAX_LINES = 5


# NamedTuples, not dataclasses: Python 3.11 builds a dataclass by exec-ing generated methods at import, about
# 1 ms each, a cost every run of the command line pays.
class Entry(NamedTuple):
    line: int
    column: int  # 1-based
    end_column: int  # exclusive
    text: str  # heading text (folded)
    top: bool  # a top-level section heading (used for the order check)
    keys: set[str]  # grown in place by _thematic_achievements
    style: str = "plain"  # the heading's numbering style (linter.outline.Heading.style); plain: unnumbered


class ReportSections(NamedTuple):
    report: Report
    entries: list[Entry]
    fragment: bool

    def first(self, key: str, top_only: bool = False) -> Entry | None:
        for e in self.entries:
            if key in e.keys and (e.top or not top_only):
                return e
        return None


_LINE = itemgetter(0)  # Entry.line, without a Python frame for each entry


def _plain_heading(folded: str) -> bool:
    text = folded.strip()
    if _SENTENCE_PUNCT.search(text):
        return False  # a paragraph, told at its first comma rather than by counting its Chinese characters
    return 2 <= cjk_count(text) <= PLAIN_HEADING_MAX_CJK and not is_salutation(text)


def report_sections(doc: Document, report: Report, opts: Mapping[str, Any]) -> ReportSections:
    year = report.year if doc.year_override is None else doc.year_override
    top_level = min((h.level for h in report.headings if h.style != "markdown"), default=None)
    heading_lines = {h.line for h in report.headings}
    read = reader(doc)  # each heading read once per report: the simplified-script step only where it can apply
    entries: list[Entry] = []
    new = tuple.__new__  # an Entry without the Python frame of its __new__: one for every heading
    headings = report.headings
    for h, keys in zip(headings, classify_all([h.text for h in headings], year, opts, read), strict=True):
        top = h.style == "markdown" or h.level == top_level
        entries.append(new(Entry, (h.line, h.column, h.end_column, h.text, top, keys, h.style)))
    toc = doc.outline.toc_lines
    chrome = doc.chrome
    from_headings = len(entries)
    for ln in doc.lines[report.start_line - 1:report.end_line]:
        # The headings first (a set lookup: many reports are half headings), then sentence punctuation
        # (_plain_heading turns such a line away): it tells most other lines, paragraphs and run-in headings,
        # at their first comma (a substring test for it first: most paragraphs have one, no call of `re`).
        folded = ln.folded
        if (ln.number in heading_lines or "," in folded or _SENTENCE_PUNCT.search(folded) or not ln.text.strip()
                or ln.number in chrome or ln.number == report.title_line or ln.number in toc
                or not _plain_heading(ln.folded)):
            continue
        keys = classify(ln.folded, year, opts, read)
        if keys:
            col = len(ln.text) - len(ln.text.lstrip()) + 1
            entries.append(Entry(ln.number, col, len(ln.text.rstrip()) + 1, ln.folded.strip(), True, keys))
    if len(entries) > from_headings:  # the headings' entries come in line order: most reports add no others
        entries.sort(key=_LINE)
    _thematic_achievements(entries)
    # The lines of text are counted only for a report without headings: for the rest it makes no difference.
    fragment = not report.headings and not entries and _content_lines(doc, report) < FRAGMENT_MAX_LINES
    return ReportSections(report, entries, fragment)


def _content_lines(doc: Document, report: Report) -> int:
    """How many lines of the report are text (not blank, not chrome)."""
    chrome = doc.chrome
    return sum(1 for ln in doc.lines[report.start_line - 1:report.end_line]
               if ln.text.strip() and ln.number not in chrome)


# Sections that close a report: the achievements come before them. The leader's duty may stand first.
_CLOSING = frozenset({"shortcomings", "plan", "other"})
# A thematic section heading is numbered 一、 or （一） (or a Markdown heading) and says something: a top level
# of "1." items is a list ("1.行政处罚实施数量的统计范围为…"), "二、2025年" an excerpt cut short.
_THEMATIC_STYLES = frozenset({"cn", "paren_cn", "markdown"})
THEMATIC_MIN_CJK = 4


def _thematic_achievements(entries: list[Entry]) -> None:
    """Many reports give their measures under thematic headings ("一、坚持党的领导，统筹推进法治政府建设" /
    "二、深化“放管服”改革") and no heading that says 主要举措和成效: the 督察工作规定 asks for the content, not
    the wording. With no achievements heading, the top-level headings that name no required content and come
    before the problems, the plan and the other matters are the achievements part."""
    if any("achievements" in e.keys for e in entries):
        return
    for e in entries:
        if e.top and e.keys & _CLOSING:
            return
        if e.top and not e.keys and e.style in _THEMATIC_STYLES and cjk_count(e.text) >= THEMATIC_MIN_CJK:
            e.keys.add("achievements")


def all_sections(doc: Document, opts: Mapping[str, Any]) -> list[ReportSections]:
    """The sections of every report, worked out once per document (and options) for S002, S003 and S004."""
    key = "structure.sections:" + options_key(opts)
    return doc.memo(key, lambda: [report_sections(doc, report, opts) for report in doc.reports])


def body_mention(doc: Document, report: Report, element: Element) -> tuple[int, int] | None:
    """The first mention of an element in the report's body text (offsets), if any. Looked for once per report
    and element: S002 and S003 both ask about a report without a leader's-duty section (the body patterns come
    from elements.yaml alone, so the element's key names them)."""
    if not element.body:
        return None
    body = element.body
    return doc.memo(f"structure.mention:{report.start_line}:{element.key}", lambda: _first_mention(doc, report, body))


def _first_mention(doc: Document, report: Report, body: tuple[re.Pattern[str], ...]) -> tuple[int, int] | None:
    """_mention_by_line's answer, from one search of the report's text per pattern rather than one per line:
    the first match in the text is the first line's first match when it lies within one line of body text
    (the patterns have no anchors or lookarounds, so a line's text alone allows the same match). One that
    crosses a line break or sits on a chrome or contents line sends the search back line by line."""
    lines = doc.lines
    lo, hi = lines[report.start_line - 1].start, lines[report.end_line - 1].end
    if has_traditional(doc):
        span = _leftmost(body, simplified(doc.folded[lo:hi]))  # one for one: offsets hold
        found = None if span is None else (lo + span[0], lo + span[1])
    else:
        found = _leftmost(body, doc.folded, lo, hi)
    if found is None:
        return None
    line = doc.line_of(found[0])
    if found[1] <= line.end and line.number not in doc.chrome and line.number not in doc.outline.toc_lines:
        return found
    return _mention_by_line(doc, report, body)


def _mention_by_line(doc: Document, report: Report, body: tuple[re.Pattern[str], ...]) -> tuple[int, int] | None:
    toc = doc.outline.toc_lines
    read = simplified if has_traditional(doc) else str  # str(text) is text
    for ln in doc.lines[report.start_line - 1:report.end_line]:
        if ln.number in doc.chrome or ln.number in toc:
            continue  # a contents entry is no mention in the body
        found = _leftmost(body, read(ln.folded))  # same length: offsets hold
        if found:
            return ln.start + found[0], ln.start + found[1]
    return None


def _leftmost(patterns: tuple[re.Pattern[str], ...], text: str, pos: int = 0,
              endpos: int = sys.maxsize) -> tuple[int, int] | None:
    """The span of the leftmost match of any of the patterns, the earlier pattern at the same start: the match
    of their alternation."""
    best: re.Match[str] | None = None
    for pattern in patterns:
        m = pattern.search(text, pos, endpos)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best.span() if best else None


def element_by_key(opts: Mapping[str, Any]) -> dict[str, Element]:
    return {e.key: e for e in elements(opts)}
