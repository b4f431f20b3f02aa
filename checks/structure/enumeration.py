"""S006: in-paragraph enumerations (一是…二是…, 一要…二要…, 第一，…第二，…) that repeat, skip or start
past one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.data import load_data
from linter.document import Document, finditer_at, starts_of
from linter.model import Hit
from linter.outline import cn_number
from linter.record import NamedTuple
from linter.rules import rule

from .common import cn_numeral

# How much text after the marker the finding covers, so the excerpt shows which item it is.
SPAN_AFTER = 10
_CLAUSE_END = re.compile(r"[。;:,!?]")


class _Kinds(NamedTuple):
    pattern: re.Pattern[str]
    starts: re.Pattern[str] | None  # where a match can begin (see finditer_at); None: anywhere
    names: tuple[str, ...]
    prefix: dict[str, str]
    suffix: dict[str, str]


@cache
def _kinds() -> _Kinds:
    data = load_data("structure", "enumeration.yaml")
    numeral, parts, prefix, suffix = data["numeral"], [], {}, {}
    for name, spec in data["kinds"].items():
        pre = spec.get("prefix", "")
        parts.append(f"{re.escape(pre)}(?P<{name}>{numeral}){spec['word']}")
        prefix[name] = pre
        # The word as shown in messages: 是 / 要, nothing for 第X (its comma is not part of the word).
        suffix[name] = re.sub(r"\(\?[=!<][^)]*\)", "", spec["word"])
    pattern = re.compile(f"(?:^|(?<={data['boundary']}))(?:{'|'.join(parts)})")
    # The pattern opens with a lookbehind, so `re` would try it at every character of every line.
    starts = starts_of([re.escape(spec.get("prefix", "")) + numeral for spec in data["kinds"].values()])
    if starts is not None:
        # Numerals are everywhere in Chinese (统一, 进一步): only those with a boundary before them, or at the
        # start of the text (not two characters behind the one after it), can begin a match. The lookbehinds
        # come after the first character, so that `re` still skips ahead to each numeral.
        starts = re.compile(f"{starts.pattern}(?:(?<={data['boundary']}.)|(?<!..))")
    return _Kinds(pattern, starts, tuple(data["kinds"]), prefix, suffix)


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
    # One scan of the whole text rather than one per line: a match never spans a line break (the pattern has
    # no "\n" but in its boundary, and a line break is one: "^" of a line is "\s" before it in the text), so
    # these are the matches of every line (tests/test_model2_perf_shortcuts.py).
    for m in finditer_at(kinds.pattern, doc.folded, kinds.starts):
        kind = m.lastgroup
        if kind is None:
            continue
        if m.start() > line_end:
            line = doc.line_of(m.start())
            line_end = line.end
        number = line.number
        if passed < len(resets) and resets[passed] <= number:
            seen = {}
            passed = bisect.bisect_right(resets, number, passed)
        if number in chrome:
            continue
        n = cn_number(m.group(kind))
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
            start, end = _span(doc, m.start(), m.end())
            yield Hit(start, end, message)
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
