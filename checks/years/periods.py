"""A finished 普法 period, five-year plan or 纲要 described as current work ("继续开展“六五”普法" in 2023),
or one that has not begun yet described as under way."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document, find_all, matches_at
from linter.model import Hit
from linter.record import NamedTuple
from linter.rules import rule

from .common import alternation, calendar, clause, phrases
from .ranges import document_year_ranges, national_gangyao

# Quotes around the period name: “”, ‘’, ASCII, and the corner brackets 「」『』 some drafts use.
_Q_OPEN = "[\"“'‘「『]?"
_Q_CLOSE = "[\"”'’」』]?"
# “六五”普法 (a bare 六五 may be 六五环境日, so 普法 must follow).
_PUFA = re.compile(rf"(?<![一二三四五六七八九十]){_Q_OPEN}([五六七八九]五){_Q_CLOSE}\s*普法")
# “十三五” / 十四五规划 / “十五五”.
_PLAN = re.compile(rf"(?<![一二三四五六七八九十]){_Q_OPEN}(十[一二三四五]五){_Q_CLOSE}")
# Where a match of each can begin (an opening quote or the numeral), so the patterns are tried only there.
# The lookaheads pass over the many quotes and numerals that no period name follows. _name_starts finds
# these places by str.find, as `re` would test every character against the class to find the pattern's.
_PUFA_START = re.compile("[\"“'‘「『五六七八九](?=[五六七八九]?五)")
_PLAN_START = re.compile("[\"“'‘「『十](?=十?[一二三四五]五)")
_OPENING_QUOTES = "\"“'‘「『"  # what _Q_OPEN matches
# The names, each ending in 五. No test for 普法 comes first: nearly every report holds it, and the search for
# a two-character word costs more than the few names it would spare a match attempt.
_PUFA_NAMES = tuple(f"{n}五" for n in "五六七八九")  # each ends in 五, two characters long
_PLAN_NAMES = tuple(f"十{n}五" for n in "一二三四五")  # and three


class Period(NamedTuple):
    start: int
    end: int
    name: str  # as the message writes it
    first: int
    last: int
    kind: str  # pufa | plan | gangyao


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    return (re.compile(alternation(p["current_work_verbs"])), re.compile(alternation(p["retrospective_markers"])),
            re.compile(alternation(p["planning_markers"])))


def _name_starts(folded: str) -> tuple[list[int], list[int]]:
    """Every place a match of _PUFA and of _PLAN can begin, and a few more: at each of their names, found
    from the 五 each name ends with (a search for one character runs at memchr speed; one pass serves both),
    and at the opening quote before it."""
    found: tuple[list[int], list[int]] = ([], [])
    for at in find_all(folded, "五"):
        # startswith tries all the names of a kind at one offset: they have the same length.
        if at >= 1 and folded.startswith(_PUFA_NAMES, at - 1):
            _add_name_start(folded, at - 1, found[0])
        if at >= 2 and folded.startswith(_PLAN_NAMES, at - 2):
            _add_name_start(folded, at - 2, found[1])
    return found


def _add_name_start(folded: str, start: int, starts: list[int]) -> None:
    """A name's start, and the opening quote before it: where a match may begin."""
    if start and folded[start - 1] in _OPENING_QUOTES:
        starts.append(start - 1)
    starts.append(start)


def periods(doc: Document) -> Iterator[Period]:
    folded = doc.folded
    cal = calendar()
    pufa_starts, plan_starts = _name_starts(folded)
    for m in matches_at(_PUFA, folded, pufa_starts):
        first, last = cal["pufa_periods"][m.group(1)]
        yield Period(m.start(), m.end(), f"“{m.group(1)}”普法", first, last, "pufa")
    for m in matches_at(_PLAN, folded, plan_starts):
        span = cal["five_year_plans"].get(m.group(1))
        if span:
            yield Period(m.start(), m.end(), f"“{m.group(1)}”", span[0], span[1], "plan")
    for r in document_year_ranges(doc):
        if not r.broken and national_gangyao(folded, r):
            name = f"《法治政府建设实施纲要（{r.first}—{r.last}年）》"
            yield Period(r.start, r.end, name, r.first, r.last, "gangyao")


def _current(kind: str, year: int) -> str | None:
    """The period of the same kind in force in `year`, for the message."""
    cal = calendar()
    if kind == "gangyao":
        return next((f"《法治政府建设实施纲要（{a}—{b}年）》" for a, b in cal["gangyao"]["ranges"] if a <= year <= b),
                    None)
    raw = cal["pufa_periods" if kind == "pufa" else "five_year_plans"]
    suffix = "普法" if kind == "pufa" else ""
    return next((f"“{k}”{suffix}（{a}—{b}年）" for k, (a, b) in raw.items() if a <= year <= b), None)


@rule(code="Y008", name="outdated-period", family="years", severity="warning",
      summary="把已结束（或尚未开始）的普法规划、五年规划、纲要当作当前工作",
      explanation="普法规划和五年规划都有起止年份（“七五”普法2016—2020年、“八五”普法2021—2025年，"
                  "“十四五”2021—2025年；期间取自 checks/years/calendar.yaml）。2023年度报告写“继续开展‘六五’普法”"
                  "“深入实施‘十三五’规划”，是沿用了多年前的旧稿。总结、验收、回顾已结束的规划，"
                  "或在规划最后一年谋划下一个规划，都是正常表述，不报告。",
      bad=["一是继续开展“六五”普法教育工作，全面加强依法行政宣传教育。",
           "深入实施“十三五”规划，推动法治政府建设再上新台阶。",
           "结合“七五”普法规划，采取多种形式宣传与群众生活相关的法律法规。",
           "全面落实《法治政府建设实施纲要（2015—2020年）》，推进严格规范公正文明执法。"],
      good=["组织开展本系统“七五”普法总结验收工作，谋划推进“八五”普法工作。",
            "“十三五”期间，累计办理行政复议案件560件。",
            "一是继续开展“八五”普法教育工作，全面加强依法行政宣传教育。",
            "全面落实《法治政府建设实施纲要（2021—2025年）》，推进严格规范公正文明执法。"],
      example_year=2023)
def outdated_period(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    current_verbs, retrospective, planning = _markers()
    for p in periods(doc):
        year = doc.year_at(doc.position(p.start).line)
        if year is None:
            continue
        finished, unborn = p.last < year, year < p.first - 1
        if not (finished or unborn):
            continue
        a, b = clause(folded, p.start, p.end)
        text = folded[a:b]
        if not current_verbs.search(text) or retrospective.search(text) or planning.search(text):
            continue  # history, a summary, or planning ahead: not described as current work
        now = _current(p.kind, year)
        state = f"到{year}年已经结束" if finished else f"{year}年尚未开始"
        span = "" if p.kind == "gangyao" else f"为{p.first}—{p.last}年"
        yield Hit(p.start, p.end, f"{p.name}{span}，{state}，这里却作为当前工作来写"
                                  + (f"；{year}年应为{now}" if now else "") + "，疑为沿用旧稿",
                  suggestion=now)
