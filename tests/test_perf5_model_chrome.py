"""Shortcuts in the document model (chrome, outline) find what the plain form finds.

The strong chrome patterns' literal gate (chrome.yaml `line_pattern_literals`): a short line holding none
of those literals is matched by no strong pattern, so the patterns are not tried on it. The gate must find
the same lines as the plain search of every pattern."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_model_perf_shortcuts import _plain_parse_heading

from linter import chrome, outline
from linter.data import load_data

_MAX_SET = 16
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def _required(items: list) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed sequence `items` holds one string of each set."""
    found: list[frozenset[str]] = []
    run: set[str] = {""}  # the literal text just matched, its alternatives when a small class was in it
    for op, av in items:
        if op is sre.LITERAL or (op is sre.IN and all(o is sre.LITERAL for o, _ in av)
                                 and len(run) * len(av) <= _MAX_SET):
            chars = [chr(av)] if op is sre.LITERAL else [chr(a) for _, a in av]
            run = {r + c for r in run for c in chars}
            continue
        if run != {""}:
            found.append(frozenset(run))
        run = {""}
        if op is sre.SUBPATTERN and not (av[1] or av[2]):  # not (?i:…): its letters are not certain
            found += _required(av[3].data)
        elif op in _REPEATS and av[0] >= 1:
            found += _required(av[2].data)
        elif op is sre.BRANCH:
            alternatives = [_required(b.data) for b in av[1]]
            if all(alternatives):
                found.append(frozenset().union(*(max(a, key=lambda s: min(map(len, s))) for a in alternatives)))
    if run != {""}:
        found.append(frozenset(run))
    return found


def _strong_patterns() -> list[str]:
    return [p for group in load_data("boilerplate", "chrome.yaml")["line_patterns"].values() for p in group]


def test_every_strong_pattern_needs_a_literal_of_the_gate() -> None:
    """Derived from each pattern as `re` parses it: some set of strings every match holds one of, each string
    holding a literal of the gate."""
    literals = load_data("boilerplate", "chrome.yaml")["line_pattern_literals"]
    for pattern in _strong_patterns():
        parsed = _parser.parse(pattern)
        assert not parsed.state.flags & re.IGNORECASE
        assert any(all(any(lit in s for lit in literals) for s in needed) for needed in _required(parsed.data)), \
            (pattern, _required(parsed.data))


def _plain(text: str) -> bool:
    return any(re.search(p, text) for p in _strong_patterns())


def test_gate_finds_the_same_as_the_plain_search_on_chrome_like_lines() -> None:
    lines = ["您现在的位置:首页 > 政务公开 > 工作报告", "首页>政务公开", "字号:[大 中 小]", "【打印】 【关闭】",
             "2019年10月31日 星期三", "admin 在 2016-05-07 00:00 提交", "2023-03-11 21:00:23", "浏览量: 12 次",
             "公文汇 www.gongwenhui.com", "下载DOCX", "一、主要工作", "(一)坚持依法行政", "发布时间:2024-01-31",
             "| 文号 : |||", "ICP备12345号", "©2024 某县", "分享到:", "本文下载", "百度", "", ":", "a > b > c"]
    for line in lines:
        assert chrome._patterns().strong.any.search(line) == _plain(line), line


_ALPHABET = "首页>»›位置字体号[]【】大中小打印关闭:在202405-12年月日星期 www.com浏览量下载docx一二、()|©ICP备"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_gate_finds_the_same_as_the_plain_search(text: str) -> None:
    assert chrome._patterns().strong.any.search(text) == _plain(text)


# --- parse_heading: the marker, the heading's text and whether text follows its end punctuation, one match ---

@given(st.text(alphabet="一二十(12)、.。;:!? \t\u00a0\n加强x", max_size=20))
@example("一、加强。  ")
@example("一、加强。 \n x")
@example("(1)加强:")
@example("3  个方面")
@settings(max_examples=800, deadline=None)
def test_parse_heading_matches_the_plain_loop(text: str) -> None:
    assert outline.parse_heading(3, text) == _plain_parse_heading(3, text)
