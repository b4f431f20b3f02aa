"""Regular expressions supplied by users in the config (e.g. `boilerplate.patterns`).

They are compiled with `regex` rather than `re` because only `regex` can abandon a match after a timeout:
a pattern with catastrophic backtracking such as `(a|aa)+$` would otherwise hang the linter on one
unlucky line. A bad pattern is a ConfigError naming the config key and the pattern, like any other config
mistake, found when the config is loaded where possible (the probes below) and otherwise at the first line
that trips the timeout.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from .config import ConfigError
from .record import NamedTuple

MATCH_TIMEOUT = 1.0  # seconds for one search; chrome patterns only ever see short lines, so this is generous
PROBE_TIMEOUT = 0.25  # seconds for one probe at compile time: a sane pattern answers in microseconds
PROBE_REPEAT = 64  # long enough that exponential backtracking cannot finish, short enough to be instant otherwise
MAX_PATTERN_LEN = 2000  # a config pattern longer than this is a paste accident, not a chrome line pattern
MAX_PROBES = 24
# Characters real chrome lines are made of, besides the pattern's own literals.
_PROBE_CHARS = ("a", "1", " ", "中", "：", "-")
_TAIL = "\u0001"  # a character no user pattern expects, so an anchored pattern must backtrack through all
_META = frozenset("\\^$.|?*+()[]{}")


class PatternTimeout(ConfigError):
    """A user pattern took too long on some text: almost always catastrophic backtracking."""


def _describe(where: str, source: str) -> str:
    shown = source if len(source) <= 60 else source[:59] + "…"
    return f"{where}: 正则表达式“{shown}”"


class UserPattern(NamedTuple):
    """A compiled user pattern that never hangs: every match is bounded by `timeout`."""

    source: str
    where: str  # the config key it came from, e.g. "boilerplate.patterns[2]", for the error message
    compiled: Any  # regex.Pattern (the regex module has no public generic type for it)
    timeout: float = MATCH_TIMEOUT

    def _timed_out(self) -> PatternTimeout:
        return PatternTimeout(f"{_describe(self.where, self.source)}匹配超时（超过 {self.timeout:g} 秒），"
                              "很可能存在灾难性回溯（如 (a|aa)+ 这类嵌套重复），请改写")

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        """Like regex.Pattern.search; raises PatternTimeout instead of running away."""
        try:
            return self.compiled.search(text, pos, len(text) if endpos is None else endpos, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None

    def finditer(self, text: str) -> Iterator[Any]:
        """Like regex.Pattern.finditer, the timeout applying to the whole iteration."""
        try:
            yield from self.compiled.finditer(text, timeout=self.timeout)
        except TimeoutError:
            raise self._timed_out() from None


def _probes(source: str) -> list[str]:
    """Texts that make a backtracking-prone pattern explode: runs of the pattern's own literal characters
    (and pairs of them, for alternations like (ab|a|b)*) ending in a character that fails the match."""
    literals = [c for c in dict.fromkeys(source) if c.isalnum() or c.isspace() or ord(c) > 0x7F]
    units = [*literals, *_PROBE_CHARS]
    units += [a + b for a, b in itertools.pairwise(literals) if a != b]
    # A required literal the probe lacks lets `regex` fail fast without backtracking, so each run is tried
    # once with a bare failing character and once followed by all the pattern's literal characters.
    tails = (_TAIL, _TAIL + "".join(c for c in dict.fromkeys(source) if c not in _META and not c.isspace()))
    out = []
    for unit in list(dict.fromkeys(units))[:MAX_PROBES]:
        out.extend(unit * (PROBE_REPEAT // len(unit)) + tail for tail in tails)
    return out


def compile_pattern(source: object, where: str = "patterns", flags: int = 0,
                    timeout: float = MATCH_TIMEOUT) -> UserPattern:
    """Compile one user pattern; raises ConfigError naming it when it is not a valid pattern, or
    PatternTimeout when it backtracks catastrophically on a probe text."""
    if not isinstance(source, str):
        raise ConfigError(f"{where}: 应为正则表达式字符串，而不是 {type(source).__name__}")
    if not source:
        raise ConfigError(f"{where}: 正则表达式为空（空模式会匹配每一行）")
    if len(source) > MAX_PATTERN_LEN:
        raise ConfigError(f"{_describe(where, source)}过长（{len(source)} 个字符，上限 {MAX_PATTERN_LEN}）")
    # Imported here, not at the top: `regex` costs ~10 ms of start-up, and most runs have no user patterns.
    import regex

    try:
        # V0 keeps the `re`-compatible semantics users expect from a Python regex.
        compiled = regex.compile(source, flags | regex.V0)
    except (regex.error, ValueError, OverflowError, RecursionError) as exc:
        raise ConfigError(f"{_describe(where, source)}无效：{exc}") from None
    pattern = UserPattern(source, where, compiled, timeout)
    for probe in _probes(source):
        try:
            compiled.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            raise PatternTimeout(f"{_describe(where, source)}在测试文本上匹配超时，很可能存在灾难性回溯"
                                 "（如 (a|aa)+ 这类嵌套重复），请改写") from None
    return pattern


def compile_patterns(sources: Iterable[object], where: str = "patterns", flags: int = 0,
                     timeout: float = MATCH_TIMEOUT) -> list[UserPattern]:
    """Compile a config list of patterns; each error names its index, e.g. boilerplate.patterns[2]."""
    return [compile_pattern(s, f"{where}[{i}]", flags, timeout) for i, s in enumerate(sources)]


def search_any(patterns: Iterable[UserPattern], text: str) -> UserPattern | None:
    """The first pattern that matches `text`, if any."""
    for p in patterns:
        if p.search(text) is not None:
            return p
    return None
