"""Value types shared by the engine, the rules and the outputs."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, NamedTuple

FAMILIES = ("structure", "arithmetic", "years", "boilerplate", "redaction", "typography")
FAMILY_LETTERS = {"S": "structure", "A": "arithmetic", "Y": "years", "B": "boilerplate", "R": "redaction",
                  "T": "typography"}


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        return value if isinstance(value, Severity) else cls(str(value).lower())


class Edit(NamedTuple):
    """Replace document text[start:end] (character offsets into Document.text)."""

    start: int
    end: int
    replacement: str


class Fix(NamedTuple):
    safety: str  # "safe" | "unsafe"
    edits: tuple[Edit, ...]


@dataclass
class Hit:
    """What a rule reports: a span of Document.text and a message. The engine turns it into a Finding."""

    start: int
    end: int
    message: str
    suggestion: str | None = None
    fix: Fix | None = None
    severity: Severity | None = None  # overrides the rule's default for this one hit


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in code points


@dataclass
class Finding:
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
    suggestion: str | None = None
    fix: Fix | None = None
    # Offsets into Document.text: used by fixes, baselines and the HTML view; not part of the JSON contract.
    start: int = 0
    end: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def sort_key(self) -> tuple[int, int, str, int, int]:
        return (self.line, self.column, self.rule, self.end_line, self.end_column)
