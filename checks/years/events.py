"""Party congresses and plenums against the report year: an event held after the report was due (Y007), a
report whose latest cited plenum is well behind the calendar (Y010); and plenums of two terms run together
with their separator lost (Y014)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import cache
from itertools import pairwise
from typing import Any

from linter.document import Document, find_all, matches_at
from linter.model import Edit, Fix, Hit
from linter.outline import cn_number
from linter.record import NamedTuple
from linter.rules import rule

from .common import alternation, calendar, clause, phrases, ym

_NUMERALS = "一二三四五六七"
# 党的十九大 / 二十大 (not 二十九大, not 十九大类).
_CONGRESS = re.compile(r"(?<![一二三四五六七八九十百\d])(十[八九]|二十)(?:次全国代表)?大(?![类项批件个家所座条种])")
# 十九届二中、三中、四中、五中全会 / 二十届三中全会 / 二十届3中全会.
_PLENUMS = re.compile(
    rf"(?<![一二三四五六七八九十])(十[八九]|二十)届((?:[{_NUMERALS}1-7]中(?:全会)?(?:以及|[、,和及与])?)+)")
_PLENUM_NUM = re.compile(rf"([{_NUMERALS}1-7])中")
# Two plenums of one term with nothing between them: 二十届二中三中全会 for 二十届二中、三中全会.
_SAME_TERM_RUN = re.compile(rf"[{_NUMERALS}1-7]中(?=[{_NUMERALS}1-7]中)")
# 二十届历次全会: every plenum of the term held so far.
_ALL_PLENUMS = re.compile(r"(?<![一二三四五六七八九十])(十[八九]|二十)届历次(?:中央)?全会")
# "…全会精神" / "…二十大的重要精神"; mentions joined into one list: "党的二十大和二十届二中、三中全会".
# Where a match of the three can begin (十八/十九/二十, its lookbehind forbids a numeral before): they are tried
# only there, not at every character (nor at every 十 or 二). _term_starts finds these by str.find.
_TERM_START = re.compile("十[八九]|二十")
# Every match names a term (十八, 十九, 二十): a report naming none (about half of them) is not scanned at all;
# plenums are looked for only in a report with a 届 (a test for one character is cheap), 历次全会 only at a term
# with 届历次 right after it (_followed_by).
_TERMS = ("十八", "十九", "二十")  # _TERM_START's words
_TERM_CHARS = 2  # the length of each
_PLENUM_TERM = "届"
_ALL_PLENUMS_WORD = "历次"
_SPIRIT = re.compile(r"\s*(?:的)?(?:重要)?\s*精神")
_JOIN = re.compile(r"[\s和及、,与]*(?:以及)?[\s和及、,与]*(?:党的)?")


@cache
def _anticipation() -> re.Pattern[str]:
    return re.compile(alternation(phrases()["event_anticipation"]))


class Event(NamedTuple):
    term: str
    plenum: int  # 0 for the congress itself
    date: tuple[int, int] | None  # None: not in the calendar

    @property
    def name(self) -> str:
        if self.plenum == 0:
            return f"党的{self.term}大"
        return f"{self.term}届{'一二三四五六七'[self.plenum - 1]}中全会"


class Mention(NamedTuple):
    start: int
    end: int
    events: tuple[Event, ...]


@cache
def _terms() -> dict[str, dict[int, tuple[int, int]]]:
    """term -> {plenum (0 = congress): (year, month)}."""
    out: dict[str, dict[int, tuple[int, int]]] = {}
    for term, entry in calendar()["party_terms"].items():
        dates = {0: ym(entry["congress"])}
        dates.update({int(k): ym(v) for k, v in entry["plenums"].items()})
        out[str(term)] = dates
    return out


def _event(term: str, plenum: int) -> Event:
    return Event(term, plenum, _terms().get(term, {}).get(plenum))


def _term_starts(folded: str) -> list[int]:
    """The starts of _TERM_START.finditer(folded), found from each 十 (in every term, first or last): a search
    for one character runs at memchr speed, where `re` would test every character against [十二]. Each term
    is two characters long, so one that overlaps the one before is dropped, as finditer drops it."""
    starts: list[int] = []
    for at in find_all(folded, "十"):
        for start in (at - 1, at):
            if start >= 0 and folded.startswith(_TERMS, start) and (not starts or start >= starts[-1] + 2):
                starts.append(start)
    return starts


def mentions(folded: str, lists: list[list[re.Match[str]]] | None = None,
             starts: list[int] | None = None) -> Iterator[Mention]:
    """Congresses and plenum lists; `lists` are plenum_lists(folded) and `starts` _term_starts(folded) when
    already found."""
    starts = _term_starts(folded) if starts is None else starts
    if not starts:
        return  # no term named: about half the reports
    for m in matches_at(_CONGRESS, folded, starts):
        yield Mention(m.start(), m.end(), (_event(m.group(1), 0),))
    for plenums in plenum_lists(folded, starts) if lists is None else lists:
        events = []
        for m in plenums:
            nums = [int(n) if n.isdigit() else cn_number(n) or 0 for n in _PLENUM_NUM.findall(m.group(2))]
            events.extend(_event(m.group(1), n) for n in nums if n)
        yield Mention(plenums[0].start(), plenums[-1].end(), tuple(events))


def _followed_by(folded: str, starts: list[int], word: str) -> list[int]:
    """The term starts with `word` right after the term: where 历次全会 (届历次) can begin. Looked at each of
    the few starts: a test for the two-character 历次 in the whole text cost more than all of them."""
    return [start for start in starts if folded.startswith(word, start + _TERM_CHARS)]


def plenum_lists(folded: str, starts: list[int] | None = None) -> Iterator[list[re.Match[str]]]:
    """Plenum lists ending in 全会, one match per term: "十九届六中、二十届一中全会" is two matches, the first
    without 全会 and run into the second (its separator, if any, is inside it). A match without 全会 that is
    not run into one with it is something else ("十九届六中" alone) and is dropped. `starts`:
    _term_starts(folded) when already found."""
    if _PLENUM_TERM not in folded:
        return
    pending: list[re.Match[str]] = []
    for m in matches_at(_PLENUMS, folded, _term_starts(folded) if starts is None else starts):
        if pending and pending[-1].end() != m.start():
            pending = []
        pending.append(m)
        if "全会" in m.group(2):
            yield pending
            pending = []


def deadline(year: int) -> tuple[int, int]:
    """The last month in which a report for `year` can still be written (published before 1 April)."""
    return year + 1, int(calendar()["publication_deadline_month"])


def _implied_date(event: Event) -> tuple[int, int] | None:
    """For a plenum missing from the calendar: the date of the latest known plenum before it (a lower bound)."""
    dates = _terms().get(event.term)
    if not dates:
        return None
    before = [d for n, d in dates.items() if n < event.plenum]
    return max(before) if before else None


def _fmt(date: tuple[int, int]) -> str:
    return f"{date[0]}年{date[1]}月"


@rule(code="Y007", name="future-event", family="years", severity="error",
      summary="引用了报告年度之后才召开的会议（时序错误）",
      explanation="年度报告在次年4月1日前发布，不可能引用此后才召开的党代会或全会：2023年度报告出现"
                  "“二十届四中全会”（2025年10月）是时序错误，多是拼接了别的年份的文本或年份写错。"
                  "会议日期取自 checks/years/calendar.yaml。",
      bad=["2023年，我县深入学习贯彻党的二十届四中全会精神。",
           "全面贯彻党的二十大和二十届二中、三中全会精神，扎实推进法治政府建设。"],
      good=["2023年，我县深入学习贯彻党的二十大精神，谋划2024年工作。",
            "以优异成绩迎接党的二十届三中全会胜利召开。",
            "全面贯彻党的二十大和二十届二中全会精神，扎实推进法治政府建设。"],
      example_year=2023)
def future_event(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    anticipation = _anticipation()
    for mention in _document_mentions(doc):
        year = doc.year_at(doc.position(mention.start).line)
        if year is None:
            continue
        limit = deadline(year)
        late = []
        for event in mention.events:
            date = event.date or _implied_date(event)
            if date and date > limit:
                late.append(f"{event.name}（{_fmt(event.date)}召开）" if event.date
                            else f"{event.name}（晚于{_fmt(date)}）")
        if not late:
            continue  # most mentions: the clause is read only for an event held too late
        a, b = clause(folded, mention.start, mention.end)
        if not anticipation.search(folded, a, b):  # "迎接党的二十大胜利召开": looked forward to, not cited
            yield Hit(mention.start, mention.end, f"本报告为{year}年度（{limit[0]}年{limit[1]}月底前发布），"
                                                  f"不可能引用此后召开的{'、'.join(late)}：时序错误")


def _document_mentions(doc: Document) -> list[Mention]:
    """The mentions of the whole document, found once for Y007 and Y010."""
    return doc.memo("years.mentions", lambda: list(mentions(doc.folded, _document_plenum_lists(doc),
                                                            _document_term_starts(doc))))


def _document_plenum_lists(doc: Document) -> list[list[re.Match[str]]]:
    """The plenum lists of the whole document, found once for Y007, Y010 and Y014."""
    return doc.memo("years.plenum_lists", lambda: list(plenum_lists(doc.folded, _document_term_starts(doc))))


def _document_term_starts(doc: Document) -> list[int]:
    """_term_starts of the whole document, found once for the congresses, the plenum lists and 历次全会."""
    return doc.memo("years.term_starts", lambda: _term_starts(doc.folded))


def _guidance_mentions(doc: Document) -> Iterator[tuple[Mention, tuple[int, int], str]]:
    """Mentions cited as the guidance of the year ("党的二十大和二十届二中、三中全会精神"), with the latest date
    they cite and its name. "党的十九大把……" or "十八届四中全会《决定》精神" are history or a document."""
    folded = doc.folded
    found = list(_document_mentions(doc))
    all_plenums = _followed_by(folded, _document_term_starts(doc), _PLENUM_TERM + _ALL_PLENUMS_WORD)
    found.extend(Mention(m.start(), m.end(), (Event(m.group(1), -1, None),))
                 for m in matches_at(_ALL_PLENUMS, folded, all_plenums))
    found.sort(key=lambda m: m.start)
    # Right to left: a mention is guidance when 精神 follows it, or when it is joined by 和/、/以及 to one that is.
    guidance = [False] * len(found)
    for i in range(len(found) - 1, -1, -1):
        end = found[i].end
        joined = i + 1 < len(found) and guidance[i + 1] and _JOIN.fullmatch(folded, end, found[i + 1].start)
        guidance[i] = bool(_SPIRIT.match(folded, end) or joined)
    for mention, is_guidance in zip(found, guidance, strict=True):
        if not is_guidance:
            continue
        year = doc.year_at(doc.position(mention.start).line)
        if year is None:
            continue
        dated: list[tuple[tuple[int, int], str]] = []
        for event in mention.events:
            if event.plenum == -1:  # 历次全会: every plenum of the term held by the deadline
                held = [d for d in _terms().get(event.term, {}).values() if d <= deadline(year)]
                dated.extend((d, f"{event.term}届历次全会") for d in held)
            elif event.date:
                dated.append((event.date, event.name))
        if dated:
            date, name = max(dated)
            yield mention, date, name


@rule(code="Y010", name="stale-plenum", family="years", severity="warning",
      summary="所引最新会议精神明显落后于报告年度（沿用旧稿）",
      explanation="年度报告开头通常写“全面贯彻党的××大和××届×中全会精神”。如果报告所引的最新会议之前，"
                  "早已召开了新一届党代会，或所引全会之后、报告年度开始前又召开了两次以上全会（如2023年度报告仍以"
                  "“十九届五中全会”为最新），多半是沿用了几年前的旧稿，请更新为报告年度应贯彻的会议精神。"
                  "只引本届党代会精神（“贯彻党的二十大精神”）是常见简称，不报告。",
      bad=["2023年，我局全面贯彻落实党的十九大和十九届二中、三中、四中、五中全会精神，扎实推进依法行政。"],
      good=["2023年，我局全面贯彻落实党的二十大精神，扎实推进依法行政。",
            "2025年，我县紧扣党的二十大精神和全面依法治县工作部署，扎实推进依法行政。",
            "2023年，我局全面贯彻党的二十大和二十届历次全会精神。党的十九大把全面依法治国提到新高度。",
            "2023年，我局以党的十九届四中全会精神为指引，全面贯彻落实党的二十大和二十届二中全会精神。"],
      example_year=2023)
def stale_plenum(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    starts = [r.start_line for r in doc.reports]
    latest: dict[int, tuple[Mention, tuple[int, int], str, int]] = {}  # report index -> latest citation
    for mention, date, name in _guidance_mentions(doc):
        line = doc.position(mention.start).line
        year = doc.year_at(line)
        if year is None:
            continue
        index = max(0, bisect.bisect_right(starts, line) - 1)
        if index not in latest or date > latest[index][1]:
            latest[index] = (mention, date, name, year)
    for mention, date, name, year in latest.values():
        missed = _missed(date, year)
        congress_missed = any(e.plenum == 0 for e in missed)
        # "贯彻党的二十大精神" alone in a 2025 report is the congress of the current term, a usual shorthand:
        # only a plenum list that stops short says the text is old.
        cites_plenum = any(e.plenum > 0 and e.date == date for e in mention.events)
        if congress_missed or (cites_plenum and len(missed) >= 2):
            names = "、".join(f"{e.name}（{_fmt(e.date)}）" for e in missed if e.date)
            yield Hit(mention.start, mention.end, f"本报告为{year}年度，所引最新的会议精神是{name}（{_fmt(date)}）；"
                                                  f"此后已召开{names}，疑为沿用旧稿，请更新所贯彻的会议精神")


def _missed(latest: tuple[int, int], year: int) -> list[Event]:
    """Events a report for `year` should know and that came after its latest citation: every congress up to
    the end of the report year, and the plenums (other than the first) held before the report year began."""
    out = []
    for term, dates in _terms().items():
        for plenum, date in dates.items():
            if date <= latest or plenum == 1:
                continue
            if (plenum == 0 and date <= (year, 12)) or date < (year, 1):
                out.append(Event(term, plenum, date))
    return sorted(out, key=lambda e: e.date or (0, 0))


@rule(code="Y014", name="run-together-plenums", family="years", severity="warning",
      summary="几次全会连写，中间漏了顿号（十九届六中二十届一中全会、二十届二中三中全会）",
      explanation="引用不同届次的全会时，各届之间要用顿号或“和”隔开：“党的十九届六中、二十届一中全会精神”；"
                  "同一届的几次全会之间也用顿号：“党的二十届二中、三中全会精神”。写成“十九届六中二十届一中全会”"
                  "“二十届二中三中全会”是漏了标点，读来像一个会议的名称。各次全会的召开时间仍按"
                  " checks/years/calendar.yaml 与报告年度核对（见Y007、Y010）。"
                  "修复（需确认）：在连写的全会之间补上顿号。",
      bad=["全面贯彻党的二十大和十九届六中二十届一中全会精神。",
           "对照十八届四中十九届四中全会关于全面依法治国的部署，梳理重点任务。",
           "深入学习贯彻党的二十大和二十届二中三中全会精神。"],
      good=["全面贯彻党的二十大和十九届六中、二十届一中全会精神。",
            "深入学习十九届六中全会和二十届一中全会精神。",
            "深入学习党的二十届二中、三中全会精神。"],
      fix="unsafe", example_year=2022)
def run_together_plenums(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    for plenums in _document_plenum_lists(doc):
        for a, b in pairwise(plenums):
            if not a.group(2).endswith("中"):
                continue  # a 、 or 和 stands between the two terms (it ends the first match)
            end = folded.rfind("全会", b.start(), b.end()) + 2 if b is plenums[-1] else b.end()
            text = doc.text[a.start():end]
            fixed = doc.text[a.start():a.end()] + "、" + doc.text[a.end():end]
            yield Hit(a.start(), end, f"“{text}”把两届的全会连写在一起，中间漏了顿号（或“和”），"
                                      f"应为“{fixed}”", suggestion=fixed,
                      fix=Fix("unsafe", (Edit(a.end(), a.end(), "、"),)))
        for m in plenums:
            yield from _same_term_runs(doc, m)


def _same_term_runs(doc: Document, m: re.Match[str]) -> Iterator[Hit]:
    """Plenums of one term run together in one match: "二十届二中三中全会"."""
    body = m.group(2)
    if len(body) < 4:
        return  # one plenum (二中, 三中全会): most matches
    gaps = [m.start(2) + gap.end() for gap in _SAME_TERM_RUN.finditer(body)]  # where a 、 is missing
    if not gaps:
        return
    start, end = gaps[0] - 2, gaps[-1] + 2  # the run: each plenum is two characters (二中, 3中)
    text = doc.text[start:end]
    fixed = _inserted(doc.text, start, end, gaps)
    yield Hit(start, end, f"“{doc.text[m.start():m.end()]}”中同一届的几次全会“{text}”连写，中间漏了顿号，"
                          f"应为“{fixed}”", suggestion=fixed,
              fix=Fix("unsafe", tuple(Edit(at, at, "、") for at in gaps)))


def _inserted(text: str, start: int, end: int, at: list[int]) -> str:
    """text[start:end] with a 、 put in at each offset of `at`."""
    cuts = [start, *at, end]
    return "、".join(text[a:b] for a, b in pairwise(cuts))
