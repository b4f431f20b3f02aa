"""The shortcuts of the arithmetic readings (checks/arithmetic/quantities.py) find what the plain forms they
replaced find: checked with hypothesis on text built from the characters the number patterns care about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from checks.arithmetic.quantities import readings
from linter.document import Document

# Digits, units, multipliers, joiners, spaces, approximation words before and after, sentence ends, letters.
_ALPHABET = list("0123456789.,-—~/:+·×%‰年月日号余多来万亿元件人次项个百分点第约近超过逾不足将接以上左右下内之有了"
                 "“”《》〔〕()（）,，;；、。!?\n 　\u00a0Gaz热线拨打")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)
_EDGES = "约了5件，超过了1.5万元左右；近 3 % 以上。6-7件，8 - 9人、12345热线5次，5G基站3个以下！"


def _plain_quantity() -> re.Pattern[str]:
    """The number pattern as it was, with the unit optional (numbers without one were dropped after)."""
    pattern = quantities._QUANTITY.pattern
    optional = pattern.replace(")(?P<per>", ")?(?P<per>", 1)
    assert optional != pattern
    return re.compile(optional)


_PLAIN_QUANTITY = _plain_quantity()


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="1,234,5件 12,345,67件 1,234.5,678件 2024年3月")
def test_a_required_unit_finds_what_the_optional_one_kept(text: str) -> None:
    folded = Document.from_text(text).folded
    plain = [m for m in _PLAIN_QUANTITY.finditer(folded) if m.group("unit")]
    assert _spans(quantities.number_matches(folded)) == _spans(plain)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_no_joiner_follows_the_digits_of_a_number_with_a_unit(text: str) -> None:
    # The joiner test right after the digits was dropped: the unit the pattern requires always comes first.
    folded = Document.from_text(text).folded
    for m in quantities.number_matches(folded):
        assert quantities._JOINED_AFTER.match(folded, m.end("num")) is None


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_approximation_after_is_tried_only_where_it_can_begin(text: str) -> None:
    for pos in range(len(text)):
        if quantities._APPROX_AFTER.match(text, pos):
            assert text[pos] in quantities._APPROX_AFTER_FIRST


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="6 -7件 8\u00a0·9 1×2")
def test_a_joined_number_is_tried_only_where_a_joiner_can_begin(text: str) -> None:
    for pos in range(len(text)):
        if quantities._JOINED_AFTER.match(text, pos):
            assert text[pos] in quantities._JOINED_AFTER_FIRST


# A label never holds a line break (a sentence ends at each): there `$` would also match before a final "\n".
_LABEL = st.text(alphabet=[c for c in _ALPHABET if c != "\n"], max_size=40)


@settings(max_examples=500, deadline=None)
@given(label=_LABEL)
@example(label="超过了")
@example(label="约了了")
@example(label="将近")
def test_approximation_before_is_what_the_pattern_finds(label: str) -> None:
    label = label.strip(" \u00a0")
    assert quantities._approx_before(label) == bool(quantities._APPROX_BEFORE.search(label))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_every_body_sentence_has_its_reading_in_order(text: str) -> None:
    # Only sentences with a match are visited; the others still get their (empty) reading.
    doc = Document.from_text(text, year_override=2024)
    body = [s for s in doc.sentences if s.line not in doc.chrome]
    reads = readings(doc)
    assert [(r.index, r.sentence) for r in reads] == list(enumerate(body))


@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_a_label_never_holds_a_line_break(text: str) -> None:
    # What test_approximation_before_is_what_the_pattern_finds leans on.
    for r in readings(Document.from_text(text, year_override=2024)):
        assert all("\n" not in q.label for q in r.quantities)
