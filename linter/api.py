"""The embedding API: lint a text or a path with a config; the CLI is built on this."""

from __future__ import annotations

from typing import Any

from .config import Config, ConfigError
from .document import Document
from .engine import RuleCrash, lint_document
from .inputs import InputError, Source, read_source
from .model import Finding
from .record import Record


class FileError(Record):
    __slots__ = ("code", "message")
    code: str
    message: str

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message


class FileResult(Record):
    __slots__ = ("path", "format", "encoding", "report_year", "findings", "error", "document", "source",  # noqa: RUF023
                 "fixes_applied")
    path: str
    format: str | None
    encoding: str | None
    report_year: int | None
    findings: list[Finding]
    error: FileError | None
    document: Document | None
    source: Source | None
    fixes_applied: int

    def __init__(self, path: str, format: str | None = None, encoding: str | None = None,
                 report_year: int | None = None, findings: list[Finding] | None = None,
                 error: FileError | None = None, document: Document | None = None, source: Source | None = None,
                 fixes_applied: int = 0) -> None:
        self.path = path
        self.format = format
        self.encoding = encoding
        self.report_year = report_year
        self.findings = [] if findings is None else findings
        self.error = error
        self.document = document
        self.source = source
        self.fixes_applied = fixes_applied

    def to_json(self) -> dict[str, Any]:
        from .outputs.json_out import file_entry

        return file_entry(self)


def document_for(source: Source, config: Config, year: int | None = None) -> Document:
    opts = config.family_options("boilerplate")
    return Document.from_text(
        source.text, path=source.path, format=source.format, encoding=source.encoding,
        year_override=year if year is not None else config.year, ignored=list(source.ignored),
        chrome_patterns=tuple(opts.get("patterns", ())), structure_options=config.family_options("structure"),
    )


def lint_source(source: Source, config: Config, year: int | None = None) -> FileResult:
    doc = document_for(source, config, year)
    result = FileResult(source.path, source.format, source.encoding, source=source, document=doc)
    try:
        result.report_year = doc.report_year
        result.findings = lint_document(doc, config)
        doc.release_analyses()
    except RuleCrash as exc:
        result.error = FileError("internal", str(exc))
    except ConfigError:
        raise  # a bad user pattern is the whole run's problem, not this file's
    except Exception as exc:
        # A bug in the document model (outline, chrome) on some odd input: one file's error, not a
        # traceback that loses the results of every other file in the run.
        result.error = FileError("internal", f"内部错误：{type(exc).__name__}: {exc}")
        result.findings = []
    return result


def lint_text(text: str, config: Config | None = None, *, path: str = "<text>", year: int | None = None,
              format: str = "txt") -> FileResult:
    """Lint a text already in memory."""
    source = Source(path, format, text, "utf-8", "utf-8")
    if format == "md":
        from .inputs import markdown_ignored

        source.ignored = markdown_ignored(Document.from_text(text).text)
    return lint_source(source, config or Config(), year)


def lint_path(path: str, config: Config | None = None, *, year: int | None = None,
              data: bytes | None = None) -> FileResult:
    """Lint one file; a file that cannot be read gives a FileResult with `error` set, never an exception."""
    try:
        source = read_source(path, data)
    except InputError as exc:
        from .inputs import format_of

        return FileResult(path, format_of(path), error=FileError(exc.code, exc.message))
    return lint_source(source, config or Config(), year)


def with_text(source: Source, text: str) -> Source:
    """The same source with new text (its Markdown ignore spans recomputed)."""

    from .inputs import markdown_ignored

    new = source.replace(text=text)
    if new.format == "md":
        new.ignored = markdown_ignored(Document.from_text(text).text)
    return new


def fix_result(result: FileResult, config: Config, year: int | None = None,
               unsafe: bool = False) -> tuple[str, FileResult]:
    """Apply fixes until none applies (bounded rounds). Returns the new raw text and the result of linting
    it, whose `fixes_applied` counts the edits made."""
    from .fixes import MAX_ROUNDS, apply_to_raw, choose_edits

    assert result.source is not None and result.document is not None
    source, raw, total = result.source, result.source.text, 0
    for _ in range(MAX_ROUNDS):
        if result.error or result.document is None:
            break
        edits = choose_edits(result.findings, unsafe)
        if not edits:
            break
        raw = apply_to_raw(raw, edits, [line.start for line in result.document.lines])
        total += len(edits)
        source = with_text(source, raw)
        result = lint_source(source, config, year)
    result.fixes_applied = total
    return raw, result
