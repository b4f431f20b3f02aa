"""S006: in-paragraph enumerations (一是…二是…, 一要…二要…, 第一，…第二，…) that repeat, skip or start
past one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.data import load_data
from linter.document import Document
from linter.model import Hit
from linter.outline import cn_number
from linter.record import NamedTuple
from linter.rules import rule

from .common import cn_numeral

# How much text after the marker the finding covers, so the excerpt shows which item it is.
SPAN_AFTER = 10
_CLAUSE_END = re.compile(r"[。;:,!?]")


class _Kinds(NamedTuple):
    scans: tuple[re.Pattern[str], ...]
    kind: dict[str, str]  # by the name of the group holding the numeral
    names: tuple[str, ...]
    prefix: dict[str, str]
    suffix: dict[str, str]


@cache
def _kinds() -> _Kinds:
    data = load_data("structure", "enumeration.yaml")
    digit, most, boundary = data["numeral"], int(data["numeral_max"]), data["boundary"]
    scans, kind, prefix, suffix = [], {}, {}, {}
    for name, spec in data["kinds"].items():
        pre = spec.get("prefix", "")
        scan, groups = _scan(name, pre, digit, most, spec["word"], boundary)
        scans.append(re.compile(scan))
        kind.update(dict.fromkeys(groups, name))
        prefix[name] = pre
        # The word as shown in messages: 是 / 要, nothing for 第X (its comma is not part of the word).
        suffix[name] = re.sub(r"\(\?[=!<][^)]*\)", "", spec["word"])
    return _Kinds(tuple(scans), kind, tuple(data["kinds"]), prefix, suffix)


def _scan(name: str, pre: str, digit: str, most: int, word: str, boundary: str) -> tuple[str, list[str]]:
    """A kind's pattern, opening with a literal character: `re` finds those far faster than a class (numerals
    are everywhere: 统一, 进一步), and 是 / 要 / 第 are rarer. A kind with a prefix opens with it; the others open
    with their word and find the numeral before it by a lookbehind, one per width (a lookbehind has a fixed
    width), each with its own group. Returns the pattern and the names of the groups holding the numeral."""
    at = f"(?:(?<={boundary})|(?<!.))"  # the boundary before the marker, or the start of the text
    if pre:
        return f"{re.escape(pre)}(?<={at}{re.escape(pre)})(?P<{name}>{digit}{{1,{most}}}){word}", [name]
    lead = word[0]
    if re.escape(lead) != lead:
        raise ValueError(f"enumeration.yaml: the word of {name} must open with a plain character: {word}")
    groups = [f"{name}{width}" for width in range(1, most + 1)]
    behind = "|".join(f"(?<={at}(?P<{group}>{digit}{{{width}}}){lead})"
                      for width, group in enumerate(groups, 1))
    return f"{lead}(?:{behind}){word[1:]}", groups


def _marks(kinds: _Kinds, folded: str) -> list[re.Match[str]]:
    """The matches of every kind in the text, in its order. Each scan finds a marker by its word (or prefix);
    no two markers overlap (each starts after a boundary, and none holds one), so their order is that of the
    positions the scans found them at."""
    marks = [m for scan in kinds.scans for m in scan.finditer(folded)]
    marks.sort(key=re.Match.start)
    return marks


def _word(kinds: _Kinds, kind: str, n: int) -> str:
    return f"{kinds.prefix[kind]}{cn_numeral(n)}{kinds.suffix[kind]}"


class _Seen(NamedTuple):  # not a dataclass: one fewer class generated at import
    number: int
    line: int


def _span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The marker and a few characters of its item, up to the first clause end."""
    tail = doc.folded[end:end + SPAN_AFTER]
    stop = _CLAUSE_END.search(tail)
    return start, end + (stop.start() if stop else len(tail))


