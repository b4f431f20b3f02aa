"""Which lines are web-page chrome rather than report text (breadcrumbs, share widgets, metadata blocks,
date lists, a page title repeated above the report title).

The document model exposes the result as `Document.chrome`; the outline skips those lines when it looks
for the title, and the boilerplate rules report them. The patterns live in checks/boilerplate/chrome.yaml.

Two strengths of evidence:
- strong: a short line whose shape is chrome (a breadcrumb, "浏览量:", "索引号:") is chrome anywhere, and so
  is a short line holding two or more metadata fields ("日期:2026-03-17 来源:某局", "[ 索引号 ] … [ 发文字号 ]");
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
# A site's column name ("工作报告", "法制查询") may stand above the page title; a title is never this short.
_COLUMN_NAME_MAX = 6
_COLUMN_NAMES_SKIPPED = 2
# A dash bullet left by a page-to-text converter before a field: "- 索 引 号:…".
_DASH_LEAD = re.compile(r"^-\s+")
# Sentence punctuation: a line holding any is prose, whatever "label:" pairs it has (a comma between digits
# is a thousands separator, not punctuation).
_SENTENCE = re.compile(r"[。;!?]|,(?!\d)")
_SPACES = re.compile(r"[ \u00a0]")
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


@dataclass(frozen=True)
class _Fields:
    bracketed: re.Pattern[str]  # "[ 索引号 ]" or "| [ 索引号 ] |"
    field: re.Pattern[str]  # "索引号:" or "索 引 号 :" at the start or after a space, "|", "-", "]", "】"
    generic: frozenset[str]
    min_fields: int


@lru_cache(maxsize=1)
def _fields() -> _Fields:
    data = load_data("boilerplate", "chrome.yaml")["metadata_fields"]
    generic = frozenset(data["generic"])
    # Longest first, each character optionally followed by one space: "索 引 号" is 索引号.
    labels = sorted(set(data["labels"]) | generic, key=len, reverse=True)
    alternation = "|".join("[ \u00a0]?".join(map(re.escape, label)) for label in labels)
    return _Fields(
        bracketed=re.compile(rf"\|?\s*[\[【]\s*(?P<label>{alternation})\s*[\]】]\s*\|?"),
        field=re.compile(rf"(?<![^\s|\]】\-])(?P<label>{alternation})\s*:"),
        generic=generic,
        min_fields=int(data["min_fields"]),
    )


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


def normalise(text: str) -> str:
    """A shaped line with its metadata labels written plainly: "[ 索引号 ] 1150…" and "| [ 索引号 ] | 1150… |"
    read "索引号: 1150…", "- 索 引 号:…" reads "索引号:…". Other text is left as it is: a table row of
    figures ("| 受理 | 12件 |") keeps its "|" and matches nothing."""
    if ":" not in text and "[" not in text and "【" not in text:
        return text  # no field to rewrite: most lines
    fields = _fields()
    text = fields.bracketed.sub(lambda m: f" {_SPACES.sub('', m['label'])}: ", text)
    text = fields.field.sub(lambda m: f"{_SPACES.sub('', m['label'])}:", text)
    return _DASH_LEAD.sub("", text.strip()).strip()


def _is_field_row(text: str) -> bool:
    """Whether a normalised short line is a row of metadata fields: enough fields of different labels, one
    of them not a word of ordinary prose (日期, 名称…), and no sentence punctuation."""
    if ":" not in text or _SENTENCE.search(text):
        return False
    fields = _fields()
    labels = {_SPACES.sub("", m["label"]) for m in fields.field.finditer(text)}
    return len(labels) >= fields.min_fields and not labels <= fields.generic


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
        plain = normalise(text)
        kind = (_first_kind(plain, pats.strong) or ("metadata" if _is_field_row(plain) else None)
                or ("custom" if user and search_any(user, text) else None))
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


def _head_lines(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) -> list[int]:
    """The first three lines of text that are not chrome, after at most two column names ("工作报告")."""
    heads: list[int] = []
    skipped = 0
    for line in doc.lines:
        if not line.text.strip() or line.number in found or line.number in weak:
            continue
        short = 0 < len(shapes.get(line.number, "")) <= _COLUMN_NAME_MAX
        if not heads and short and skipped < _COLUMN_NAMES_SKIPPED:
            skipped += 1
            continue
        heads.append(line.number)
        if len(heads) == 3:
            break
    return heads


def _mark_page_title(doc: Document, found: dict[int, str], weak: dict[int, str], shapes: dict[int, str]) -> None:
    """The page's own title repeated directly above the report title, at the head of the document. The
    report title may be one line or two: the issuer, then "关于…的报告"."""
    heads = _head_lines(doc, found, weak, shapes)
    if len(heads) < 2 or heads[0] not in shapes or heads[1] not in shapes:
        return
    page, title = shapes[heads[0]], shapes[heads[1]]
    if is_title_like(doc.lines[heads[1] - 1].folded) and _repeats(page, title):
        found[heads[0]] = PAGE_TITLE
        return
    if len(heads) == 3 and heads[2] in shapes and is_title_like(doc.lines[heads[2] - 1].folded) \
            and _repeats(page, title + shapes[heads[2]]):
        found[heads[0]] = PAGE_TITLE


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
