"""Start-up shortcuts (the work done at import and at the first report): each must give what its plain form gives."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.redaction import broken
from checks.redaction.formulations import all_formulations, check_from, known_slips
from linter import chrome, outline
from linter.data import load_data
from linter.document import alternation, has_top_level_bar


def _plain_has_top_level_bar(pattern: str) -> bool:
    """has_top_level_bar as written before: a step per character."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


@settings(max_examples=3000, deadline=None)
@given(pattern=st.lists(st.sampled_from(["\\", "[", "]", "(", ")", "|", "^", "a", "\n", "[^", "\\|", "\\]"]),
                        max_size=14).map("".join))
@example(pattern="[|]|a")
@example(pattern="[]|]")
@example(pattern="a\\")
@example(pattern="\\\n|")
@example(pattern=")|(")
@example(pattern="[a\\]|]b")
def test_has_top_level_bar_is_the_plain_scan(pattern: str) -> None:
    assert has_top_level_bar(pattern) == _plain_has_top_level_bar(pattern)


def test_has_top_level_bar_on_the_shipped_patterns() -> None:
    data = load_data("boilerplate", "chrome.yaml")
    patterns = [p for key in ("line_patterns", "edge_patterns") for group in data[key].values() for p in group]
    assert patterns
    for p in patterns:
        assert has_top_level_bar(p) == _plain_has_top_level_bar(p), p


def _plain_label_alternation(labels: list[str], not_after: str | None = None) -> str:
    """chrome._label_alternation as written before: an escape and an f-string per character."""
    def one(label: str) -> str:
        rest = "".join(f"[ \u00a0]?{re.escape(c)}" for c in label[1:])
        behind = f"(?<!{not_after}.)" if not_after else ""
        return f"{re.escape(label[0])}{behind}{rest}"

    return "|".join(map(one, labels))


@settings(max_examples=500, deadline=None)
@given(labels=st.lists(st.text(alphabet="索引号日期-.|*(a ", min_size=1, max_size=5), min_size=1, max_size=4))
@example(labels=["索引号", "a.b", "-"])
def test_label_alternation_is_the_plain_one(labels: list[str]) -> None:
    for not_after in (None, chrome._FIELD_BEFORE, chrome._SPACED_BEFORE):
        assert chrome._label_alternation(labels, not_after) == _plain_label_alternation(labels, not_after)


def test_label_alternation_of_the_shipped_labels() -> None:
    labels = sorted(chrome._fields().labels, key=lambda s: (-len(s), s))
    for not_after in (None, chrome._FIELD_BEFORE, chrome._SPACED_BEFORE):
        assert chrome._label_alternation(labels, not_after) == _plain_label_alternation(labels, not_after)


def _plain_trie_pattern(words: list[str]) -> str:
    """broken._trie_pattern as written before: a call for every character, a word's tail alone included."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    ends = groups.pop("", None) is not None
    branches = [re.escape(head) + _plain_trie_pattern(rests) for head, rests in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@settings(max_examples=1000, deadline=None)
@given(words=st.lists(st.text(alphabet="党的二十大.*a ", max_size=6), max_size=8))
@example(words=[""])
@example(words=["a.b"])
@example(words=["", "a"])
def test_trie_pattern_is_the_plain_one(words: list[str]) -> None:
    for order in (words, sorted(words)):
        assert broken._trie_pattern(order) == _plain_trie_pattern(order)


def test_trie_pattern_of_the_shipped_slips() -> None:
    words = sorted(known_slips())
    assert broken._trie_pattern(words) == _plain_trie_pattern(words)


def test_toc_first_is_every_character_simplified_reads_as_mu() -> None:
    table = outline._traditional()[0]
    plain = frozenset(c for c in {"目", *map(chr, table)} if outline.simplified(c) == "目")
    assert outline._toc_first() == plain


def _plain_alternation(words: list[str]) -> str:
    """document.alternation as written before: an escape for each word."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@settings(max_examples=1000, deadline=None)
@given(words=st.lists(st.text(alphabet="人次\0|.\\ a-", max_size=4), max_size=6))
@example(words=[])
@example(words=[""])
@example(words=["", "a"])
@example(words=["a\0b", "c"])
@example(words=["\0"])
def test_alternation_is_the_plain_one(words: list[str]) -> None:
    assert alternation(words) == _plain_alternation(words)


def _plain_one_off(blocks: list[str]) -> str:
    """broken._one_off as written before: a call, a join and an escape of the rest for each block."""
    if not blocks:
        return ""
    first, rest = blocks[0], "".join(blocks[1:])
    inner = _plain_one_off(blocks[1:])
    return f"(?:{re.escape(first)}{inner}|(?s:.){{{len(first) - 1},{len(first)}}}{re.escape(rest)})"


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="法治思想.(*a ", max_size=12))
def test_one_off_is_the_plain_one(text: str) -> None:
    blocks = broken._blocks(text)
    assert broken._one_off(blocks) == _plain_one_off(blocks)


def test_near_of_the_shipped_formulations() -> None:
    k = check_from()
    for f in all_formulations():
        blocks = broken._blocks(f.text[k:])
        assert broken._one_off(blocks) == _plain_one_off(blocks)
