"""fold_seeing by a charmap codec must give what the plain `re` scan gives: the folded text and whether any of
the characters looked for is present."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter.document import _fold_seeing_by_search, _keeper, fold, fold_seeing
from linter.outline import traditional_characters

_TRADITIONAL = traditional_characters()
# Full-width ASCII, U+3000, traditional characters, their simplified forms, NUL and U+FFFE (both special to the
# codec's table), a lone surrogate and an astral character, ASCII, CJK punctuation.
_ALPHABET = st.sampled_from(list("，（）：；％０９ＡＺａｚ～！　") + list(_TRADITIONAL[:12])
                            + list("国会报告\0\ufffe\ud800\U00020000a1 。、“”"))


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=_ALPHABET, max_size=40), seen=st.sampled_from(["", _TRADITIONAL, "報", "報\0"]))
@example(text="報告，", seen=_TRADITIONAL)
@example(text="\0，", seen="")
@example(text="\0，", seen="\0")
@example(text="\ufffe", seen="報")
def test_fold_seeing_is_the_plain_scan(text: str, seen: str) -> None:
    assert fold_seeing(text, seen) == _fold_seeing_by_search(text, seen)


def test_a_table_too_large_for_one_codec_falls_back_to_the_scan() -> None:
    many = "".join(chr(0x4E00 + i) for i in range(300))
    assert _keeper(many) is None
    assert fold_seeing("一，丁", many) == ("一,丁", True) == _fold_seeing_by_search("一，丁", many)


def test_fold_keeps_the_length_and_folds_every_full_width_character() -> None:
    wide = "".join(chr(c) for c in range(0xFF01, 0xFF5F)) + "\u3000"
    assert fold(wide) == "".join(chr(c) for c in range(0x21, 0x7F)) + " "
    assert fold("報告（一）") == "報告(一)"
