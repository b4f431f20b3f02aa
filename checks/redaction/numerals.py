"""R005: Arabic numerals inside fixed political terms (党的20大, 二十届3中全会, “14五”规划), which GB/T 15835
writes in Chinese numerals. The terms are listed in numerals.yaml."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.data import load_data
from linter.document import Document, matches_at
from linter.model import Edit, Fix, Hit
from linter.rules import rule

_DIGITS = "零一二三四五六七八九"
_ARABIC = re.compile(r"\d+")
# A number before 大/中/五, or before 次 as a term has it (第20次全国代表大会, 第4次全体会议): not every count of
# times ("召开会议3次"), which reports are full of.
_HOOK = re.compile(r"\d\s*(?:[大中五]|次(?:全国代表大会|全体会议))")
_HOOK_WORDS = "大中五次"  # what follows the number in a match of _HOOK
_REACH = 24  # characters either side of a hook that a term (十九届中央委员会第4次全体会议) may span


def chinese_numeral(n: int) -> str:
    """1..99 in Chinese numerals as fixed terms write them: 3 → 三, 10 → 十, 14 → 十四, 20 → 二十."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, units = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _DIGITS[tens] + "十")
    return head + (_DIGITS[units] if units else "")


@cache
def _terms() -> re.Pattern[str]:
    patterns = load_data("redaction", "numerals.yaml")["terms"]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _term_matches(folded: str) -> Iterator[re.Match[str]]:
    """Matches of the term patterns, each once. Every term holds a number before 大/中/五 or before
    次全国代表大会/次全体会议 (see numerals.yaml), so the patterns only run in a window around such a number
    instead of over the whole text."""
    terms, seen = _terms(), set()
    for hook in matches_at(_HOOK, folded, _hook_starts(folded)):
        lo, hi = max(0, hook.start() - _REACH), min(len(folded), hook.end() + _REACH)
        for m in terms.finditer(folded, lo, hi):
            if m.start() <= hook.start() < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


@cache
def _hook_words_after() -> tuple[re.Pattern[str], ...]:
    """Each of _HOOK_WORDS with a digit or a space just before it: the only ones a match of _HOOK can end its
    number (and the spaces after it) at. A pattern per word, the word first, so that `re` skips ahead to it as
    to a literal and looks at the character before only there: most 大/中/五/次 of a report follow neither.
    Compiled on first use, not at import: a run that never reaches R005 does not pay for it."""
    return tuple(re.compile(re.escape(word) + r"(?<=[\d\s].)") for word in _HOOK_WORDS)


def _hook_starts(folded: str) -> list[int]:
    """Every place a match of _HOOK can begin: the digit before each 大/中/五/次 (spaces between), found from the
    word (skipped ahead to as a literal) where `re` would test every character against \\d."""
    starts = set()
    for pattern in _hook_words_after():
        for word in pattern.finditer(folded):
            digit = word.start() - 1
            while digit >= 0 and folded[digit].isspace():
                digit -= 1
            if digit >= 0 and folded[digit].isdecimal():
                starts.add(digit)
    return sorted(starts)


def _convert(term: str) -> str | None:
    """The term with each Arabic number in Chinese numerals; None if a number is out of range."""
    out, pos = [], 0
    for m in _ARABIC.finditer(term):
        n = int(m.group())
        if not 0 < n < 100:
            return None
        out.extend((term[pos:m.start()], chinese_numeral(n)))
        pos = m.end()
    out.append(term[pos:])
    return "".join(out)


@rule(code="R005", name="arabic-numeral-in-fixed-term", family="redaction", severity="warning",
      summary="固定称谓中用了阿拉伯数字（党的20大、二十届3中全会）",
      explanation="党代会和全会的届次、五年规划和普法规划的期次是固定称谓，按 GB/T 15835 使用汉字数字："
                  "“党的二十大”“二十届三中全会”“十九届四中全会”“‘十四五’规划”“‘八五’普法”。写成阿拉伯数字多是"
                  "从非正式稿件或输入法转换带入的。安全修复把其中的数字改为汉字。",
      bad=["深入学习贯彻党的20大和二十届3中全会精神。", "认真贯彻落实十九届4中、5中全会精神。",
           "编制“14五”法治政府建设规划，深入开展“8五”普法。"],
      good=["深入学习贯彻党的二十大和二十届三中全会精神，全年召开专题会议20次。",
            "全县20大类执法事项全部纳入清单管理，第3中队完成整改。"],
      fix="safe", example_year=2024)
def arabic_numeral_in_fixed_term(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in _term_matches(doc.folded):
        written = doc.text[m.start():m.end()]  # \d and int() read full-width digits too
        if not _ARABIC.search(written) or doc.line_of(m.start()).number in doc.chrome:
            continue
        right = _convert(written)
        if right is None:
            continue
        # Replace only the digits, so the text around them (quotes, punctuation) is kept as written.
        edits = tuple(Edit(m.start() + d.start(), m.start() + d.end(), chinese_numeral(int(d.group())))
                      for d in _ARABIC.finditer(written))
        yield Hit(m.start(), m.end(), f"固定称谓“{written}”中的数字应使用汉字（GB/T 15835），应为“{right}”",
                  suggestion=right, fix=Fix("safe", edits))
