"""The shortcuts of the arithmetic readings (fourth round) find what the plain forms they replaced find: checked with
hypothesis on text built from the characters and words these readings care about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document

# ASCII and Chinese digits, what may stand before them (第每…, letters, points), multipliers, units and per-units,
# spaces, and what closes a numeral count.
_ALPHABET = [*"0123456789.,两二三四五六七八九十第每逐单同这那一百万亿余多来件人次项个名起条%‰/月年元",
             *"aZ ,;:。!?)\n\u00a0", "个百分点", "人次", "万元", "/人次"]
_TEXT = st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join)
_EDGES = "办结两件，三项制度第二件,每三人。15件二件 5个,十次\n1,234.5万元/月 7.5%二人第3次"


def _found(matches: list[re.Match[str]], unit: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.group("num"), m.group(unit)) for m in matches]


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_the_one_scan_finds_the_numbers_and_the_numerals_of_the_two_scans(text: str) -> None:
    folded = Document.from_text(text).folded
    either = list(quantities.either_matches(folded))
    numerals = [m for m in either if m.lastindex == quantities._CN_UNIT_GROUP]
    numbers = [m for m in either if m.lastindex != quantities._CN_UNIT_GROUP]
    assert _found(numbers, "unit") == _found(list(quantities.number_matches(folded)), "unit")
    assert _found(numerals, "cn_unit") == _found(list(quantities.numeral_matches(folded)), "unit")
    # The groups a number match reads are those of the numbers' pattern.
    assert [m.groups()[:6] for m in numbers] == [m.groups() for m in quantities.number_matches(folded)]


def test_no_character_of_a_number_match_is_a_chinese_digit() -> None:
    # Why one scan finds what the two found: a number match holds no Chinese digit, so no numeral match starts
    # inside one (and a numeral match, a Chinese digit and a unit, holds no ASCII digit).
    words = [*quantities.UNIT_KIND, *quantities._DATA["per_units"], *quantities._DATA["approx_after"], "余多来万亿"]
    assert not [w for w in words if set(w) & set(quantities._CN_DIGITS)]


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_the_one_scan_groups_by_sentence_as_a_scan_per_sentence_does(text: str) -> None:
    doc = Document.from_text(text)
    groups = list(quantities.by_sentence(doc.sentences, quantities.either_matches(doc.folded)))
    fast = {i: [(m.start(), m.end()) for m in found] for i, found in groups}
    slow = {i: [(s.start + m.start(), s.start + m.end()) for m in quantities.either_matches(s.folded)]
            for i, s in enumerate(doc.sentences)}
    assert fast == {i: found for i, found in slow.items() if found}
