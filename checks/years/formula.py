"""The goal formula of the 法治政府: the 2015 纲要's six terms in a report for 2021 or later (Y011), the 2021
纲要's seven terms quoted with one left out or changed (Y012)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document, find_all, has_top_level_bar, matches_at
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .common import alternation, phrases


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = phrases()
    tail = re.compile(p["old_goal_formula_tail"])
    new_terms = p["new_goal_formula"].split("、")
    # The whole six-term formula: the four shared terms, then the old tail.
    full = re.compile(r"[、,\s]{0,2}".join(re.escape(t) for t in new_terms[:4]) + r"[、,\s]{0,2}"
                      + p["old_goal_formula_tail"])
    history = re.compile(alternation(p["old_formula_history"]))
    return tail, full, history


@cache
def literal_head(pattern: str) -> str | None:
    """The character every match of `pattern` opens with, when it opens with a plain character (a letter or
    a Han character) that no quantifier follows and is no alternation; None otherwise. Cached: the pattern
    comes from a data file and is read once."""
    if len(pattern) < 2 or not pattern[0].isalnum() or pattern[1] in "?*+{" or has_top_level_bar(pattern):
        return None
    return pattern[0]


def old_formula_tails(folded: str) -> Iterator[re.Match[str]]:
    """The matches of the old formula's tail, tried only where its first character stands (found by
    str.find): `re` would look for the tail's four-character opening far more slowly, and most reports have
    no 廉 at all."""
    tail = _patterns()[0]
    head = literal_head(tail.pattern)
    if head is None:
        return tail.finditer(folded)
    return matches_at(tail, folded, find_all(folded, head))


@rule(code="Y011", name="old-goal-formula", family="years", severity="warning",
      summary="2021年以后的报告仍用2015年纲要的六句话目标表述",
      explanation="《法治政府建设实施纲要（2015—2020年）》的目标是“职能科学、权责法定、执法严明、公开公正、"
                  "廉洁高效、守法诚信”；2021年起施行的新纲要改为“职能科学、权责法定、执法严明、公开公正、"
                  "智能高效、廉洁诚信、人民满意”。2021年及以后的报告仍用旧表述，说明抄用了旧文本。",
      bad=["加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。"],
      good=["加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            "建立健全权责清晰、运转顺畅、保障有力、廉洁高效的行政执法体制机制。",
            "《法治政府建设实施纲要（2015—2020年）》提出的廉洁高效、守法诚信的法治政府目标基本实现。"],
      fix="unsafe", example_year=2023)
def old_goal_formula(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    _, full, history = _patterns()
    since = int(phrases()["new_formula_since"])
    new = phrases()["new_goal_formula"]
    folded = doc.folded
    for m in old_formula_tails(folded):
        year = doc.year_at(doc.position(m.start()).line)
        if year is None or year < since:
            continue
        sentence = doc.sentences[doc.sentence_index(m.start())]
        if history.search(sentence.folded):
            continue  # quoting the old 纲要's goal as history
        whole = full.search(folded, max(0, m.start() - 40), m.end())
        message = (f"{year}年度报告仍用2015年纲要的目标表述“廉洁高效、守法诚信”；"
                   f"2021年起的新纲要为“{new}”")
        if whole and whole.end() == m.end():
            yield Hit(whole.start(), whole.end(), message, suggestion=new,
                      fix=Fix("unsafe", (Edit(whole.start(), whole.end(), new),)))
        else:
            yield Hit(m.start(), m.end(), message, suggestion="智能高效、廉洁诚信、人民满意")


# Four-character terms joined by 、 (or a comma) right before 的法治政府: "职能科学、权责法定……人民满意的法治政府".
_TERM_CHARS = 4
_LIST_TERMS = range(4, 11)  # how many terms a list has
_TERM = f"[\u4e00-\u9fff]{{{_TERM_CHARS}}}"
_SEPARATORS = "、,"
_GOAL_LIST = re.compile(
    f"(?:{_TERM}[{_SEPARATORS}]){{{_LIST_TERMS[0] - 1},{_LIST_TERMS[-1] - 1}}}{_TERM}(?=的法治政府)")


def _goal_lists(doc: Document, end: str) -> Iterator[re.Match[str]]:
    """The matches of _GOAL_LIST in the document, offsets into the whole text; `end` is what its lookahead holds.
    A list ends right before `end` and is a whole number of terms long, so it is tried only that many
    characters before each `end` (found by str.find): trying four-character terms at every character of the
    text, or of each line holding `end`, was Y012's cost."""
    folded = doc.folded
    starts = {at - n * (_TERM_CHARS + 1) + 1 for at in find_all(folded, end) if _after_separator(folded, at)
              for n in _LIST_TERMS}
    return matches_at(_GOAL_LIST, folded, sorted(s for s in starts if s >= 0))


