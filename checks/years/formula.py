"""The 2015 纲要's six-term goal formula in a report for 2021 or later."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document
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
    tail, full, history = _patterns()
    since = int(phrases()["new_formula_since"])
    new = phrases()["new_goal_formula"]
    folded = doc.folded
    for m in tail.finditer(folded):
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
