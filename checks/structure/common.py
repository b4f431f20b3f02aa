"""Small helpers shared by the structure rules: spans of lines and headings, numbering markers."""

from __future__ import annotations

import re

from linter.document import Document
from linter.outline import Heading

_CN_UNITS = "零一二三四五六七八九"


def line_span(doc: Document, line: int) -> tuple[int, int]:
    """The offsets of a line's text without its leading and trailing blanks."""
    ln = doc.lines[line - 1]
    stripped = ln.text.strip()
    if not stripped:
        return ln.start, ln.start
    start = ln.start + ln.text.index(stripped)
    return start, start + len(stripped)


def heading_span(doc: Document, h: Heading) -> tuple[int, int]:
    """The heading's marker and text (not the run-in body after it)."""
    start = doc.offset(h.line, h.column)
    end = doc.offset(h.line, max(h.end_column, h.column + 1))
    return start, end


def heading_label(doc: Document, h: Heading, limit: int = 30) -> str:
    """The heading as written, for messages: "三、2025年工作打算"."""
    start, end = heading_span(doc, h)
    text = doc.text[start:end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cn_numeral(n: int) -> str:
    """一 … 九十九."""
    if n < 10:
        return _CN_UNITS[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else _CN_UNITS[tens]) + "十" + (_CN_UNITS[units] if units else "")


_FULL = str.maketrans("(),.:", "（），．：")


def marker_for(style: str, n: int, like: str = "") -> str:
    """The marker of number n in a heading style, in the width the document uses (`like` is a marker as
    written: full-width brackets in it mean full-width in the suggestion)."""
    full = bool(re.search(r"[（）]", like)) or not like
    if style == "cn":
        return f"{cn_numeral(n)}、"
    if style == "paren_cn":
        return f"（{cn_numeral(n)}）" if full else f"({cn_numeral(n)})"
    if style == "arabic":
        sep = like[-1] if like and like[-1] in "、.．" else "."
        return f"{n}{sep}"
    return f"（{n}）" if full else f"({n})"


def original_marker(doc: Document, h: Heading) -> str:
    """The marker as typed (not folded)."""
    start = doc.offset(h.line, h.column)
    return doc.text[start:start + len(h.marker)]
