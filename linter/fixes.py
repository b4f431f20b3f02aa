"""Applying fixes: choosing non-overlapping edits, mapping them onto the original text (its own line
endings kept), and writing files atomically in their original encoding."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .atomic import write_bytes_atomic
from .model import Edit, Finding

_BREAK = re.compile(r"\r\n|\r|\n")
MAX_ROUNDS = 10  # fixes can enable further fixes; stop well before anything could loop


def choose_edits(findings: Iterable[Finding], unsafe: bool = False) -> list[Edit]:
    """The edits to apply: whole fixes only, earliest first (ties by rule code), skipping any fix that
    overlaps one already chosen, so the outcome is deterministic."""
    candidates = [f for f in findings if f.fix and f.fix.edits and (f.fix.safety == "safe" or unsafe)]
    candidates.sort(key=lambda f: (min(e.start for e in f.fix.edits), f.rule, f.line, f.column))  # type: ignore[union-attr]
    chosen: list[Edit] = []
    for f in candidates:
        edits = f.fix.edits  # type: ignore[union-attr]
        if any(_overlaps(e, c) for e in edits for c in chosen):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1:]):
            continue
        chosen.extend(edits)
    chosen.sort(key=lambda e: (e.start, e.end))
    return chosen


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == b.start:
        return True  # two edits at one point: their order would be arbitrary
    return a.start < b.end and b.start < a.end


def raw_offsets(raw: str) -> list[int]:
    """Offset in `raw` of the start of each line (line breaks of any kind)."""
    starts = [0]
    starts.extend(m.end() for m in _BREAK.finditer(raw))
    return starts


def apply_to_raw(raw: str, edits: list[Edit], normalized_line_starts: list[int]) -> str:
    """Apply edits given in normalised-text offsets to the raw text, keeping its line endings."""
    import bisect

    starts = raw_offsets(raw)
    newline = _dominant_newline(raw)

    def to_raw(offset: int) -> int:
        i = max(0, bisect.bisect_right(normalized_line_starts, offset) - 1)
        return starts[i] + (offset - normalized_line_starts[i])

    out: list[str] = []

    def put(piece: str) -> None:
        # A lone CR line end (old Mac files, or a file of mixed endings) that an edit brings next to an LF would
        # read as one CRLF: a line break lost. Written as CRLF itself, it stays a line break of its own.
        if piece.startswith("\n") and out and out[-1].endswith("\r"):
            out.append("\n")
        if piece:
            out.append(piece)

    pos = 0
    for e in edits:
        a, b = to_raw(e.start), to_raw(e.end)
        put(raw[pos:a])
        put(e.replacement.replace("\n", newline))
        pos = b
    put(raw[pos:])
    return "".join(out)


def _dominant_newline(raw: str) -> str:
    counts = {"\r\n": raw.count("\r\n")}
    counts["\r"] = raw.count("\r") - counts["\r\n"]
    counts["\n"] = raw.count("\n") - counts["\r\n"]
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "\n"


def write_atomic(path: str, text: str, codec: str, bom: bytes = b"") -> None:
    """Write a fixed text back in its own encoding (and BOM), atomically."""
    write_bytes_atomic(path, bom + text.encode(codec))
