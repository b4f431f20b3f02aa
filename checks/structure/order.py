"""S004: the required sections in an unusual order (the plan before the achievements)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .elements import elements
from .sections import all_sections

# (earlier, later): pairs whose order the 督察工作规定 implies. The leader's-duty section may stand first
# (some reports open with it), but not after the plan.
ORDER = (("achievements", "shortcomings"), ("achievements", "plan"), ("shortcomings", "plan"),
         ("leader_duty", "plan"))


@rule(code="S004", name="section-order", family="structure", severity="warning",
      summary="报告各部分顺序异常",
      explanation="督察工作规定列出的顺序是：主要举措和成效、存在的不足和原因、党政主要负责人履行第一责任人职责情况、"
                  "下一年度主要安排。把下一年度安排放在成效之前，或把不足放在安排之后，读者难以按惯例查找。"
                  "第一责任人职责情况放在最前面是常见写法，不报告。",
      bad=["某县2024年法治政府建设情况报告\n一、2025年工作打算\n持续深化“放管服”改革。\n"
           "二、主要举措和成效\n全年取消行政许可事项3项。\n三、存在的不足和原因\n执法队伍专业化水平有待提高。"],
      good=["某县2024年法治政府建设情况报告\n一、法治建设第一责任人职责全面履行\n县长带头学法。\n"
            "二、主要举措和成效\n全年取消行政许可事项3项。\n三、存在的不足和原因\n执法队伍专业化水平有待提高。\n"
            "四、2025年工作打算\n持续深化“放管服”改革。"],
      example_year=2024)
def section_order(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    labels = {e.key: e.label for e in elements(opts)}
    for sections in all_sections(doc, opts):
        firsts = {key: sections.first(key, top_only=True) for key in labels}
        for before, after in ORDER:
            a, b = firsts[before], firsts[after]
            if a is None or b is None or a.line <= b.line:
                continue
            start = doc.offset(b.line, b.column)
            end = doc.offset(b.line, b.end_column)
            yield Hit(start, end,
                      f"“{labels[after]}”部分（第{b.line}行）排在了“{labels[before]}”部分（第{a.line}行）之前：督察工作"
                      "规定的顺序是主要举措和成效、存在的不足和原因、第一责任人职责情况、下一年度主要安排，建议调整顺序。")
            break  # one warning per report: the first inversion explains the rest
