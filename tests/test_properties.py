"""Property-based tests of the whole pipeline (hypothesis): on arbitrary Unicode, on seed reports mutated at
random and on random bytes, no exception escapes, no rule crashes, every JSON output validates against the
shipped schema, findings point inside the text, and fixing is idempotent and touches nothing outside the
edits it makes."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import jsonschema
from conftest import ROOT, SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import Config, lint_path, lint_text
from linter.api import FileResult, fix_result
from linter.document import Document
from linter.fixes import apply_to_raw, choose_edits
from linter.model import Edit
from linter.outputs.json_out import render

VALIDATOR = jsonschema.Draft202012Validator(
    json.loads((ROOT / "linter" / "schemas" / "output.schema.json").read_text("utf-8")))
SEED_LINES = [[ln for ln in p.read_text(encoding="utf-8").splitlines()] for p in sorted(SEEDS.glob("*.txt"))]
CONFIG = Config()  # all rules
# Modest example counts keep the file to well under a minute on 2 cores; the deadline is off because a
# whole-pipeline run on a mutated 80 KB seed legitimately takes longer than hypothesis's 200 ms default.
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOWER = settings(max_examples=100, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text that looks like a report: Chinese, digits, full- and half-width punctuation, spaces, line breaks
# of every kind, and the odd control, invisible or astral character.
REPORT_ALPHABET = st.sampled_from(list(
    "法治政府建设年度报告情况一二三四五六七八九十是年月日件次率县市局委"
    "0123456789０１２３％%.．,，。、；;:：（）()《》“”\"‘’—-"
    " \u3000\t\n\r\u200b\ufeff\u00a0#*`[]!！?？XＸ某…𠀀")) | st.characters()
report_text = st.text(REPORT_ALPHABET, max_size=400)
# Pieces of real reports (cut at punctuation) and typical defects, glued with random text: unlike random
# characters, these make the rules fire and offer fixes, so the fix properties are exercised too.
FRAGMENTS = sorted({piece for lines in SEED_LINES for line in lines
                    for piece in re.split(r"(?<=[，。；：,.;:])", line) if 1 < len(piece) <= 40})
DEFECTS = ["扎实 开展", "依法 行政", "2024—2024年", "（2021-2025年）", "以***新时代", "XX县", "分享到：",
           "浏览次数：", "的的", "\u200b", "　", "，,", "2025年主要安排", "一、", "（一）", "二是", "\n\n"]
glued_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(DEFECTS),
                                st.text(REPORT_ALPHABET, max_size=8)), max_size=60).map("".join)
any_text = st.one_of(report_text, glued_text)


def assert_sound(result: FileResult, text: str | None = None) -> None:
    """No rule crashed, the JSON validates, every finding and fix edit points inside the document."""
    assert result.error is None, result.error
    VALIDATOR.validate(json.loads(render([result])))
    doc = result.document
    assert doc is not None
    n_lines = len(doc.lines)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(doc.text), f
        assert 1 <= f.line <= f.end_line <= n_lines and f.column >= 1, f
        if f.fix:
            for e in f.fix.edits:
                assert 0 <= e.start <= e.end <= len(doc.text), (f.rule, e)
    if text is not None:
        assert doc.text == Document.from_text(text).text


def splice(text: str, edits: list[Edit]) -> str:
    """Apply sorted, non-overlapping edits to a normalised text."""
    out, pos = [], 0
    for e in edits:
        out += [text[pos:e.start], e.replacement]
        pos = e.end
    return "".join(out) + text[pos:]


def assert_fix_is_sound(result: FileResult, unsafe: bool) -> None:
    """One round of fixes changes exactly the edited spans; a full fix is idempotent."""
    doc = result.document
    assert doc is not None and result.source is not None
    edits = choose_edits(result.findings, unsafe)
    for a, b in itertools.pairwise(edits):
        assert a.end <= b.start, (a, b)  # sorted and non-overlapping
    once = apply_to_raw(result.source.text, edits, [ln.start for ln in doc.lines])
    # Outside the edits the text is unchanged (compared after line-ending normalisation, which the raw
    # mapping must preserve exactly).
    assert Document.from_text(once).text == splice(doc.text, edits)
    fixed_text, fixed = fix_result(result, CONFIG, unsafe=unsafe)
    assert fixed.error is None, fixed.error
    again_text, again = fix_result(fixed, CONFIG, unsafe=unsafe)
    assert again_text == fixed_text and again.fixes_applied == 0


@FAST
@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    result = lint_text(text, CONFIG)
    assert_sound(result, text)
    assert_fix_is_sound(result, unsafe=False)


@SLOWER
@given(any_text)
def test_arbitrary_unicode_as_markdown_with_unsafe_fixes(text: str) -> None:
    result = lint_text(text, CONFIG, format="md", year=2024)
    assert_sound(result, text)
    assert_fix_is_sound(result, unsafe=True)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """A seed report with lines and characters deleted, duplicated and swapped, in random places."""
    lines = list(draw(st.sampled_from(SEED_LINES)))
    for _ in range(draw(st.integers(0, 12))):
        if not lines:
            break
        op = draw(st.sampled_from(["del_line", "dup_line", "swap_lines", "del_char", "dup_char", "swap_chars",
                                   "insert", "crlf", "fullwidth"]))
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        if op == "del_line":
            del lines[i]
        elif op == "dup_line":
            lines.insert(i, line)
        elif op == "swap_lines":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "fullwidth":
            lines[i] = line.translate({cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)})
        elif op == "crlf":
            lines[i] = line + "\r"  # joined with "\n" below: a CRLF line ending mid-file
        elif line:
            k = draw(st.integers(0, len(line) - 1))
            if op == "del_char":
                lines[i] = line[:k] + line[k + 1:]
            elif op == "dup_char":
                lines[i] = line[:k] + line[k] + line[k:]
            elif op == "swap_chars" and k + 1 < len(line):
                lines[i] = line[:k] + line[k + 1] + line[k] + line[k + 2:]
            elif op == "insert":
                lines[i] = line[:k] + draw(report_text) + line[k:]
    return "\n".join(lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


@SLOWER
@given(mutated_seed())
def test_mutated_seed_reports(text: str) -> None:
    result = lint_text(text, CONFIG)
    assert_sound(result, text)
    assert_fix_is_sound(result, unsafe=False)


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["r.txt", "r.md", "r.html", "r.docx"]))
def test_random_bytes(data: bytes, name: str) -> None:
    result = lint_path(name, data=data)
    if result.error is not None:
        assert result.error.message and "\n" not in result.error.message
        assert result.error.code != "internal", result.error
        VALIDATOR.validate(json.loads(render([result])))
    else:
        assert_sound(result)


@SLOWER
@given(st.sampled_from(sorted(SEEDS.glob("*.txt"))), st.sampled_from(["utf-8", "gb18030", "utf-16"]),
       st.integers(0, 100_000), st.binary(min_size=1, max_size=8))
def test_seed_bytes_damaged(path: Path, codec: str, where: int, junk: bytes) -> None:
    """A real report with a few bytes overwritten: a per-file error or a sound result, never a crash."""
    data = bytearray(path.read_text(encoding="utf-8").encode(codec))
    at = where % len(data)
    data[at:at + len(junk)] = junk
    result = lint_path("r.txt", data=bytes(data))
    if result.error is not None:
        assert result.error.code in ("encoding", "binary", "empty"), result.error
    else:
        assert_sound(result)


@given(st.text(REPORT_ALPHABET, max_size=300),
       st.lists(st.tuples(st.integers(0, 300), st.integers(0, 5), st.text(REPORT_ALPHABET, max_size=3)),
                max_size=6))
@settings(max_examples=200, deadline=None)
def test_raw_edits_keep_everything_outside_them(raw: str, spans: list[tuple[int, int, str]]) -> None:
    """apply_to_raw maps edits on the normalised text onto the raw text with its own line endings: the
    result, normalised, is the normalised text edited, and the raw text between edits is kept byte for
    byte (so CRLF and CR endings survive)."""
    doc = Document.from_text(raw)
    n = len(doc.text)
    edits: list[Edit] = []
    for start, length, replacement in sorted(spans):
        start = min(start, n)
        if edits and (start < edits[-1].end or start == edits[-1].start):
            continue  # overlapping edits are never chosen together (fixes.choose_edits)
        edits.append(Edit(start, min(start + length, n), replacement.replace("\r", "")))
    out = apply_to_raw(raw, edits, [ln.start for ln in doc.lines])
    assert Document.from_text(out).text == splice(doc.text, edits)
    if not edits:
        assert out == raw
