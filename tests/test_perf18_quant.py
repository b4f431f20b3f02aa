"""The number patterns' cheaper forms find what their plain forms find: optional groups written as a branch with
an empty alternative, and the "no digit, point or letter before" lookbehind of _EITHER tested before its
branches."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document

_ALPHABET = [*"0123456789.,，aZ第每这两三十余多来万亿件人次项个名元年月日号%‰/ \u00a0,;。)\n٣", "个百分点", "百分点",
             "人次", "万元", "亿元", "个工作日", "/人次", "平方米"]
_TEXT = st.lists(st.sampled_from(_ALPHABET), max_size=60).map("".join)
_EDGES = ("5余件 5万余人 5余万元 5多万亿元 5来万亿 5万亿元/月 3亿 元 1,234.5余件 a5件 .5件 x两件， 第两件， 12两件， "
          "两5件 5两件。 ٣5件 1.5万亿余元")


def _plain(pattern: str) -> re.Pattern[str]:
    """A number pattern as it was: optional groups as `(...)?`, decimals as `(?:...)?+`, and (in _EITHER) the
    lookbehind inside the digits' branch."""
    plain = re.sub(r"\(\?:(\(\?P<\w+>[^()]*\))\|\)", r"\1?", pattern)
    plain = plain.replace(r"(?:\.\d{1,8}+|)", r"(?:\.\d{1,8}+)?+")
    plain = plain.replace(r"(?<![\d.A-Za-z][0-9])(?:(?<=[0-9])", r"(?:(?<=[0-9])(?<![\d.A-Za-z].)")
    assert "|)" not in plain
    return re.compile(plain)


_PLAIN_EITHER = _plain(quantities._EITHER.pattern)
_PLAIN_QUANTITY = _plain(quantities._QUANTITY.pattern)


def test_the_plain_forms_are_what_the_patterns_were() -> None:
    assert "(?P<ax0>[余多来])?(?P<mult>万亿|万|亿)?(?P<ax1>[余多])?" in _PLAIN_QUANTITY.pattern
    assert _PLAIN_EITHER.pattern.count(r"(?<![\d.A-Za-z].)") == 1
    assert r"(?<![\d.A-Za-z][0-9])" not in _PLAIN_EITHER.pattern
    assert _PLAIN_EITHER.groupindex == quantities._EITHER.groupindex


def _found(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...], int | None]]:
    return [(m.span(), m.groups(), m.lastindex) for m in matches]  # type: ignore[attr-defined]


@settings(max_examples=1000, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
def test_the_number_patterns_find_what_their_plain_forms_find(text: str) -> None:
    folded = Document.from_text(text).folded
    assert _found(quantities.either_matches(folded)) == _found(_PLAIN_EITHER.finditer(folded))
    assert _found(quantities.number_matches(folded)) == _found(_PLAIN_QUANTITY.finditer(folded))


_LABEL_ALPHABET = [*"0123456789件元%约近了超过第“”《》,;:。!?，；：！？\n a\u00a0", "5件", "12.5%", "约", "不少于"]


def _plain_labels(doc: Document) -> list[str]:
    """Each quantity's label as the regex found it: back to the last boundary, the previous quantity of its
    sentence or LABEL_MAX characters."""
    labels = []
    for reading in quantities.quantity_readings(doc):
        prev_end = reading.sentence.start
        for q in reading.quantities:
            floor = max(prev_end, q.start - quantities.LABEL_MAX)
            through = quantities._THROUGH_LAST_BOUNDARY.match(doc.folded, floor, q.start)
            assert through is not None
            labels.append(doc.folded[through.end():q.start].strip(" \u00a0"))
            prev_end = q.end
    return labels


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(_LABEL_ALPHABET), max_size=60).map("".join))
@example(text="收案5件,结案;约 3件:其中2件。共 4件,了5件")
def test_a_label_after_the_last_comma_is_the_label_the_regex_finds(text: str) -> None:
    doc = Document.from_text(text)
    labels = [q.label for r in quantities.quantity_readings(doc) for q in r.quantities]
    assert labels == _plain_labels(doc)


def test_the_label_boundaries_are_a_comma_and_the_six_tested_after_it() -> None:
    # _read_sentence takes a label after its last comma unless one of the six others is in it.
    assert quantities.LABEL_BOUNDARY == ",;:。!?\n"
