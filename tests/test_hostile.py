"""Hostile input: every case gives a clear one-line per-file error or a correct result, never a traceback or
a hang, and never stops the other files of the run from being linted.

The 100 MB file and the 10,000-file directory are slow: they run only with REPORTLINT_SLOW=1."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import ROOT
from samples import DEFECTIVE

from linter import Config, lint_path
from linter.cli import main
from linter.document import Document
from linter.inputs import DOCX_MAX_UNCOMPRESSED, MAX_FILE_BYTES

slow = pytest.mark.skipif(os.environ.get("REPORTLINT_SLOW") != "1", reason="slow: set REPORTLINT_SLOW=1")
SCHEMA = json.loads((ROOT / "linter" / "schemas" / "output.schema.json").read_text("utf-8"))


def check_json(*args: str) -> tuple[int, dict]:
    """Run `reportlint check --format json`, validate the output against the shipped schema."""
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "1", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    return result.exit_code, data


def by_name(data: dict) -> dict[str, dict]:
    return {Path(f["path"]).name: f for f in data["files"]}


def assert_one_line_error(path: Path | str, code: str) -> None:
    r = lint_path(str(path))
    assert r.error is not None, f"{path}: expected error {code}, got a result"
    assert r.error.code == code, (r.error.code, r.error.message)
    assert r.error.message and "\n" not in r.error.message and "Traceback" not in r.error.message
    assert r.findings == []


def test_zero_byte_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert_one_line_error(p, "empty")


def test_nul_bytes_are_a_per_file_error(tmp_path: Path) -> None:
    p = tmp_path / "nul.txt"
    p.write_bytes(DEFECTIVE.encode("utf-8").replace("。".encode(), b"\x00", 3))
    assert_one_line_error(p, "binary")


def test_invalid_utf8_names_where_it_broke(tmp_path: Path) -> None:
    data = DEFECTIVE.encode("utf-8")
    cut = data.index("调解".encode())  # the first line break before it is on line 4
    p = tmp_path / "damaged.txt"
    p.write_bytes(data[:cut] + b"\xa1" + data[cut:])
    r = lint_path(str(p))
    assert r.error is not None and r.error.code == "encoding"
    assert "UTF-8" in r.error.message and "第 4 行" in r.error.message
    # Not silently read as GB18030 mojibake either.
    assert r.findings == [] and r.encoding is None


def test_utf8_truncated_mid_character_is_refused_not_misread(tmp_path: Path) -> None:
    data = DEFECTIVE.encode("utf-8")
    p = tmp_path / "truncated.txt"
    p.write_bytes(data[: len(data) - 2])  # the last bytes are "。\n": cut inside the 3-byte "。"
    assert_one_line_error(p, "encoding")


def test_single_5mb_line(tmp_path: Path) -> None:
    sentence = "全年办理行政复议案件32件，扎实 开展法治宣传教育活动。"
    line = sentence * (5 * 1024 * 1024 // len(sentence.encode()))
    p = tmp_path / "one_line.txt"
    p.write_text("某县2024年法治政府建设情况报告\n" + line + "\n", encoding="utf-8")
    r = lint_path(str(p))
    assert r.error is None and r.document is not None
    assert len(r.document.lines) == 3
    for f in r.findings:
        assert 1 <= f.line <= 3 and f.column >= 1 and (f.end_line, f.end_column) >= (f.line, f.column)
        if f.line == 2:
            assert f.column <= len(line) + 1


def make_docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_truncated_docx(tmp_path: Path) -> None:
    data = make_docx(DEFECTIVE.splitlines())
    for n, cut in enumerate((len(data) // 2, len(data) - 30, 100)):
        p = tmp_path / f"cut{n}.docx"
        p.write_bytes(data[:cut])
        assert_one_line_error(p, "docx")


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name in replace.keys() - set(src.namelist()):
            dst.writestr(name, replace[name])
    return out.getvalue()


@pytest.mark.parametrize("document_xml", [
    b"<w:document this is not xml",
    b"",
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><d>&d;&d;&d;</d>',
])
def test_corrupt_docx_contents(tmp_path: Path, document_xml: bytes) -> None:
    p = tmp_path / "corrupt.docx"
    p.write_bytes(_rezip(make_docx(["正文"]), {"word/document.xml": document_xml}))
    r = lint_path(str(p))
    # The entity-expansion case may parse (entities are not resolved) or be refused; never a crash.
    if r.error is not None:
        assert r.error.code == "docx" and "\n" not in r.error.message
    else:
        assert "aaaaaaaaaa" * 100 not in (r.source.text if r.source else "")


def test_zip_without_document_xml(tmp_path: Path) -> None:
    p = tmp_path / "notword.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "不是 Word 文件")
    assert_one_line_error(p, "docx")


def test_docx_zip_bomb_by_ratio(tmp_path: Path) -> None:
    p = tmp_path / "bomb.docx"
    p.write_bytes(_rezip(make_docx(["正文"]), {"word/media/zeros.bin": b"\0" * (40 * 1024 * 1024)}))
    assert p.stat().st_size < 1024 * 1024  # small on disk, 40 MB inflated
    assert_one_line_error(p, "docx-bomb")


def test_docx_zip_bomb_by_total_size(tmp_path: Path) -> None:
    # Many members each under the ratio check's radar add up past the limit.
    member = os.urandom(64) * (2 * 1024 * 1024 // 64)  # 2 MB each: below the ratio check's 10 MB floor
    count = DOCX_MAX_UNCOMPRESSED // len(member) + 2
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        for i in range(count):
            info = zipfile.ZipInfo(f"word/media/part{i}.bin")
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, member)
    p = tmp_path / "many.docx"
    p.write_bytes(out.getvalue())
    assert_one_line_error(p, "docx-bomb")


def test_docx_with_forged_sizes_is_refused_without_inflating(tmp_path: Path) -> None:
    """A bomb whose headers claim a tiny size: zipfile stops at the claimed size and the CRC check fails,
    so this is a docx error, not 60 MB of memory."""
    zeros = 60 * 1024 * 1024
    data = bytearray(_rezip(make_docx(["正文"]), {"word/document.xml": b"<a>" + b" " * zeros + b"</a>"}))
    real = zeros + 7
    forged = (1000).to_bytes(4, "little")
    # Patch the uncompressed size in the local header and in the central directory entry.
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
        local = info.header_offset
    assert int.from_bytes(data[local + 22:local + 26], "little") == real
    data[local + 22:local + 26] = forged
    central = data.rfind(b"PK\x01\x02", 0, len(data))
    while central != -1:
        name_len = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + name_len] == b"word/document.xml":
            data[central + 24:central + 28] = forged
            break
        central = data.rfind(b"PK\x01\x02", 0, central)
    p = tmp_path / "forged.docx"
    p.write_bytes(bytes(data))
    r = lint_path(str(p))
    assert r.error is not None and r.error.code in ("docx", "docx-bomb")


def test_symlink_loop_inside_a_directory(tmp_path: Path) -> None:
    d = tmp_path / "reports"
    d.mkdir()
    (d / "good.txt").write_text(DEFECTIVE, encoding="utf-8")
    (d / "loop").symlink_to(d, target_is_directory=True)  # a folder that contains itself
    (d / "self.txt").symlink_to(d / "self.txt")  # a file link that points at itself
    (d / "a.txt").symlink_to(d / "b.txt")
    (d / "b.txt").symlink_to(d / "a.txt")
    code, data = check_json(str(d))
    files = by_name(data)
    assert set(files) == {"good.txt", "self.txt", "a.txt", "b.txt"}
    assert files["good.txt"]["error"] is None and files["good.txt"]["findings"]
    for name in ("self.txt", "a.txt", "b.txt"):
        assert files[name]["error"]["code"] == "unreadable", files[name]
    assert code == 2


def test_unreadable_file(tmp_path: Path) -> None:
    """chmod 000. Root reads anything, so as root the check runs in a forked child that drops to `nobody`."""
    d = Path(tempfile.mkdtemp(prefix="reportlint-unreadable-"))  # under /tmp, reachable by nobody
    try:
        d.chmod(0o755)
        p = d / "secret.txt"
        p.write_text(DEFECTIVE, encoding="utf-8")
        p.chmod(0)
        if os.geteuid() != 0:
            assert_one_line_error(p, "unreadable")
            return
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: drop privileges, lint, report the error code through the pipe
            try:
                os.setgid(65534)
                os.setuid(65534)
                r = lint_path(str(p))
                os.write(write_end, (r.error.code if r.error else "read").encode())
            finally:
                os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end) as fh:
            got = fh.read()
        os.waitpid(pid, 0)
        assert got == "unreadable"
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_socket_and_directory_named_like_reports(tmp_path: Path) -> None:
    """Things with a report's name that are not files: one-line errors, the rest of the run goes on."""
    sock_path = tmp_path / "s.txt"
    s = socket.socket(socket.AF_UNIX)
    try:
        s.bind(str(sock_path))
        assert_one_line_error(sock_path, "unreadable")
    finally:
        s.close()
    assert_one_line_error(tmp_path / "missing.txt", "not-found")


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # sparse: no disk or time spent
        fh.truncate(MAX_FILE_BYTES + 1)
    assert_one_line_error(p, "too-large")


