"""The document model's shortcuts must find exactly what the plain forms they replaced find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import document, outline
from linter.document import Document, fold, fold_seeing

# --- fold and the traditional-script test: one scan of the text for both ----------------------------------

_TRADITIONAL = outline.traditional_characters()
_FOLD_ALPHABET = list("，（）：；％０９ＡＺａｚ～！＼［］＾\u3000\uff5f\uff00 ,()加强1国\n") + list(_TRADITIONAL[:8])


def test_traditional_characters_are_left_alone_by_fold() -> None:
    # What makes one scan enough: folding neither removes nor makes a traditional-script character.
    wide = {chr(c) for c in document._FOLD}
    narrow = {chr(c) for c in document._FOLD.values()}
    assert _TRADITIONAL and not set(_TRADITIONAL) & (wide | narrow)
    assert set(_TRADITIONAL) == {chr(c) for c in outline._traditional()[0]}


@settings(max_examples=800, deadline=None)
@given(text=st.text(alphabet=_FOLD_ALPHABET, max_size=40))
@example(text="國，國（")
@example(text="")
def test_fold_seeing_is_fold_and_a_search(text: str) -> None:
    assert fold_seeing(text, _TRADITIONAL) == (text.translate(document._FOLD),
                                               any(c in _TRADITIONAL for c in text))
    assert fold_seeing(text, "") == (text.translate(document._FOLD), False)
    assert fold(text) == text.translate(document._FOLD)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_FOLD_ALPHABET, max_size=40))
def test_has_traditional_is_a_search_of_the_folded_text(text: str) -> None:
    doc = Document.from_text(text)
    plain = outline._traditional()[1].search(fold(text)) is not None
    assert outline.has_traditional(doc) == plain
    assert doc.folded == fold(text)
    doc.release_analyses()  # kept with the folded text it was told with
    assert outline.has_traditional(doc) == plain
    asked_first = Document.from_text(text)  # asked before the folded text is built
    assert outline.has_traditional(asked_first) == plain and asked_first.folded == fold(text)
    kept_alone = Document.from_text(text)  # the folded text kept, the answer dropped (bench/run.py did this)
    assert kept_alone.folded == fold(text)
    del kept_alone.__dict__["_traditional"]
    assert outline.has_traditional(kept_alone) == plain


# --- is_prose: the Chinese counted in a glance, then the head, then the whole paragraph ---------------------

def _plain_is_prose(folded: str) -> bool:
    cjk = outline.cjk_count(folded)
    return cjk >= outline.PROSE_LONG_CJK or (cjk >= outline.PROSE_MIN_CJK
                                             and bool(outline._SENTENCE_PUNCT.search(folded)))


@settings(max_examples=1500, deadline=None)
@given(parts=st.lists(st.sampled_from(["加强法治", "政府建设工作", "a", " ", "12", "，", "。", "、", "abcdefghij",
                                       "推进依法行政" * 5, "x" * 30]), max_size=60))
@example(parts=["加强法治"] * 10)
@example(parts=["x" * 30, "x" * 30, "加强法治" * 10])
@example(parts=["x" * 30] * 6 + ["加强法治" * 10])
def test_is_prose_counts_as_the_whole_paragraph(parts: list[str]) -> None:
    folded = "".join(parts)
    assert outline.is_prose(folded) == _plain_is_prose(folded)
