"""The document model: positions in code points, line endings, folding, sentences, headings."""

from __future__ import annotations

import pytest

from linter.document import Document, fold
from linter.outline import cn_number, parse_heading


def test_columns_count_code_points_not_bytes() -> None:
    doc = Document.from_text("标题\n一二三四五X")
    off = doc.text.index("X")
    pos = doc.position(off)
    assert (pos.line, pos.column) == (2, 6)
    assert doc.offset(2, 6) == off


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r"])
def test_every_line_ending_is_a_line_break(sep: str) -> None:
    doc = Document.from_text(sep.join(["第一行", "第二行", "第三行"]))
    assert [ln.text for ln in doc.lines] == ["第一行", "第二行", "第三行"]
    assert doc.position(doc.text.index("三行")).line == 3


def test_fold_keeps_length_and_maps_full_width() -> None:
    text = "（一）纠错率为２５％；共计：１２件，"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "(一)纠错率为25%;共计:12件,"
    assert fold("　　正文") == "  正文"


def test_sentences_split_at_chinese_sentence_ends_and_lines() -> None:
    doc = Document.from_text("受理10件，办结9件。办结率90%！\n第二段")
    assert [s.text for s in doc.sentences] == ["受理10件，办结9件。", "办结率90%！", "第二段"]
    assert doc.sentences[2].line == 2
    assert doc.sentence_index(doc.text.index("办结率")) == 1


@pytest.mark.parametrize("text,level,number", [
    ("一、主要举措和成效", 1, 1), ("十二、其他", 1, 12), ("(三)依法行政", 2, 3), ("（三）依法行政", 2, 3),
    ("1.强化组织领导", 3, 1), ("1．强化组织领导", 3, 1), ("(2)完善制度", 4, 2), ("（2）完善制度", 4, 2),
    ("## 二、存在的不足和原因", 1, 2), ("### （一）思想认识方面", 2, 1),
])
def test_heading_levels_in_both_widths_and_markdown(text: str, level: int, number: int) -> None:
    h = parse_heading(1, fold(text))
    assert h is not None and (h.level, h.number) == (level, number)


@pytest.mark.parametrize("text", ["一是强化组织领导", "1.5万件已办结", "2023年，全县", "十分重视"])
def test_body_text_is_not_a_heading(text: str) -> None:
    assert parse_heading(1, fold(text)) is None


def test_chinese_numerals() -> None:
    assert [cn_number(x) for x in ["一", "十", "十二", "二十", "二十三", "两"]] == [1, 10, 12, 20, 23, 2]
    assert cn_number("是") is None


def test_report_year_from_title_then_override() -> None:
    text = "某县2024年度法治政府建设情况报告\n2024年，我县……"
    assert Document.from_text(text).report_year == 2024
    assert Document.from_text(text, year_override=2023).report_year == 2023


def test_memo_builds_once_and_is_dropped_with_the_analyses() -> None:
    """Document.memo: a factory runs once per key; release_analyses and pickling (--jobs) drop the values."""
    import pickle

    doc = Document.from_text("第一行。\n第二行。\n")
    calls: list[str] = []

    def build() -> list[str]:
        calls.append("built")
        return ["value"]

    assert doc.memo("k", build) == ["value"]
    assert doc.memo("k", build) is doc.memo("k", build)
    assert calls == ["built"]
    assert doc.memo("other", lambda: None) is None
    assert doc.memo("other", build) is None  # a None value is cached too, not rebuilt
    assert calls == ["built"]
    copy = pickle.loads(pickle.dumps(doc))
    assert "_memo" not in copy.__dict__
    assert copy.memo("k", build) == ["value"] and len(calls) == 2
    doc.release_analyses()
    assert doc.memo("k", build) == ["value"] and len(calls) == 3


def test_forget_drops_one_familys_analyses_and_they_are_rebuilt_on_use() -> None:
    doc = Document.from_text("第一行。\n")
    calls: list[str] = []
    doc.memo("arithmetic.readings", lambda: calls.append("a") or "A")
    doc.memo("years.ranges", lambda: calls.append("y") or "Y")
    doc.forget("arithmetic.")
    assert doc.memo("years.ranges", lambda: "rebuilt") == "Y"  # another family's stays
    assert doc.memo("arithmetic.readings", lambda: calls.append("a") or "A") == "A"
    assert calls == ["a", "y", "a"]


def test_lines_and_sentences_slice_the_document_text() -> None:
    text = "　　第一句，全角。Second!\r\n（一）标题\n"
    doc = Document.from_text(text)
    assert "".join(line.text + "\n" for line in doc.lines)[:-1] == doc.text
    for line in doc.lines:
        assert line.folded == doc.folded[line.start:line.end] and len(line.folded) == len(line.text)
    assert [s.text for s in doc.sentences] == [doc.text[s.start:s.end] for s in doc.sentences]
    assert doc.sentences[0].folded.startswith("  第一句,")