@rule(code="S006", name="enumeration-sequence", family="structure", severity="warning",
      summary="“一是、二是”等列举重复、跳号或不从“一是”开始",
      explanation="段落中用“一是……二是……三是……”（或“一要、二要”“第一、第二”）列举时，序号应从一开始依次递增。"
                  "重复的“三是”、跳过的“三是”、没有“一是”就出现的“二是”，多是改稿时删改了一项而没有改号。"
                  "每个新标题下重新计数；同一标题下可以跨段落连续列举。",
      bad=["（一）强化组织保障。一是健全领导机制。二是完善考核制度。三是加强督察。三是强化培训。",
           "（二）存在的不足。执法队伍专业化水平不高；二是规范性文件清理不及时。",
           "（三）下步打算。一是深化改革。三是加强执法监督。"],
      good=["（一）强化组织保障。一是健全领导机制。二是完善考核制度。三是加强督察。\n（二）加强执法监督。一是开展专项检查。"
            "二是落实执法责任制。",
            "（一）强化组织保障。\n一是健全领导机制。\n二是完善考核制度，统一是非标准，坚持“第一要务”，落实第一责任人职责。",
            "（三）下步打算。第一，深化改革；第二，加强执法监督。一要提高认识，二要压实责任。"],
      example_year=2024)
def enumeration_sequence(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    kinds = _kinds()
    # A new section (a heading, a new report) starts lists afresh: the lines that do, in order.
    resets = sorted({h.line for h in doc.headings} | {r.start_line for r in doc.reports})
    chrome = doc.chrome
    seen: dict[str, _Seen] = {}
    passed = 0  # resets at or before the line of the last match
    line = doc.lines[0]  # the line of the last match: most lines with an enumeration hold several of its items
    line_end = line.end
    new = tuple.__new__  # _Seen without the Python frame of its __new__: one per item of every list
    # The marker's start before its numeral: its prefix's length.
    skip = {kind: len(pre) for kind, pre in kinds.prefix.items()}
    kind_of = kinds.kind
    folded = doc.folded
    # One scan of the whole text (one per kind) rather than one per line: a match never spans a line break (the
    # patterns have no "\n" but in the boundary, and a line break is one: the start of a line is "\s" before it
    # in the text), so these are the matches of every line (tests/test_model2_perf_shortcuts.py).
    for m in _marks(kinds, folded):
        group = m.lastgroup
        if group is None:
            continue
        kind = kind_of[group]
        numeral, numeral_end = m.span(group)
        start = numeral - skip[kind]
        if start > line_end:
            line = doc.line_of(start)
            line_end = line.end
        number = line.number
        if passed < len(resets) and resets[passed] <= number:
            seen = {}
            passed = bisect.bisect_right(resets, number, passed)
        if number in chrome:
            continue
        n = cn_number(folded[numeral:numeral_end])
        if n is None:
            continue
        last = seen.get(kind)
        if n == 1 or (last is not None and n == last.number + 1):
            # 一是 always starts a list (a second list in the same section is fine); most matches are the
            # next item of one. Neither needs the words spelt out for a message.
            seen[kind] = new(_Seen, (n, number))
            continue
        message = _message(kinds, kind, n, last, seen)
        if message:
            yield Hit(*_span(doc, start, m.end()), message)
        seen[kind] = _Seen(n, number)
        if message and last is None:
            # A list continued in another wording (一要、二要、三是): count both on from here.
            for k in list(seen):
                seen[k] = _Seen(n, number)


def _message(kinds: _Kinds, kind: str, n: int, last: _Seen | None, seen: dict[str, _Seen]) -> str | None:
    """What is wrong with item `n` of a list of `kind`, given the last item of each kind in the section."""
    here = _word(kinds, kind, n)
    if last is None:
        other = next((k for k, s in seen.items() if k != kind and s.number == n - 1), None)
        if other is not None:
            return (f"列举用词不一致：前面是“{_word(kinds, other, n - 1)}”（第{seen[other].line}行），"
                    f"这里写成“{here}”，应为“{_word(kinds, other, n)}”。")
        return (f"列举从“{here}”开始，本节前文没有“{_word(kinds, kind, 1)}”：漏写了第一项的序号，"
                f"或应改为“{_word(kinds, kind, 1)}”。")
    if n == last.number:
        return f"“{here}”重复：本节前文（第{last.line}行）已有“{here}”，应为“{_word(kinds, kind, n + 1)}”。"
    if n > last.number + 1:
        return (f"“{here}”跳号：上一项是“{_word(kinds, kind, last.number)}”（第{last.line}行），"
                f"应为“{_word(kinds, kind, last.number + 1)}”。")
    if n < last.number:
        return (f"“{here}”序号倒退：上一项已是“{_word(kinds, kind, last.number)}”（第{last.line}行），"
                f"应为“{_word(kinds, kind, last.number + 1)}”。")
    return None
