"""Run the selected rules over a document and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable

from .config import Config, ConfigError
from .document import Document
from .model import Edit, Finding, Fix, Hit
from .rules import Rule

EXCERPT_MAX = 80


class RuleCrash(Exception):
    """A rule raised: a bug in reportlint, reported as a per-file error, never a traceback."""

    def __init__(self, rule: Rule, exc: BaseException) -> None:
        super().__init__(f"规则 {rule.code} 内部错误：{type(exc).__name__}: {exc}")
        self.rule = rule


def to_finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    # Clamped into the text, the end not before the start.
    size = len(doc.text)
    start = max(0, min(hit.start, size))
    end = max(0, min(max(hit.end, hit.start), size))
    line, column, end_line, end_column = doc.span_position(start, end)
    severity = config.severity_of(rule) or hit.severity or rule.severity
    excerpt = doc.text[start:end]
    if len(excerpt) > EXCERPT_MAX:
        excerpt = excerpt[:EXCERPT_MAX - 1] + "…"
    fix_at = tuple(doc.span_position(e.start, e.end) for e in hit.fix.edits) if hit.fix else ()
    return Finding(rule.code, rule.name, rule.family, severity, line, column, end_line, end_column,
                   hit.message, excerpt, hit.suggestion, hit.fix, start, end, fix_at=fix_at)


def lint_document(doc: Document, config: Config, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """All findings for a document, sorted by position. Raises RuleCrash if a rule fails."""
    chosen = list(rules) if rules is not None else config.rules_for(doc.path)
    findings: list[Finding] = []
    last_of_family = {rule.family: i for i, rule in enumerate(chosen)}
    for i, rule in enumerate(chosen):
        try:
            hits = rule.run(doc, config.family_options(rule.family))
        except ConfigError:
            raise  # e.g. a user pattern timing out: the config's fault, reported as such, not a rule bug
        except Exception as exc:  # a rule bug must not take the other files down
            raise RuleCrash(rule, exc) from exc
        for hit in hits:
            if doc.ignored and doc.is_ignored(hit.start):
                continue
            findings.append(to_finding(doc, rule, hit, config))
        if last_of_family[rule.family] == i:
            doc.forget(f"{rule.family}.")  # memo keys are named after the family that builds them
    findings.sort(key=Finding.sort_key)
    return findings


def fix_edits(fix: Fix | None) -> tuple[Edit, ...]:
    return fix.edits if fix else ()
