"""T003 mixed punctuation width; T009 full-width digits."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from checks.boilerplate.pinyin import annotation_spans
from linter.document import Document, Line, fold
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import CLOSING, HAN_CLASS, is_han

DEFAULT_CAP = 20
DEFAULT_MAJORITY = 0.8
MIN_MARKS = 10  # below this a document has too few marks to say which form it uses
_FULL_CHARS = "，：；（）"
_FULL_MARKS = re.compile(f"[{_FULL_CHARS}]")
_PARENTHESES = re.compile(r"[（）()]")
# A half-width , : or ; in Chinese text: at the line's start or after a Chinese character or a closing mark
# (a negative lookbehind of the other characters, to take the line's start, a line break, in), or before a
# Chinese character. What _chinese_half decides for them, found by `re` rather than mark by mark: only
# parentheses need the state of the line. One pattern per mark, run over the whole text: `re` skips ahead to
# a literal several times faster than to a member of a class, and one scan costs less than one per line.
_HALF_PAUSES = ",:;"
_HALF_IN_CHINESE = tuple(re.compile(f"{re.escape(c)}(?:(?<![^{HAN_CLASS}{CLOSING}）\n].)|(?=[{HAN_CLASS}]))")
                         for c in _HALF_PAUSES)
_HALF_CHARS = ",:;()"  # what _half_marks can find
_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）"}
_FULLWIDTH_DIGITS = "０１２３４５６７８９"
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
        was_chinese = opened.pop() if opened else is_han(nxt)  # popped even when it follows Chinese
        return after_chinese or was_chinese
    return after_chinese or is_han(nxt)


def _outside_chrome(doc: Document) -> Iterator[Line]:
    chrome = doc.chrome
    return (line for line in doc.lines if line.number not in chrome)


def _full_count(doc: Document) -> int:
    """How many full-width marks the document has (chrome lines aside)."""
    # str.count runs at memchr speed: counting is far cheaper than finding each mark, and the offsets are
    # wanted only in the few documents where the full-width marks are the odd ones.
    chrome_lines = [doc.lines[n - 1].text for n in doc.chrome]
    return sum(doc.text.count(c) - sum(line.count(c) for line in chrome_lines) for c in _FULL_CHARS)


def _full_marks(doc: Document) -> Iterator[int]:
    """Offsets of the full-width marks (chrome lines aside), in order."""
    return (line.start + m.start() for line in _outside_chrome(doc) for m in _FULL_MARKS.finditer(line.text))


def _half_marks(doc: Document) -> list[int]:
    """Offsets of the half-width marks that stand in Chinese text (chrome lines aside), but for the brackets of
    a pinyin annotation (B004 deletes them whole)."""
    half = _half_marks_in_text(doc)
    if not half or "(" not in doc.folded:
        return half
    owned = {at for start, end in annotation_spans(doc) for at in (start, end - 1)}
    return [at for at in half if at not in owned] if owned else half


def _half_marks_in_text(doc: Document) -> list[int]:
    chrome, text = doc.chrome, doc.text
    spans = _spans_outside_chrome(doc)
    half = [m.start() for pattern in _HALF_IN_CHINESE for a, b in spans for m in pattern.finditer(text, a, b)]
    half.sort()
    # Tested with `in` first (memchr speed): most lines have no half-width parenthesis.
    parentheses = [at for line in doc.lines if ("(" in line.text or ")" in line.text) and line.number not in chrome
                   for at in _chinese_parentheses(text, line)]
    return sorted(half + parentheses) if parentheses else half


def _spans_outside_chrome(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of each stretch of lines outside the chrome: the whole text when there is none."""
    if not doc.chrome:
        return [(0, len(doc.text))]
    spans: list[tuple[int, int]] = []
    start = 0  # of the stretch being gathered
    for number in sorted(doc.chrome):
        line = doc.lines[number - 1]
        if line.start > start:
            spans.append((start, line.start - 1))  # up to the line break before the chrome line
        start = line.end + 1
    if start < len(doc.text):
        spans.append((start, len(doc.text)))
    return spans


def _chinese_parentheses(text: str, line: Line) -> list[int]:
    """Offsets of the half-width parentheses of a line that stand in Chinese text, following which
    parentheses (of either width) are open."""
    out: list[int] = []
    opened: list[bool] = []
    for m in _PARENTHESES.finditer(line.text):
        i = line.start + m.start()
        ch = m.group()
        if ch == "（":
            opened.append(True)
        elif ch == "）":
            if opened:
                opened.pop()
        elif _chinese_half(text, i, line.start, line.end, opened):
            out.append(i)
    return out


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
    if _one_width_only(doc):
        return
    full = _full_count(doc)
    if not full:
        return  # every full-width mark is in a chrome line
    half_marks = _half_marks(doc)
    half = len(half_marks)
    if full + half < MIN_MARKS or max(full, half) < majority * (full + half):
        return  # too few marks, or no clear majority: nothing to be consistent with
    mostly_full = full > half
    # Only the first `cap` are reported, and the full-width ones are counted already: no need to find them all.
    odd = half_marks[:cap] if mostly_full else list(islice(_full_marks(doc), cap))
    more = (half if mostly_full else full) - cap
    for n, at in enumerate(odd, start=1):
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


def _one_width_only(doc: Document) -> bool:
    """The document has marks of one width only (most documents): whichever is the majority, the other has no
    mark to report. Told by substring tests (memchr speed) before the full-width marks are counted (five counts
    of the whole text) and the half-width ones read in context."""
    text = doc.text
    return not any(c in text for c in _FULL_CHARS) or not any(c in text for c in _HALF_CHARS)


def _half_quotes(doc: Document) -> tuple[int, list[list[int]]]:
    """How many “ ” the document has, and per line the ASCII " that stand in Chinese text (chrome lines aside)."""
    chrome, text = doc.chrome, doc.text
    # Counted in the whole text (at memchr speed), then in the chrome lines, rather than line by line.
    chrome_lines = [doc.lines[n - 1].text for n in chrome]
    full = sum(text.count(c) - sum(line.count(c) for line in chrome_lines) for c in "“”")
    lines: list[list[int]] = []
    for line in doc.lines:
        if '"' not in line.text or line.number in chrome:
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
    if '"' not in doc.text:
        return  # most reports: no ASCII quote to report, and the “” need no counting
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
    if not any(d in doc.text for d in _FULLWIDTH_DIGITS):
        return  # nearly every report: ten substring tests cost far less than one regex scan
    chrome = doc.chrome
    for m in _FULLWIDTH_NUMBER.finditer(doc.text):
        if doc.line_of(m.start()).number in chrome:
            continue
        half = fold(m.group())
        yield Hit(m.start(), m.end(), f"全角数字“{m.group()}”：正文中的阿拉伯数字应使用半角形式“{half}”",
                  suggestion=f"改为“{half}”", fix=Fix("safe", (Edit(m.start(), m.end(), half),)))
