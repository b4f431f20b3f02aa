"""The model's shortcuts must find what the plain forms they replaced find: sentences cut at runs of 。 found by
a literal search (a text with no other end punctuation), and a finding's span placed with one line lookup."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_model_perf_shortcuts import _plain_sentences  # the plain form: cut at each _SENTENCE_END

from linter.document import Document


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=list("。”’」』)）\n \t\u3000\u00a0\x85\u2028加强a1"), max_size=24))
@example(text="加强。”\n\n 　\n加强。。）加强")
@example(text="。\n。 \n 。  加强  \n")
@example(text="加强。 \u3000")
@example(text="")
def test_sentences_cut_at_runs_of_the_full_stop_are_the_plain_ones(text: str) -> None:
    doc = Document(text)
    assert [(s.start, s.end, s.line) for s in doc.sentences] == _plain_sentences(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("。！?加\n "), max_size=16))
def test_sentences_with_other_end_punctuation_are_the_plain_ones(text: str) -> None:
    doc = Document(text)
    assert [(s.start, s.end, s.line) for s in doc.sentences] == _plain_sentences(text)


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=list("加\n"), max_size=12), start=st.integers(-3, 15), end=st.integers(-3, 15))
@example(text="", start=0, end=0)
@example(text="加\n加", start=1, end=2)
def test_span_position_is_the_position_of_each_end(text: str, start: int, end: int) -> None:
    doc = Document(text)
    assert doc.span_position(start, end) == (*doc.position(start), *doc.position(end))
