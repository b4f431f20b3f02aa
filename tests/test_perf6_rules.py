"""Shortcuts of the sixth speed round in the structure and typography families must find exactly what the
plain form finds: checked with hypothesis on text built from the characters each one cares about, against the
plain computation it skips or replaces."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.structure import elements
from checks.typography import pairs
from checks.typography.paragraphs import sentence_breaks
from linter import outline
from linter.document import Document

# --- T007: only the paragraphs holding a line whose marks are not clean are looked at ----------------------


def _plain_paragraphs(doc: Document) -> Iterator[tuple[int, int]]:
    """Every paragraph (first, last) but for those whose first line is chrome, walked line by line."""
    joined = {b.line.number: b.next.number for b in sentence_breaks(doc)}
    lines = doc.lines
    i = 0
    while i < len(lines):
        first = i
        while lines[i].number in joined:
            i = joined[lines[i].number] - 1
        if lines[first].number not in doc.chrome:
            yield first, i
        i += 1


def _plain_unbalanced_pair(doc: Document) -> list[tuple[int, int, str]]:
    lines = doc.lines
    out = []
    for first, last in _plain_paragraphs(doc):
        out.extend(sorted(pairs._check(doc, lines[first].start, lines[last].end), key=lambda h: h.start))
    return [(h.start, h.end, h.message) for h in out]


_PAIR_TEXT = st.text(alphabet=list("“”‘’《》〈〉()（）【】〔〕「」『』") + list("法治，、和1a。\n\n第1页"), max_size=60)


@settings(max_examples=500, deadline=None)
@given(text=_PAIR_TEXT)
def test_t007_finds_what_checking_every_paragraph_finds(text: str) -> None:
    doc = Document.from_text(text)
    fast = [(h.start, h.end, h.message) for h in pairs.unbalanced_pair(doc, {})]
    assert fast == _plain_unbalanced_pair(doc)


@settings(max_examples=300, deadline=None)
@given(text=_PAIR_TEXT)
def test_t007_paragraphs_from_the_breaks_are_the_plain_paragraphs(text: str) -> None:
    doc = Document.from_text(text)
    assert list(pairs._paragraphs(doc)) == list(_plain_paragraphs(doc))


def test_t007_a_pair_across_a_broken_line_is_one_paragraph() -> None:
    text = "深入学习《中华人民共和国行政复议法\n》和“三项制度，\n推动依法行政。\n第 1 页\n落实“三项制度）要求。"
    doc = Document.from_text(text)
    fast = [(h.start, h.end, h.message) for h in pairs.unbalanced_pair(doc, {})]
    assert fast == _plain_unbalanced_pair(doc)
    assert fast


# --- S002: every heading of a report classified in one call; the year looked for only with a 年 ------------

_HEADING = st.text(alphabet=list("一、（）存在的不足和问题主要举措成效工作打算重点年20245负责人履行职责情况 "),
                   max_size=30)


def _plain_classify(text: str, year: int | None) -> set[str]:
    """classify as it was: the year pattern searched in every heading."""
    text = outline.reading(text)
    found = set(elements._element_keys(text, ()))
    if year is not None:
        m = elements._YEAR.search(text)
        if m and int(m.group(1)) > year:
            found.discard("achievements")
            if elements._FUTURE_WORK.search(text):
                found.add("plan")
    return found


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_HEADING, max_size=5), year=st.one_of(st.none(), st.integers(2022, 2026)))
def test_s002_classify_all_is_classify_of_each(texts: list[str], year: int | None) -> None:
    plain = [_plain_classify(t, year) for t in texts]
    assert [elements.classify(t, year) for t in texts] == plain
    assert elements.classify_all(texts, year) == plain
