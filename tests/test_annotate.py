"""`reportlint annotate`: one Word comment per finding, on the right paragraph and exactly the finding's text,
with the document's own text and run formatting unchanged."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from click.testing import CliRunner
from conftest import SEEDS
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fake_rules import CODES, SAMPLE, fake_rules

from linter import Config, lint_path
from linter.cli import main
from linter.inputs import docx_paragraphs

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_TAGS = {W + "t": None, W + "tab": "\t", W + "ptab": "\t", W + "noBreakHyphen": "-"}


@pytest.fixture(autouse=True)
def _fakes() -> Any:
    with fake_rules():
        yield


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def linted_chars(path: Path) -> list[list[tuple[str, str]]]:
    """Per linted paragraph, each character of its text with the XML of the run properties it carries."""
    out = []
    for p in docx_paragraphs(docx.Document(str(path))):
        chars: list[tuple[str, str]] = []
        for r in p._p.xpath("./w:r | ./w:hyperlink/w:r"):  # type: ignore[attr-defined]
            rpr = r.find(W + "rPr")
            props = "" if rpr is None else rpr.xml if hasattr(rpr, "xml") else ""
            for child in r:
                if child.tag in TEXT_TAGS:
                    text = TEXT_TAGS[child.tag] or child.text or ""
                    chars.extend((c, props) for c in text.replace("\n", "").replace("\r", ""))
        out.append(chars)
    return out


def comment_spans(path: Path) -> dict[int, tuple[int, int, int, int, str]]:
    """Comment id -> (start paragraph, start offset, end paragraph, end offset, covered text), walking the
    linted paragraphs in reading order and counting characters as the reader does."""
    starts: dict[int, tuple[int, int, int]] = {}
    spans: dict[int, tuple[int, int, int, int, str]] = {}
    flat: list[str] = []
    for index, p in enumerate(docx_paragraphs(docx.Document(str(path)))):
        offset = 0
        for el in p._p.iter():  # type: ignore[attr-defined]
            if el.tag == W + "commentRangeStart":
                starts[int(el.get(W + "id"))] = (index, offset, len(flat))
            elif el.tag == W + "commentRangeEnd":
                cid = int(el.get(W + "id"))
                pa, oa, fa = starts.pop(cid)
                spans[cid] = (pa, oa, index, offset, "".join(flat[fa:]))
            elif el.tag in TEXT_TAGS and el.getparent().getparent() in (p._p, *p._p.findall(W + "hyperlink")):
                text = (TEXT_TAGS[el.tag] or el.text or "").replace("\n", "").replace("\r", "")
                offset += len(text)
                flat.extend(text)
        flat.append("\n")
    return spans


def comments(path: Path) -> dict[int, Any]:
    return {c.comment_id: c for c in docx.Document(str(path)).comments}


def check_every_finding(source: Path, annotated: Path, select: list[str] | None = None) -> int:
    """Every finding has its own comment by reportlint, on its paragraph, covering exactly its text."""
    result = lint_path(str(source), Config(select=select or CODES.split(",")))
    assert result.error is None and result.document is not None
    doc = result.document
    spans = comment_spans(annotated)
    by_id = comments(annotated)
    assert len(by_id) == len(spans) == len(result.findings)
    unmatched = dict(spans)
    for f in result.findings:
        text = doc.text[f.start:f.end]
        if not text:  # an empty span: commented on the next character, else the last one before it
            k = f.start if doc.text[f.start:f.start + 1].strip() else len(doc.text[:f.start].rstrip("\n")) - 1
            text = doc.text[k]
        want = (f.line - 1, f.column - 1)
        hit = [cid for cid, (pa, oa, _pb, _ob, covered) in unmatched.items()
               if f.rule in by_id[cid].text and f.message in by_id[cid].text
               and covered == text and ((pa, oa) == want or f.start == f.end)]
        assert hit, f"no comment for {f.rule} {f.message} at {f.line}:{f.column} ({text!r}): {spans}"
        c = by_id[hit[0]]
        assert c.author == "reportlint"
        if f.suggestion:
            assert f.suggestion in c.text
        pb, ob = unmatched[hit[0]][2:4]
        if f.end > f.start:
            assert (pb + 1, ob + 1) == (f.end_line, f.end_column) or f.end_column == 1
        del unmatched[hit[0]]
    return len(result.findings)


def rich_docx(path: Path) -> None:
    """A Word report as people write them: formatting changing mid-phrase, a tab, a soft line break, a
    hyperlink, a table and an empty paragraph."""
    d = docx.Document()
    d.add_paragraph("某县2024年法治政府建设情况报告", style="Title")
    p = d.add_paragraph("以")
    p.add_run("**").bold = True
    r = p.add_run("*思")
    r.italic = True
    r.font.color.rgb = docx.shared.RGBColor(0xC0, 0, 0)
    p.add_run("想为指导，落实《实施方案（2024—20")
    p.add_run("24年）》。").underline = True
    p = d.add_paragraph("全年人民调解受理1940件，")
    p.add_run().add_break(WD_BREAK.LINE)  # a soft break: not in the linted text
    d.add_paragraph("调处成功1893件，调处成功率97.8%。")
    p = d.add_paragraph("我们的")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), "x")
    inner = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "的工作"
    inner.append(t)
    link.append(inner)
    p._p.append(link)
    p.add_run("取得成效，\t群众的的满意度提高。")
    d.add_paragraph("")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "二、存在的不足和原因"
    table.cell(0, 1).text = "一是法治人才的的队伍建设仍需加强。"
    d.save(str(path))


def test_text_input_gets_one_paragraph_per_line_and_every_comment(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "report.docx"
    code, msg = run("annotate", "--select", CODES, str(src), "-o", str(out))
    assert code == 0 and "7 条批注" in msg, msg
    paragraphs = [p.text for p in docx_paragraphs(docx.Document(str(out)))]
    assert paragraphs == SAMPLE.split("\n")
    assert check_every_finding(src, out) == 7


def test_markdown_input(tmp_path: Path) -> None:
    src = tmp_path / "report.md"
    src.write_text("# " + SAMPLE + "\n\n`代码里的的不算`\n", encoding="utf-8")
    out = tmp_path / "report.docx"
    code, _ = run("annotate", "--select", CODES, str(src), "-o", str(out))
    assert code == 0
    assert check_every_finding(src, out) == 7  # the doubled 的 in inline code is not a finding


def test_docx_keeps_text_and_formatting(tmp_path: Path) -> None:
    src = tmp_path / "draft.docx"
    rich_docx(src)
    out = tmp_path / "draft-reviewed.docx"
    before = linted_chars(src)
    code, msg = run("annotate", "--select", CODES, str(src), "-o", str(out))
    assert code == 0, msg
    assert linted_chars(out) == before  # every character, with its run properties
    assert [p.text for p in docx.Document(str(out)).paragraphs] == [p.text for p in docx.Document(str(src)).paragraphs]
    n = check_every_finding(src, out)
    assert n == 8  # ***/***思想, 2024—2024年 across runs, the two-line rate, 的的 x3 (hyperlink, table), S991
    # The finding whose text straddles the bold and italic runs is anchored across both, not on whole runs.
    spans = comment_spans(out)
    assert any(covered == "***思想" for *_, covered in spans.values())
    assert any(covered == "的的" and pa == 4 and oa == 2 for pa, oa, *_, covered in spans.values())


def test_findings_below_severity_are_not_annotated(tmp_path: Path) -> None:
    src = tmp_path / "report.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "out.docx"
    code, msg = run("annotate", "--select", CODES, "--severity", "error", str(src), "-o", str(out))
    assert code == 0 and "3 条批注" in msg
    assert all("（错误）" in c.text for c in comments(out).values())


def test_bad_input_and_output_are_usage_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip")
    code, msg = run("annotate", str(bad), "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "无法检查" in msg and not (tmp_path / "x.docx").exists()
    src = tmp_path / "a.docx"
    rich_docx(src)
    code, msg = run("annotate", str(src), "-o", str(src))
    assert code == 2 and "不能覆盖原文件" in msg
    code, msg = run("annotate", str(src), "-o", str(tmp_path / "x.txt"))
    assert code == 2 and ".docx" in msg


def test_existing_comments_are_kept(tmp_path: Path) -> None:
    src = tmp_path / "commented.docx"
    rich_docx(src)
    d = docx.Document(str(src))
    d.add_comment(d.paragraphs[0].runs, text="领导意见：标题再斟酌", author="张三")
    d.save(str(src))
    out = tmp_path / "out.docx"
    assert run("annotate", "--select", CODES, str(src), "-o", str(out))[0] == 0
    authors = sorted(c.author for c in comments(out).values())
    assert authors.count("张三") == 1 and authors.count("reportlint") == 8


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_annotated_document(tmp_path: Path) -> None:
    src = tmp_path / "draft.docx"
    rich_docx(src)
    out = tmp_path / "draft-reviewed.docx"
    assert run("annotate", "--select", CODES, str(src), "-o", str(out))[0] == 0
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    for target in ("pdf", "odt"):
        subprocess.run(["soffice", profile, "--headless", "--convert-to", target, "--outdir", str(tmp_path),
                        str(out)], check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "draft-reviewed.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    # The ODT LibreOffice wrote holds our comments as annotations: it understood them, not just skipped them.
    with zipfile.ZipFile(tmp_path / "draft-reviewed.odt") as z:
        content = z.read("content.xml").decode("utf-8")
    assert content.count("<office:annotation ") >= 8 and "“的”字重复" in content and "reportlint" in content


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_every_real_finding_on_the_seeds(seed: Path, tmp_path: Path) -> None:
    """The real rules' findings, whatever their spans, each get their comment, from text and from Word."""
    text = seed.read_text(encoding="utf-8")
    d = docx.Document()
    for line in text.rstrip("\n").split("\n"):
        d.add_paragraph(line)
    sources = [seed, tmp_path / "seed.docx"]
    d.save(str(sources[1]))
    for src in sources:
        out = tmp_path / f"out-{src.suffix[1:]}.docx"
        code, msg = run("annotate", str(src), "-o", str(out))
        assert code == 0, msg
        check_every_finding(src, out, ["ALL"])


def test_docx_bytes_round_trip_in_memory() -> None:
    """The API works on bytes too (no file needed for a .docx already in memory)."""
    from linter.annotate import annotate_result
    from linter.api import lint_path as lint

    buf = io.BytesIO()
    d = docx.Document()
    d.add_paragraph("我们的的工作")
    d.save(buf)
    result = lint("mem.docx", Config(select=["T991"]), data=buf.getvalue())
    data, count = annotate_result(result, buf.getvalue())
    assert count == 1
    again = docx.Document(io.BytesIO(data))
    assert next(c.text for c in again.comments).startswith("T991")
    assert again.paragraphs[0].text == "我们的的工作"


def test_output_gets_the_mode_a_plain_write_would(tmp_path: Path) -> None:
    """The temporary file behind the atomic write is created 0600; the .docx handed to a reviewer must not be."""
    import os
    import stat

    src = tmp_path / "report.txt"
    src.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "report.docx"
    old = os.umask(0o022)
    try:
        assert run("annotate", "--select", CODES, str(src), "-o", str(out))[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    out.chmod(0o664)  # an existing output keeps its own mode
    assert run("annotate", "--select", CODES, str(src), "-o", str(out))[0] == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o664
