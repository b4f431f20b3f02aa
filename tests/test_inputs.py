"""Reading what users have: encodings, Word, HTML, Markdown; bad input is a one-line per-file error."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from linter import lint_path
from linter.inputs import InputError, decode_text, html_to_text, read_source

REPORT = "某县2024年法治政府建设情况报告\n一、主要举措和成效\n2024年，全县受理行政复议案件32件。\n"


@pytest.mark.parametrize("codec,bom,label", [
    ("utf-8", b"", "utf-8"), ("utf-8", b"\xef\xbb\xbf", "utf-8"), ("gb18030", b"", "gb18030"),
    ("gbk", b"", "gb18030"), ("utf-16-le", b"\xff\xfe", "utf-16"), ("utf-16-be", b"\xfe\xff", "utf-16"),
])
def test_encodings_are_detected(codec: str, bom: bytes, label: str) -> None:
    text, got, _, got_bom = decode_text(bom + REPORT.encode(codec))
    assert text == REPORT and got == label and got_bom == bom


def test_utf16_without_bom_is_refused() -> None:
    with pytest.raises(InputError) as exc:
        decode_text(REPORT.encode("utf-16-le"))
    assert exc.value.code == "binary"


def test_random_binary_is_refused() -> None:
    with pytest.raises(InputError):
        decode_text(bytes(range(1, 256)) * 20)


def test_bad_files_get_one_line_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    for name, code in [("empty.txt", "empty"), ("bin.txt", "binary"), ("broken.docx", "docx"),
                       ("missing.txt", "not-found")]:
        r = lint_path(str(tmp_path / name))
        assert r.error is not None and r.error.code == code, name
        assert "\n" not in r.error.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(REPORT, encoding="utf-8")
    p.chmod(0)
    assert lint_path(str(p)).error.code == "unreadable"  # type: ignore[union-attr]


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    d.add_paragraph("结尾段落")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_paragraphs_and_table_cells_in_order(tmp_path: Path) -> None:
    p = tmp_path / "r.docx"
    p.write_bytes(make_docx(REPORT.strip().split("\n"), [["受理", "32件"], ["办结", "30件"]]))
    src = read_source(str(p))
    assert src.format == "docx" and src.encoding is None
    assert src.text.split("\n") == [*REPORT.strip().split("\n"), "受理", "32件", "办结", "30件", "结尾段落"]


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"<w:document/>")
        z.writestr("word/media/huge.bin", b"\0" * (300 * 1024 * 1024))
    r = lint_path(str(p))
    assert r.error is not None and r.error.code == "docx-bomb"


def test_html_visible_text_one_line_per_block() -> None:
    html = ("<html><head><title>页面</title><style>p{color:red}</style></head><body>"
            "<div>某县2024年法治政府建设情况报告</div><script>var a='一、假标题';</script>"
            "<p>一、主要举措\n和成效</p><ul><li>第一项</li><li>第二项</li></ul>正文&amp;结尾</body></html>")
    assert html_to_text(html).split("\n") == [
        "某县2024年法治政府建设情况报告", "一、主要举措 和成效", "第一项", "第二项", "正文&结尾"]


def test_markdown_code_and_links_are_ignored() -> None:
    text = "# 标题\n见[链接](http://a.b/c d)和`代 码`。\n```\n代 码 块\n```\n"
    src = read_source("r.md", text.encode("utf-8"))
    spans = [src.text[a:b] for a, b in src.ignored]
    assert "`代 码`" in spans and "](http://a.b/c d)" in spans and any("代 码 块" in s for s in spans)
