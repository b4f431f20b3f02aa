"""A day known by a name it lost years before the report year: "“12·4”全国法制宣传日" in a 2023 report (the
国家宪法日 since 2014)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.record import NamedTuple
from linter.rules import rule

from .common import alternation, calendar, phrases

# A year named in the sentence, to tell history ("自2001年起…") from current use.
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*年")
# Quotes that may close a date mark: “12·4”法制宣传日.
_CLOSE = "[\"”'’」』]?"
_LOOKBACK = 16  # characters before an old name within which its date mark and 原 are looked for


class RenamedDay(NamedTuple):
    new: str
    renamed: int  # the year of the rename: reports for later years must use the new name
    names: re.Pattern[str]  # the old names
    words: tuple[str, ...]  # the old names as literals, for a substring test before any scan
    tail: str  # the end all old names share (宣传日): tested first, once for all of them
    prefix: str  # 全国: makes an old name unambiguous on its own
    dated: re.Pattern[str]  # a date mark (and the prefix) right before an old name
    note: str


@cache
def renamed_days() -> tuple[RenamedDay, ...]:
    out = []
    for entry in calendar()["renamed_days"]:
        prefix = str(entry["national_prefix"])
        dated = re.compile(rf"(?:{alternation(entry['date_marks'])}){_CLOSE}\s*(?:{re.escape(prefix)})?$")
        words = tuple(str(word) for word in entry["old"])
        out.append(RenamedDay(str(entry["new"]), int(entry["renamed"]), re.compile(alternation(words)), words,
                              common_tail(words), prefix, dated, str(entry["note"])))
    return tuple(out)


def common_tail(words: tuple[str, ...]) -> str:
    """The longest end all of `words` share ("" when they share none)."""
    tail = words[0]
    while tail and not all(word.endswith(tail) for word in words):
        tail = tail[1:]
    return tail


@cache
def _history() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    former = re.compile(rf"(?:{alternation(p['renamed_day_former'])})[\"“'‘「『]?$")
    return re.compile(alternation(p["renamed_day_history"])), former


def _old_name_spans(folded: str, day: RenamedDay) -> Iterator[tuple[int, int, int]]:
    """(start of the date mark or prefix, start, end of the old name with its prefix) for each old name
    written as the renamed day: after 全国 or after its date."""
    for m in day.names.finditer(folded):
        lo = max(0, m.start() - _LOOKBACK)
        before = folded[lo:m.start()]
        national = before.endswith(day.prefix)
        dated = day.dated.search(before)
        if not (national or dated):
            continue  # 税收法制宣传日 and the like: another day
        start = m.start() - len(day.prefix) if national else m.start()
        yield (lo + dated.start() if dated else start), start, m.end()


def _is_history(doc: Document, lead: int, start: int, day: RenamedDay) -> bool:
    """The sentence tells the day's history or co-names it: the old name is used on purpose."""
    words, former = _history()
    if former.search(doc.folded, max(0, lead - 3), lead):
        return True  # 原“12·4”全国法制宣传日
    sentence = doc.sentences[doc.sentence_index(start)].folded
    if words.search(sentence):
        return True
    return any(int(y) <= day.renamed for y in _YEAR.findall(sentence))


@rule(code="Y013", name="renamed-day", family="years", severity="warning",
      summary="沿用已更名的纪念日旧称（2014年后仍写“12·4”全国法制宣传日）",
      explanation="12月4日原为“全国法制宣传日”（2001年起）；2014年11月全国人大常委会决定将12月4日设立为"
                  "“国家宪法日”，2018年起每年还开展“宪法宣传周”。2015年及以后的年度报告仍写“12·4”全国法制宣传日，"
                  "多是沿用了多年前的旧稿，请改为“国家宪法日”。回顾历史、说明更名经过的句子不报告。"
                  "名称和年份取自 checks/years/calendar.yaml。",
      bad=["利用“12·4”全国法制宣传日，在县城广场开展集中普法宣传。",
           "借助12·4法制宣传日契机，组织执法人员上街宣讲。"],
      good=["利用“12·4”国家宪法日和宪法宣传周，在县城广场开展集中普法宣传。",
            "自2001年起设立的全国法制宣传日，2014年起改为国家宪法日。",
            "开展税收法制宣传日活动，发放宣传资料500余份。"],
      fix="unsafe", example_year=2023)
def renamed_day(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    for day in renamed_days():
        # Most reports hold no old name: one search for the end they share (法制宣传日, 法治宣传日) costs about
        # half of a search for each.
        if day.tail not in folded or not any(word in folded for word in day.words):
            continue
        for lead, start, end in _old_name_spans(folded, day):
            year = doc.year_at(doc.position(start).line)
            if year is None or year <= day.renamed or _is_history(doc, lead, start, day):
                continue
            old = doc.text[start:end]
            yield Hit(start, end, f"“{old}”是旧称：{day.note}；{year}年度报告应写“{day.new}”，疑为沿用旧稿",
                      suggestion=day.new, fix=Fix("unsafe", (Edit(start, end, day.new),)))