def test_bad_files_do_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.docx").write_bytes(b"PK\x03\x04garbage")
    (tmp_path / "c.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "d.txt").write_text(DEFECTIVE, encoding="utf-8")
    (tmp_path / "e.html").write_bytes(b"<html><body><p>" + b"<div>" * 50_000 + "正文".encode() + b"</p>")
    code, data = check_json(str(tmp_path))
    files = by_name(data)
    assert [files[n]["error"]["code"] for n in ("a.txt", "b.docx", "c.txt")] == ["empty", "docx", "binary"]
    assert files["d.txt"]["error"] is None and files["d.txt"]["findings"]
    assert files["e.html"]["error"] is None
    assert code == 2 and data["summary"]["files_failed"] == 3


# Texts that make a careless regex or loop go quadratic: one long run of digits or numerals (a number
# pattern that restarts at every digit), thousands of headings or pasted reports (a per-item rescan).
SHAPE_CHARS = 500_000
PATHOLOGICAL = {
    "digits": "1" * SHAPE_CHARS,
    "chinese_numerals": "二十三" * (SHAPE_CHARS // 3),
    "masks": "*" * SHAPE_CHARS,
    "spaced": "法 治 " * (SHAPE_CHARS // 4),
    "headings": "".join(f"（{c}）加强法治建设\n" for c in "一二三四五六七八九十" * (SHAPE_CHARS // 100)),
    "pasted_reports": DEFECTIVE * (SHAPE_CHARS // len(DEFECTIVE)),
}
CPU_LIMIT = 20.0  # seconds for one rule on one shape: linear rules need well under 1 s here


class _OverLimit(Exception):
    pass


@contextlib.contextmanager
def cpu_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` of CPU time (a guard against a hang, not a speed test)."""
    def interrupt(signum: int, frame: object) -> None:
        raise _OverLimit

    old = signal.signal(signal.SIGPROF, interrupt)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


@pytest.mark.parametrize("shape", sorted(PATHOLOGICAL))
def test_no_rule_hangs_on_pathological_text(shape: str) -> None:
    doc = Document.from_text(PATHOLOGICAL[shape])
    config = Config()
    stuck: list[str] = []
    try:
        with cpu_limit(CPU_LIMIT):
            for name in ("lines", "sentences", "chrome", "outline"):
                getattr(doc, name)
    except _OverLimit:
        pytest.fail(f"the document model did not finish {shape} ({SHAPE_CHARS} characters) in {CPU_LIMIT} s")
    for rule in config.rules_for():
        try:
            with cpu_limit(CPU_LIMIT):
                rule.run(doc, config.family_options(rule.family))
        except _OverLimit:
            stuck.append(rule.code)
            if len(stuck) >= 2:
                break  # rules sharing one slow analysis would each take the full limit: enough evidence
    assert not stuck, f"rules {stuck} did not finish {shape} ({SHAPE_CHARS} characters) in {CPU_LIMIT} s of CPU"


def test_concurrent_fix_processes_and_a_reader_never_see_a_partial_file(tmp_path: Path) -> None:
    """Two `reportlint check --fix` processes on one file while a reader reads it in a loop: every read is
    the whole original or the whole fixed text (atomic replace), and no temporary file is left behind."""
    p = tmp_path / "r.txt"
    original = (DEFECTIVE * 200).encode("utf-8")  # ~100 KB: a write takes long enough to be caught mid-way
    expected = (DEFECTIVE * 200).replace("扎实 开展", "扎实开展").encode("utf-8")
    seen: set[bytes] = set()
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            seen.add(p.read_bytes())

    for _ in range(2):
        p.write_bytes(original)
        thread = threading.Thread(target=reader)
        thread.start()
        procs = [subprocess.Popen([sys.executable, "-m", "linter", "check", "--fix", "--jobs", "1", str(p)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
        errors = [proc.communicate(timeout=120)[1] for proc in procs]
        stop.set()
        thread.join()
        stop.clear()
        assert all(b"Traceback" not in e for e in errors), errors
        assert p.read_bytes() == expected
    assert seen <= {original, expected} and expected in seen
    assert [x.name for x in tmp_path.iterdir()] == ["r.txt"]


@slow
def test_100mb_file(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    block = (DEFECTIVE * 50).encode("utf-8")
    with p.open("wb") as fh:
        for _ in range(100 * 1024 * 1024 // len(block)):
            fh.write(block)
    r = lint_path(str(p))
    assert r.error is None or r.error.code == "too-large"
    if r.error is None:
        assert r.findings and r.document is not None and r.findings[-1].line <= len(r.document.lines)


@slow
def test_directory_of_10000_small_files(tmp_path: Path) -> None:
    d = tmp_path / "many"
    d.mkdir()
    for i in range(10_000):
        (d / f"r{i:05d}.txt").write_text(DEFECTIVE if i % 1000 else "", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "2", str(d)])
    data = json.loads(result.output)
    assert data["summary"]["files"] == 10_000 and data["summary"]["files_failed"] == 10
    assert [Path(f["path"]).name for f in data["files"]] == sorted(f"r{i:05d}.txt" for i in range(10_000))
    assert result.exit_code == 2
