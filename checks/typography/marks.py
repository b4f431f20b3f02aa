"""T011 a half-width "?" between Chinese characters that no question explains; T012 an event day's date
written with a full stop (“4.15”) instead of the 间隔号 (“4·15”)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.data import load_data
from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import HAN_CLASS

_DATA = load_data("typography", "marks.yaml")
_QUESTION = re.compile("|".join(map(re.escape, _DATA["question_words"])))
# On the original text: a full-width ？ is a question mark the writer typed; an ASCII one between two Chinese
# characters is what a failed conversion leaves ("推进法治政府建设?现将…"), and so is one before more debris
# of it, a comma and a Latin letter ("建設?,F(xiàn)將": 。現 lost), which no Chinese sentence writes.
_STRAY_QMARK = re.compile(f"(?<=[{HAN_CLASS}])\\?(?=[{HAN_CLASS}]|,[A-Za-z])")
_SENTENCE_START = re.compile(r"[。！？!?\n]")
_EVENT_DAYS = "|".join(map(re.escape, sorted(_DATA["event_days"], key=len, reverse=True)))
# Folded text: “” are unchanged. A month.day in quotes with a day, week or campaign named after it, or right
# before a named day; not an amount (“6.5”万元) or a score (“3.5”分).
_DOTTED_DAY = re.compile(r"(?:(?<=“)(\d{1,2})\.(\d{1,2})(?=”[^,;。!?\n]{0,12}?(?:日|节|周|宣传|活动|纪念|晚会))"
                         rf"|(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})(?=[”\"]?(?:{_EVENT_DAYS})))")
# The dot of a month.day. The pattern opens with lookbehinds, so `re` would try it at every position; it is
# tried 2 and 1 characters before each of these instead, which `re` finds fast as they open with a literal.
_DOT_DIGIT = re.compile(r"\.\d")


def _dotted_days(folded: str) -> Iterator[re.Match[str]]:
    """The matches of _DOTTED_DAY.finditer(folded): each begins with a month of one or two digits and its dot."""
    pos = 0  # where finditer would resume: the end of the last match
    for dot in _DOT_DIGIT.finditer(folded):
        for start in (dot.start() - 2, dot.start() - 1):  # the leftmost first, as finditer tries them
            m = _DOTTED_DAY.match(folded, start) if start >= pos else None
            if m:
                yield m
                pos = m.end()
                break


@rule(code="T011", name="garbled-question-mark", family="typography", severity="warning",
      summary="汉字之间的半角问号“?”，疑为转码丢失的字符或标点",
      explanation="报告正文很少用问句。两个汉字之间夹着一个半角问号“?”，而所在句子里没有“吗、呢、什么、如何、是否”之类的"
                  "疑问词，多半是文本在不同编码之间转换时，无法显示的字符或标点（常见的是句号“。”或生僻字）被替换成了"
                  "“?”。问号后紧跟半角逗号和拉丁字母（“建設?,F(xiàn)將”）也是这种乱码的残留。请对照原件改正。"
                  "不提供自动修复：丢失的是什么只有原件知道。",
      bad=["全面推进法治政府建设?现将有关情况报告如下。", "全面推进法治政府建设?,F(xiàn)将有关情况报告如下。"],
      good=["全面推进法治政府建设。现将有关情况报告如下。",
            "如何把法治要求落到实处?这是我们一直思考的问题。",
            "执法是否规范？群众说了算。"],
      example_year=2024)
def garbled_question_mark(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    text, chrome = doc.text, doc.chrome
    if "?" not in text:
        return
    for m in _STRAY_QMARK.finditer(text):
        if doc.line_of(m.start()).number in chrome:
            continue
        begin = max((s.end() for s in _SENTENCE_START.finditer(text, max(0, m.start() - 200), m.start())),
                    default=max(0, m.start() - 200))
        if _QUESTION.search(text, begin, m.start()):
            continue  # a real question
        around = text[max(begin, m.start() - 8):m.end() + 8]
        where = "汉字之间" if text[m.end()] != "," else "汉字后乱码残留前"
        yield Hit(m.start(), m.end(), f"{where}的半角问号（“{around}”）所在句子不是问句，疑为转码时丢失的字符或标点"
                                      "（常见为句号“。”），请对照原件改正")


@rule(code="T012", name="event-day-dot", family="typography", severity="warning",
      summary="以日期命名的节日、纪念日用了句点（“4.15”），应用间隔号（“4·15”）",
      explanation="按GB/T 15834，以月日表示的事件、节日名称，月和日之间用间隔号“·”，如“3·15”消费者权益日、"
                  "“4·15”全民国家安全教育日、“12·4”国家宪法日；用句点“.”会被误读为小数。安全修复：改为间隔号。",
      bad=["利用“12.4”国家宪法日开展集中宣传。", "组织“4.15”全民国家安全教育日活动。",
           "围绕6.26国际禁毒日开展禁毒宣传。"],
      good=["利用“12·4”国家宪法日开展集中宣传。", "人均可支配收入增长“6.5”万元。",
            "增幅达6.26%，国际禁毒日前后开展宣传。"],
      fix="safe", example_year=2024)
def event_day_dot(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded, chrome = doc.folded, doc.chrome
    if "." not in folded:
        return
    for m in _dotted_days(folded):
        month, day = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
        if not (1 <= month <= 12 and 1 <= day <= 31) or doc.line_of(m.start()).number in chrome:
            continue
        dot = folded.index(".", m.start())
        right = f"{month}·{day}"
        yield Hit(m.start(), m.end(), f"日期简称“{doc.text[m.start():m.end()]}”用了句点，"
                                      f"按GB/T 15834以月日命名的事件、节日应用间隔号：“{right}”",
                  suggestion=f"改为“{right}”", fix=Fix("safe", (Edit(dot, dot + 1, "·"),)))