def _after_separator(folded: str, end: int) -> bool:
    """Whether a separator stands before the term right before `end`: what every list ending there holds.
    Most places of 的法治政府 ("建设人民满意的法治政府") have none; a list starting at one of their candidate
    starts would end before another place, one with the separator, which gives the same start."""
    at = end - _TERM_CHARS - 1
    return at >= 0 and folded[at] in _SEPARATORS


@rule(code="Y012", name="incomplete-goal-formula", family="years", severity="warning",
      summary="法治政府建设目标的七句话表述漏了或改了其中一句",
      explanation="2021年起施行的《法治政府建设实施纲要（2021—2025年）》把目标表述为建设“职能科学、权责法定、"
                  "执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府”。报告引用这一表述时，七句话应完整、"
                  "次序不变；列出了其中大部分（至少五句）却漏掉或改写了某几句，多是删改或抄写时的疏漏。"
                  "仍用2015年纲要六句话表述的情况见Y011。",
      bad=["全面建设职责明确、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
           "加快建设职能科学、权责法定、执法严明、公开公正、智能高效、人民满意的法治政府。"],
      good=["加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
            "努力建设人民满意的法治政府。",
            "建设执法严明、公开公正的法治政府。"],
      fix="unsafe", example_year=2024)
def incomplete_goal_formula(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    p = phrases()
    since, least = int(p["new_formula_since"]), int(p["goal_list_min_terms"])
    new = p["new_goal_formula"]
    terms = new.split("、")
    for m in _goal_lists(doc, p["goal_list_end"]):
        year = doc.year_at(doc.position(m.start()).line)
        if year is None or year < since:
            continue
        written = re.split("[、,]", m.group())
        # The list may begin with words of the sentence ("全面建设职能科学……" has no 、 before 职能科学).
        known = [t for t in written if t in terms]
        if len(known) < least or written == terms:
            continue
        if any(t in ("廉洁高效", "守法诚信") for t in written):
            continue  # the 2015 formula: Y011's
        # One term before the first of the formula is its own rewording ("职责明确" for 职能科学、权责法定);
        # more are another list the sentence ran on from.
        first = max(0, next(i for i, t in enumerate(written) if t in terms) - 1)
        start = m.start() + sum(len(t) + 1 for t in written[:first])
        shown = written[first:]
        missing = [t for t in terms if t not in shown]
        foreign = [t for t in shown if t not in terms]
        if not missing:
            continue  # all seven there (in another order, or after words of the sentence): not this question
        parts = []
        if missing:
            parts.append(f"漏了“{'、'.join(missing)}”")
        if foreign:
            parts.append(f"“{'、'.join(foreign)}”不是纲要原文")
        message = f"法治政府建设目标表述不完整：{'，'.join(parts)}；纲要原文为“{new}的法治政府”"
        yield Hit(start, m.end(), message, suggestion=new, fix=Fix("unsafe", (Edit(start, m.end(), new),)))
