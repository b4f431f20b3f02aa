"""S007: several reports pasted into one file."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .common import line_span

REASONS = {
    "title": "这里又出现一个报告标题",
    "restart": "一级标题在这里重新从“一、”开始，且其后的各部分又构成一篇完整的报告",
    "opening": "这里又出现一次“现将……报告如下”式的开头",
}
_SHOWN = 40


@rule(code="S007", name="multiple-reports", family="structure", severity="error",
      summary="一个文件中拼接了多篇报告",
      explanation="从网站转载或汇编时，常把几个单位的报告接在一起：正文之后又出现标题、一级标题在“三、”“四、”之后重新"
                  "从“一、”开始、或第二次出现“现将……报告如下”。这样的文件无法作为一篇报告公开或审阅，年度、单位也"
                  "会混淆。每篇报告应单独成文；其余各项检查按识别出的每篇报告分别进行。",
      bad=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n全年取消行政许可事项3项。\n二、存在的不足和原因\n"
           "执法队伍专业化水平有待提高。\n三、2025年工作打算\n持续深化“放管服”改革。\n"
           "2024年，我局在区委、区政府的正确领导下，扎实推进法治政府建设。\n一、主要工作及成效\n完善行政执法制度。\n"
           "二、存在的问题\n执法人员不足。",
           "某县2024年法治政府建设情况报告\n2024年，我县扎实推进法治政府建设。现将有关情况报告如下：\n"
           "一、主要举措和成效\n全年取消行政许可事项3项。\n某局2024年度法治政府建设工作报告\n"
           "2024年，我局扎实推进依法行政。"],
      good=["某县2024年法治政府建设情况报告\n2024年，我县扎实推进法治政府建设。现将有关情况报告如下：\n"
            "一、主要举措和成效\n全年取消行政许可事项3项。\n二、存在的不足和原因\n执法队伍专业化水平有待提高。\n"
            "三、2025年工作打算\n2025年，我县将从以下方面推进：\n（一）深化改革。\n（二）加强执法监督。"],
      example_year=2024)
def multiple_reports(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    reports = doc.reports
    if len(reports) < 2:
        return
    for n, report in enumerate(reports[1:], start=2):
        start, end = line_span(doc, report.start_line)
        shown = doc.text[start:end]
        shown = shown if len(shown) <= _SHOWN else shown[:_SHOWN] + "……"
        why = REASONS.get(report.reason or "", "这里开始另一篇报告")
        yield Hit(start, min(end, start + _SHOWN),
                  f"第{report.start_line}行起是本文件中的第{n}篇报告（{why}）：“{shown}”。一个文件只应包含一篇报告，"
                  f"本文件共识别出{len(reports)}篇，请拆分为单独的文件。")
