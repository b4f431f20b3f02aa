"""S008: a heading with nothing under it."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .common import heading_label, heading_span

# A "heading" that is itself a complete sentence ("（一）严格按照权责清单……，规范行政行为。") is a list
# item, not a section title: nothing needs to follow it.
SECTION_TITLE_MAX = 40
# Told by the last character before trailing blanks (rstrip removes what `\s` matches), not by a search that
# tries this class at every character of a heading run into its paragraph.
_SENTENCE_ENDS = ("。", ";", "!", "?")


def _next_content(doc: Document, line: int, stop: int) -> int | None:
    """The next non-blank, non-chrome line after `line`, up to `stop` (inclusive)."""
    # Index, don't slice: a slice per heading copies the rest of the document (quadratic in headings).
    lines, chrome = doc.lines, doc.chrome
    for i in range(line, min(stop, len(lines))):
        if lines[i].text.strip() and lines[i].number not in chrome:
            return lines[i].number
    return None


@rule(code="S008", name="empty-section", family="structure", severity="warning",
      summary="标题下没有内容",
      explanation="一个标题之后紧接着同级或更高一级的标题，说明这一部分没有写内容（或内容被误删、误移）。"
                  "确实无内容的，应写明“无”，如“五、其他需要报告的情况：无”。",
      bad=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n全年取消行政许可事项3项。\n二、存在的不足和原因\n"
           "三、2025年工作打算\n持续深化“放管服”改革。"],
      good=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能\n全年取消行政许可事项3项。\n"
            "二、存在的不足和原因\n执法队伍专业化水平有待提高。\n三、2025年工作打算\n（一）深化改革，提升服务效能。\n"
            "（二）加强执法监督，规范执法行为。\n四、其他需要报告的情况：无"],
      example_year=2024)
def empty_section(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for report in doc.reports:
        by_line = {h.line: h for h in report.headings}
        for h in report.headings:
            if h.run_in or h.style == "markdown" or len(h.text) > SECTION_TITLE_MAX:
                continue
            if doc.lines[h.line - 1].folded.rstrip().endswith(_SENTENCE_ENDS):
                continue
            nxt = _next_content(doc, h.line, report.end_line)
            following = by_line.get(nxt) if nxt is not None else None
            if following is None or following.style == "markdown" or following.level > h.level:
                continue
            if following.level == h.level and following.style == h.style and following.number == h.number:
                continue  # "一、…主要措施" then "一、强化领导责任": a misnumbered child (S005's), not an empty section
            start, end = heading_span(doc, h)
            yield Hit(start, end,
                      f"标题“{heading_label(doc, h)}”下没有内容：紧接着就是第{following.line}行的同级或上级标题"
                      f"“{heading_label(doc, following)}”。请补写这一部分，确无内容的写明“无”。")
