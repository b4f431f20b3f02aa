"""T007 paired punctuation left unclosed (or closed without opening) within a paragraph."""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from linter.document import Document
from linter.model import Hit
from linter.rules import rule

from .paragraphs import sentence_breaks

# Folded text: （） are "()" there. Quotes are handled apart: “ inside an open “ is never nesting (Chinese
# nests ‘’ inside “”), so either the earlier one lacks its ” or this one is a ” typed the wrong way round.
_PAIRS = {"“": "”", "‘": "’", "《": "》", "〈": "〉", "(": ")", "【": "】", "〔": "〕", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
_QUOTES = {"“", "‘"}
_MARK = re.compile("[" + re.escape("".join(_PAIRS) + "".join(_CLOSERS)) + "]")
_MARK_OR_BREAK = re.compile(_MARK.pattern[:-1] + "\n]")  # and line breaks, to tell the lines' marks apart
# A charmap codec that knows only the marks and the line break (NUL first, as `codecs` builds its fast table
# only then; U+FFFE marks a byte unused): encoding with errors ignored keeps them and drops every other
# character in one C loop, a third of the cost of _MARK_OR_BREAK testing each character against its class.
_KEPT = "\0\n" + "".join(_PAIRS) + "".join(_CLOSERS)
_KEPT_TABLE = _KEPT + "\ufffe" * (256 - len(_KEPT))
_KEEP_MARKS = codecs.charmap_build(_KEPT_TABLE)


def _closed_pairs(outer: str | None = None) -> str:
    """A pattern for a sequence of marks that each close right after they open (“”《》...); inside a left
    quote `outer`, without that quote: “ inside “ is never nesting (see above), and is checked one by one."""
    return "(?:" + "|".join(re.escape(o + c) for o, c in _PAIRS.items() if o != outer) + ")*"


# A paragraph's marks when every pair closes before the next mark, or holds only such pairs (“《》”, 《〈〉》,
# nine paragraphs in ten): nothing to report, as each kind of mark is balanced on its own.
_CLEAN = re.compile("(?:" + "|".join(re.escape(o) + _closed_pairs(o if o in _QUOTES else None) + re.escape(c)
                                     for o, c in _PAIRS.items()) + ")*")
# The start of each line (of the marks of every line, one line to a line) whose marks alone are not _CLEAN.
_DIRTY_LINE = re.compile("^(?!" + _CLEAN.pattern + "$)", re.MULTILINE)
# "1)"、"a)"、"一)" open an item without an opening parenthesis.
_ENUMERATOR = re.compile(r"\d{1,2}|[A-Za-z]|[一二三四五六七八九十]{1,3}")
_ENUMERATOR_CHARS = set("0123456789一二三四五六七八九十") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BOUNDARY = set(" \t\u00a0,;:。、\n")
_NAMES = {"“": "左引号“", "”": "右引号”", "‘": "左单引号‘", "’": "右单引号’", "《": "左书名号《",
          "》": "右书名号》", "〈": "左书名号〈", "〉": "右书名号〉", "(": "左括号", ")": "右括号",
          "【": "左方头括号【", "】": "右方头括号】", "〔": "左六角括号〔", "〕": "右六角括号〕",
          "「": "左引号「", "」": "右引号」", "『": "左引号『", "』": "右引号』"}


def _joined_paragraphs(doc: Document) -> list[tuple[int, int]]:
    """(first, last) indices into doc.lines of the paragraphs of more than one line, chrome or not, in order:
    lines broken mid-sentence joined to the next (also in hard-wrapped documents, where T010 stays silent but
    joining the lines is exactly right). Every other line is a paragraph of its own. Walked from the breaks,
    not line by line: a paragraph starts at the first line the one before does not reach."""
    joined = {b.line.number: b.next.number for b in sentence_breaks(doc)}
    lines = doc.lines
    out: list[tuple[int, int]] = []
    end = -1  # the last line of the paragraph before
    for number in sorted(joined):
        first = number - 1  # lines[k].number is k + 1
        if first <= end:
            continue  # inside (or skipped over by) the paragraph before
        i = first
        while lines[i].number in joined:
            i = joined[lines[i].number] - 1
        out.append((first, i))
        end = i
    return out


def _paragraphs(doc: Document) -> Iterator[tuple[int, int]]:
    """Every paragraph (first, last) but for those whose first line is chrome, in order."""
    return _paragraphs_of(doc, range(len(doc.lines)))


def _paragraphs_of(doc: Document, indices: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The paragraphs (first, last) holding one of the lines `indices` (ascending), in order, but for those
    whose first line is chrome."""
    spans = _joined_paragraphs(doc)
    firsts = [first for first, _ in spans]
    chrome = doc.chrome
    lines = doc.lines
    last_seen = -1
    for d in indices:
        if d <= last_seen:
            continue  # in the paragraph just given
        k = bisect_right(firsts, d) - 1
        first, last = spans[k] if k >= 0 and spans[k][1] >= d else (d, d)
        last_seen = last
        if lines[first].number not in chrome:
            yield first, last


def _marks_and_breaks(text: str) -> str:
    """The marks and line breaks of `text`, in order: "".join(_MARK_OR_BREAK.findall(text))."""
    kept = codecs.charmap_decode(codecs.charmap_encode(text, "ignore", _KEEP_MARKS)[0], "strict", _KEPT_TABLE)[0]
    return kept.replace("\0", "") if "\0" in kept else kept  # NUL is in the table only for `codecs`' sake


def _is_enumerator(f: str, start: int, at: int) -> bool:
    """f[at] is the ")" of an item number such as "1)" standing at a clause boundary."""
    j = at
    while j > start and at - j < 3 and f[j - 1] in _ENUMERATOR_CHARS:
        j -= 1
    if j == at or not _ENUMERATOR.fullmatch(f, j, at):
        return False
    return j == start or f[j - 1] in _BOUNDARY


def _name(doc: Document, offset: int) -> str:
    ch = doc.folded[offset]
    return _NAMES[ch] if ch not in "()" else f"{_NAMES[ch]}“{doc.text[offset]}”"


def _unclosed(doc: Document, at: int) -> Hit:
    ch = doc.folded[at]
    return Hit(at, at + 1,
               f"{_name(doc, at)}在本段中没有对应的{_NAMES[_PAIRS[ch]]}：成对标点缺了一半，检查是否漏写或多写")


def _next_quote(marks: list[tuple[int, str]], k: int, left: str) -> str | None:
    """The first quote mark of the kind of `left` (“ or ‘) after marks[k], or None."""
    # Asked only at a second left quote, and the next one asked about lies beyond the answer: linear in all.
    right = _PAIRS[left]
    return next((marks[j][1] for j in range(k + 1, len(marks)) if marks[j][1] in (left, right)), None)


def _check(doc: Document, start: int, end: int) -> Iterator[Hit]:
    """The unpaired marks of the paragraph [start, end)."""
    f = doc.folded
    if _CLEAN.fullmatch("".join(_MARK.findall(f, start, end))):
        return  # no mark, or each pair closed at once or holding only such pairs: nothing to report
    yield from _check_marks(doc, start, [(m.start(), m.group()) for m in _MARK.finditer(f, start, end)])


def _check_marks(doc: Document, start: int, marks: list[tuple[int, str]]) -> Iterator[Hit]:
    """The unpaired marks among `marks` (offset, folded mark) of the paragraph beginning at `start`."""
    f = doc.folded
    stacks: dict[str, list[int]] = defaultdict(list)  # by opening mark: only the kinds the paragraph has
    for k, (at, ch) in enumerate(marks):
        if ch in _PAIRS:
            if ch in _QUOTES and stacks[ch]:
                # A second left quote while one is open (Chinese never nests “ in “). When this one is closed
                # by the next quote mark, the earlier one lacks its right quote; otherwise this one is a right
                # quote typed the wrong way round.
                if _next_quote(marks, k, ch) == _PAIRS[ch]:
                    yield _unclosed(doc, stacks[ch].pop())
                    stacks[ch].append(at)
                else:
                    stacks[ch].pop()
                    yield Hit(at, at + 1,
                              f"{_name(doc, at)}之前已有一个未闭合的{_NAMES[ch]}，此处应为{_NAMES[_PAIRS[ch]]}",
                              suggestion=f"改为“{_PAIRS[ch]}”")
                continue
            stacks[ch].append(at)
            continue
        opener = _CLOSERS[ch]
        if stacks[opener]:
            stacks[opener].pop()
        elif ch == ")" and _is_enumerator(f, start, at):
            continue  # "1)" as an item number
        elif ch == "’" and at > start and f[at - 1].isascii() and f[at - 1].isalpha():
            continue  # an apostrophe in Latin text
        else:
            yield Hit(at, at + 1, f"{_name(doc, at)}在本段中前面没有对应的{_NAMES[opener]}：成对标点缺了一半，"
                                  f"检查是否漏写或多写")
    for offsets in stacks.values():
        for at in offsets:
            yield _unclosed(doc, at)


@rule(code="T007", name="unbalanced-pair", family="typography", severity="warning",
      summary="成对标点不完整：引号、书名号、括号在段落内缺另一半",
      explanation="引号、书名号、括号必须成对使用（GB/T 15834）。一段之内只有前一半或只有后一半，"
                  "多是删改时误删或漏打，也可能是把右引号打成了左引号。按段落检查（被硬回车截断的句子并入同一段），"
                  "“1）”这类编号不算缺左括号。无法判断该补在哪里，因此不自动修复。",
      bad=["深入学习《中华人民共和国行政复议法》和《法治政府建设实施纲要（2021—2025年），推动依法行政。",
           "加大人才培育“提效“，加强法律人才储备。",
           "建立健全重大行政决策程序制度，落实“三项制度）要求。"],
      good=["深入学习《中华人民共和国行政复议法》和《法治政府建设实施纲要（2021—2025年）》，推动依法行政。",
            "主要措施：1）加强组织领导；2）完善工作机制；3）强化监督考核。",
            "印发《关于印发〈行政执法公示办法〉的通知》，开展“‘八五’普法”宣传。"],
      example_year=2024)
def unbalanced_pair(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    lines = doc.lines
    # The marks of every line from one scan of the whole text, not one per paragraph: most paragraphs have
    # none, or each closed right after it opens, and need nothing more.
    marks_text = _marks_and_breaks(doc.folded)
    # A paragraph whose lines' marks are each clean is clean (_CLEAN is a repetition): only the paragraphs
    # holding a line that is not need a look, and those lines are found in one scan.
    dirty: list[int] = []
    index = pos = 0
    for m in _DIRTY_LINE.finditer(marks_text):
        index += marks_text.count("\n", pos, m.start())
        pos = m.start()
        dirty.append(index)
    if not dirty:
        return
    marks = marks_text.split("\n")
    for first, last in _paragraphs_of(doc, dirty):
        if not _CLEAN.fullmatch("".join(marks[first:last + 1])):
            yield from sorted(_check(doc, lines[first].start, lines[last].end), key=lambda h: h.start)
