"""T003 mixed punctuation width; T009 full-width digits."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document, fold
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import CLOSING, is_han

DEFAULT_CAP = 20
DEFAULT_MAJORITY = 0.8
MIN_MARKS = 10  # below this a document has too few marks to say which form it uses
_MARKS = re.compile(r"[，：；（）,:;()]")
_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
_FULLWIDTH_NUMBER = re.compile(r"[０-９]+(?:[．.][０-９]+)*")
# Quotes are counted apart from the other marks: a document may use “” throughout and half-width commas (a
# scrape), and a stray "法治讲堂" in a “”-document is a slip of its own.
QUOTE_MIN = 6  # full-width quotes (three pairs) before a document can be said to use “”


def _chinese_half(text: str, i: int, lo: int, hi: int, opened: list[bool]) -> bool:
    """A half-width mark at text[i] stands in Chinese text (not 1,000 / 11:30 / http: / f(x)). `opened`
    holds, for the parentheses open on the line, whether each was Chinese: a ")" follows its "("."""
    ch = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    after_chinese = is_han(prev) or prev in CLOSING or prev == "）"
    if ch == "(":
        chinese = after_chinese or is_han(nxt) or not text[lo:i].strip()  # "(1)" opening a paragraph
        opened.append(chinese)
        return chinese
    if ch == ")":
        return after_chinese or (opened.pop() if opened else is_han(nxt))
    return after_chinese or is_han(nxt)


def _marks(doc: Document) -> tuple[list[int], list[int]]:
    """Offsets of the full-width marks and of the half-width marks that stand in Chinese text."""
    full: list[int] = []
    half: list[int] = []
    chrome = doc.chrome
    text = doc.text
    for line in doc.lines:
        if line.number in chrome:
            continue
        opened: list[bool] = []
        for m in _MARKS.finditer(line.text):
            i = line.start + m.start()
            ch = m.group()
            if ch in _FULL:
                if _chinese_half(text, i, line.start, line.end, opened):
                    half.append(i)
            else:
                if ch == "（":
                    opened.append(True)
                elif ch == "）" and opened:
                    opened.pop()
                full.append(i)
    return full, half


@rule(code="T003", name="mixed-punctuation-width", family="typography", severity="warning",
      summary="全角、半角标点混用：文档主要用一种形式，个别地方用了另一种",
      explanation="按GB/T 15834，中文正文中的逗号、冒号、分号和括号应使用全角形式（，：；（））。一篇文档绝大多数"
                  "用全角、个别地方夹杂半角（或者反过来），多半是从别处复制粘贴带来的，排版时宽窄不一。"
                  "只在文档明显以一种形式为主时报告另一种形式；通篇统一的文档不报告。每篇文档最多列出若干处"
                  "（typography.mixed-width-cap，默认20），最后一处注明其余数量。"
                  "以全角为主时，安全修复把半角标点改成全角；以半角为主时不自动修复，应把全文统一改为全角。"
                  "引号另行统计：文档以全角引号“”为主时，中文里夹杂的半角引号\"也报告，同一行成对出现的安全修复为“”。",
      bad=["2024年，我县持续深化“放管服”改革，全面推行证明事项告知承诺制，办理事项1200件,减少证明材料3000份。"
           "同时，推进行政执法“三项制度”，开展案卷评查2次，评查案卷120卷；组织执法培训5期，参训600人次；"
           "聘请法律顾问12名，审查合同85份（含重大合同9份），提出意见40条。",
           "深化“放管服”改革，推行“一网通办”“最多跑一次”，落实“谁执法谁普法”责任制，"
           "创新推行\"法治讲堂+业务讲堂\"模式。"],
      good=["2024年，我县持续深化“放管服”改革，全面推行证明事项告知承诺制，办理事项1200件，减少证明材料3000份。"
            "同时，推进行政执法“三项制度”，开展案卷评查2次，评查案卷120卷；组织执法培训5期，参训600人次；"
            "聘请法律顾问12名，审查合同85份（含重大合同9份），提出意见40条，涉及金额1,200万元。",
            "2024年,我县持续深化“放管服”改革,全面推行证明事项告知承诺制,办理事项1200件,减少证明材料3000份。"
            "同时,推进行政执法“三项制度”,开展案卷评查2次,评查案卷120卷;组织执法培训5期,参训600人次;"
            "聘请法律顾问12名,审查合同85份(含重大合同9份),提出意见40条。"],
      fix="safe", example_year=2024)
def mixed_width(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    cap = int(opts.get("mixed-width-cap", DEFAULT_CAP))
    majority = float(opts.get("mixed-width-majority", DEFAULT_MAJORITY))
    quotes = list(_quote_hits(doc, majority, cap))
    hits = sorted([*_mark_hits(doc, majority, cap), *quotes], key=lambda h: h.start)
    yield from hits


def _mark_hits(doc: Document, majority: float, cap: int) -> Iterator[Hit]:
    full_marks, half_marks = _marks(doc)
    full, half = len(full_marks), len(half_marks)
    if full + half < MIN_MARKS or max(full, half) < majority * (full + half):
        return  # too few marks, or no clear majority: nothing to be consistent with
    mostly_full = full > half
    odd = half_marks if mostly_full else full_marks
    for n, at in enumerate(odd[:cap], start=1):
        more = len(odd) - cap
        tail = f"；本文档另有{more}处同类不一致未逐一列出" if n == cap and more > 0 else ""
        char = doc.text[at]
        if mostly_full:
            wanted = _FULL[char]
            yield Hit(at, at + 1,
                      f"半角“{char}”夹在以全角标点为主的文档中（全角{full}处、半角{half}处），"
                      f"中文正文应使用全角“{wanted}”{tail}",
                      suggestion=f"改为“{wanted}”", fix=Fix("safe", (Edit(at, at + 1, wanted),)))
        else:
            yield Hit(at, at + 1,
                      f"全角“{char}”夹在以半角标点为主的文档中（半角{half}处、全角{full}处），前后不一致；"
                      f"按GB/T 15834，中文正文宜把全文统一改为全角标点{tail}",
                      suggestion="全文统一为全角标点")


def _half_quotes(doc: Document) -> tuple[int, list[list[int]]]:
    """How many “ ” the document has, and per line the ASCII " that stand in Chinese text."""
    full = 0
    lines: list[list[int]] = []
    chrome, text = doc.chrome, doc.text
    for line in doc.lines:
        if line.number in chrome:
            continue
        full += line.text.count("“") + line.text.count("”")
        if '"' not in line.text:
            continue
        found = []
        for i in (line.start + m.start() for m in re.finditer('"', line.text)):
            prev = text[i - 1] if i > line.start else ""
            nxt = text[i + 1] if i + 1 < line.end else ""
            if is_han(prev) or is_han(nxt) or prev in CLOSING or nxt in "，。；：、":
                found.append(i)
        if found:
            lines.append(found)
    return full, lines


