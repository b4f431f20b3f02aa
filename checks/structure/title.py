"""S001: the report has no title line; S009: the title has the first paragraph run into it; S010: the lead-in
says "现将…报告如下" twice."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.outline import Report, is_opening, is_salutation, reader
from linter.rules import rule

from .common import line_span

_EXCERPT = 24


@rule(code="S001", name="missing-title", family="structure", severity="error",
      summary="报告缺少标题",
      explanation="年度报告应以标题开头，写明单位、年度和事项，如“XX县2024年法治政府建设情况报告”“关于2024年度"
                  "法治政府建设情况的报告”。正文（或“中共XX区委、XX区人民政府：”这样的称谓）直接开头，读者和"
                  "公开平台都无法识别这是哪个单位哪一年的报告。网页残留（面包屑、元信息）之后的第一行才算开头。",
      bad=["2024年以来，在县委、县政府的坚强领导下，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
           "一、主要举措和成效\n（一）依法全面履行政府职能。",
           "中共南湖区委、南湖区人民政府：\n2024年，我局在区委、区政府的正确领导下，扎实推进法治政府建设。现将"
           "有关情况报告如下：\n一、主要举措和成效"],
      good=["某县2024年法治政府建设情况报告\n2024年以来，在县委、县政府的坚强领导下，我县扎实推进法治政府建设。",
            "关于2024年度法治政府建设情况的报告\n中共南湖区委、南湖区人民政府：\n2024年，我局扎实推进法治政府建设。"],
      example_year=2024)
def missing_title(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    # Only the first report: each further report pasted into the file is already an S007 error.
    if not doc.reports:
        return
    report = doc.reports[0]
    if report.title_line is not None:
        return
    start, end = line_span(doc, report.start_line)
    if start == end:
        return  # an empty file: nothing to title
    line = doc.lines[report.start_line - 1]
    shown = line.text.strip()
    shown = shown if len(shown) <= _EXCERPT else shown[:_EXCERPT] + "……"
    if is_salutation(line.folded):
        what = f"报告以称谓“{shown}”开头"
    elif any(h.line == report.start_line for h in report.headings[:1]):
        what = f"报告第一行就是小标题“{shown}”"
    else:
        what = f"报告第{report.start_line}行直接是正文“{shown}”"
    example = f"XX县{doc.report_year or '20XX'}年法治政府建设情况报告"
    yield Hit(start, min(end, start + _EXCERPT), f"{what}，缺少标题：应在开头写明单位、年度和事项，如“{example}”。")


_SHOWN = 16


@rule(code="S009", name="title-run-into-body", family="structure", severity="warning",
      summary="标题与正文连在一行",
      explanation="报告标题后面没有换行，第一段正文直接接在标题之后（“……情况报告2024年，全县坚持……”），多因从文档分享"
                  "网站或PDF复制时丢了换行。排版时标题和正文成了同一段，标题无法居中、单列。应在标题后换行，"
                  "正文另起一段。修复（不安全，需确认）：在标题后插入换行。",
      bad=["某县2024年度法治政府建设情况报告2024年，全县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府"
           "建设。\n一、主要举措和成效",
           "关于2024年度法治政府建设情况的报告在县委的坚强领导下，我局深入学习贯彻习近平法治思想。\n一、主要举措和成效"],
      good=["某县2024年度法治政府建设情况报告\n2024年，全县坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府"
            "建设。\n一、主要举措和成效",
            "2024年，全县坚持以习近平新时代中国特色社会主义思想为指导，认真落实法治政府建设情况报告制度，按时公开年度"
            "报告。\n一、主要举措和成效"],
      fix="unsafe", example_year=2024)
def title_run_into_body(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for number, end in sorted(doc.outline.glued.items()):
        line = doc.lines[number - 1]
        watermark = doc.outline.watermarks.get(number)  # before the title: B001's finding, not part of it
        start = watermark.title_start if watermark else len(line.text) - len(line.text.lstrip())
        body = end + len(line.text[end:]) - len(line.text[end:].lstrip())
        title, rest = line.text[start:end].strip(), line.text[body:]
        shown = rest if len(rest) <= _SHOWN else rest[:_SHOWN] + "……"
        yield Hit(line.start + end - 1, line.start + end,
                  f"标题与正文连在一行：标题“{title}”之后直接接着正文“{shown}”，应在标题后换行，正文另起一段",
                  suggestion="在标题后换行", fix=Fix("unsafe", (Edit(line.start + end, line.start + body, "\n"),)))


@rule(code="S010", name="doubled-lead-in", family="structure", severity="warning",
      summary="开头两次写“现将……报告如下”",
      explanation="报告开头的导语写了两遍“现将……报告如下”（如“……现将我局2024年法治政府建设情况报告如下：”之后，"
                  "下一段又是“2024年，我局……现将有关情况报告如下。”），多是合并两版导语或套用模板时留下的。"
                  "导语只需一处，应删去其中一句。只看第一个标题之前、前后相接的两段。",
      bad=["某局2024年法治政府建设年度报告\n根据有关规定，现将我局2024年法治政府建设情况报告如下：\n"
           "2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。现将有关情况报告如下。\n"
           "一、主要举措和成效"],
      good=["某局2024年法治政府建设年度报告\n2024年，我局坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治"
            "政府建设。现将有关情况报告如下。\n一、主要举措和成效",
            "某局2024年法治政府建设年度报告\n现将我局2024年法治政府建设情况报告如下。\n一、主要举措和成效\n"
            "（一）完善制度。年底前现将执行情况报告如下级单位参考。"],
      example_year=2024)
def doubled_lead_in(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for report in doc.reports:
        pair = _lead_in_openings(doc, report)
        if pair:
            first, second = pair
            start, end = line_span(doc, second)
            yield Hit(start, end, f"第{first}行和第{second}行都写了“现将……报告如下”：导语重复，应删去其中一句")


def _lead_in_openings(doc: Document, report: Report) -> tuple[int, int] | None:
    """Two neighbouring paragraphs before the report's first heading that both say 现将…报告如下."""
    first_heading = report.headings[0].line if report.headings else report.end_line + 1
    previous: int | None = None  # the paragraph before, if it said it
    read = reader(doc)  # most documents: no scan of each paragraph for traditional-script characters
    for number in range(report.start_line, min(first_heading, report.end_line + 1)):
        line = doc.lines[number - 1]
        if not line.text.strip() or number in doc.chrome or number == report.title_line:
            continue
        if is_opening(line.folded, read):
            if previous is not None:
                return previous, number
            previous = number
        else:
            previous = None
    return None
