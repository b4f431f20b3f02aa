"""The shortcuts of the arithmetic readings (fifth round) find what the plain forms they replaced find: checked with
hypothesis on text built from the characters and words these readings care about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document

# Digits, commas and points, what may stand before a number, multipliers and 余多来, units and per-units, spaces,
# Chinese digits and what closes a numeral count.
_ALPHABET = [*"0123456789.,，a第每两三十余多来万亿件人次项个名元年月日号%‰/ \u00a0,;。\n", "个百分点", "百分点",
             "人次", "万元", "个工作日", "/人次", "平方米"]
_TEXT = st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join)
_EDGES = ("1,234,5678件 12.123456789件 1234,567件 1,234.5件 2024年3月 5 万 余 元 12,345.6万元/月 "
          "123456789012345件 1234567890123456件 3.件 3. 5件 5个百分点 两件，")


def _plain(pattern: str) -> re.Pattern[str]:
    """A number pattern as it was: "no digit, or point and digit, after the digits" rather than "a character that
    can begin what follows", and greedy repeats rather than possessive ones."""
    plain = pattern.replace("(?=[" + re.escape(quantities._AFTER_DIGITS_FIRST) + "])", r"(?![\d.]\d|\d)", 1)
    plain = plain.replace("}+", "}").replace(")?+", ")?")
    assert plain != pattern
    assert "+" not in plain  # no possessive repeat is left
    return re.compile(plain)


_PLAIN_EITHER = _plain(quantities._EITHER.pattern)
_PLAIN_QUANTITY = _plain(quantities._QUANTITY.pattern)


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=1000, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_the_number_patterns_find_what_the_plain_ones_found(text: str) -> None:
    folded = Document.from_text(text).folded
    assert _found(quantities.either_matches(folded)) == _found(_PLAIN_EITHER.finditer(folded))
    assert _found(quantities.number_matches(folded)) == _found(_PLAIN_QUANTITY.finditer(folded))


def test_what_can_follow_the_digits_is_no_digit_or_point() -> None:
    assert not set(quantities._AFTER_DIGITS_FIRST) & set("0123456789.")


_PLAIN_THROUGH_LAST_BOUNDARY = re.compile("(?s:.*)[" + re.escape(quantities.LABEL_BOUNDARY) + "]")


@settings(max_examples=1000, deadline=None)
@given(text=st.text(alphabet=[*quantities.LABEL_BOUNDARY, *"a件 \u00a0，。"], max_size=60), lo=st.integers(0, 60),
       hi=st.integers(0, 60))
@example(text="ab,cd;ef", lo=0, hi=8)
@example(text="abcdef", lo=1, hi=5)
def test_the_label_starts_after_the_last_boundary_as_before(text: str, lo: int, hi: int) -> None:
    # Where a label starts: after the last boundary of the span, at its start when it holds none.
    plain = _PLAIN_THROUGH_LAST_BOUNDARY.match(text, lo, hi)
    through = quantities._THROUGH_LAST_BOUNDARY.match(text, lo, hi)
    assert through is not None
    assert through.end() == (plain.end() if plain else min(lo, len(text)))
