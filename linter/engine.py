"""Run the selected rules over a document and turn their hits into findings."""

from __future__ import annotations

from collections.abc import Iterable
from operator import attrgetter

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


def lint_document(doc: Document, config: Config, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """All findings for a document, sorted by position. Raises RuleCrash if a rule fails."""
    chosen = list(rules) if rules is not None else config.rules_for(doc.path)
    findings: list[Finding] = []
    last_of_family = {rule.family: i for i, rule in enumerate(chosen)}
    # Asked once a family, not once a rule: a report runs some fifty rules of six families.
    options = {family: config.family_options(family) for family in last_of_family}
    for i, rule in enumerate(chosen):
        try:
            hits = list(rule.check(doc, options[rule.family]))  # Rule.run, without its call per rule
        except ConfigError:
            raise  # e.g. a user pattern timing out: the config's fault, reported as such, not a rule bug
        except Exception as exc:  # a rule bug must not take the other files down
            raise RuleCrash(rule, exc) from exc
        if hits:
            if doc.ignored:
                hits = [hit for hit in hits if not doc.is_ignored(hit.start)]
            findings += _findings(doc, rule, hits, config)
        if last_of_family[rule.family] == i:
            doc.forget(f"{rule.family}.")  # memo keys are named after the family that builds them
    findings.sort(key=_SORT_KEY)
    return findings


# Finding.sort_key, in C: the same tuple without a Python call per finding.
_SORT_KEY = attrgetter("line", "column", "rule", "end_line", "end_column")


def _findings(doc: Document, rule: Rule, hits: list[Hit], config: Config) -> list[Finding]:
    """The findings of a rule's hits: each span clamped into the text and placed by line and column, its excerpt
    cut at EXCERPT_MAX. What is the same for every hit of a rule (the text, the rule's fields, its configured
    severity) is looked up once (tests/test_perf18_engine.py compares it with a finding built hit by hit)."""
    text = doc.text
    size = len(text)
    place = doc.span_position
    configured = config.severity_of(rule)
    code, name, family, default = rule.code, rule.name, rule.family, rule.severity
    out: list[Finding] = []
    for hit in hits:
        start, end = hit.start, hit.end
        # Clamped into the text, the end not before the start.
        if not 0 <= start <= end <= size:
            start, end = max(0, min(start, size)), max(0, min(max(end, start), size))
        line, column, end_line, end_column = place(start, end)
        excerpt = text[start:end]
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[:EXCERPT_MAX - 1] + "…"
        fix = hit.fix
        fix_at = tuple(place(e.start, e.end) for e in fix.edits) if fix else ()
        out.append(Finding(code, name, family, configured or hit.severity or default, line, column, end_line,
                           end_column, hit.message, excerpt, hit.suggestion, fix, start, end, None, fix_at))
    return out


def fix_edits(fix: Fix | None) -> tuple[Edit, ...]:
    return fix.edits if fix else ()
