"""chrome's label patterns, their lookbehind moved after the label's first character, must find what the plain
patterns (the lookbehind in front) find."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import chrome


def _plain_label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """chrome's field, spaced and bracketed patterns as written before: the lookbehind in front of the labels."""
    labels = sorted(chrome._fields().labels, key=lambda s: (-len(s), s))
    alternation = "|".join("[ \u00a0]?".join(map(re.escape, label)) for label in labels)
    return (re.compile(rf"(?<![^\s|\]】\-])(?P<label>{alternation})\s*:"),
            re.compile(rf"(?<![^\s|])(?P<label>{alternation})(?=[\s|]|$)"),
            re.compile(rf"\|?\s*[\[【]\s*(?P<label>{alternation})\s*[\]】]\s*\|?"))


def _pieces() -> st.SearchStrategy[str]:
    labels = sorted(chrome._fields().labels)
    chars = sorted({c for label in labels for c in label})
    return st.lists(st.sampled_from([*labels, *chars, " ", "\u00a0", "\t", "\n", "|", "]", "】", "[", "-", ":", "加",
                                     "a", "1"]), max_size=12).map("".join)


@settings(max_examples=2000, deadline=None)
@given(text=_pieces())
@example(text="索引号:1")
@example(text="加索引号:1 索 引 号 :2|发布时间:")
@example(text="-索引号: ]索引号:")
def test_label_patterns_tested_after_the_first_character_find_the_plain_matches(text: str) -> None:
    fields = chrome._fields()
    field, spaced, bracketed = _plain_label_patterns()
    assert bracketed.pattern == fields.bracketed.pattern
    for new, plain in ((fields.field, field), (fields.spaced, spaced)):
        assert [(m.span(), m["label"]) for m in new.finditer(text)] == \
            [(m.span(), m["label"]) for m in plain.finditer(text)]
        assert bool(new.match(text)) == bool(plain.match(text))
