"""The required contents of an annual report and the heading wordings that stand for each of them.

The synonym lists live in elements.yaml; the config's `structure: {synonyms: {...}}` adds plain phrases and
`structure: {required: [...]}` changes which elements are required. Also used by linter.outline to tell a
pasted second report (its 一、 is an achievements heading) from a numbering slip."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
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
    # Mentions in body text (element 3 only): one pattern for each of body_patterns, not their alternation.
    # Each opens with a literal, which `re` finds far faster than the class of first characters an
    # alternation opens with (sections.body_mention).
    body: tuple[re.Pattern[str], ...]

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
                           pattern, _alternation(spec.get("exclude", ())),
                           tuple(re.compile(p) for p in spec.get("body_patterns", ()) if p)))
    return tuple(out)


def elements(opts: Mapping[str, Any] | None = None) -> tuple[Element, ...]:
    """The five elements in the order of the 督察工作规定, with the config's extra synonyms."""
    return _elements(_extra(opts))


def _extra(opts: Mapping[str, Any] | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The config's extra synonyms, as a key for the caches."""
    synonyms = (opts or {}).get("synonyms", {}) or {}
    if not synonyms:
        return ()  # asked for every heading classified: most configs add no synonyms
    return tuple(sorted((k, tuple(v)) for k, v in synonyms.items()))


@cache
def _any_element(extra: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """A pattern that matches wherever one of the elements' patterns does: most headings (（一）依法全面履行政府
    职能) name none of the elements, and are told so by one search instead of one per element."""
    union = _alternation(e.pattern.pattern for e in _elements(extra))
    assert union is not None
    return union


def _element_keys(text: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> frozenset[str]:
    if not _any_element(extra).search(text):
        return frozenset()
    return frozenset(e.key for e in _elements(extra) if e.matches(text))


# Headings read the same in many reports ("存在的问题", "2025年工作打算"), and the outline and S002 ask of the
# same headings: keyed by the heading as read and the config's synonyms. Short texts only: a heading's text
# runs to the first sentence end, which a scraped page may not have for megabytes.
_cached_element_keys = lru_cache(maxsize=4096)(_element_keys)
CACHED_TEXT_MAX = 200


def required_keys(opts: Mapping[str, Any] | None = None) -> tuple[str, ...]:
    configured = (opts or {}).get("required")
    return tuple(configured) if configured is not None else tuple(load_data("structure", "elements.yaml")["required"])


def classify(text: str, year: int | None = None, opts: Mapping[str, Any] | None = None,
             read: Callable[[str], str] = reading) -> set[str]:
    """The elements a heading text stands for (usually one; a combined heading may name two), in either
    script ("三、黨政主要負責人履行…職責情況" is read as "三、党政主要负责人履行…职责情况"), and with a mirror
    site's pinyin dropped ("负(fù)责(zé)人" is read as "负责人"). `read`: reading, or linter.outline.reader's
    shortcut for the document the text comes from."""
    return classify_all((text,), year, opts, read)[0]


def classify_all(texts: Iterable[str], year: int | None = None, opts: Mapping[str, Any] | None = None,
                 read: Callable[[str], str] = reading) -> list[set[str]]:
    """classify for each of `texts`, in one call: S002 classifies every heading of a report, and the config's
    synonyms are the same for all of them."""
    extra = _extra(opts)
    out = []
    for text in texts:
        text = read(text)
        found = set((_cached_element_keys if len(text) <= CACHED_TEXT_MAX else _element_keys)(text, extra))
        if year is not None and "年" in text:  # every _YEAR match ends in 年: most headings name no year
            _after_year(found, text, year)
        out.append(found)
    return out


def _after_year(found: set[str], text: str, year: int) -> None:
    """A heading naming a year after the report year is about the plan, not the achievements."""
    m = _YEAR.search(text)
    if m and int(m.group(1)) > year:
        found.discard("achievements")
        if _FUTURE_WORK.search(text):
            found.add("plan")
