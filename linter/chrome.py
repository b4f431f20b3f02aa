"""Which lines are web-page chrome rather than report text (breadcrumbs, share widgets, metadata blocks,
date lists, a page title repeated above the report title).

The document model exposes the result as `Document.chrome`; the outline skips those lines when it looks
for the title, and the boilerplate rules report them. The patterns live in checks/boilerplate/chrome.yaml.

Two strengths of evidence:
- strong: a short line whose shape is chrome (a breadcrumb, "浏览量:", "索引号:") is chrome anywhere;
- weak: a bare date, a lone Latin word ("map") or a separator is chrome only at the head or the tail of
  the document (outside the report text), and only beside strong chrome or in a run of dates.
Body text is never judged by keyword: a long line, or a line in the middle of the report, is report text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .data import load_data
from .outline import is_title_like
from .patterns import UserPattern, compile_patterns, search_any

if TYPE_CHECKING:
    from .document import Document

# Bullets and spaces a page puts before a widget caption ("  • 浏览量:").
_LEAD = re.compile(r"^[\s\u00a0\u2022\u00b7\u25aa\u25c6\u25ba]+")
# Separators between a page title and the site name ("…情况报告_某县人民政府门户网站").
_TITLE_SEPARATORS = "_-|—–·:"
_SITE_NAME_MAX = 40
_CACHE_KEY = "_chrome_kinds"  # per-document cache slot (the Document dataclass holds no field for it)

# Bare dates: chrome in a run of dates written the same way (ISO ones also beside strong chrome).
_DATE_KINDS = ("date", "signed_date")
_RUN_MIN = {"date": 2, "signed_date": 3}
PAGE_TITLE = "page_title"


@dataclass(frozen=True)
class _Patterns:
    strong: tuple[tuple[str, re.Pattern[str]], ...]
    edge: tuple[tuple[str, re.Pattern[str]], ...]
    max_len: int


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_data("boilerplate", "chrome.yaml")
    strong = [(kind, re.compile("|".join(f"(?:{p})" for p in group)))
              for kind, group in data["line_patterns"].items()]
    edge = [(kind, re.compile("|".join(f"(?:{p})" for p in group)))
            for kind, group in data["edge_patterns"].items()]
    return _Patterns(tuple(strong), tuple(edge), int(data["max_line_length"]))


@lru_cache(maxsize=32)
def _user_patterns(sources: tuple[str, ...]) -> tuple[UserPattern, ...]:
    # A bad pattern raises ConfigError naming boilerplate.patterns[i]; a slow one times out (linter.patterns).
    return tuple(compile_patterns(sources, "boilerplate.patterns"))


def label(kind: str) -> str:
    """How a finding names a kind of chrome (Chinese)."""
    labels: dict[str, str] = load_data("boilerplate", "chrome.yaml")["labels"]
    return labels.get(kind, labels["custom"])


def shape(folded_line: str) -> str:
    """A line as the patterns see it: stripped, leading bullets removed."""
    return _LEAD.sub("", folded_line).strip()


def _first_kind(text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    for kind, pattern in patterns:
        if pattern.search(text):
            return kind
    return None


def _repeats(page_title: str, report_title: str) -> bool:
    """Whether a line is the report title again, possibly with the site's name after or before it."""
    a, b = re.sub(r"\s+", "", page_title), re.sub(r"\s+", "", report_title)
    if a == b:
        return True
    if a.startswith(b):
        rest = a[len(b):]
        return rest[0] in _TITLE_SEPARATORS and len(rest) <= _SITE_NAME_MAX
    if a.endswith(b):
        rest = a[: -len(b)]
        return rest[-1] in _TITLE_SEPARATORS and len(rest) <= _SITE_NAME_MAX
    return False


def chrome_kinds(doc: Document) -> dict[int, str]:
    """Line number -> kind of chrome, for every chrome line. Computed once per document."""
    cached = doc.__dict__.get(_CACHE_KEY)
    if cached is None:
        cached = _classify(doc)
        doc.__dict__[_CACHE_KEY] = cached
    return cached


def chrome_lines(doc: Document) -> frozenset[int]:
    return frozenset(chrome_kinds(doc))


def _classify(doc: Document) -> dict[int, str]:
    pats = _patterns()
    user = _user_patterns(tuple(doc.chrome_patterns))
    strong: dict[int, str] = {}
    weak: dict[int, str] = {}
    shapes: dict[int, str] = {}
    for line in doc.lines:
        text = shape(line.folded)
        if not text or len(text) > pats.max_len:
            continue
        shapes[line.number] = text
        kind = _first_kind(text, pats.strong) or ("custom" if user and search_any(user, text) else None)
        if kind:
            strong[line.number] = kind
            continue
        kind = _first_kind(text, pats.edge)
        if kind:
            weak[line.number] = kind

    found = dict(strong)
    _mark_page_title(doc, found, weak, shapes)

    # The head and the tail: the lines before the first and after the last line of report text.
    content = [line.number for line in doc.lines
               if line.text.strip() and line.number not in found and line.number not in weak
               and not is_title_like(line.folded)]
    last = len(doc.lines)
    zones = [range(1, content[0]), range(content[-1] + 1, last + 1)] if content else [range(1, last + 1)]
    for i, zone in enumerate(zones):
        _mark_edge(zone, found, weak, tail=i == 1)
    return found


def _mark_page_title(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) -> None:
    """The page's own title repeated directly above the report title, at the head of the document."""
    candidates: list[int] = []
    for line in doc.lines:
        if not line.text.strip() or line.number in found or line.number in weak:
            continue
        candidates.append(line.number)
        if len(candidates) == 2:
            break
    if len(candidates) < 2:
        return
    first, second = candidates
    if first not in shapes or second not in shapes:
        return
    if is_title_like(doc.lines[second - 1].folded) and _repeats(shapes[first], shapes[second]):
        found[first] = PAGE_TITLE


def _mark_edge(zone: range, found: dict[int, str], weak: dict[int, str], tail: bool) -> None:
    """Weak lines in one edge zone: chrome beside strong chrome, or (dates) in a run of dates written the
    same way: two or more ISO dates, three or more 2024年3月15日 ones. The first line below the report,
    when it is a 2024年3月15日 date, is the signature date and stays."""
    has_strong = any(n in found for n in zone)
    runs: list[tuple[str, list[int]]] = []
    signature = tail
    for n in zone:
        kind = weak.get(n) if n in weak else ("chrome" if n in found else None)
        if kind is None:
            continue  # blank lines neither extend nor break a run
        if signature and kind == "signed_date":
            kind = "signature"
        signature = False
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(n)
        else:
            runs.append((kind, [n]))
    in_date_run = {n for kind, r in runs if kind in _DATE_KINDS and len(r) >= _RUN_MIN[kind] for n in r}
    for n in zone:
        kind = weak.get(n)
        if kind is None or n in found:
            continue
        if n in in_date_run or (has_strong and kind != "signed_date"):
            found[n] = kind
