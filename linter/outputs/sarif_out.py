"""SARIF 2.1.0 for code-scanning and review tools. Columns are Unicode code points (run.columnKind)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
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


def _result(uri: str, f: Finding, index: dict[str, int]) -> dict[str, Any]:
    region = _region(f.line, f.column, f.end_line, f.end_column)
    region["snippet"] = {"text": f.excerpt}  # type: ignore[assignment]
    out: dict[str, Any] = {
        "ruleId": f.rule, "ruleIndex": index[f.rule], "level": LEVEL[f.severity.value],
        "message": {"text": f.message + (f"（建议：{f.suggestion}）" if f.suggestion else "")},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
        "properties": {"family": f.family, "name": f.name},
    }
    if f.fix and len(f.fix_at) == len(f.fix.edits):  # placed by the engine (see Finding.fix_at)
        replacements = [{"deletedRegion": _region(*at), "insertedContent": {"text": e.replacement}}
                        for e, at in zip(f.fix.edits, f.fix_at, strict=True)]
        out["fixes"] = [{"description": {"text": f"{'安全' if f.fix.safety == 'safe' else '需人工确认的'}修复"},
                         "artifactChanges": [{"artifactLocation": {"uri": uri},
                                              "replacements": replacements}]}]
    return out


def document(results: Sequence[FileResult]) -> dict[str, Any]:
    """The SARIF log of a run, as JSON data."""
    run, index, uris = _run_head(results)
    run["results"] = list(_results(results, uris, index))
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _run_head(results: Sequence[FileResult]) -> tuple[dict[str, Any], dict[str, int], list[str]]:
    """The run without its results (which come last), the rules' indexes and the files' URIs."""
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
    uris = [_uri(r.path) for r in results]  # once per file, not per finding
    notifications = [{
        "level": "error", "message": {"text": r.error.message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}],
        "descriptor": {"id": r.error.code},
    } for r, uri in zip(results, uris, strict=True) if r.error]
    run = {
        "tool": {"driver": driver},
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
        "artifacts": [{"location": {"uri": uri}, **({"encoding": r.encoding} if r.encoding else {})}
                      for r, uri in zip(results, uris, strict=True)],
    }
    return run, index, uris


def _results(results: Sequence[FileResult], uris: list[str], index: dict[str, int]) -> Iterator[dict[str, Any]]:
    for r, uri in zip(results, uris, strict=True):
        for f in r.findings:
            yield _result(uri, f, index)


# The run's lists of artifacts and results are written one item a line, each by json's C encoder; the rest is
# indented. An indented dump of the whole runs the pure-Python encoder: 0.45 s for the 13,405 results of 1,000
# reports, five times the time of linting's own output. The results are made one at a time as they are written:
# all of them at once (some 150,000 dicts and lists for those reports) made the garbage collector's passes take
# as long again.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode


def render(results: Sequence[FileResult]) -> str:
    return "".join(chunks(results))


def chunks(results: Sequence[FileResult]) -> Iterator[str]:
    """document(results) as indented JSON, the run's artifacts and results one to a line, in pieces."""
    run, index, uris = _run_head(results)
    yield f'{{\n  "$schema": {_dumps(SCHEMA)},\n  "version": "2.1.0",\n  "runs": [\n    {{'
    for key, value in run.items():
        yield f"\n      {_dumps(key)}: "
        if key == "artifacts":
            yield from _one_a_line(value, "      ")
        else:
            yield json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n      ")
        yield ","
    yield '\n      "results": '
    yield from _one_a_line(_results(results, uris, index), "      ")
    yield "\n    }\n  ]\n}\n"


def _one_a_line(items: Iterable[Any], indent: str) -> Iterator[str]:
    opened = False
    for item in items:
        yield f'{"," if opened else "["}\n{indent}  {_dumps(item)}'
        opened = True
    yield f"\n{indent}]" if opened else "[]"
