"""A stated change against the two values it is computed from (rule A005).

Read shapes: "由X提高至Y，增幅Z%", "从X%提升至Y%，提高Z个百分点", "Y件，较上年的X件增长Z%", two values labelled
with consecutive years then "同比增长Z%", and several pairs followed by "增幅分别为Z1%和Z2%". A change with no
base value (同比增长Z%) is never checked."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from linter.data import load_data
from linter.document import Document
from linter.model import Hit, Severity

from .quantities import Quantity, SentenceReading, alternation, readings, scopes_compatible
from .tolerance import HUNDRED, expected, ratio_range, severity_for, show, units_off

_DATA = load_data("arithmetic", "changes.yaml")
_UP = _DATA["up_verbs"]
_DOWN = _DATA["down_verbs"]
_VERB = alternation([*_UP, *_DOWN])
_TO = re.compile("(?P<verb>" + _VERB + ")了?(?:至|到|为)$")
_FROM = re.compile("(?:由|从)[^,;:。]{0,16}$")
_VERSUS = re.compile("^(?:较|比|相比)(?:" + "|".join(_DATA["base_periods"]) + ")(?:同期)?的?$")
_CHANGE = re.compile("(?P<word>" + alternation(_DATA["change_words"]) + ")了?(?P<each>分别)?"
                     "(?:达到了|达到|达|为|是)?(?:分别)?(?:达到|达|为)?$")
_BARE_CHANGE = re.compile("^(?P<word>" + _VERB + ")了?$")
_JOIN = re.compile("^(?:和|与|及|、|,)?$")
# "2023年共办理66件，2024年共办理151件，同比增长128.79%": each value's own year opens its label.
_YEAR_LABEL = re.compile(r"^(20\d\d)年")
_BARE_YEAR_WORDS = frozenset(_DATA["bare_year_words"])


class Pair(NamedTuple):
    old: Quantity
    new: Quantity
    up: bool | None  # the direction the verb states, when it states one
    verb: str = ""

    def contradicts(self) -> bool:
        """The verb says up and the values go down, or the reverse."""
        return self.up is not None and self.new.value != self.old.value and (self.new.value > self.old.value) != self.up


def _pairs_and_changes(r: SentenceReading) -> list[tuple[Pair, Quantity | None]]:
    """(pair of values, stated change) in one sentence; the change is None for a pair stated alone (its
    direction is still checked)."""
    qs = r.quantities
    out: list[tuple[Pair, Quantity | None]] = []
    pending: list[Pair] = []
    i = 0
    while i < len(qs):
        q = qs[i]
        prev = qs[i - 1] if i else None
        to = _TO.search(q.label)
        if prev is not None and to and _FROM.search(prev.label) and _comparable(prev, q):
            pair = Pair(prev, q, to.group("verb") in _UP, to.group("verb"))
            if pair.contradicts():
                out.append((pair, None))
            else:
                pending.append(pair)
            i += 1
            continue
        if prev is not None and i + 1 < len(qs) and _VERSUS.match(q.label) and _comparable(q, prev):
            change = qs[i + 1]
            bare = _BARE_CHANGE.match(change.label)
            if bare and change.kind in ("percent", "points"):
                out.append((Pair(q, prev, None), change))
                i += 2
                continue
        change_word = _CHANGE.search(q.label) if q.kind in ("percent", "points") else None
        if change_word and not pending and i >= 2:
            by_year = _year_pair(qs[i - 2], qs[i - 1], change_word.group("word"))
            if by_year:
                out.append((by_year, q))
                i += 1
                continue
        if change_word and pending:
            group = [q]
            if change_word.group("each"):
                while i + 1 < len(qs) and qs[i + 1].kind == q.kind and _JOIN.match(qs[i + 1].label):
                    i += 1
                    group.append(qs[i])
            if len(group) == 1:
                out.append((pending[-1], q))
            elif len(group) == len(pending):
                out.extend(zip(pending, group, strict=True))
            pending = []
        i += 1
    return out


def _year_pair(a: Quantity, b: Quantity, word: str) -> Pair | None:
    """Two counts whose labels open with consecutive years, in either order ("2023年……66件，2024年……151件" or
    "2024年……151件，2023年为66件"), as the pair a change right after them is computed from."""
    ya, yb = _YEAR_LABEL.match(a.label), _YEAR_LABEL.match(b.label)
    if not ya or not yb or not _comparable(a, b) or not _comparable(b, a):
        return None
    first, second = int(ya.group(1)), int(yb.group(1))
    if abs(first - second) != 1:
        return None
    # The same measure both years: the same words after the year, or none for one of them ("2023年为66件").
    rest_a, rest_b = a.label[ya.end():], b.label[yb.end():]
    if rest_a != rest_b and rest_a not in _BARE_YEAR_WORDS and rest_b not in _BARE_YEAR_WORDS:
        return None
    old, new = (a, b) if first < second else (b, a)
    up = True if word in _UP else False if word in _DOWN else None
    return Pair(old, new, up, word)


def _comparable(a: Quantity, b: Quantity) -> bool:
    return (not a.approx and not b.approx and scopes_compatible(a, b)
            and (a.same_unit(b) or (a.is_rate and b.is_rate)) and a.value > 0)


def _check(pair: Pair, change: Quantity | None) -> Hit | None:
    old, new = pair.old, pair.new
    if pair.contradicts():
        return Hit(old.start, new.end, f"变化方向与数值相反：写的是“{pair.verb}”，但从{old.printed}{old.unit}到"
                   f"{new.printed}{new.unit}实际是{'下降' if pair.up else '上升'}", severity=Severity.ERROR)
    if change is None or change.approx:
        return None
    stated = change.value
    if change.kind == "points":
        if not (old.is_rate and new.is_rate):
            return None
        diff = abs(new.value - old.value)
        off = units_off(stated, change.decimals, diff, diff)
        if off == 0:
            return None
        return Hit(change.start, change.end,
                   f"百分点变化与前后数值不符：{new.printed}%−{old.printed}%="
                   f"{format(new.value - old.value, 'f')}个百分点，"
                   f"报告写{change.printed}个百分点（按报告的精度应为{expected(diff, change.decimals)}个百分点）",
                   suggestion=f"{expected(diff, change.decimals)}个百分点",
                   severity=Severity.parse(severity_for(off)))
    low, high = ratio_range(new, old)
    low, high = sorted((abs(low - HUNDRED), abs(high - HUNDRED)))
    if new.value - new.half <= old.value + old.half and old.value - old.half <= new.value + new.half:
        low = Decimal(0)  # the rounding of the two values allows no change at all
    off = units_off(stated, change.decimals, low, high)
    if off == 0:
        return None
    exact = abs(new.value - old.value) / old.value * HUNDRED
    relative = (new.value - old.value) / old.value * HUNDRED
    calc = f"({new.printed}−{old.printed})/{old.printed}={show(relative, change.decimals)}%"
    if old.is_rate and new.is_rate:
        points = abs(new.value - old.value)
        if units_off(stated, change.decimals, points, points) == 0:
            return Hit(change.start, change.end,
                       f"两个百分率之差应写作“个百分点”：{new.printed}%−{old.printed}%={format(points, 'f')}个百分点，"
                       f"报告写{change.printed}%；按相对变化算是{calc}",
                       suggestion=f"{format(points, 'f')}个百分点", severity=Severity.WARNING)
    return Hit(change.start, change.end,
               f"变化幅度与前后数值不符：{calc}，报告写{change.printed}%（按报告的精度应为"
               f"{expected(exact, change.decimals)}%）", suggestion=f"{expected(exact, change.decimals)}%",
               severity=Severity.parse(severity_for(off)))


def change_hits(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    for r in readings(doc):
        if not r.quantities:
            continue  # most sentences
        for pair, change in _pairs_and_changes(r):
            hit = _check(pair, change)
            if hit:
                hits.append(hit)
    return hits
