"""T008 a precise number marked approximate: "116余家"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.data import load_data
from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .chars import HAN_CLASS

_DUO_WORDS: tuple[str, ...] = tuple(load_data("typography", "approx.yaml")["duo_words"])
# A whole number (not the tail of a decimal, a date or a code) followed by 余/多 and a measure word.
_APPROX = re.compile(rf"(?<![\d.,:/\-])(\d+(?:\.\d+)?)(余|多)(?=[{HAN_CLASS}])")
# A 余 or 多 right after a digit: where a match ends. `re` finds these fast, as each pattern opens with a
# literal; they are rare, while trying _APPROX at every digit run (hundreds in a report) was T008's cost.
_AFTER_DIGIT = tuple(re.compile(rf"{word}(?<=\d{word})") for word in ("余", "多"))


def _approximations(f: str) -> Iterator[re.Match[str]]:
    """The matches of _APPROX.finditer(f), found from their end: each number runs back from a 余 or 多."""
    ends = sorted(m.start() for pattern in _AFTER_DIGIT for m in pattern.finditer(f))
    for end in ends:
        for start in _number_starts(f, end):
            m = _APPROX.match(f, start)
            if m:
                yield m
                break


def _number_starts(f: str, end: int) -> list[int]:
    """Where a number ending just before f[end] may begin: at its digit run, or at the digits before the
    run's decimal point (digits as `re` reads them: str.isdecimal). The leftmost first; at most one is the
    start of a match."""
    start = _digits_before(f, end)
    if start >= 2 and f[start - 1] == "." and f[start - 2].isdecimal():
        return [_digits_before(f, start - 1), start]
    return [start]


def _digits_before(f: str, end: int) -> int:
    """The start of the run of digits ending just before f[end]."""
    while end > 0 and f[end - 1].isdecimal():
        end -= 1
    return end


@rule(code="T008", name="precise-approximation", family="typography", severity="info",
      summary="精确数字后加“余”“多”，如“116余家”",
      explanation="“余”“多”表示比前面的数略多，只能用在整数（个位为0的数，或带万、亿等单位的约数）之后，"
                  "如“100余家”“20多人”“1.7万余人次”。“116余家”“3.5余万元”既给出精确数又说“多”，自相矛盾："
                  "要么写精确数“116家”，要么写约数“110余家”。无法判断作者本意，不自动修复。",
      bad=["建立涉企行政检查监测点116余家。", "全年开展法治宣传活动23多场次。"],
      good=["建立涉企行政检查监测点110余家，覆盖1.7万余人次。",
            "全年开展法治宣传活动20多场次，构建“1+3多元解纷”机制。"],
      example_year=2024)
def precise_approximation(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    chrome = doc.chrome
    f = doc.folded
    for m in _approximations(f):
        number, word = m.group(1), m.group(2)
        if "." not in number and number.endswith("0"):
            continue  # a round number: 100余家
        if word == "多" and f.startswith(_DUO_WORDS, m.end(1)):
            continue
        if doc.line_of(m.start()).number in chrome:
            continue
        rounded = _round_down(number)
        example = f"（如“{rounded}{word}”）" if rounded else ""
        yield Hit(m.start(), m.end(), f"“{number}{word}”：{number}是精确数，后面再加“{word}”表示约数，自相矛盾；"
                                      f"应写精确数“{number}”，或改用整数约数{example}",
                  suggestion=f"写精确数“{number}”或改用约数")


def _round_down(number: str) -> int | None:
    """A round number just below a whole `number` for the message (116 -> 110, 23 -> 20); None otherwise."""
    if "." in number or int(number) < 10:
        return None
    step = 10 ** max(1, len(number) - 2)
    return int(number) // step * step
