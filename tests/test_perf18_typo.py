"""Shortcuts of the typography rules (round 18) find exactly what their plain form finds: checked with
hypothesis on text built from the characters each one cares about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.typography import doubled, pairs
from linter.document import Document

# --- T005: repeated clauses --------------------------------------------------------------------------------

_CLAUSE_TEXT = st.text(alphabet=list("依托平台开展,;。!?\n \t\u00a0"), max_size=80)


def _plain_clause_repeats(text: str) -> list[tuple[int, int]]:
    """(first, second) clause indices of every repeat, found by comparing each clause with the one before."""
    clauses = re.split(r"[,;。!?\n]", text)
    bodies = [c.lstrip(" \t\u00a0") for c in clauses]
    marks = [m.group() for m in re.finditer(r"[,;。!?\n]", text)]
    return [(k - 1, k) for k in range(1, len(clauses) - 1)
            if bodies[k] == bodies[k - 1] and len(bodies[k]) >= doubled.CLAUSE_MIN and marks[k - 1] in ",;"]


@settings(max_examples=1500, deadline=None)
@given(before=_CLAUSE_TEXT, after=_CLAUSE_TEXT,
       clause=st.text(alphabet=list("依托平台 \t"), min_size=6, max_size=10).map("依".__add__),
       indent=st.sampled_from(["", " ", "\t\u00a0"]), mark=st.sampled_from(list(",;。!?\n")))
@example(before="", after="", clause="依托平台依托平台", indent="", mark=",")
def test_a_repeated_clause_is_always_a_candidate(before: str, after: str, clause: str, indent: str,
                                                 mark: str) -> None:
    # A clause written twice amid random text, so that repeats are frequent.
    text = before + clause + "," + indent + clause + mark + after
    if _plain_clause_repeats(text):
        assert doubled._REPEAT_CANDIDATE.search("," + doubled._commas(text))


def test_the_candidate_test_sees_a_repeat() -> None:
    assert _plain_clause_repeats("甲,依托平台开展学习,依托平台开展学习。")
    assert doubled._REPEAT_CANDIDATE.search("," + doubled._commas("依托平台开展学习,\t依托平台开展学习\n"))
    assert not doubled._REPEAT_CANDIDATE.search("," + doubled._commas("依托平台开展学习,依托平台开展学习"))


@settings(max_examples=500, deadline=None)
@given(text=_CLAUSE_TEXT)
def test_repeats_in_is_the_plain_comparison(text: str) -> None:
    found = list(doubled._repeats_in(text))
    assert len(found) == len(_plain_clause_repeats(text))
    assert found == [r for r in found if text[r[1]] in ",;"]


def test_commas_make_every_clause_end_a_comma() -> None:
    assert doubled._commas("甲。乙;丙!丁?戊\n己,庚") == "甲,乙,丙,丁,戊,己,庚"
    assert doubled._clauses("甲。乙\n") == ["甲", "乙", ""]
    doc = Document.from_text("依托学习强国平台，依托学习强国平台，学法。")
    assert [(h.start, h.end) for h in doubled._repeated_clauses(doc)] == [(0, 17)]


# --- T007: the marks of every line -------------------------------------------------------------------------

@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=st.one_of(st.sampled_from(list("“”‘’《》〈〉()【】〔〕「」『』\n\0\ufffe\ufeff法")),
                                       st.characters()), max_size=60))
@example(text="\0“\ud800\U0001f600”\n\ufffe(\x01)")
def test_marks_and_breaks_are_those_the_class_finds(text: str) -> None:
    assert pairs._marks_and_breaks(text) == "".join(pairs._MARK_OR_BREAK.findall(text))
