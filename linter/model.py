"""Value types shared by the engine, the rules and the outputs."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from .record import NamedTuple, Record

FAMILIES = ("structure", "arithmetic", "years", "boilerplate", "redaction", "typography")
FAMILY_LETTERS = {"S": "structure", "A": "arithmetic", "Y": "years", "B": "boilerplate", "R": "redaction",
                  "T": "typography"}


class Severity(str, Enum):  # noqa: UP042  # not StrEnum: str() and format() of a member would change
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self.value]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        return value if isinstance(value, Severity) else cls(str(value).lower())


SEVERITY_VALUES = ("error", "warning", "info")  # Severity's values, the order the JSON summary lists them in
# Outside the class: an Enum turns a dict in its body into a member. (Built once, not on every `rank`.)
_SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1}


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """How many of the findings have each severity, by value (every value present, zero or not)."""
    counts = dict.fromkeys(SEVERITY_VALUES, 0)
    for f in findings:
        counts[f.severity.value] += 1
    return counts


class Edit(NamedTuple):
    """Replace document text[start:end] (character offsets into Document.text)."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    safety: str  # "safe" | "unsafe"
    edits: tuple[Edit, ...]


class Hit(Record):
    """What a rule reports: a span of Document.text and a message. The engine turns it into a Finding."""

    __slots__ = ("start", "end", "message", "suggestion", "fix", "severity")  # noqa: RUF023
    start: int
    end: int
    message: str
    suggestion: str | None
    fix: Fix | None
    severity: Severity | None  # overrides the rule's default for this one hit

    def __init__(self, start: int, end: int, message: str, suggestion: str | None = None, fix: Fix | None = None,
                 severity: Severity | None = None) -> None:
        self.start = start
        self.end = end
        self.message = message
        self.suggestion = suggestion
        self.fix = fix
        self.severity = severity


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in code points


class Finding(Record):
    __slots__ = ("rule", "name", "family", "severity", "line", "column", "end_line", "end_column", "message",  # noqa: RUF023
                 "excerpt", "suggestion", "fix", "start", "end", "extra", "fix_at")
    rule: str
    name: str
    family: str
    severity: Severity
    line: int
    column: int
    end_line: int
    end_column: int  # exclusive
    message: str
    excerpt: str
    suggestion: str | None
    fix: Fix | None
    # Offsets into Document.text: used by fixes, baselines and the HTML view; not part of the JSON contract.
    start: int
    end: int
    extra: dict[str, Any]
    # Where each of fix's edits lies, in its order: (line, column, end_line, end_column). Placed by the engine
    # while it has the document, so outputs need no document to show a fix (a --jobs worker need not send a
    # file's text back to the parent for JSON or SARIF output).
    fix_at: tuple[tuple[int, int, int, int], ...]

    def __init__(self, rule: str, name: str, family: str, severity: Severity, line: int, column: int,
                 end_line: int, end_column: int, message: str, excerpt: str, suggestion: str | None = None,
                 fix: Fix | None = None, start: int = 0, end: int = 0, extra: dict[str, Any] | None = None,
                 fix_at: tuple[tuple[int, int, int, int], ...] = ()) -> None:
        self.rule = rule
        self.name = name
        self.family = family
        self.severity = severity
        self.line = line
        self.column = column
        self.end_line = end_line
        self.end_column = end_column
        self.message = message
        self.excerpt = excerpt
        self.suggestion = suggestion
        self.fix = fix
        self.start = start
        self.end = end
        self.extra = {} if extra is None else extra
        self.fix_at = fix_at

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        # Pickled as the constructor's arguments (its parameters are the slots, in order): a --jobs worker sends
        # every finding to the parent, which unpickles them this way in 40% less time than from the default
        # slot-by-slot state.
        return Finding, self._values()

    def sort_key(self) -> tuple[int, int, str, int, int]:
        return (self.line, self.column, self.rule, self.end_line, self.end_column)
