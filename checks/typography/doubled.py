"""T005 doubled words: "目前，目前" across punctuation, "开展开展" and "的的" side by side."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import accumulate, compress, count, islice, repeat
from operator import eq
from typing import Any

from linter.data import load_data
from linter.document import Document, find_all, matches_at
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import HAN_CLASS

_DATA = load_data("typography", "doubled.yaml")
_ADJACENT: dict[str, dict[str, list[str]]] = _DATA["adjacent"]
_ALLOW: list[str] = _DATA["allow"]
_CLAUSE_WORDS: frozenset[str] = frozenset(_DATA["clause_words"])
_ABA: frozenset[str] = frozenset(_DATA["aba"])
_LONGEST_ALLOW = max(len(w) for w in _ALLOW)

_H = f"[{HAN_CLASS}]"
_CHAR_TWICE = re.compile("([" + "".join(re.escape(c) for c in _ADJACENT) + r"])\1")
_WORD_TWICE = re.compile(f"({_H}{{2,4}})\\1")
_WORD_TWICE_DISTANCES = range(2, 5)  # the word lengths _WORD_TWICE repeats
# A word, a comma/顿号/semicolon, the same word: "截至目前，目前，" (folded punctuation).
_ACROSS = re.compile(f"({_H}{{2,6}})([,、;])\\1")
# Where a word can be repeated across a comma, 顿号 or semicolon: the mark's next two characters (a word has
# two at least) also stand 2 to 6 characters before it (a lookbehind per distance, as each must have a fixed
# width). Found by `re`, not by a Python loop over every mark: half as many marks pass as when only the next
# character is asked for. One pattern per mark, as `re` skips ahead to a literal several times faster than
# to a member of a class.
_ACROSS_CANDIDATES = tuple(re.compile(re.escape(mark) + "(?=(..))(?:"
                                      + "|".join(f"(?<=\\1.{{{k}}}[,、;])" for k in range(5)) + ")")
                           for mark in ",、;")
# What may stand beside a repeated word for it to be a whole clause ("……目前，目前，……"). Not 、: a 顿号 makes the
# word one item of a list, and lists repeat on purpose ("进行合法合规审查，审查、报备率均达100%"). A closing
# mark before the word, or an opening one after it, ties it to a quoted term: "开展“双随机”抽查，抽查主体……" is
# 顶真, not a slip.
_EDGE_BEFORE = set(",;:。!?“《(") | {""}
_EDGE_AFTER = set(",;:。!?”》)") | {""}


def _allowed(text: str, start: int, end: int, overlapping: bool = False) -> bool:
    """The repeated span [start, end) lies inside an allowlisted word or expression; with `overlapping`,
    also when one begins inside the span and runs past it: "构建共建共享" doubles 建共 only across 构建 + 共建共享."""
    lo = max(0, start - _LONGEST_ALLOW)
    window = text[lo:end + _LONGEST_ALLOW]
    for word in _ALLOW:
        for i in find_all(window, word):
            at = lo + i
            if at <= start and end <= at + len(word):
                return True
            if overlapping and start < at < end < at + len(word):
                return True
    return False


def _adjacent_chars(doc: Document) -> Iterator[Hit]:
    f = doc.folded
    for m in matches_at(_CHAR_TWICE, f, _char_twice_starts(f)):
        ch = m.group(1)
        ctx = _ADJACENT[ch]
        before = f[m.start() - 1] if m.start() else ""
        after = f[m.end()] if m.end() < len(f) else ""
        if after in ctx.get("not_before", []) or before in ctx.get("not_after", []):
            continue
        if _allowed(f, m.start(), m.end()):
            continue
        yield Hit(m.start(), m.end(), f"“{ch}”字重复（“{before}{ch}{ch}{after}”），多打了一个“{ch}”",
                  suggestion=f"删去一个“{ch}”", fix=Fix("unsafe", (Edit(m.start() + 1, m.end(), ""),)))


# Characters _pair_repeats reads at a time: its one-byte-per-character copy is made through a 4-byte
# encoding, which for a whole 20 MB file would add some 50 MB to the peak memory.
_PAIR_WINDOW = 1 << 16


def _pair_repeats(text: str, distances: range) -> list[int]:
    """The offsets i, in order, where the two characters at i recur k characters on (text[i:i+2] ==
    text[i+k:i+k+2]) for some k in `distances`, and a few more (callers check each): where a word of two or
    more characters is written twice in a row, the match starts at one of these. Read window by window, each
    with the few characters after it that its last offsets are compared with: the same offsets as at once."""
    reach = max(distances) + 2
    out: list[int] = []
    for base in range(0, len(text), _PAIR_WINDOW):
        piece = _window_pair_repeats(text[base:base + _PAIR_WINDOW + reach], distances)
        out.extend(base + i for i in piece if i < _PAIR_WINDOW)
    return out


def _window_pair_repeats(text: str, distances: range) -> list[int]:
    """_pair_repeats of a whole (short) text.

    Done in C rather than by `re` at every position: the text becomes one byte per character (the low byte
    of its code point, so offsets are kept and equal characters give equal bytes), read as one big integer.
    XOR-ed with itself shifted by k characters it has a zero byte where two characters k apart may be equal;
    OR-ed with itself shifted by one character, a zero byte where two neighbouring such pairs may be."""
    low = text.encode("utf-32-le", "surrogatepass")[::4]  # a lone surrogate is a character like any other
    whole = int.from_bytes(low, "little")
    found: set[int] = set()
    for k in distances:
        apart = whole ^ (whole >> (8 * k))
        paired = (apart | (apart >> 8)).to_bytes(len(low), "little")
        at = paired.find(0)
        while at >= 0:
            found.add(at)
            at = paired.find(0, at + 1)
    return sorted(found)


def _char_twice_starts(text: str) -> list[int]:
    """Every offset of a doubled _ADJACENT character ("的的"), found by str.find rather than by `re` testing
    each character of the text against the class."""
    return sorted(at for ch in _ADJACENT for at in find_all(text, ch * 2))


def _adjacent_words(doc: Document) -> Iterator[Hit]:
    f = doc.folded
    # Trying a 2-4 character word at every position of the text was the slowest part of T005.
    for m in matches_at(_WORD_TWICE, f, _pair_repeats(f, _WORD_TWICE_DISTANCES)):
        word = m.group(1)
        if len(set(word)) == 1 or _allowed(f, m.start(), m.end(), overlapping=True):
            continue  # 哈哈哈哈-style runs; reduplications such as 研究研究; 构建 + 共建共享
        if f[m.start():m.start() + 3] in _ABA:
            continue  # 点对点对接 = 点对点 + 对接
        yield Hit(m.start(), m.end(), f"词语重复：“{word}”连写了两次（“{m.group()}”），应删去一个",
                  suggestion=f"删去一个“{word}”", fix=Fix("unsafe", (Edit(m.start() + len(word), m.end(), ""),)))


def _across_matches(f: str) -> Iterator[re.Match[str]]:
    """The matches of _ACROSS.finditer(f), tried only where one can start: 2 to 6 characters before a comma,
    顿号 or semicolon, at the character the punctuation is followed by. Trying a 2-6 character word at
    every position of the text was the slowest part of T005."""
    pos = 0  # where finditer would resume: the end of the last match
    for at in sorted(p.start() for pattern in _ACROSS_CANDIDATES for p in pattern.finditer(f)):
        lo = max(pos, at - 6)
        after = f[at + 1:at + 2]
        if not after or after not in f[lo:at - 1]:
            continue
        for start in range(lo, at - 1):
            if f[start] == after:
                m = _ACROSS.match(f, start)
                if m:
                    yield m
                    pos = m.end()
                    break


def _across_punctuation(doc: Document) -> Iterator[Hit]:
    f, text = doc.folded, doc.text
    for m in _across_matches(f):
        word = m.group(1)
        before = f[m.start() - 1] if m.start() else ""
        after = f[m.end()] if m.end() < len(f) else ""
        whole_clause = before in _EDGE_BEFORE or before == "\n" or after in _EDGE_AFTER or after == "\n"
        if word not in _CLAUSE_WORDS and not whole_clause:
            continue  # 顶真: "召开会议，会议强调……" repeats a noun on purpose
        if _allowed(f, m.start(), m.end()):
            continue
        second = m.start(2)
        shown = text[m.start():m.end()]
        yield Hit(m.start(), m.end(),
                  f"词语重复：“{word}”在“{m.group(2)}”前后各出现一次（“{shown}”），应删去重复的一个",
                  suggestion=f"删去“{text[second:m.end()]}”", fix=Fix("unsafe", (Edit(second, m.end(), ""),)))


# Clauses: the stretches between , ; and the sentence ends (folded text). Two neighbours the same and longer
# than a word: a clause pasted twice ("依托“学习强国”等平台，依托“学习强国”等平台，……").
_CLAUSE_ENDS = ";。!?\n"  # and ",": the marks that end a clause, and a line break (no clause spans one)
_INDENT = " \t\u00a0"
CLAUSE_MIN = 7  # characters: shorter repeats are words, which _ACROSS handles with its exceptions
# Where a repeated clause can be, in a text whose clause ends are all "," (_commas) and which a "," opens: a
# clause of CLAUSE_MIN characters or more, indentation aside, then the same one, each closed by a ",". Every
# repeat _repeats_in reports matches here (a few more do too: one after a 。, say); possessive, so a clause is
# read once. Its literal opening lets `re` skip from comma to comma.
_REPEAT_CANDIDATE = re.compile(f",[{_INDENT}]*+([^,]{{{CLAUSE_MIN},}}+),[{_INDENT}]*+\\1,")


def _repeated_clauses(doc: Document) -> Iterator[Hit]:
    """A clause ended by , or ; followed by the same clause (indentation aside)."""
    for base, block in _line_blocks(doc.folded):
        for start, prev_end, second, end in _repeats_in(block):
            start, prev_end, second, end = start + base, prev_end + base, second + base, end + base
            shown = doc.text[second:end]
            yield Hit(start, end, f"分句重复：“{shown}”连写了两次，应删去重复的一个",
                      suggestion=f"删去第二个“{shown}”",
                      fix=Fix("unsafe", (Edit(prev_end, end, ""),)))


# Characters of text split into clauses at a time: a clause list of a whole 20 MB file would hold a string for
# every clause of it at once (some 80 MB).
_CLAUSE_BLOCK = 1 << 16


def _line_blocks(text: str) -> Iterator[tuple[int, str]]:
    """`text` in pieces of about _CLAUSE_BLOCK characters, each ending with a line break (the last, at the end),
    with their offsets. A line break ends a clause and is no , or ;, so no repeat spans two pieces."""
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _CLAUSE_BLOCK)
        end = len(text) if cut < 0 else cut + 1
        yield start, text[start:end]
        start = end


def _repeats_in(text: str) -> Iterator[tuple[int, int, int, int]]:
    """The repeated clauses of a text as (start of the first, its mark, start and end of the second, indentation
    aside). The text is split
    at once, line breaks with the marks: the , or ; asked for after the first clause keeps two lines apart."""
    commas = _commas(text)
    # Nine texts in ten repeat no clause: one scan by `re` tells, far cheaper than splitting the text into
    # clauses, stripping and comparing each (a block starts a line, so "," stands for the break before it).
    if not _REPEAT_CANDIDATE.search("," + commas):
        return
    clauses = commas.split(",")
    bodies = list(map(str.lstrip, clauses, repeat(_INDENT)))
    # Equal neighbours (the last clause, with no mark after it, aside), found by iterators that run in C: a
    # Python loop over every clause of the document cost more than the rest of the check.
    same = compress(count(1), map(eq, bodies, islice(bodies, 1, len(bodies) - 1)))
    repeats = [k for k in same if len(bodies[k]) >= CLAUSE_MIN]
    if not repeats:
        return
    marks = list(accumulate(len(c) + 1 for c in clauses))  # offset just past each clause's mark
    for k in repeats:
        end, prev_end = marks[k] - 1, marks[k - 1] - 1
        if text[prev_end] in ",;":
            yield prev_end - len(bodies[k - 1]), prev_end, end - len(bodies[k]), end


def _clauses(text: str) -> list[str]:
    """The clauses of a text, split at every clause mark and line break."""
    return _commas(text).split(",")


def _commas(text: str) -> str:
    """`text` with every clause mark and line break made a ",", which then ends every clause."""
    # str.replace and str.split run at memchr speed, several times faster than a regex split or scan.
    for mark in _CLAUSE_ENDS:
        text = text.replace(mark, ",")
    return text


@rule(code="T005", name="doubled-word", family="typography", severity="warning",
      summary="词语或分句重复：“目前，目前”“开展开展”“的的”",
      explanation="同一个词在标点前后紧挨着各出现一次（“截至目前，目前，”），或连写两次（“开展开展”“的的”），"
                  "多是修改时删改不彻底留下的。叠词（常常、层层落实）、动词重叠（研究研究）和有意的顶真"
                  "（“召开会议，会议强调……”）不报告，例外清单见 checks/typography/doubled.yaml。整个分句连写两次"
                  "（“依托……平台，依托……平台，”）也报告。"
                  "修复（不安全，需确认）：删去重复的一个。",
      bad=["截至目前，目前，全市民政系统共有34人取得行政执法证件。",
           "依托“学习强国”等平台，依托“学习强国”等平台，组织干部职工在线学法。",
           "持续开展开展法治宣传教育“八五”普法活动。",
           "切实提高行政机关工作人员的的法治意识。"],
      good=["截至目前，全市民政系统共有34人取得行政执法证件。",
            "召开常务会议3次，会议强调要层层压实责任。",
            "的的确确做到了常常讲、天天讲、人人讲。",
            "为达到立法目的的实现，各部门多措并举。",
            "对规范性文件进行合法合规审查，审查、报备率均达100%。"],
      fix="unsafe", example_year=2024)
def doubled_word(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    chrome = doc.chrome
    hits = [*_adjacent_chars(doc), *_adjacent_words(doc), *_across_punctuation(doc), *_repeated_clauses(doc)]
    hits.sort(key=lambda h: h.start)
    last_end = -1
    for hit in hits:
        if hit.start < last_end or doc.line_of(hit.start).number in chrome:
            continue  # one finding per repetition ("的的的" or a word pair seen by two patterns)
        last_end = hit.end
        yield hit
