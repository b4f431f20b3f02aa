"""The structure rules' and the outline's shortcuts must find what their plain forms find: S005's first-character
test before its list-restart pattern, S002's comma test before its sentence-punctuation search, the outline's test
for a Chinese character among a line's first three before its search, is_salutation's colon test before reading a
line, and the document's reader (no traditional-script scan where it has none) in the segmenter and S010's
opening test, and is_prose's comma test before its punctuation search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.structure import numbering, sections
from linter import outline
from linter.document import Document, fold

_RESTART_PARTS = [*"说明注备附释填表一二十123 \t:：、.,。是", "说明", "注：", "备注", "附注", "注释", "填表说明",
                  "表二", "表 3", "說明", "\u3000"]
_RESTART_TEXT = st.lists(st.sampled_from(_RESTART_PARTS), max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(lines=st.lists(_RESTART_TEXT, min_size=1, max_size=8))
def test_restart_lines_are_those_the_plain_pattern_matches(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    read = numbering.simplified if numbering.has_traditional(doc) else str
    plain = [ln.number for ln in doc.lines
             if numbering._RESTART.match(read(ln.folded.strip())) and ln.number not in doc.chrome]
    assert numbering._restart_lines(doc, 1, len(doc.lines)) == plain


@settings(max_examples=1000, deadline=None)
@given(text=_RESTART_TEXT)
def test_a_restart_pattern_matches_only_lines_opening_with_its_characters(text: str) -> None:
    for source in numbering._RESTART_SOURCES:
        if re.match(source, text):
            assert text[:1] in numbering._openings(source)


@pytest.mark.parametrize("source", ["^(?:说明|注?)\\s*:", "^(?:说明|注)?:", "^\\d+:", "^(?:(说明)|注):", "说明:",
                                    "^表?一", "^表|二", "^(?:说|\\d):"])
def test_a_restart_pattern_of_another_shape_is_refused(source: str) -> None:
    with pytest.raises(ValueError):
        numbering._openings(source)


@settings(max_examples=2000, deadline=None)
@given(line=st.lists(st.sampled_from([*"存在的问题。;!?,，、：: \t一二", "主要举措", "工作打算", "\u3000"]),
                     max_size=20).map("".join))
def test_a_comma_tells_a_line_as_the_sentence_punctuation_search_does(line: str) -> None:
    folded = fold(line)
    assert (("," in folded) or bool(sections._SENTENCE_PUNCT.search(folded))) == bool(
        sections._SENTENCE_PUNCT.search(folded))


_LINE_PARTS = [*"(一)1.、 \tab:：加强負責人", "(fù)", "现将有关情况报告如下", "中共某县委:", "關於", "2024年"]
_LINE_TEXT = st.lists(st.sampled_from(_LINE_PARTS), max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(text=_LINE_TEXT)
def test_a_chinese_character_among_the_first_three_is_one_the_search_finds(text: str) -> None:
    """_classify's quick test before _CJK.search: a line it passes is one the search passes."""
    quick = any("\u4e00" <= c <= "\u9fff" for c in text[:3])
    assert not quick or outline._CJK.search(text)
    if not outline._CJK.search(text.strip()):
        item = outline._classify(1, fold(text))
        assert item.kind == "other" and item.heading is None


@settings(max_examples=2000, deadline=None)
@given(text=_LINE_TEXT)
def test_a_salutation_is_told_as_its_plain_form_tells_it(text: str) -> None:
    """is_salutation turns a line without a colon away before reading it: reading never adds one."""
    folded = fold(text)
    read = outline.reading(folded.strip())
    assert ":" not in read or ":" in folded
    assert outline.is_salutation(folded) == (":" in read and bool(outline._patterns().salutation(read)))


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(_LINE_TEXT, max_size=10))
def test_the_documents_reader_segments_and_finds_openings_as_reading_does(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    items = outline._items(doc)[0]
    opts = doc.structure_options
    assert (outline._Segmenter(items, opts, outline.reader(doc)).run()
            == outline._Segmenter(items, opts, outline.reading).run())
    for line in doc.lines:
        assert outline.is_opening(line.folded, outline.reader(doc)) == outline.is_opening(line.folded)


@pytest.mark.parametrize("path", sorted(Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")))
def test_seed_reports_segment_alike_with_the_documents_reader(path: Path) -> None:
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    items = outline._items(doc)[0]
    opts = doc.structure_options
    assert (outline._Segmenter(items, opts, outline.reader(doc)).run()
            == outline._Segmenter(items, opts, outline.reading).run())


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=list("加强,、。; a1"), max_size=60))
def test_prose_with_its_comma_found_first_is_the_plain_test(text: str) -> None:
    plain = bool(outline._PROSE_LONG.match(text)
                 or (outline._PROSE_MIN.match(text) and outline._SENTENCE_PUNCT.search(text)))
    assert outline.is_prose(text) == plain

