"""`reportlint annotate`: a Word copy of a report with one review comment anchored on each finding's text.

Reviewers fix reports in Word, so the findings go where they work: a comment (author "reportlint") on the
exact characters at fault. The document's text and formatting must survive untouched, so a run is only
ever split into two runs with identical properties; comment markers and the comment-reference run carry no
text. Line numbers of a .docx are the paragraph indices `linter.inputs.docx_paragraphs` yields, and the
columns count characters of `Paragraph.text` with line breaks removed (as `linter.inputs.read_docx` does);
the run map below reproduces exactly that text, character for character.
"""

from __future__ import annotations

import copy
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Finding

if TYPE_CHECKING:
    from .api import FileResult

AUTHOR = "reportlint"
INITIALS = "RL"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML 1.0 cannot hold; a text input holding them gets U+FFFD in the .docx (one for one, so every
# column still lines up).
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class AnnotateError(Exception):
    """Why a document could not be annotated; the message is for the user (Chinese)."""


def comment_text(f: Finding) -> str:
    text = f"{f.rule} {f.name}（{_SEVERITY_CN[f.severity.value]}）：{f.message}"
    if f.suggestion:
        text += f"\n建议：{f.suggestion}"
    return text


_SEVERITY_CN = {"error": "错误", "warning": "警告", "info": "提示"}


# --- the run map: which characters of a paragraph's linted text each w:r element holds ----------------

def _piece_text(child: Any) -> str:
    """What one child of a w:r contributes to the linted text (python-docx's Run.text minus line breaks)."""
    tag = child.tag
    if tag == _W + "t":
        raw = child.text or ""
    elif tag in (_W + "tab", _W + "ptab"):
        raw = "\t"
    elif tag == _W + "noBreakHyphen":
        raw = "-"
    else:  # w:br, w:cr (line breaks, dropped by the reader), w:rPr, drawings, field codes...: no text
        return ""
    return raw.replace("\n", "").replace("\r", "")


@dataclass
class _Run:
    element: Any  # a w:r
    start: int  # offset in the paragraph's linted text
    end: int


def _runs_of(p: Any) -> list[_Run]:
    """The text-bearing runs of a w:p in order, as python-docx's Paragraph.text sees them: direct runs and
    runs inside hyperlinks (runs elsewhere, e.g. in tracked insertions, are not linted so never anchored)."""
    out: list[_Run] = []
    pos = 0
    for r in p.xpath("./w:r | ./w:hyperlink/w:r"):
        n = sum(len(_piece_text(c)) for c in r)
        out.append(_Run(r, pos, pos + n))
        pos += n
    return out


def _split_run(r: Any, cut: int) -> Any:
    """Split a w:r so the first `cut` characters of its text stay in `r` and the rest move to a new w:r
    inserted right after it (same w:rPr). Returns the new element."""
    twin = copy.deepcopy(r)
    pos = 0
    keep_first: list[bool] = []  # per child of r: True when it stays in the first run
    t_split: dict[int, int] = {}  # child index -> characters of a straddling w:t kept in the first run
    for i, child in enumerate(r):
        if child.tag == _W + "rPr":
            keep_first.append(True)
            continue
        n = len(_piece_text(child))
        if pos + n <= cut:
            keep_first.append(True)
        elif pos >= cut:
            keep_first.append(False)
        else:
            keep_first.append(True)
            t_split[i] = cut - pos
        pos += n
    first_children, twin_children = list(r), list(twin)
    for i, (a, b) in enumerate(zip(first_children, twin_children, strict=True)):
        if a.tag == _W + "rPr":
            continue
        if i in t_split:
            raw = a.text or ""
            k = _raw_index(raw, t_split[i])
            a.text, b.text = raw[:k], raw[k:]
            a.set(_XML_SPACE, "preserve")
            b.set(_XML_SPACE, "preserve")
        elif keep_first[i]:
            twin.remove(b)
        else:
            r.remove(a)
    r.addnext(twin)
    return twin


def _raw_index(raw: str, chars: int) -> int:
    """Index into a w:t's raw text after `chars` linted characters (the reader drops CR and LF)."""
    seen = 0
    for i, ch in enumerate(raw):
        if seen == chars:
            return i
        if ch not in "\r\n":
            seen += 1
    return len(raw)


def _split_at(p: Any, offsets: set[int]) -> None:
    """Make every offset a run boundary in paragraph `p`."""
    for off in sorted(offsets, reverse=True):  # right to left, so earlier offsets stay valid
        for run in _runs_of(p):
            if run.start < off < run.end:
                _split_run(run.element, off - run.start)
                break


def _covering(p: Any, start: int, end: int) -> list[Any]:
    """The runs holding characters [start, end) of paragraph `p` (already split at both offsets)."""
    return [r.element for r in _runs_of(p) if r.end > r.start and r.start >= start and r.end <= end]


def _empty_run(p: Any) -> Any:
    """A text-less run to anchor a comment in a paragraph that has no text (e.g. an empty line)."""
    from docx.oxml import OxmlElement

    r = OxmlElement("w:r")
    p.append(r)
    return r


# --- anchoring ---------------------------------------------------------------------------------------

@dataclass
class _Anchor:
    finding: Finding
    first: tuple[int, int, int]  # paragraph index, start, end within its text
    last: tuple[int, int, int]


def _anchor(f: Finding, lines: Sequence[str]) -> _Anchor:
    """Where a finding's comment goes, as character ranges in paragraphs. A span that ends at column 1 of a
    later line ends on the line before, one that starts at a line end starts on the next line; an empty span
    (a missing section, a point between characters) is widened to one character (see `_point`)."""
    last_line = len(lines) - 1
    a_line = min(max(f.line - 1, 0), last_line)
    b_line = min(max(f.end_line - 1, a_line), last_line)
    a_col = min(max(f.column - 1, 0), len(lines[a_line]))
    b_col = min(max(f.end_column - 1, 0), len(lines[b_line]))
    if b_line == a_line:
        b_col = max(b_col, a_col)
    while b_line > a_line and b_col == 0:
        b_line -= 1
        b_col = len(lines[b_line])
    while a_line < b_line and a_col == len(lines[a_line]):
        a_line, a_col = a_line + 1, 0
    if (a_line, a_col) == (b_line, b_col):
        span = _point(lines, a_line, a_col)
        return _Anchor(f, span, span)
    if a_line == b_line:
        return _Anchor(f, (a_line, a_col, b_col), (a_line, a_col, b_col))
    return _Anchor(f, (a_line, a_col, len(lines[a_line])), (b_line, 0, b_col))


def _point(lines: Sequence[str], line: int, col: int) -> tuple[int, int, int]:
    """The one character a comment on an empty span covers: the one after it on its line, else the nearest
    before it (a section missing at the end of a report is flagged on the report's last character), else
    the first after it; an empty document gets its empty first paragraph."""
    if col < len(lines[line]):
        return (line, col, col + 1)
    for ln in range(line, -1, -1):
        end = len(lines[ln]) if ln != line else col
        if end:
            return (ln, end - 1, end)
    for ln in range(line + 1, len(lines)):
        if lines[ln]:
            return (ln, 0, 1)
    return (line, 0, 0)


def annotate_document(document: Any, paragraphs: Sequence[Any], findings: Sequence[Finding]) -> int:
    """Add one comment per finding to a python-docx Document whose linted lines are `paragraphs`' texts.
    Returns the number of comments added."""
    lines = [_linted_text(p._p) for p in paragraphs]
    if not lines:
        return 0
    anchors = [_anchor(f, lines) for f in findings]
    cuts: dict[int, set[int]] = {}
    for a in anchors:
        for para, s, e in (a.first, a.last):
            cuts.setdefault(para, set()).update((s, e))
    # Split first, anchor afterwards: comment markers add no text, so the offsets stay valid throughout.
    for para, offsets in cuts.items():
        _split_at(paragraphs[para]._p, offsets)
    from docx.text.run import Run

    added = 0
    for a in anchors:
        (pa, sa, ea), (pb, sb, eb) = a.first, a.last
        first = _covering(paragraphs[pa]._p, sa, ea) or [_empty_run(paragraphs[pa]._p)]
        last = _covering(paragraphs[pb]._p, sb, eb) if (pb, sb, eb) != (pa, sa, ea) else first
        last = last or first
        document.add_comment([Run(first[0], paragraphs[pa]), Run(last[-1], paragraphs[pb])],
                             text=comment_text(a.finding), author=AUTHOR, initials=INITIALS)
        added += 1
    return added


def _linted_text(p: Any) -> str:
    return "".join(_piece_text(c) for r in p.xpath("./w:r | ./w:hyperlink/w:r") for c in r)


# --- files -------------------------------------------------------------------------------------------

def docx_from_lines(lines: Sequence[str]) -> tuple[Any, list[Any]]:
    """A new Word document, one paragraph per line (a text or Markdown input)."""
    import docx

    document = docx.Document()
    paragraphs = []
    for line in lines:
        p = document.add_paragraph()
        if line:
            # One w:t per tab-free stretch, w:tab for tabs: exactly python-docx's own text mapping.
            p.add_run(_XML_INVALID.sub("\ufffd", line))
        paragraphs.append(p)
    return document, paragraphs


def annotate_result(result: FileResult, data: bytes | None = None) -> tuple[bytes, int]:
    """The annotated .docx for a linted file, and the number of comments. A .docx input is annotated in a
    copy of its own bytes (`data`, else read from `result.path`); anything else becomes a new document."""
    from .inputs import docx_paragraphs, open_docx

    if result.document is None:
        raise AnnotateError(result.error.message if result.error else "没有可批注的内容")
    if result.format == "docx":
        raw = data if data is not None else Path(result.path).read_bytes()
        document: Any = open_docx(raw)
        paragraphs = docx_paragraphs(document)
        texts = [_linted_text(p._p) for p in paragraphs]  # type: ignore[attr-defined]
        if "\n".join(texts) != result.document.text:
            # Would mean the run map and the reader disagree; never anchor comments on the wrong text.
            raise AnnotateError("Word 文件的段落文本与检查时读取的不一致，无法定位批注")
    else:
        document, paragraphs = docx_from_lines([line.text for line in result.document.lines])
    count = annotate_document(document, paragraphs, result.findings)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue(), count
