"""Dates that cannot exist: 1日1日 (月 typed as 日), 13月, 0月, 2月30日, 4月31日, in Arabic or Chinese numerals
(二〇二三年十三月, 二〇二四年二月三十日)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document, find_all, matches_at, run_before
from linter.model import Edit, Fix, Hit
from linter.outline import CN_DIGITS, cn_number
from linter.rules import rule

# 2023年1日1日: the 月 typed as 日.
_DAY_DAY = re.compile(r"(?<![\d月.])(\d{1,2})\s*日\s*(\d{1,2})\s*日")
# A month with a year before it or a day after it (a bare "13月" may be something else).
_DATE = re.compile(r"(?:(?<!\d)(20\d\d)\s*年\s*)?(?<![\d.])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?")
# What a match of each must hold: a 日 before a digit (at its first day), a 月. Few reports have a 日 before a
# digit (2 in 100); many have no 月.
_DAY_DIGIT = re.compile(r"日\s*\d")
_DAY = "日"
_MONTH = "月"
# Where a match of _DATE can begin: a year before 年 and a month, or a month before 月 (a digit run not
# preceded by a digit begins each, so no start is missed). Far fewer places than every digit run. _month_starts
# finds them from each 月 back, as `re` would test every character against \d to find this pattern's.
_DATE_START = re.compile(r"\d{1,4}(?=\s*(?:年\s*\d{1,2}\s*)?月)")


# The same in Chinese numerals: 二〇二三年十三月 / 二○二四年二月三十日 / 四月三十一日. The year (its zero typed as 〇,
# ○, 零 or O) begins with 一 or 二; month and day are one to three numerals (十二, 三十一). Spaces, not \s: a
# match never spans a line, so only the lines that can hold one are scanned.
_CN_ZERO = "〇○零O0"
_CN_NUM = "一二三四五六七八九十"
_CN_DATE = re.compile(rf"(?<![{_CN_ZERO}{_CN_NUM}])(?:([一二][{_CN_ZERO}一二三四五六七八九]{{3}}) *年 *)?"
                      rf"([{_CN_NUM}]{{1,3}}) *月(?: *([{_CN_NUM}]{{1,3}}) *[日号])?")
# A lunar date (农历二月三十日) may have a 30th day in a month the solar calendar gives 28 or 29.
_LUNAR = re.compile(r"(?:农历|阴历)[^,.;:!?\n]{0,12}$")


def _month_starts(folded: str) -> tuple[list[int], bool]:
    """One pass over the 月 of the text for both kinds of date. Every place a match of _DATE can begin (and a
    few more): from each 月 back over spaces, the start of the digit run there and, when 年 stands before that
    run (spaces either side), of the digit run before it; str.isspace and str.isdecimal are what \\s and \\d
    match. And whether a 月 follows a Chinese numeral (spaces between): what every _CN_DATE match holds."""
    starts: set[int] = set()
    cn_month = False
    for at in find_all(folded, _MONTH):
        month = run_before(folded, run_before(folded, at, str.isspace), str.isdecimal)
        starts.add(month)
        before = run_before(folded, month, str.isspace)
        if before and folded[before - 1] == "年":
            starts.add(run_before(folded, run_before(folded, before - 1, str.isspace), str.isdecimal))
        if not cn_month:
            cn_month = _numeral_before(folded, at)
    return sorted(starts), cn_month


def _day_day_starts(folded: str) -> list[int]:
    """Every place a match of _DAY_DAY can begin (and a few more), ascending: at each 日 before a digit (what
    its first day is followed by), the start of the digit run before that 日, spaces between. Found from the
    few 日 by str.find: `re` would look for 日 more slowly, and the pattern was then tried at every digit run
    of the text. str.isspace and str.isdecimal are what \\s and \\d match."""
    starts: list[int] = []
    for at in find_all(folded, _DAY):
        if _DAY_DIGIT.match(folded, at):
            end = run_before(folded, at, str.isspace)
            start = run_before(folded, end, str.isdecimal)
            if start < end:
                starts.append(start)
    return starts


def _cn_year(numeral: str) -> int:
    """二〇二三 -> 2023, digit by digit (every zero form reads 0)."""
    return int("".join(str(CN_DIGITS.get(c, 0)) for c in numeral))


def _numeral_before(folded: str, at: int) -> bool:
    """Whether a Chinese numeral stands before offset `at`, spaces between allowed."""
    i = at
    while i and folded[i - 1] == " ":
        i -= 1
    return bool(i) and folded[i - 1] in _CN_NUM


def _has_cn_month(folded: str) -> bool:
    """Whether a 月 follows a Chinese numeral (spaces between allowed): what every _CN_DATE match holds."""
    return any(_numeral_before(folded, at) for at in find_all(folded, _MONTH))


def cn_date_matches(doc: Document) -> Iterator[re.Match[str]]:
    """The matches of _CN_DATE in the whole text, found only on the lines with a numeral before a 月. Asked
    only of a text where _month_starts found one (few reports): it looks at every line."""
    for line in doc.lines:
        if _MONTH in line.folded and _has_cn_month(line.folded):
            yield from _CN_DATE.finditer(doc.folded, line.start, line.end)


# Days in each month of a common year. Not the calendar module: importing it (and locale with it) is about 2%
# of a cold start.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in(year: int | None, month: int) -> int:
    """The days in a month (1-12) of a year; February has 29 when the year is not known."""
    if month == 2:
        return 29 if year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 28
    return _MONTH_DAYS[month - 1]


@rule(code="Y003", name="impossible-date", family="years", severity="error",
      summary="不存在的日期（1日1日、13月、0月、2月30日，含汉字数字写法）",
      explanation="“2023年1日1日”把“月”误打成“日”；“13月”“0月”“2月30日”“4月31日”在日历上不存在。"
                  "用汉字数字写的日期（二〇二三年十三月、二〇二四年二月三十日）同样核对；农历日期不在此列。"
                  "这类笔误会让读者无法确定事项发生的时间，请按实际日期改正。",
      bad=["从2023年1日1日起，城乡低保标准统一提高。",
           "于2023年2月30日召开专题会议。",
           "2024年13月组织开展执法案卷评查。",
           "6月31日前完成全部清理任务。",
           "于二〇二三年二月三十日召开专题会议。"],
      good=["从2023年1月1日起，城乡低保标准统一提高。",
            "于2024年2月29日召开专题会议。",
            "连续12个月开展执法案卷评查，每月1日、15日通报进度。",
            "6月30日前完成全部清理任务。",
            "于二〇二四年二月二十九日召开专题会议。"],
      fix="unsafe", example_year=2023)
def impossible_date(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _day_days(doc)
    if _MONTH not in doc.folded:
        return  # every date but 1日1日 has a 月
    starts, cn_month = _month_starts(doc.folded)
    yield from _impossible_months_and_days(doc, starts)
    if cn_month:
        yield from _impossible_cn_dates(doc)


def _day_days(doc: Document) -> Iterator[Hit]:
    """2023年1日1日: the 月 typed as 日."""
    folded = doc.folded
    for m in matches_at(_DAY_DAY, folded, _day_day_starts(folded)):
        text = doc.text[m.start():m.end()]
        first = int(m.group(1))
        if 1 <= first <= 12:
            fixed = f"{m.group(1)}月{m.group(2)}日"
            at = folded.index("日", m.end(1))
            yield Hit(m.start(), m.end(), f"“{text}”不是有效日期，疑为“{fixed}”（“月”误作“日”）", suggestion=fixed,
                      fix=Fix("unsafe", (Edit(at, at + 1, "月"),)))
        else:
            yield Hit(m.start(), m.end(), f"“{text}”不是有效日期（两个“日”连用）")


def _impossible_months_and_days(doc: Document, starts: list[int]) -> Iterator[Hit]:
    """13月, 0月, 2月30日, 4月31日; `starts`: _month_starts(doc.folded)[0]."""
    folded = doc.folded
    for m in matches_at(_DATE, folded, starts):
        year = int(m.group(1)) if m.group(1) else None
        month = int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        if year is None and day is None:
            continue
        start = m.start(2) if year is None else m.start()
        text = doc.text[start:m.end()]
        if not 1 <= month <= 12:
            yield Hit(start, m.end(), f"“{text}”中的月份{month}不存在（一年只有1—12月）")
        elif day is not None and not 1 <= day <= days_in(year, month):
            limit = days_in(year, month)
            why = f"{month}月只有{limit}天" if day else "没有0日"
            yield Hit(start, m.end(), f"日期“{text}”不存在：{why}")


def _impossible_cn_dates(doc: Document) -> Iterator[Hit]:
    """二〇二三年十三月, 二○二四年二月三十日: Chinese numerals, the same calendar."""
    for m in cn_date_matches(doc):
        year = _cn_year(m.group(1)) if m.group(1) else None
        month = cn_number(m.group(2))
        day = cn_number(m.group(3)) if m.group(3) else None
        if month is None or (m.group(3) and day is None):
            continue  # 一二月: two months written together, not a number
        if year is None and day is None:
            continue  # 十三月 alone may be something else
        start = m.start(2) if year is None else m.start()
        if _LUNAR.search(doc.folded, max(0, start - 16), start):
            continue
        text = doc.text[start:m.end()]
        if not 1 <= month <= 12:
            yield Hit(start, m.end(), f"“{text}”中的月份“{m.group(2)}月”不存在（一年只有一至十二月）")
        elif day is not None and not 1 <= day <= days_in(year, month):
            yield Hit(start, m.end(), f"日期“{text}”不存在：{month}月只有{days_in(year, month)}天")
