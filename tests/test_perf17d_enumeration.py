"""S006's scans (one per kind, each opening with its word or prefix, the numeral found by lookbehinds) must find
exactly what its plain pattern finds: checked with hypothesis on text built from the characters they care about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_model2_perf_shortcuts import plain_enumeration_pattern  # S006's pattern as it was

from checks.structure import enumeration
from linter.document import fold

_ENUM_PARTS = [*"一二三四十第是要素点,，。；：:、)）】” \n\t统之进步", "一是", "二十三是", "第二，", "十一要",
               "第十二,"]
_ENUM_TEXT = st.lists(st.sampled_from(_ENUM_PARTS), max_size=40).map("".join)


def _plain_marks(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, numeral) of each match of the plain pattern, tried at every position."""
    return [(m.start(), m.end(), kind, m.group(kind))
            for m in plain_enumeration_pattern().finditer(folded) if (kind := m.lastgroup) is not None]


def _scanned_marks(folded: str) -> list[tuple[int, int, str, str]]:
    """The same, from the scans enumeration_sequence runs (the kind told by the group, the start by the prefix)."""
    kinds = enumeration._kinds()
    out = []
    for m in enumeration._marks(kinds, folded):
        group = m.lastgroup
        assert group is not None
        kind = kinds.kind[group]
        start, end = m.span(group)
        out.append((start - len(kinds.prefix[kind]), m.end(), kind, folded[start:end]))
    return out


@settings(max_examples=2000, deadline=None)
@given(text=_ENUM_TEXT)
@example(text="一是")
@example(text="第一,统一是,十十十十是\n第二十,二要素 三要")
@example(text="是第是,第一是")
@example(text="二十三是,一二三四是 十一要\n第十二,第一二三四,")
def test_enumeration_scans_find_what_the_plain_pattern_finds(text: str) -> None:
    folded = fold(text)
    assert _scanned_marks(folded) == _plain_marks(folded)


def test_each_scan_opens_with_a_literal_character() -> None:
    # The speed of the scans: `re` skips ahead to a literal first character, but tests a class at each one.
    for scan in enumeration._kinds().scans:
        assert re.escape(scan.pattern[0]) == scan.pattern[0] and scan.pattern[0] in "是要第"
