"""The outline of a document: headings with their level and number, the title, the reports it holds and
the year each report covers. Built once per document (Document.outline) and shared by every rule."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import Document

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}


def cn_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十, 二十三); None when it is not one."""
    if not text:
        return None
    if "十" not in text:
        return CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    t = CN_DIGITS.get(tens, -1) if tens else 1
    u = CN_DIGITS.get(units, -1) if units else 0
    return None if t < 0 or u < 0 else t * 10 + u


# Patterns run on folded text (full-width punctuation already ASCII). Levels follow GB/T 9704.
_CN = "[一二三四五六七八九十]{1,3}"
_MARKERS: list[tuple[int, str, re.Pattern[str]]] = [
    (1, "cn", re.compile(rf"({_CN})(?:、|[.,](?!\d))")),
    (2, "paren_cn", re.compile(rf"\(({_CN})\)")),
    (3, "arabic", re.compile(r"(\d{1,2})(?:[.、](?!\d)|\s)")),
    (4, "paren_arabic", re.compile(r"\((\d{1,2})\)")),
]
_MD_PREFIX = re.compile(r"#{1,6}[ \t]*")
_INDENT = re.compile(r"[ \t\u00a0]*")
_HEADING_END = re.compile(r"[。!?;:]|$")

TITLE_TOPIC = re.compile(r"法治政府建设|依法行政|法治建设|法治政府|依法治")
TITLE_END = re.compile(r"(报告|总结|情况|汇报|工作要点)[\"”]?\s*$")
YEAR_IN_TITLE = re.compile(r"(20\d\d)\s*年")
BODY_YEAR = re.compile(r"(?:^|现将|关于)\s*(20\d\d)\s*年(?:度)?")
ANY_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
TITLE_MAX_LEN = 60


@dataclass
class Heading:
    line: int
    column: int  # 1-based column of the numbering marker (or of the text for a bare Markdown heading)
    level: int  # 1: 一、 2: （一） 3: 1. 4: （1）; bare Markdown headings: number of '#'
    style: str  # cn | paren_cn | arabic | paren_arabic | markdown
    number: int | None
    marker: str  # the numbering as written, e.g. "（一）"
    text: str  # heading text after the marker, up to the first sentence end on the line
    markdown: bool = False
    run_in: bool = False  # body text follows the heading on the same line


@dataclass
class Report:
    start_line: int
    end_line: int  # inclusive
    title_line: int | None
    year: int | None
    headings: list[Heading] = field(default_factory=list)


@dataclass
class Outline:
    headings: list[Heading]
    reports: list[Report]


def parse_heading(line_number: int, folded: str) -> Heading | None:
    """The heading that starts a line, if any."""
    pos = _INDENT.match(folded).end()
    markdown = False
    md = _MD_PREFIX.match(folded, pos)
    if md:
        markdown = True
        pos = md.end()
    for level, style, pattern in _MARKERS:
        m = pattern.match(folded, pos)
        if not m:
            continue
        raw = m.group(1)
        number = int(raw) if raw.isdigit() else cn_number(raw)
        if number is None:
            continue
        rest = folded[m.end():]
        end = _HEADING_END.search(rest)
        text = rest[: end.start()].strip()
        run_in = bool(rest[end.end():].strip()) if end else False
        if not text and not markdown:
            continue
        return Heading(line_number, pos + 1, level, style, number, folded[pos:m.end()], text, markdown, run_in)
    if markdown:
        hashes = md.group().count("#")
        return Heading(line_number, pos + 1, hashes, "markdown", None, "", folded[pos:].strip(), True, False)
    return None


def is_title_like(folded: str) -> bool:
    text = folded.strip().lstrip("#").strip()
    return (0 < len(text) <= TITLE_MAX_LEN and bool(TITLE_TOPIC.search(text)) and bool(TITLE_END.search(text))
            and parse_heading(0, text) is None)


def title_year(folded: str) -> int | None:
    m = YEAR_IN_TITLE.search(folded)
    return int(m.group(1)) if m else None


def body_year(doc: Document, start_line: int, end_line: int) -> int | None:
    """The year a report's body says it covers: an opening "2023年，…" or "现将2023年度…", else the most
    frequent year mentioned."""
    counts: Counter[int] = Counter()
    for line in doc.lines[start_line - 1:end_line]:
        m = BODY_YEAR.search(line.folded.strip())
        if m and line.number - start_line < 5:
            return int(m.group(1))
        counts.update(int(y) for y in ANY_YEAR.findall(line.folded))
    return counts.most_common(1)[0][0] if counts else None


def build_outline(doc: Document) -> Outline:
    chrome = doc.chrome
    headings: list[Heading] = []
    title_lines: list[int] = []
    seen_body = False
    for line in doc.lines:
        if line.number in chrome or not line.text.strip():
            continue
        heading = parse_heading(line.number, line.folded)
        if heading:
            headings.append(heading)
            seen_body = True
            continue
        if is_title_like(line.folded):
            # A title starts a report: the first one, or a later one after body text (reports pasted together).
            if not title_lines or seen_body:
                title_lines.append(line.number)
                seen_body = False
            continue
        seen_body = True

    content = [ln.number for ln in doc.lines if ln.text.strip() and ln.number not in chrome]
    first = content[0] if content else 1
    starts = sorted({first, *title_lines})
    reports: list[Report] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] - 1 if i + 1 < len(starts) else len(doc.lines)
        title = start if start in title_lines else None
        year = title_year(doc.lines[title - 1].folded) if title else None
        if year is None:
            year = body_year(doc, start, end)
        reports.append(Report(start, end, title, year, [h for h in headings if start <= h.line <= end]))
    return Outline(headings, reports)
