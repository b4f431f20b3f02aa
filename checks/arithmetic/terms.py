"""Matching the domain terms of the metric table and the part lists in the words around a number."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from linter.data import load_data
from linter.record import NamedTuple

from .quantities import alternation

# "调解*结案": a few characters (no punctuation) may stand between the two halves.
_GAP = "[^,;:。!?]{0,6}?"


def _compile(term: str) -> re.Pattern[str]:
    return re.compile(_GAP.join(re.escape(part) for part in term.split("*")))


class Blockers(NamedTuple):
    """Words that, right before a term, turn it into another thing: 按时办结 is not 办结, 不予受理 not 受理."""

    pattern: re.Pattern[str] | None

    @classmethod
    def of(cls, words: Iterable[str]) -> Blockers:
        words = [w for w in words if w]
        return cls(re.compile("(?:" + alternation(words) + ")$") if words else None)

    def blocks(self, text: str, pos: int) -> bool:
        return bool(self.pattern and self.pattern.search(text, 0, pos))


MODIFIERS = Blockers.of(load_data("arithmetic", "metrics.yaml").get("modifiers", ()))


class Terms(NamedTuple):
    """Terms in order of preference; names starting with "@" are placeholders the caller resolves."""

    terms: tuple[str, ...]
    patterns: tuple[re.Pattern[str] | None, ...]
    any_term: re.Pattern[str] | None  # every term at once: most texts carry none, and one search says so

    @classmethod
    def of(cls, terms: Sequence[str]) -> Terms:
        patterns = tuple(None if t.startswith("@") else _compile(t) for t in terms)
        real = [p.pattern for p in patterns if p is not None]
        return cls(tuple(terms), patterns, re.compile("|".join(real)) if real else None)

    def match(self, text: str, index: int, blockers: Blockers = MODIFIERS) -> bool:
        """Whether term number `index` occurs in `text` without a blocking word before it."""
        pattern = self.patterns[index]
        # Most labels carry no term at all: one search says so without visiting matches.
        if pattern is None or not pattern.search(text):
            return False
        return any(not blockers.blocks(text, m.start()) for m in pattern.finditer(text))

    def matched(self, text: str, index: int, blockers: Blockers = MODIFIERS) -> str | None:
        """The text term number `index` matched in `text` ("调解方式结案" for 调解*结案), or None."""
        pattern = self.patterns[index]
        if pattern is None:
            return None
        return next((m.group() for m in pattern.finditer(text) if not blockers.blocks(text, m.start())), None)

    def position(self, text: str, index: int, blockers: Blockers = MODIFIERS) -> int | None:
        """Where term number `index` first occurs in `text` without a blocking word before it, or None."""
        pattern = self.patterns[index]
        if pattern is None:
            return None
        return next((m.start() for m in pattern.finditer(text) if not blockers.blocks(text, m.start())), None)

    def first(self, text: str, blockers: Blockers = MODIFIERS) -> int | None:
        """The index of the most preferred term that occurs in `text`, or None."""
        if not self.occurs(text):
            return None
        for i in range(len(self.terms)):
            if self.match(text, i, blockers):
                return i
        return None

    def occurs(self, text: str) -> bool:
        """Whether any term occurs at all, blocked or not (used to detect competing readings)."""
        return self.any_term is not None and self.any_term.search(text) is not None


@cache
def terms_of(terms: tuple[str, ...]) -> Terms:
    """Terms.of, built once for each list: a check that makes its terms per number would compile them each
    time."""
    return Terms.of(terms)


class Synonyms(NamedTuple):
    """Categories with their synonyms, longest synonym first."""

    pairs: tuple[tuple[str, str], ...]  # (synonym, category)
    quick: re.Pattern[str]  # any synonym at all

    @classmethod
    def of(cls, categories: Mapping[str, Sequence[str]]) -> Synonyms:
        pairs = sorted(((s, c) for c, words in categories.items() for s in words), key=lambda sc: -len(sc[0]))
        return cls(tuple(pairs), re.compile(alternation(s for s, _ in pairs)))


def categories_in(text: str, synonyms: Synonyms, blockers: Blockers = MODIFIERS) -> set[str]:
    """The categories whose synonyms occur in `text`. Longer synonyms are matched first and hide the shorter
    ones inside them (不合格 is not 合格; 未办结 is not 办结)."""
    if not synonyms.quick.search(text):
        return set()
    taken = [False] * len(text)
    found: set[str] = set()
    for synonym, category in synonyms.pairs:
        start = text.find(synonym)
        while start >= 0:
            end = start + len(synonym)
            if not any(taken[start:end]):
                for i in range(start, end):
                    taken[i] = True
                if not blockers.blocks(text, start):
                    found.add(category)
            start = text.find(synonym, end)
    return found
