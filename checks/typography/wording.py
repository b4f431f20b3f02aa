"""T004 brackets of a 发文字号 year; T006 截止 written where 截至 is meant."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.data import load_data
from linter.document import Document, find_all, matches_at
from linter.model import Edit, Fix, Hit
from linter.rules import rule

_DATA = load_data("typography", "wording.yaml")
_DOC_NUMBER = re.compile(_DATA["doc_number"]["pattern"])
# A 发文字号 year starts at its opening bracket: the pattern is tried only there (it opens with a lookbehind,
# which would make `re` try it at every character). The brackets are found by str.find (one character, at
# memchr speed), where `re` would test every character against the class.
_DOC_NUMBER_START = re.compile(r"[\[【(〈<［]")
_DOC_NUMBER_BRACKETS = "[【(〈<［"  # what _DOC_NUMBER_START matches
_CUTOFF = [(re.compile(c["pattern"], re.MULTILINE), c["replacement"], c["why"]) for c in _DATA["cutoff"]]
_CUTOFF_START = re.compile("截")  # every cutoff pattern matches from 截
_CUTOFF_WORD = "截"  # what _CUTOFF_START matches


def _doc_number_starts(folded: str) -> list[int]:
    """Every opening bracket a 发文字号 year may start at: the matches of _DOC_NUMBER_START."""
    return sorted(at for bracket in _DOC_NUMBER_BRACKETS for at in find_all(folded, bracket))


@rule(code="T004", name="doc-number-brackets", family="typography", severity="warning",
      summary="发文字号的年份用了方括号或圆括号，应为六角括号〔〕",
      explanation="按GB/T 9704，发文字号由发文机关代字、年份和发文顺序号组成，年份用六角括号“〔〕”括入，"
                  "如“国发〔2023〕5号”；不用方括号“[]”“【】”或圆括号。安全修复：把括号换成“〔〕”。",
      bad=["根据《关于印发安全生产年度监督检查计划编制办法的通知》（安监总政法[2023]150号）规定，制定执法计划。",
           "2023年8月出台了《关于进一步规范招生入学工作的实施办法》（陆教【2023】1号）。"],
      good=["根据《省人民政府办公厅关于全面推行行政执法公示制度的实施意见》（黔府办发〔2023〕7号）精神。",
            "全年共办理行政复议案件[2]件，详见附表。"],
      fix="safe", example_year=2023)
def doc_number_brackets(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    chrome = doc.chrome
    for m in matches_at(_DOC_NUMBER, doc.folded, _doc_number_starts(doc.folded)):
        if doc.line_of(m.start()).number in chrome:
            continue
        written = doc.text[m.start():m.end()]
        right = f"〔{m.group(2)}〕"
        yield Hit(m.start(), m.end(), f"发文字号中的年份写成了“{written}”，按GB/T 9704应使用六角括号“{right}”",
                  suggestion=f"改为“{right}”", fix=Fix("safe", (Edit(m.start(), m.end(), right),)))


@rule(code="T006", name="cutoff-wording", family="typography", severity="warning",
      summary="“截止目前”“截止到”等应为“截至”",
      explanation="“截至”表示到某个时间为止，后面可以直接跟时间（截至目前、截至2024年底）；“截止”表示到期停止，"
                  "不带时间宾语（报名于5月31日截止）。统计数据的时点应写“截至”。“截至到”“截止至”语义重复或混用。"
                  "句中“截止到”表示期限（如“报名截止到5月底”）时不报告。安全修复：改为“截至”。",
      bad=["截止目前，全市民政系统共有34人取得行政执法证件。",
           "截止到2024年底，全县共审查规范性文件61件。",
           "截至到目前，已完成行政执法案卷评查120卷。"],
      good=["截至目前，全市民政系统共有34人取得行政执法证件。",
            "申报材料截止日期为2024年5月31日。",
            "本次征求意见截止到5月底，逾期不再受理。"],
      fix="safe", example_year=2024)
def cutoff_wording(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    chrome = doc.chrome
    found: dict[int, Hit] = {}
    # Each 截 found once (str.find, at memchr speed) for the five patterns, not by one scan per pattern.
    starts = list(find_all(doc.folded, _CUTOFF_WORD))
    for pattern, replacement, why in _CUTOFF:
        for m in matches_at(pattern, doc.folded, starts):
            if m.start() in found or doc.line_of(m.start()).number in chrome:
                continue
            written = doc.text[m.start():m.end()]
            found[m.start()] = Hit(m.start(), m.end(), f"“{written}”应为“{replacement}”：{why}",
                                   suggestion=f"改为“{replacement}”",
                                   fix=Fix("safe", (Edit(m.start(), m.end(), replacement),)))
    for start in sorted(found):
        yield found[start]
