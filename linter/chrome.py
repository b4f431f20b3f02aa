"""Which lines are web-page chrome rather than report text (breadcrumbs, share widgets, metadata blocks).

The document model uses this to find the real title; the boilerplate rules report these lines."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .data import load_data

if TYPE_CHECKING:
    from .document import Document

# Only short lines can be chrome: a body paragraph that merely mentions 来源 or 发布 is never one.
MAX_CHROME_LEN = 80


def _compiled(extra: tuple[str, ...]) -> re.Pattern[str]:
    data = load_data("boilerplate", "chrome.yaml")
    patterns = [p for group in data["line_patterns"].values() for p in group] + list(extra)
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def chrome_lines(doc: Document) -> frozenset[int]:
    pattern = _compiled(tuple(doc.chrome_patterns))
    out = set()
    for line in doc.lines:
        text = line.folded.strip()
        if text and len(text) <= MAX_CHROME_LEN and pattern.search(text):
            out.add(line.number)
    return frozenset(out)