def _quote_hits(doc: Document, majority: float, cap: int) -> Iterator[Hit]:
    """ASCII quotes in Chinese text of a document that otherwise uses “”: fixed in pairs within their line
    (an odd number on a line cannot be paired safely, so it is only reported)."""
    full, lines = _half_quotes(doc)
    half = sum(map(len, lines))
    if not half or full < QUOTE_MIN or full < majority * (full + half):
        return
    n = 0
    for found in lines:
        pairable = len(found) % 2 == 0
        for k, at in enumerate(found):
            n += 1
            if n > cap:
                return
            more = half - cap
            tail = f"；本文档另有{more}处同类不一致未逐一列出" if n == cap and more > 0 else ""
            wanted = "“" if k % 2 == 0 else "”"
            message = (f"半角引号“\"”夹在以全角引号为主的文档中（全角{full}处、半角{half}处），"
                       f"中文正文应使用全角引号“”{tail}")
            if pairable:
                yield Hit(at, at + 1, message, suggestion=f"改为“{wanted}”",
                          fix=Fix("safe", (Edit(at, at + 1, wanted),)))
            else:
                yield Hit(at, at + 1, message, suggestion="改为全角引号")


@rule(code="T009", name="fullwidth-digits", family="typography", severity="warning",
      summary="全角数字（如２０２３）",
      explanation="按GB/T 15835，正文中的阿拉伯数字使用半角形式。全角数字（０—９）宽度与汉字相同，排版不协调，"
                  "也会让检索、统计和数字核对失效。安全修复：改为半角数字。",
      bad=["２０２４年，全县办理行政复议案件１２件。"],
      good=["2024年，全县办理行政复议案件12件。"],
      fix="safe", example_year=2024)
def fullwidth_digits(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    chrome = doc.chrome
    for m in _FULLWIDTH_NUMBER.finditer(doc.text):
        if doc.line_of(m.start()).number in chrome:
            continue
        half = fold(m.group())
        yield Hit(m.start(), m.end(), f"全角数字“{m.group()}”：正文中的阿拉伯数字应使用半角形式“{half}”",
                  suggestion=f"改为“{half}”", fix=Fix("safe", (Edit(m.start(), m.end(), half),)))
