"""Fixes never lose text: deterministic edit choice, original line endings, encoding and BOM kept,
atomic writes, re-lint after fixing, --diff writes nothing."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from samples import DEFECTIVE

from linter.cli import main
from linter.document import Document
from linter.fixes import apply_to_raw, choose_edits, write_atomic
from linter.model import Edit, Finding, Fix, Severity


def finding(rule: str, edits: list[tuple[int, int, str]], safety: str = "safe") -> Finding:
    return Finding(rule, "x", "typography", Severity.WARNING, 1, 1, 1, 2, "m", "",
                   fix=Fix(safety, tuple(Edit(*e) for e in edits)))


def test_overlapping_fixes_resolve_deterministically() -> None:
    fs = [finding("T002", [(5, 8, "b")]), finding("T001", [(2, 6, "a")]), finding("T003", [(8, 9, "c")]),
          finding("R001", [(10, 12, "u")], safety="unsafe")]
    assert choose_edits(fs) == [Edit(2, 6, "a"), Edit(8, 9, "c")]
    assert choose_edits(list(reversed(fs))) == [Edit(2, 6, "a"), Edit(8, 9, "c")]
    assert Edit(10, 12, "u") in choose_edits(fs, unsafe=True)


def test_edits_keep_crlf_and_cr_line_endings() -> None:
    raw = "第一行 有空格\r\n第二行\r第三 行\n"
    norm_starts = [0, 8, 12]  # normalised text: "第一行 有空格\n第二行\n第三 行\n"
    edits = [Edit(3, 4, ""), Edit(14, 15, "")]
    assert apply_to_raw(raw, edits, norm_starts) == "第一行有空格\r\n第二行\r第三行\n"
    # Deleting a whole line with its break removes exactly that line.
    assert apply_to_raw(raw, [Edit(8, 12, "")], norm_starts) == "第一行 有空格\r\n第三 行\n"


def test_an_edit_never_joins_a_lone_cr_and_an_lf_into_one_line_break() -> None:
    # Deleting the line between a lone CR and an LF (mixed line endings) left "\r\n": one line break lost.
    raw = "\r字体【\n\n"
    doc = Document.from_text(raw)
    assert doc.text == "\n字体【\n\n"
    fixed = apply_to_raw(raw, [Edit(1, 5, "")], [ln.start for ln in doc.lines])
    assert Document.from_text(fixed).text == "\n\n"


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["\r\n", "\r", "\n", "甲", "乙"]), max_size=12), st.data())
def test_edits_on_mixed_line_endings_change_only_the_edited_text(pieces: list[str], data: st.DataObject) -> None:
    raw = "".join(pieces)
    doc = Document.from_text(raw)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(doc.text)), min_size=2, max_size=4)))
    replacement = data.draw(st.sampled_from(["", "丙", "\n", "丙\n", "\n丙"]))
    edits = [Edit(a, b, replacement) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    expected, pos = [], 0
    for e in edits:
        expected += [doc.text[pos:e.start], e.replacement]
        pos = e.end
    expected.append(doc.text[pos:])
    fixed = apply_to_raw(raw, edits, [ln.start for ln in doc.lines])
    assert Document.from_text(fixed).text == "".join(expected)


def test_write_atomic_keeps_encoding_and_bom(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes(b"\xff\xfe" + "旧".encode("utf-16-le"))
    write_atomic(str(p), "新内容", "utf-16-le", b"\xff\xfe")
    assert p.read_bytes() == b"\xff\xfe" + "新内容".encode("utf-16-le")
    assert [x.name for x in tmp_path.iterdir()] == ["r.txt"]


def test_fix_gb18030_crlf_file_end_to_end(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    original = DEFECTIVE.replace("\n", "\r\n").encode("gb18030")
    p.write_bytes(original)
    result = CliRunner().invoke(main, ["check", "--diff", str(p)])
    assert result.exit_code == 1 and "-2024年" in result.output and "+2024年" in result.output
    assert p.read_bytes() == original  # --diff writes nothing
    result = CliRunner().invoke(main, ["check", "--fix", "--no-color", str(p)])
    fixed = p.read_bytes()
    assert fixed != original and "已自动修复" in result.output
    text = fixed.decode("gb18030")
    assert "扎实开展" in text and text.count("\r\n") == DEFECTIVE.count("\n") and "\n" not in text.replace("\r\n", "")
    assert text.replace("扎实开展", "扎实 开展") == DEFECTIVE.replace("\n", "\r\n")
    again = CliRunner().invoke(main, ["check", "--fix", str(p)])
    assert p.read_bytes() == fixed and "已自动修复" not in again.output


def _fix_worker(path: str) -> None:
    CliRunner().invoke(main, ["check", "--fix", path])


def test_concurrent_fixers_never_leave_a_mixed_file(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_text(DEFECTIVE * 20, encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_fix_worker, args=(str(p),)) for _ in range(4)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
    text = p.read_text(encoding="utf-8")
    assert text == (DEFECTIVE * 20).replace("扎实 开展", "扎实开展")
    assert [x.name for x in tmp_path.iterdir()] == ["r.txt"]
