"""The model's round-18 shortcuts must find what the plain forms they replace find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_model_perf_shortcuts import _plain_sentences  # the plain form: cut at each _SENTENCE_END

from linter import outline
from linter.document import Document


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("。！？!?加\n "), max_size=16))
@example(text="加？加。")
@example(text="加!加。")
def test_sentences_with_any_end_mark_are_the_plain_ones(text: str) -> None:
    # Whether the text holds ？！?! is told on the folded text (？ and ！ folded to ? and !).
    doc = Document(text)
    assert [(s.start, s.end, s.line) for s in doc.sentences] == _plain_sentences(text)


_PROSE_ALPHABET = list("加强法治,。;!?、: a1\u3400\u4e00\u9fff\ua000")


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=_PROSE_ALPHABET, max_size=60) | st.text(alphabet=list("加,a"), min_size=30, max_size=60))
@example(text="加" * 40)
@example(text="加" * 8 + ",")
@example(text="加" * 7 + ",")
def test_is_prose_with_the_short_test_first_is_the_plain_one(text: str) -> None:
    plain = bool(outline._PROSE_LONG.match(text)
                 or (outline._PROSE_MIN.match(text) and outline._SENTENCE_PUNCT.search(text)))
    assert outline.is_prose(text) == plain


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=list(" \t1a,(一加\u4dff\u4e00\u9fff\ua000"), max_size=8))
@example(text="")
@example(text="  a加")
def test_a_line_is_residue_when_it_holds_no_chinese_character(text: str) -> None:
    # _classify's first-character test before its search for a Chinese character: residue ("other", no heading,
    # its text as stripped) exactly when the search finds none.
    item = outline._classify(1, text)
    if not outline._CJK.search(text.strip()):
        assert item == (1, "other", text.strip(), None, False)
    if "\u4e00" <= text.strip()[:1] <= "\u9fff":  # the case told without the search: the search finds it too
        assert outline._CJK.search(text.strip())

