"""Shortcuts of the perf19 speed round in the structure rules must find exactly what the plain form finds:
checked with hypothesis on reports built from the lines each one cares about, against the plain computation it
replaces."""

from __future__ import annotations

import re
import re._parser as sre_parse

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.structure import empty, sections
from linter.document import Document
from linter.outline import simplified

# --- S002/S003: a report's body mention found by one search of its text per pattern, not one per line --------

_LEADER = sections.element_by_key({})["leader_duty"]


def _plain_mention(doc: Document, report_index: int) -> tuple[int, int] | None:
    """The first mention as it was found: the patterns' alternation searched on each line of body text."""
    alternation = re.compile("|".join(f"(?:{p.pattern})" for p in _LEADER.body))
    report = doc.reports[report_index]
    toc = doc.outline.toc_lines
    read = simplified if doc.has_traditional else str
    for ln in doc.lines[report.start_line - 1:report.end_line]:
        if ln.number in doc.chrome or ln.number in toc:
            continue
        m = alternation.search(read(ln.folded))
        if m:
            return ln.start + m.start(), ln.start + m.end()
    return None


_MENTION_LINES = ["某县2024年法治政府建设情况报告", "一、主要举措和成效", "二是高位推进，主要负责同志认真履行",
                  "法治建设第一责任人职责。", "县长认真履行第一责任人职责。", "主要负责人带头推进法治政府建设的责任。",
                  "主要负责人", "依法行政职责", "主要負責人履行法治建設職責", "目录", "一、主要举措和成效 3",
                  "二、第一责任人职责履行情况 5", "浏览量: 12次 第一责任人", "全年办理案件12件。", "",
                  "某局2023年度法治政府建设工作报告", "2024年，我局扎实推进法治政府建设。现将有关情况报告如下："]


@settings(max_examples=600, deadline=None)
@given(lines=st.lists(st.sampled_from(_MENTION_LINES), max_size=20))
@example(lines=["某县2024年法治政府建设情况报告", "二是高位推进，主要负责同志认真履行", "法治建设第一责任人职责。"])
@example(lines=["目录", "一、主要举措和成效 3", "二、第一责任人职责履行情况 5", "一、主要举措和成效",
                "县长认真履行第一责任人职责。"])
@example(lines=["一、主要举措和成效", "主要負責人履行法治建設職責"])
def test_body_mention_is_the_first_match_on_a_line_of_body_text(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    for i, report in enumerate(doc.reports):
        assert sections._first_mention(doc, report, _LEADER.body) == _plain_mention(doc, i)


def _context_free(parsed: sre_parse.SubPattern) -> bool:
    """No anchor, lookaround or backreference anywhere in a parsed pattern."""
    for op, av in parsed:
        if op in (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.GROUPREF,
                  sre_parse.GROUPREF_EXISTS):
            return False
        for arg in av if isinstance(av, (list, tuple)) else (av,):
            subs = arg if isinstance(arg, list) else [arg]
            if any(isinstance(s, sre_parse.SubPattern) and not _context_free(s) for s in subs):
                return False
    return True


def test_body_patterns_allow_a_line_s_match_in_the_whole_text() -> None:
    """The one search over a report's text finds a line's match only if the pattern does not look past the
    match (an anchor, a lookaround, a backreference): body_patterns in elements.yaml must stay plain."""
    assert _LEADER.body
    for pattern in _LEADER.body:
        assert _context_free(sre_parse.parse(pattern.pattern)), pattern.pattern
    assert not _context_free(sre_parse.parse(r"(?<=。)第一责任人"))
    assert not _context_free(sre_parse.parse(r"主要(负责人|负责同志)$"))


# --- S008: a heading line ending a sentence told by its last character, not by `[。;!?]\s*$` ---------------

_SENTENCE = re.compile(r"[。;!?]\s*$")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="一、加强。;!?,. \t\u3000\xa0\u2003\x1c\x85\r", max_size=12))
@example(text="")
@example(text="（一）规范行政行为。\u3000 ")
def test_sentence_end_is_the_last_character_before_blanks(text: str) -> None:
    assert text.rstrip().endswith(empty._SENTENCE_ENDS) == bool(_SENTENCE.search(text))
