"""The required contents of an annual report and the heading wordings that stand for each of them.

The synonym lists live in elements.yaml; the config's `structure: {synonyms: {...}}` adds plain phrases and
`structure: {required: [...]}` changes which elements are required. Also used by linter.outline to tell a
pasted second report (its 一、 is an achievements heading) from a numbering slip."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from linter.data import load_data
from linter.outline import reading, simplified
from linter.record import NamedTuple

_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
# A heading naming a year after the report year ("2025年重点工作" in a 2024 report) is about the plan.
_FUTURE_WORK = re.compile(r"工作|举措|措施|任务|重点|目标")


class Element(NamedTuple):
    key: str
    number: int
    label: str  # short name used in messages
    requirement: str  # the wording of the 督察工作规定
    looked_for: tuple[str, ...]  # example headings, quoted in messages
    pattern: re.Pattern[str]
    exclude: re.Pattern[str] | None
    body: re.Pattern[str] | None  # mentions in body text (element 3 only)

    def matches(self, text: str) -> bool:
        return bool(self.pattern.search(text)) and not (self.exclude and self.exclude.search(text))


def _alternation(patterns: Iterable[str]) -> re.Pattern[str] | None:
    parts = [p for p in patterns if p]
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


@cache
def _elements(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[Element, ...]:
    data = load_data("structure", "elements.yaml")["elements"]
    added = dict(extra)
    out = []
    for key, spec in data.items():
        # User synonyms are plain phrases, not regexes: a stray "(" in a config must not break the run.
        # Matched on simplified text (classify): a synonym typed in traditional script is read the same way.
        patterns = [*spec["patterns"], *(re.escape(simplified(p)) for p in added.get(key, ()))]
        pattern = _alternation(patterns)
        assert pattern is not None
        out.append(Element(key, spec["number"], spec["label"], spec["requirement"], tuple(spec["looked_for"]),
                           pattern, _alternation(spec.get("exclude", ())), _alternation(spec.get("body_patterns", ()))))
    return tuple(out)


def elements(opts: Mapping[str, Any] | None = None) -> tuple[Element, ...]:
    """The five elements in the order of the 督察工作规定, with the config's extra synonyms."""
    synonyms = (opts or {}).get("synonyms", {}) or {}
    if not synonyms:
        return _elements(())  # asked for every heading classified: most configs add no synonyms
    extra = tuple(sorted((k, tuple(v)) for k, v in synonyms.items()))
    return _elements(extra)


def required_keys(opts: Mapping[str, Any] | None = None) -> tuple[str, ...]:
    configured = (opts or {}).get("required")
    return tuple(configured) if configured is not None else tuple(load_data("structure", "elements.yaml")["required"])


def classify(text: str, year: int | None = None, opts: Mapping[str, Any] | None = None) -> set[str]:
    """The elements a heading text stands for (usually one; a combined heading may name two), in either
    script ("三、黨政主要負責人履行…職責情況" is read as "三、党政主要负责人履行…职责情况"), and with a mirror
    site's pinyin dropped ("负(fù)责(zé)人" is read as "负责人")."""
    text = reading(text)
    found = {e.key for e in elements(opts) if e.matches(text)}
    if year is not None:
        m = _YEAR.search(text)
        if m and int(m.group(1)) > year:
            found.discard("achievements")
            if _FUTURE_WORK.search(text):
                found.add("plan")
    return found
