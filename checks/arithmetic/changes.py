"""A stated change against the two values it is computed from (rule A005).

Read shapes: "由X提高至Y，增幅Z%", "从X%提升至Y%，提高Z个百分点", "Y件，较上年的X件增长Z%", two values labelled
with consecutive years then "同比增长Z%", and several pairs followed by "增幅分别为Z1%和Z2%". A change with no
base value (同比增长Z%) is never checked.

A multiple stated beside a pair is checked too, with both values and the multiple in one sentence and the values
in one unit: "由12件增加到36件，增长2倍", "36件，较上年的12件增长2倍", "36件，是上年12件的3倍", "由12件增加到24件，
翻了一番". By convention 增长N倍 means new = old × (N+1), while 增长到N倍 and 是……的N倍 mean new = old × N.
Approximate multiples (近3倍, 3倍多, 3倍以上) and approximate values are not read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from linter.data import load_data
from linter.document import Document
from linter.model import Hit, Severity
from linter.record import NamedTuple

from .quantities import Quantity, SentenceReading, alternation, quantity_readings, scopes_compatible
from .tolerance import HUNDRED, expected, ratio_range, severity_for, show, units_off

_DATA = load_data("arithmetic", "changes.yaml")
_UP = _DATA["up_verbs"]
_DOWN = _DATA["down_verbs"]
_VERB = alternation([*_UP, *_DOWN])
_TO = re.compile("(?P<verb>" + _VERB + ")了?(?:至|到|为)$")
_TO_ENDS = ("至", "到", "为")  # how a label _TO finds anything ends: tested first, as most do not
_FROM = re.compile("(?:由|从)[^,;:。]{0,16}$")
_VERSUS = re.compile("^(?:较|比|相比)(?:" + "|".join(_DATA["base_periods"]) + ")(?:同期)?的?$")
_CHANGE = re.compile("(?P<word>" + alternation(_DATA["change_words"]) + ")了?(?P<each>分别)?"
                     "(?:达到了|达到|达|为|是)?(?:分别)?(?:达到|达|为)?$")
# Every change _pairs_and_changes reads has a label holding a verb (_TO), a comparison (_VERSUS) or a change word
# (_CHANGE): a sentence with none of these, as most are, has none.
_ANY_CHANGE = re.compile(alternation([*_UP, *_DOWN, *_DATA["change_words"], "较", "比"]))
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
        to = _TO.search(q.label) if q.label.endswith(_TO_ENDS) else None
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
    folded = doc.folded
    for r in quantity_readings(doc):
        # A pair needs two quantities of the sentence (a third is the change): a sentence with one, as two in five
        # are, has none and is not searched. The words are looked for in labels, which all end by the last
        # quantity: the text after it (a sixth) is not searched.
        qs = r.quantities
        if len(qs) < 2 or not _ANY_CHANGE.search(folded, r.sentence.start, qs[-1].start):
            continue  # most sentences
        for pair, change in _pairs_and_changes(r):
            hit = _check(pair, change)
            if hit:
                hits.append(hit)
    return hits + multiple_hits(doc)


# --- multiples: 增长2倍, 增长到3倍, 是……的3倍, 翻一番 ----------------------------------------------------------------

_CN_NUMBER = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DIGITS = r"\d{1,3}(?:\.\d{1,2})?|[" + "".join(_CN_NUMBER) + "]{1,2}"
_OF_WORDS = alternation(_DATA["multiple_of"])
_IS_WORDS = alternation(_DATA["multiple_is"])
# After 倍 or 番 nothing may make the multiple approximate (3倍多, 3倍以上, 3倍左右).
_EXACT_END = "(?![多余以左上])"
# Right after the pair: 增长2倍 (n, plus one), 增长到3倍 (n with to), 是原来的3倍 (m), 翻了一番 (fan).
_MULTIPLE_AFTER = re.compile(
    "[,]?(?:" + alternation(_DATA["multiple_lead"]) + ")?(?:"
    + "(?P<verb>" + alternation(_DATA["multiple_verbs"]) + ")了?(?P<to>" + alternation(_DATA["multiple_to"])
    + f")?(?:{_OF_WORDS})?(?P<n>{_DIGITS})倍"
    + f"|(?:{_IS_WORDS})(?:{_OF_WORDS})(?P<m>{_DIGITS})倍"
    + "|翻了?(?P<fan>[一二两三四])?番)" + _EXACT_END
)
_MULTIPLE_OF = re.compile(f"的(?P<n>{_DIGITS})倍" + _EXACT_END)
_MULTIPLE_MARK = re.compile("[倍番]")
_MULTIPLE_IS = re.compile(f"^(?:{_IS_WORDS})(?:" + "|".join(_DATA["base_periods"]) + ")?(?:同期)?的?$")


class Multiple(NamedTuple):
    """A multiple as stated: new = old × (factor + 1) when `plus_one` (增长N倍), else old × factor."""

    factor: Decimal
    decimals: int
    plus_one: bool
    start: int
    end: int
    phrase: str  # as written: 增长2倍, 翻了一番, 是上年……的3倍


def _multiple_number(text: str) -> tuple[Decimal, int] | None:
    """2, 1.5, 两, 十, 十二: the number of a multiple, with its printed decimals."""
    if text[0].isdigit():
        return Decimal(text), len(text.split(".")[1]) if "." in text else 0
    if len(text) == 1:
        return Decimal(_CN_NUMBER[text]), 0
    if text[0] == "十" and text[1] != "十":
        return Decimal(10 + _CN_NUMBER[text[1]]), 0  # 十二
    if text[1] == "十" and text[0] != "十":
        return Decimal(10 * _CN_NUMBER[text[0]]), 0  # 二十
    return None


def _stated_multiple(m: re.Match[str], plus_one: bool) -> Multiple | None:
    if m.group().endswith("番"):
        fan = m.group("fan")
        times = _CN_NUMBER[fan] if fan else 1
        return Multiple(Decimal(2) ** times, 0, False, m.start(), m.end(), m.group().lstrip(","))
    groups = m.groupdict()
    number = _multiple_number(groups.get("n") or groups["m"])
    if number is None:
        return None
    return Multiple(number[0], number[1], plus_one, m.start(), m.end(), m.group().lstrip(","))


def _multiple_after(folded: str, pos: int, limit: int) -> Multiple | None:
    """The multiple right after a pair of values: "，增长2倍", "增长到3倍", "，翻了一番"."""
    m = _MULTIPLE_AFTER.match(folded, pos, limit)
    if m is None:
        return None
    return _stated_multiple(m, plus_one=m.group("verb") is not None and not m.group("to"))


def _adjacent(folded: str, first: Quantity, second: Quantity) -> bool:
    """Whether `second` opens the clause right after `first` ("36件，较上年的12件"): nothing else stands between."""
    return not first.tail and folded[first.end:second.start] == "," + second.label


def _multiple_pairs(folded: str, r: SentenceReading) -> Iterator[tuple[Quantity, Quantity, Multiple]]:
    """(old value, new value, stated multiple) in one sentence."""
    qs = r.quantities
    for i in range(1, len(qs)):
        prev, q = qs[i - 1], qs[i]
        limit = qs[i + 1].start if i + 1 < len(qs) else r.sentence.end
        to = _TO.search(q.label)
        found: tuple[Quantity, Quantity, Multiple | None] | None = None
        if to and to.group("verb") in _UP and _FROM.search(prev.label) \
                and folded[prev.end:q.start] == q.label and _comparable(prev, q):
            found = prev, q, _multiple_after(folded, q.end, limit)  # 由12件增加到36件，增长2倍
        elif _VERSUS.match(q.label) and _adjacent(folded, prev, q) and _comparable(q, prev):
            found = q, prev, _multiple_after(folded, q.end, limit)  # 36件，较上年的12件增长2倍
        elif _MULTIPLE_IS.match(q.label) and _adjacent(folded, prev, q) and _comparable(q, prev):
            m = _MULTIPLE_OF.match(folded, q.end, limit)  # 36件，是上年12件的3倍
            stated = _stated_multiple(m, plus_one=False) if m else None
            found = q, prev, stated._replace(phrase=f"{q.label}……{stated.phrase}") if stated else None
        if found is not None and found[2] is not None:
            yield found[0], found[1], found[2]


def _multiple_range(old: Quantity, new: Quantity) -> tuple[Decimal, Decimal]:
    """The multiples new/old can stand for, given the rounding of both values."""
    low_old = old.value - old.half
    high = (new.value + new.half) / low_old if low_old > 0 else Decimal("Infinity")
    return (new.value - new.half) / (old.value + old.half), high


def _plain(value: Decimal) -> str:
    """3 for an integral multiple, else two decimals: 3.08."""
    return format((value if value == value.to_integral_value() else round(value, 2)).normalize(), "f")


def _check_multiple(old: Quantity, new: Quantity, stated: Multiple) -> Hit | None:
    low, high = _multiple_range(old, new)
    if stated.plus_one and new.value <= old.value:
        return None  # 增长 with values that fall: the direction check (_check) speaks to it
    shift = 1 if stated.plus_one else 0
    off = units_off(stated.factor, stated.decimals, low - shift, high - shift)
    if off == 0:
        return None
    ratio = new.value / old.value
    start = min(old.start, new.start)
    growth = f"增长{expected(ratio - 1, stated.decimals)}倍"
    values = f"{new.printed}{new.unit}÷{old.printed}{old.unit}={_plain(ratio)}"
    if stated.plus_one and units_off(stated.factor, stated.decimals, low, high) == 0:
        # 增长3倍 for 12→36: the writer meant 增长到3倍.
        said = stated.factor + 1
        return Hit(start, stated.end,
                   f"倍数说法有误：{values}，是原来的{_plain(ratio)}倍，即增长{_plain(ratio - 1)}倍；“{stated.phrase}”"
                   f"指增长后是原来的{_plain(said)}倍（{old.printed}×{_plain(said)}={_plain(old.value * said)}）。"
                   f"应写“{growth}”或“增长到{expected(ratio, stated.decimals)}倍”",
                   suggestion=growth, severity=Severity.WARNING)
    times = stated.factor + shift
    right = growth if stated.plus_one else f"原来的{expected(ratio, stated.decimals)}倍"
    severity = severity_for(off) if stated.decimals else "error"
    # 增长N倍 and 翻一番 say the multiple indirectly: the message spells it out.
    means = f"，即原来的{_plain(times)}倍" if stated.plus_one or stated.phrase.endswith("番") else ""
    return Hit(start, stated.end,
               f"倍数与前后数值不符：{values}，报告写“{stated.phrase}”{means}"
               f"（{old.printed}×{_plain(times)}={_plain(old.value * times)}）；按报告的精度应为{right}",
               suggestion=right, severity=Severity.parse(severity))


def multiple_hits(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    folded = doc.folded
    if "倍" not in folded and "番" not in folded:
        return hits  # most documents: one scan says so
    for r in quantity_readings(doc):
        if len(r.quantities) < 2 or not _MULTIPLE_MARK.search(folded, r.sentence.start, r.sentence.end):
            continue  # most sentences
        for old, new, stated in _multiple_pairs(folded, r):
            hit = _check_multiple(old, new, stated)
            if hit:
                hits.append(hit)
    return hits
