"""GitHub Actions workflow commands: one annotation per finding."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..api import FileResult

LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[FileResult]) -> str:
    out: list[str] = []
    for r in results:
        if r.error:
            out.append(f"::error file={_prop(r.path)},title=reportlint::{_data(r.error.message)}")
        for f in r.findings:
            out.append(f"::{LEVEL[f.severity.value]} file={_prop(r.path)},line={f.line},col={f.column},"
                       f"endLine={f.end_line},endColumn={f.end_column},title={_prop(f.rule + ' ' + f.name)}::"
                       f"{_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")
