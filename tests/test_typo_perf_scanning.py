"""Shortcuts the typography, redaction and years rules take on hot paths must find exactly what the plain
form (a `finditer` over the whole text, or the loop they replaced) finds: checked with hypothesis on text
built from the characters each one cares about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.typography import doubled


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


# 开/展 and the characters sharing their code point's low byte (U+5F00 开, U+4E00 一, U+5000 倀; U+5C55 展,
# U+4E55 乕), which _pair_repeats cannot tell apart; characters outside the Han class and the BMP; NUL and a
# lone surrogate (which a strict UTF-32 encoding refuses).
_PAIR_TEXT = st.text(alphabet=list("开一倀展乕的了确目,、\n 1\x00\ud800\U00020000\U00010000"), max_size=60)


@settings(max_examples=1000, deadline=None)
@given(text=_PAIR_TEXT)
@example(text="开展开展")
@example(text="\U00020000开展开展\U00010000")
@example(text="\ud800开展开展")
def test_pair_repeats_holds_every_repeated_pair(text: str) -> None:
    starts = doubled._pair_repeats(text, range(2, 5))
    assert starts == sorted(set(starts))
    for i in range(len(text) - 1):
        if any(text[i + k:i + k + 2] == text[i:i + 2] for k in range(2, 5)):
            assert i in starts


@settings(max_examples=1000, deadline=None)
@given(text=_PAIR_TEXT)
@example(text="开展开展开展")
@example(text="一开展开展了了的的的")
def test_doubled_words_and_characters_are_what_finditer_finds(text: str) -> None:
    found = doubled._matches_at(doubled._WORD_TWICE, text, doubled._pair_repeats(text, doubled._WORD_TWICE_DISTANCES))
    assert _spans(found) == _spans(doubled._WORD_TWICE.finditer(text))
    found = doubled._matches_at(doubled._CHAR_TWICE, text, doubled._char_twice_starts(text))
    assert _spans(found) == _spans(doubled._CHAR_TWICE.finditer(text))


def test_word_twice_distances_are_the_lengths_the_pattern_repeats() -> None:
    lengths = re.search(r"\{(\d),(\d)\}\)\\1$", doubled._WORD_TWICE.pattern)
    assert lengths is not None
    assert range(int(lengths[1]), int(lengths[2]) + 1) == doubled._WORD_TWICE_DISTANCES
