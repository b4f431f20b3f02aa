"""Human output: `path:line:col: CODE [severity] message`, the line with the span underlined, a summary."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from ..model import Finding

if TYPE_CHECKING:
    from ..api import FileResult

COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}
SEVERITY_CN = {"error": "错误", "warning": "警告", "info": "提示"}
CONTEXT = 30  # characters shown either side of a span on long lines


def width(text: str) -> int:
    """Terminal columns: CJK and full-width characters take two."""
    if text.isascii():
        return len(text)
    # The text output measures a window of every finding's line, nearly all of it CJK: the characters of the
    # ranges below, wide in every Unicode version, are counted by one regex pass, the others looked up one by
    # one (unicodedata is asked once for each character).
    rest = _WIDE_RUNS.sub("", text)
    try:
        return 2 * (len(text) - len(rest)) + sum(map(_COLUMNS.__getitem__, rest))
    except KeyError:
        for c in set(rest).difference(_COLUMNS):
            _COLUMNS[c] = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        return 2 * (len(text) - len(rest)) + sum(map(_COLUMNS.__getitem__, rest))


# CJK symbols and punctuation, CJK unified ideographs, full-width forms (East Asian width W or F).
_WIDE_RUNS = re.compile("[\u3000-\u303e\u4e00-\u9fff\uff01-\uff60\uffe0-\uffe6]+")
_COLUMNS: dict[str, int] = {}  # the columns of every other character width() has met


def snippet(line_text: str, f: Finding) -> tuple[str, str]:
    """The line (cut to a window around the span) and the underline beneath it."""
    start = f.column - 1
    end = f.end_column - 1 if f.end_line == f.line else len(line_text)
    end = max(end, start + 1)
    lo, hi = max(0, start - CONTEXT), min(len(line_text), end + CONTEXT)
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(line_text) else ""
    shown = prefix + line_text[lo:hi] + suffix
    pad = width(prefix + line_text[lo:start])
    marks = max(1, width(line_text[start:min(end, hi)]))
    return shown.replace("\t", " "), " " * pad + "^" * marks


def render_finding(r: FileResult, f: Finding, color: bool) -> str:
    sev = click.style(f"[{f.severity.value}]", fg=COLOURS[f.severity.value], bold=True) if color \
        else f"[{f.severity.value}]"
    code = click.style(f.rule, bold=True) if color else f.rule
    head = f"{r.path}:{f.line}:{f.column}: {code} {sev} {f.message}"
    lines = [head]
    if r.document is not None and 1 <= f.line <= len(r.document.lines):
        text, under = snippet(r.document.lines[f.line - 1].text, f)
        if text.strip():
            lines.append(f"    | {text}")
            lines.append(f"    | {click.style(under, fg=COLOURS[f.severity.value]) if color else under}")
    if f.suggestion:
        lines.append(f"    = 建议：{f.suggestion}")
    return "\n".join(lines)


def render(results: Sequence[FileResult], color: bool = False, fixed: int = 0) -> str:
    out: list[str] = []
    counts = {"error": 0, "warning": 0, "info": 0}
    fixable = 0
    for r in results:
        if r.error:
            msg = f"{r.path}: 无法检查：{r.error.message}"
            out.append(click.style(msg, fg="red") if color else msg)
        for f in r.findings:
            out.append(render_finding(r, f, color))
            counts[f.severity.value] += 1
            fixable += bool(f.fix and f.fix.safety == "safe")
    total = sum(counts.values())
    failed = sum(1 for r in results if r.error)
    parts = [f"检查了 {len(results)} 个文件"]
    if failed:
        parts.append(f"{failed} 个无法检查")
    if total:
        detail = "，".join(f"{SEVERITY_CN[k]} {v}" for k, v in counts.items() if v)
        parts.append(f"发现 {total} 个问题（{detail}）")
    else:
        parts.append("未发现问题")
    if fixed:
        parts.append(f"已自动修复 {fixed} 处")
    if fixable:
        parts.append(f"其中 {fixable} 个可用 --fix 自动修复")
    if out:
        out.append("")
    out.append("，".join(parts) + "。")
    return "\n".join(out) + "\n"
