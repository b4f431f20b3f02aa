"""The structure rules' shortcuts must find what their plain forms find: S005's first-character test before its
list-restart pattern, S002's comma test before its sentence-punctuation search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.structure import numbering, sections
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
