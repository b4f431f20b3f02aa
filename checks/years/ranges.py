"""Year ranges and periods: placeholders (2023—2023年), lost dashes (20212025年), reversed ranges, periods that
start and end on the same month or day, and the national 纲要 cited with a range it never had."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document, matches_at
from linter.model import Edit, Fix, Hit
from linter.record import NamedTuple
from linter.rules import rule

from .common import DASH, RANGE_SEP, calendar

# 2023—2023年 / (2023-2023) / 2025至2023年. A year followed by a month is a date, not a range end.
# Not part of a longer run of digits and hyphens (a telephone number 0851-2023-2023).
_RANGE = re.compile(rf"(?<![\d-])(20\d\d)\s*(年)?\s*{RANGE_SEP}\s*(20\d\d)(?!\d|-\d)"
                    r"(?!\s*年?\s*(?:\d|[底末初上下前中第]))")
# The dash lost between two years: (20212025年) or (20212025).
_LOST_DASH = re.compile(r"(?<!\d)(20\d\d)(20\d\d)(?!\d)(?=\s*年|\s*\))")
_LOST_DASH_OPEN = re.compile(r"\(\s*$")
# 2023年12月至2023年12月 / 2023年1月1日—2023年1月1日 / 2023年3月至2023年1月.
_PERIOD = re.compile(
    rf"(?<!\d)(20\d\d)\s*年\s*(\d{{1,2}})\s*月(?:\s*(\d{{1,2}})\s*[日号])?\s*(?:{DASH}|至|到)\s*"
    r"(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?![底末初中上下旬\d])")
# Where a match of _RANGE, _LOST_DASH and _PERIOD can begin: a year 20xx not preceded by a digit, followed by
# what must come next in that pattern (most years begin none of them), one empty group for each. One scan
# finds the three kinds: what may follow a year differs in each (a 年 or space then a dash, a digit, a 年 then
# a digit), so one place is never the start of two. Matches of this never overlap such a start (they are all
# digits, and the start follows a non-digit), so none is missed.
_YEAR_STARTS = re.compile(rf"20\d\d(?:(?=\s*年?\s*{RANGE_SEP})()|(?=20\d\d)()|(?=\s*年\s*\d{{1,2}}\s*月)())")
# A range whose years are gone, inside a document title: 《某省法治政府建设实施方案（年）》, （—年）.
# Where a title's range stands: at its end, or before the name of the document that implements it.
_EMPTY_RANGE = re.compile(rf"\(\s*(?:{RANGE_SEP})?\s*年\s*\)(?=\s*》|实施方案|实施意见|工作方案|行动方案)")


class YearRange(NamedTuple):
    start: int  # offsets of the range text (both years and what lies between)
    end: int
    first: int
    last: int
    lost_dash: bool

    @property
    def broken(self) -> bool:
        """A placeholder (start = end), a reversed range, or a lost dash: what Y001 reports."""
        return self.lost_dash or self.last <= self.first


def year_starts(folded: str) -> tuple[list[int], list[int], list[int]]:
    """The places a match of _RANGE, of _LOST_DASH and of _PERIOD can begin (and a few more), each ascending."""
    out: tuple[list[int], list[int], list[int]] = ([], [], [])
    for m in _YEAR_STARTS.finditer(folded):
        out[m.lastindex - 1].append(m.start())  # type: ignore[operator]  # each branch ends in its group
    return out


def _document_year_starts(doc: Document) -> tuple[list[int], list[int], list[int]]:
    """year_starts of the whole document, found once for the ranges (Y001, Y008, Y009) and periods (Y002)."""
    return doc.memo("years.year_starts", lambda: year_starts(doc.folded))


def year_ranges(folded: str, starts: tuple[list[int], list[int], list[int]] | None = None) -> Iterator[YearRange]:
    """The year ranges of the text; `starts`: year_starts(folded) when already found."""
    range_starts, lost_dash_starts, _ = year_starts(folded) if starts is None else starts
    for m in matches_at(_RANGE, folded, range_starts):
        yield YearRange(m.start(1), m.end(3), int(m.group(1)), int(m.group(3)), False)
    for m in matches_at(_LOST_DASH, folded, lost_dash_starts):
        first, last = int(m.group(1)), int(m.group(2))
        if not 0 <= last - first <= 15:
            continue  # not two years run together: some other eight-digit number
        followed_by_year = folded[m.end():m.end() + 3].lstrip().startswith("年")
        if followed_by_year or _LOST_DASH_OPEN.search(folded[max(0, m.start() - 3):m.start()]):
            yield YearRange(m.start(1), m.end(2), first, last, True)


def document_year_ranges(doc: Document) -> list[YearRange]:
    """The year ranges of the whole document, found once for the three rules that read them (Y001, Y008, Y009)."""
    return doc.memo("years.ranges", lambda: list(year_ranges(doc.folded, _document_year_starts(doc))))


@cache
def _gangyao() -> tuple[re.Pattern[str], set[tuple[int, int]], str, tuple[str, ...]]:
    g = calendar()["gangyao"]
    title = re.compile(rf"{re.escape(g['title'])}\s*\(\s*$")
    return title, {tuple(r) for r in g["ranges"]}, g["local_suffixes"], tuple(g["national_issuers"])


def national_gangyao(folded: str, r: YearRange) -> bool:
    """Whether a range is the one in parentheses right after the national 《法治政府建设实施纲要》 title."""
    title_re, _, local, issuers = _gangyao()
    before = folded[max(0, r.start - 30):r.start]
    m = title_re.search(before)
    if not m:
        return False
    prefix = before[:m.start()].rstrip("《\"“ ")  # the issuer stands before the 《 of the title
    if not prefix or prefix[-1] not in local:
        return True
    return prefix.endswith(issuers)


def _range_text(doc: Document, r: YearRange) -> str:
    return doc.text[r.start:r.end]


@rule(code="Y001", name="placeholder-year-range", family="years", severity="error",
      summary="占位或残缺的年份区间（2023—2023年、20212025年、止年早于起年）",
      explanation="起止年份相同的区间（2023—2023年）是套用模板时没有填好的占位；两个年份连写（20212025年）"
                  "是丢了连接号；止年早于起年的区间不可能成立。这类错误多出现在引用规划、实施方案、纲要名称时，"
                  "请核对原文件名称中的真实起止年份（国家《法治政府建设实施纲要》为2021—2025年，此前为2015—2020年）。",
      bad=["全面落实《法治政府建设实施纲要（2023—2023年）》，将法治建设贯穿于应急管理工作全过程。",
           "印发《市民政局法治政府建设实施纲要（2022－2022）实施方案》。",
           "对照《法治政府建设实施纲要（20212025年）》逐项抓好落实。",
           "编制《全县普法规划（2025—2021年）》。",
           "认真贯彻《某省法治政府建设实施方案（年）》。"],
      good=["全面落实《法治政府建设实施纲要（2021—2025年）》，将法治建设贯穿于应急管理工作全过程。",
            "高质量完成《法治政府建设实施纲要（2015-2020年）》确定的各项目标任务。",
            "2023年1月至2023年12月，共受理行政复议申请56件。",
            "2022年至2023年底累计办理案件120件。"],
      fix="safe", example_year=2023)
def placeholder_year_range(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    for r in document_year_ranges(doc):
        if not r.broken:
            continue
        hint = ""
        if national_gangyao(folded, r):
            hint = "；国家《法治政府建设实施纲要》为2021—2025年（此前为2015—2020年）"
        text = _range_text(doc, r)
        if r.lost_dash:
            fixed = f"{r.first}—{r.last}"
            yield Hit(r.start, r.end, f"年份区间“{text}”缺少连接号，应写作“{fixed}”{hint}", suggestion=fixed,
                      fix=Fix("safe", (Edit(r.start + 4, r.start + 4, "—"),)))
        elif r.first == r.last:
            yield Hit(r.start, r.end, f"年份区间“{text}”起止年份相同，是模板中没有填好的占位区间，"
                                      f"请核对所引文件的真实起止年份{hint}")
        else:
            yield Hit(r.start, r.end, f"年份区间“{text}”止年（{r.last}）早于起年（{r.first}），区间不能成立{hint}")
    for m in _EMPTY_RANGE.finditer(folded):
        title_open = folded.rfind("《", 0, m.start())
        if title_open < 0 or "》" in folded[title_open:m.start()] or "\n" in folded[title_open:m.start()]:
            continue  # only inside a document title: elsewhere "（年）" may be a unit in a table
        text = doc.text[m.start():m.end()]
        yield Hit(m.start(), m.end(), f"文件名称中的年份区间是空的（“{text}”）：起止年份被删去或模板没有填写，"
                                      "请核对所引文件的真实名称补上年份")


@rule(code="Y009", name="gangyao-range", family="years", severity="error",
      summary="国家《法治政府建设实施纲要》的年份区间写错",
      explanation="中共中央、国务院印发的《法治政府建设实施纲要》只有两版：2015—2020年（中发〔2015〕36号）和"
                  "2021—2025年（中发〔2021〕33号）。引用时写成其他区间（如2020—2025年、2021—2035年），"
                  "是记错或抄错了文件名称；地方的实施方案、实施纲要不受此限。",
      bad=["深入贯彻中共中央、国务院《法治政府建设实施纲要（2020—2025年）》。",
           "对照《法治政府建设实施纲要(2021-2035年)》要求，逐项细化任务。"],
      good=["深入贯彻中共中央、国务院《法治政府建设实施纲要（2021—2025年）》。",
            "制定《江西省法治政府建设实施纲要（2021—2035年）》配套措施。",
            "对照《法治政府建设实施纲要（2015—2020年）》确定的目标任务开展评估。",
            "贯彻落实省委、省政府《法治政府建设实施纲要（2016—2020年）》。"],
      example_year=2023)
def gangyao_range(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    _, valid, _, _ = _gangyao()
    for r in document_year_ranges(doc):
        if r.broken or (r.first, r.last) in valid or not national_gangyao(folded, r):
            continue  # broken ranges are Y001's
        guess = next((f"{a}—{b}" for a, b in sorted(valid) if r.first == a or r.last == b), None)
        known = "、".join(f"{a}—{b}年" for a, b in sorted(valid))
        yield Hit(r.start, r.end, f"国家《法治政府建设实施纲要》只有{known}两版，没有“{_range_text(doc, r)}”这一区间"
                  + (f"，应为“{guess}”" if guess else ""), suggestion=guess)




@rule(code="Y002", name="empty-period", family="years", severity="error",
      summary="起止相同或倒置的时间段（2023年12月至2023年12月）",
      explanation="“2023年12月至2023年12月”“2023年1月至2023年1月”这类起止月份或日期相同的时间段，"
                  "多是套用模板后没有改好的占位；止时早于起时的时间段同样不能成立。请写明真实的起止时间，"
                  "只有一个月的写“2023年12月”即可。",
      bad=["2023年12月至2023年12月，在全市范围内开展行政执法案卷评查。",
           "于2023年5月10日—2023年5月10日开展专项检查。",
           "2023年9月至2023年3月，组织执法人员轮训。"],
      good=["2023年1月至2023年12月，在全市范围内开展行政执法案卷评查。",
            "于2023年11月29日-12月15日开展了为期20天的行政执法监督专项检查。",
            "2023年12月至2024年1月开展冬季专项整治。",
            "2023年12月至12月底集中清理积案。"],
      example_year=2023)
def empty_period(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in matches_at(_PERIOD, doc.folded, _document_year_starts(doc)[2]):
        y1, m1 = int(m.group(1)), int(m.group(2))
        y2 = int(m.group(4)) if m.group(4) else None
        m2 = int(m.group(5))
        d1, d2 = m.group(3), m.group(6)
        if (d1 is None) != (d2 is None):
            continue  # 12月1日至12月: not comparable
        a = (y1, m1, int(d1 or 0))
        b = ((y2 if y2 is not None else y1), m2, int(d2 or 0))
        text = doc.text[m.start():m.end()]
        if a == b:
            yield Hit(m.start(), m.end(), f"时间段“{text}”起止相同，是未填好的占位时间段，请写明真实的起止时间")
        elif b < a and (y2 is not None or m2 == m1):
            # Without an end year, 2023年12月至1月 may run into the next year: only flag explicit ones.
            yield Hit(m.start(), m.end(), f"时间段“{text}”止时早于起时，不能成立")
