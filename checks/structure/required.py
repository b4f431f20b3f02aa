"""S002: a required content of the annual report has no section; S003: the leader's duty is only mentioned
in passing in body text."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from operator import itemgetter
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.outline import Report
from linter.rules import rule

from .common import line_span
from .elements import Element, required_keys
from .sections import all_sections, body_mention, element_by_key

LEADER = "leader_duty"
_KEYS = itemgetter(5)  # Entry.keys, without a Python frame for each entry


def _anchor(doc: Document, report: Report) -> tuple[int, int]:
    start, end = line_span(doc, report.title_line or report.start_line)
    return start, min(end, start + 40)


def _which(doc: Document, report: Report) -> str:
    return f"第{report.start_line}—{report.end_line}行的报告" if len(doc.reports) > 1 else "报告"


def _looked_for(element: Element) -> str:
    return "”“".join(element.looked_for)


@rule(code="S002", name="missing-required-section", family="structure", severity="error",
      summary="缺少督察工作规定要求的报告内容",
      explanation="《法治政府建设与责任落实督察工作规定》要求年度报告写明：上一年度的主要举措和成效；存在的不足和原因；"
                  "党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况；下一年度的主要安排"
                  "（以及其他需要报告的情况）。各部分标题写法多样，本规则按常见写法在各级标题中查找，缺少哪一部分就"
                  "报告哪一部分。确有其他写法的，可在配置 structure: synonyms 中补充；要求哪些部分可用 structure: "
                  "required 调整。",
      bad=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能。全年取消行政许可事项3项。\n"
           "二、主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n"
           "三、2025年工作打算\n（一）持续深化“放管服”改革。"],
      good=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n（一）依法全面履行政府职能。全年取消行政许可事项3项。\n"
            "二、存在的不足和原因\n执法队伍专业化水平有待提高。\n"
            "三、主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n"
            "四、2025年工作打算\n（一）持续深化“放管服”改革。"],
      example_year=2024)
def missing_required_section(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    by_key = element_by_key(opts)
    for sections in all_sections(doc, opts):
        if sections.fragment:
            continue
        report = sections.report
        # The keys some entry names (a key is missing when no entry's keys hold it: sections.first(key) is
        # None), gathered in one pass rather than the entries walked again for each required key.
        present: set[str] = set().union(*map(_KEYS, sections.entries))
        for key in required_keys(opts):
            if key in present:
                continue
            if key == LEADER and body_mention(doc, report, by_key[key]) is not None:
                continue  # S003's warning: present, but not as a section of its own
            element = by_key[key]
            start, end = _anchor(doc, report)
            yield Hit(start, end,
                      f"{_which(doc, report)}缺少“{element.label}”部分：督察工作规定要求年度报告写明"
                      f"{element.requirement}；但各级标题中没有找到“{_looked_for(element)}”之类的标题。")


@rule(code="S003", name="leader-duty-not-a-section", family="structure", severity="warning",
      summary="第一责任人职责情况只在正文中顺带提及，没有单列一部分",
      explanation="督察工作规定把“党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况”列为年度报告"
                  "的一项内容。只在举措部分的“二是高位推进……主要负责同志认真落实第一责任人职责”中带过一句，不足以"
                  "说明履职情况。建议单列一部分，如“三、党政主要负责人履行推进法治建设第一责任人职责情况”"
                  "（部门可写“主要负责人”）。",
      bad=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n一是深学笃行习近平法治思想。二是高位推进法治政府建设，"
           "县政府主要负责同志认真履行推进法治建设第一责任人职责。\n二、存在的不足和原因\n执法队伍专业化水平有待提高。\n"
           "三、2025年工作打算\n持续深化“放管服”改革。"],
      good=["某县2024年法治政府建设情况报告\n一、主要举措和成效\n一是深学笃行习近平法治思想。二是高位推进法治政府建设，"
            "县政府主要负责同志认真履行推进法治建设第一责任人职责。\n二、存在的不足和原因\n执法队伍专业化水平有待提高。\n"
            "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法，四次主持研究法治工作。\n"
            "四、2025年工作打算\n持续深化“放管服”改革。"],
      example_year=2024)
def leader_duty_not_a_section(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    if LEADER not in required_keys(opts):
        return
    element = element_by_key(opts)[LEADER]
    for sections in all_sections(doc, opts):
        if sections.fragment or sections.first(LEADER) is not None:
            continue
        mention = body_mention(doc, sections.report, element)
        if mention is None:
            continue
        line = doc.position(mention[0]).line
        which = _which(doc, sections.report)
        yield Hit(mention[0], mention[1],
                  f"第一责任人职责履行情况只在第{line}行正文中顺带提及，{which}没有单列这一部分："
                  f"督察工作规定要求报告“{element.requirement}”，建议增设如“{element.looked_for[0]}”的标题。")
