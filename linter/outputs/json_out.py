"""The JSON contract (schema_version 1): review tools and the seed scorer depend on it."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..model import Finding, severity_counts

if TYPE_CHECKING:
    from ..api import FileResult

SCHEMA_VERSION = 1


def fix_json(f: Finding) -> dict[str, Any] | None:
    if f.fix is None or len(f.fix_at) != len(f.fix.edits):
        return None  # a fix the engine did not place (a Finding made by hand) cannot be shown
    edits = [{"line": line, "column": column, "end_line": end_line, "end_column": end_column,
              "replacement": e.replacement}
             for e, (line, column, end_line, end_column) in zip(f.fix.edits, f.fix_at, strict=True)]
    return {"safety": f.fix.safety, "edits": edits}


def finding_json(f: Finding) -> dict[str, Any]:
    return {"rule": f.rule, "name": f.name, "family": f.family, "severity": f.severity.value,
            "line": f.line, "column": f.column, "end_line": f.end_line, "end_column": f.end_column,
            "message": f.message, "excerpt": f.excerpt, "suggestion": f.suggestion,
            "fix": fix_json(f)}


def file_entry(r: FileResult) -> dict[str, Any]:
    return {**_file_head(r), "findings": [finding_json(f) for f in r.findings]}


def _file_head(r: FileResult) -> dict[str, Any]:
    return {"path": r.path, "format": r.format, "encoding": r.encoding, "report_year": r.report_year,
            "error": {"code": r.error.code, "message": r.error.message} if r.error else None}


def summary(results: Sequence[FileResult], counts: dict[str, int] | None = None) -> dict[str, Any]:
    """`counts`: the findings by severity value, where the results no longer hold them all (a --jobs run)."""
    if counts is None:
        counts = severity_counts(f for r in results for f in r.findings)
    return {"files": len(results), "files_failed": sum(1 for r in results if r.error),
            "findings": sum(counts.values()), **counts}


def render(results: Sequence[FileResult], extra_summary: dict[str, Any] | None = None) -> str:
    return "".join(chunks(results, extra_summary))


def chunks(results: Sequence[FileResult], extra_summary: dict[str, Any] | None = None,
           entries: Sequence[str | None] | None = None, counts: dict[str, int] | None = None) -> Iterator[str]:
    """The document in pieces of one finding each, for the CLI to write as they come: the whole text of a
    run over a 20 MB file is some 10 MB of string, on top of the documents still held. `entries`: file_text of
    each result, where already made (by a --jobs worker), else None; `counts`: as for summary."""
    from .. import __version__

    tool = {"name": "reportlint", "version": __version__}
    yield f'{{\n  "schema_version": {SCHEMA_VERSION},\n  "tool": {_dumps(tool)},\n  "files": ['
    for i, r in enumerate(results):
        yield ",\n" if i else "\n"
        entry = entries[i] if entries is not None else None
        if entry is None:
            yield from _file_chunks(r)
        else:
            yield entry
    yield "\n  ]" if results else "]"
    yield f',\n  "summary": {_dumps({**summary(results, counts), **(extra_summary or {})})}\n}}\n'


# One finding per line: still readable and diffable, and every line is written by json's C encoder (an
# indented dump runs the pure-Python encoder, a tenth of the time of a run over many reports).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
_string = json.encoder.encode_basestring  # what that encoder writes a str as (ensure_ascii=False)


def file_text(r: FileResult) -> str:
    """A result's entry in the "files" list of the document, as chunks writes it."""
    return "".join(_file_chunks(r))


def _file_chunks(r: FileResult) -> Iterator[str]:
    head = _dumps(_file_head(r))[:-1]  # the entry without its closing brace: the findings follow
    if not r.findings:
        yield f'    {head}, "findings": []}}'
        return
    yield f'    {head}, "findings": [\n'
    for i, f in enumerate(r.findings):
        yield (",\n      " if i else "      ") + finding_text(f)
    yield "\n    ]}"


def finding_text(f: Finding) -> str:
    """_dumps(finding_json(f)), written directly: a run over 1,000 reports writes some 13,000 findings, and this
    takes half the time of building each dict for the encoder (a test compares the two on arbitrary findings).
    Strings go through the encoder's own escaping function, so they come out exactly as it writes them."""
    fix = "null" if f.fix is None else _dumps(fix_json(f))
    suggestion = "null" if f.suggestion is None else _string(f.suggestion)
    return (f'{{"rule": {_string(f.rule)}, "name": {_string(f.name)}, "family": {_string(f.family)}, '
            f'"severity": {_string(f.severity.value)}, "line": {f.line:d}, "column": {f.column:d}, '
            f'"end_line": {f.end_line:d}, "end_column": {f.end_column:d}, "message": {_string(f.message)}, '
            f'"excerpt": {_string(f.excerpt)}, "suggestion": {suggestion}, "fix": {fix}}}')
