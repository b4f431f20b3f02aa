"""Issue 6 acceptance: each seed converted to GB18030 with CRLF, to UTF-16, to .docx and to .md gives the
same findings on the same lines as the original."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import SEEDS

from linter import lint_path

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def signature(path: Path) -> list[tuple[str, int, int]]:
    result = lint_path(str(path))
    assert result.error is None, result.error
    return [(f.rule, f.line, f.column) for f in result.findings]


def to_docx(text: str) -> bytes:
    import docx

    d = docx.Document()
    # python-docx's template starts with no paragraphs; one per line keeps line numbers aligned.
    for line in text.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_same_findings_in_every_format(seed: Path, tmp_path: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    expected = signature(seed)
    variants = {
        "gb18030-crlf.txt": text.replace("\n", "\r\n").encode("gb18030"),
        "utf16.txt": b"\xff\xfe" + text.encode("utf-16-le"),
        "seed.md": text.encode("utf-8"),
        "seed.docx": to_docx(text.rstrip("\n")),
    }
    for name, data in variants.items():
        p = tmp_path / name
        p.write_bytes(data)
        assert signature(p) == expected, name
