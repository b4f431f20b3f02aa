"""Shortcuts of the perf18 speed round in the engine and the CLI's per-file path give what the plain form gives:

- engine._findings turns a rule's hits into findings as to_finding does one hit at a time;
- lint_document (rule.check called directly, options asked once a family, ignored hits dropped per rule,
  sorted by a C key) returns what the plain loop over Rule.run and to_finding returns;
- inputs._control_count tells a file without control bytes by a search for each (memchr), not translate;
- text_out.width counts the characters of the CJK ranges by one regex pass and looks the others up in a memo."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from linter import inputs
from linter.config import Config, ConfigError
from linter.document import Document
from linter.engine import EXCERPT_MAX, RuleCrash, _findings, lint_document
from linter.inputs import markdown_ignored
from linter.model import Edit, Finding, Fix, Hit, Severity
from linter.outputs.text_out import width
from linter.rules import Rule, get_rule

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# --- engine._findings ----------------------------------------------------------------------------------------

_TEXT = "第一行，报告正文。\n\n第三行有2023年的数字12件\r\n末行"
_offset = st.integers(min_value=-5, max_value=len(_TEXT) + 5)
_severity = st.one_of(st.none(), st.sampled_from(list(Severity)))
_fix = st.one_of(st.none(), st.builds(
    Fix, st.sampled_from(["safe", "unsafe"]),
    st.lists(st.builds(Edit, _offset, _offset, st.text(max_size=3)), max_size=3).map(tuple)))
_hit = st.builds(Hit, _offset, _offset, st.text(max_size=5), st.one_of(st.none(), st.text(max_size=5)), _fix,
                 _severity)


def to_finding(doc: Document, rule: Rule, hit: Hit, config: Config) -> Finding:
    """One hit's finding, as the engine built it hit by hit before _findings (the plain form)."""
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


@settings(max_examples=500, deadline=None)
@given(hits=st.lists(_hit, max_size=6), configured=st.sampled_from([{}, {"T001": "error"}, {"typography": "info"}]),
       long_excerpt=st.booleans())
def test_findings_same_as_to_finding(hits: list[Hit], configured: dict[str, str], long_excerpt: bool) -> None:
    text = _TEXT * 10 if long_excerpt else _TEXT  # spans past EXCERPT_MAX characters are cut
    doc = Document.from_text(text)
    rule = get_rule("T001")
    assert rule is not None
    config = Config(severity=configured)
    assert _findings(doc, rule, hits, config) == [to_finding(doc, rule, hit, config) for hit in hits]


# --- lint_document -------------------------------------------------------------------------------------------

def _plain_lint(doc: Document, config: Config, rules: Iterable[Rule] | None = None) -> list[Finding]:
    """lint_document as it was written: Rule.run, family_options and to_finding for each rule and hit."""
    chosen = list(rules) if rules is not None else config.rules_for(doc.path)
    findings: list[Finding] = []
    last_of_family = {rule.family: i for i, rule in enumerate(chosen)}
    for i, rule in enumerate(chosen):
        try:
            hits = rule.run(doc, config.family_options(rule.family))
        except ConfigError:
            raise
        except Exception as exc:
            raise RuleCrash(rule, exc) from exc
        for hit in hits:
            if doc.ignored and doc.is_ignored(hit.start):
                continue
            findings.append(to_finding(doc, rule, hit, config))
        if last_of_family[rule.family] == i:
            doc.forget(f"{rule.family}.")
    findings.sort(key=Finding.sort_key)
    return findings


def _seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:12]]


def test_lint_document_same_as_plain_loop() -> None:
    config = Config(severity={"A": "info", "T002": "error"}, options={"typography": {"mixed-width-cap": 2}})
    texts = _seed_texts()
    assert texts
    for text in texts:
        for cfg in (Config(), config):
            assert lint_document(Document.from_text(text), cfg) == _plain_lint(Document.from_text(text), cfg)


def test_lint_document_drops_ignored_hits_as_plain_loop() -> None:
    text = "# 标题\n\n```\n2023年的的数字,,\n```\n正文`的的`与的的，链接](http://a.cn/的的)和的的。\n"
    ignored = markdown_ignored(text)
    assert ignored
    found = lint_document(Document.from_text(text, ignored=ignored), Config())
    assert found == _plain_lint(Document.from_text(text, ignored=ignored), Config())


def test_sort_key_is_finding_sort_key() -> None:
    from linter.engine import _SORT_KEY

    f = Finding("T001", "n", "typography", Severity.INFO, 3, 4, 5, 6, "m", "e")
    assert _SORT_KEY(f) == f.sort_key()


# --- text_out.width --------------------------------------------------------------------------------------------

def _plain_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_width_same_as_plain_on_every_character() -> None:
    chars = [chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF]
    assert [width(c) for c in chars] == [_plain_width(c) for c in chars]
    everything = "".join(chars)
    assert width(everything) == _plain_width(everything)


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("全面推进，。“”—…·ａＡ　〇\u303f\u3041A1 %\t\u00e9\u2014\uffe8\U00020000"),
                    max_size=30) | st.text(max_size=30))
def test_width_same_as_plain(text: str) -> None:
    assert width(text) == _plain_width(text)


# --- inputs._control_count ---------------------------------------------------------------------------------

@settings(max_examples=2000, deadline=None)
@given(data=st.lists(st.sampled_from([b"a", b"\n", b"\t", b"\r", b"\x0c", b"\xe4\xb8\xad", b"\x7f", b"\x00",
                                      *(bytes([b]) for b in inputs._CONTROL_BYTES)]), max_size=20).map(b"".join),
       codec=st.sampled_from(["utf-8", "gb18030"]))
def test_control_count_same_as_plain(data: bytes, codec: str) -> None:
    text = data.decode(codec, errors="replace")
    plain = len(data) - len(data.translate(None, inputs._CONTROL_BYTES))
    assert inputs._control_count(data, text, codec) == plain == len(inputs._CONTROL.findall(text))
