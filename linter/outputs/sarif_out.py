"""SARIF 2.1.0 for code-scanning and review tools. Columns are Unicode code points (run.columnKind)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model import Finding
from ..rules import all_rules

if TYPE_CHECKING:
    from ..api import FileResult

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return Path(path).as_posix() if path != "-" else "stdin"


def _region(line: int, col: int, end_line: int, end_col: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col}


def _result(r: FileResult, f: Finding, index: dict[str, int]) -> dict[str, Any]:
    region = _region(f.line, f.column, f.end_line, f.end_column)
    region["snippet"] = {"text": f.excerpt}  # type: ignore[assignment]
    out: dict[str, Any] = {
        "ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVEL[f.severity.value],
        "message": {"text": f.message + (f"（建议：{f.suggestion}）" if f.suggestion else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}, "region": region}}],
        "properties": {"family": f.family, "name": f.name},
    }
    if f.fix and len(f.fix_at) == len(f.fix.edits):  # placed by the engine (see Finding.fix_at)
        replacements = [{"deletedRegion": _region(*at), "insertedContent": {"text": e.replacement}}
                        for e, at in zip(f.fix.edits, f.fix_at, strict=True)]
        out["fixes"] = [{"description": {"text": f"{'安全' if f.fix.safety == 'safe' else '需人工确认的'}修复"},
                         "artifactChanges": [{"artifactLocation": {"uri": _uri(r.path)},
                                              "replacements": replacements}]}]
    return out


def render(results: Sequence[FileResult]) -> str:
    from .. import __version__

    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "reportlint", "version": __version__, "semanticVersion": __version__,
        "informationUri": "https://pypi.org/project/reportlint/",
        "rules": [{
            "id": rule.code, "name": rule.name,
            "shortDescription": {"text": rule.summary}, "fullDescription": {"text": rule.explanation},
            "help": {"text": rule.explanation},
            "defaultConfiguration": {"level": LEVEL[rule.severity.value]},
            "properties": {"family": rule.family, "fixable": rule.fix or "none"},
        } for rule in rules],
    }
    notifications = [{
        "level": "error", "message": {"text": r.error.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
        "descriptor": {"id": r.error.code},
    } for r in results if r.error]
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "artifacts": [{"location": {"uri": _uri(r.path)}, **({"encoding": r.encoding} if r.encoding else {})}
                      for r in results],
        "results": [_result(r, f, index) for r in results for f in r.findings],
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2) + "\n"
