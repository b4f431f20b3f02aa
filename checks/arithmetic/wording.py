"""A007: a decrease stated as a multiple ("降低2倍"): a quantity cannot fall by a multiple of itself."""

from __future__ import annotations

import re
from functools import cache

from linter.data import load_data
from linter.document import Document
from linter.model import Hit

from .quantities import alternation


@cache
def _decrease_by_multiple() -> re.Pattern[str]:
    """A verb of decrease right before a number of times: 降低2倍, 减少了一倍, 缩短3.5倍. Not the "to" forms (降至,
    减至, 下降到原来的0.5倍): those state what is left, and a fraction of a multiple is a fair way to say it."""
    data = load_data("arithmetic", "changes.yaml")
    verbs = alternation(v for v in data["down_verbs"] if not v.endswith(tuple(data["multiple_to"])))
    return re.compile(f"(?:{verbs})了?(?:\\d+(?:\\.\\d+)?|[一两二三四五六七八九十半]+)倍")


def decrease_by_multiple_hits(doc: Document) -> list[Hit]:
    folded = doc.folded
    if "倍" not in folded:
        return []  # nearly every report
    chrome = doc.chrome
    hits: list[Hit] = []
    for m in _decrease_by_multiple().finditer(folded):
        if doc.line_of(m.start()).number in chrome:
            continue
        written = doc.text[m.start():m.end()]
        hits.append(Hit(m.start(), m.end(),
                        f"“{written}”说法有误：减少不能用倍数表示（减少1倍就已减为零），应改用百分数（如“降低50%”）"
                        "或“降低到原来的几分之几”"))
    return hits
