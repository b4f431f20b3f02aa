"""The shortcuts of the arithmetic checks (round 16) find what the plain forms find."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.data import load_data
from linter.document import Document

_READING = load_data("arithmetic", "reading.yaml")
_MARKERS = [*_READING["cumulative_markers"], *_READING["single_year_markers"]]
_SCOPE_TEXT = st.text(alphabet=list("0123456789年以来至今近一二两三十历多累计全本内当度月日,。 "), max_size=60)


def _plain_scope_marks(sentence: str, offset: int, year: int | None) -> tuple[list[int], list[str]]:
    """_scope_marks without the character prefilter."""
    starts: list[int] = []
    kinds: list[str] = []
    for m in quantities._SCOPE_AT_STARTS.finditer(sentence):
        kind = "cum" if m.group("cum") else "year"
        since = quantities._SINCE_YEAR.match(m.group())
        if since and year is not None and int(since.group(1)) >= year:
            kind = "year"
        starts.append(offset + m.start())
        kinds.append(kind)
    return starts, kinds


def test_every_scope_marker_needs_one_of_the_prefilter_characters() -> None:
    # A literal at the top level of a pattern (not in a group, a class, a repeat or a lookaround) is part of every
    # match: each marker must hold one of scope_marker_chars so, or a sentence without them could hold it.
    needed = {ord(c) for c in _READING["scope_marker_chars"]}
    for marker in _MARKERS:
        top = sre_parse.parse(marker)
        literals = {value for op, value in top if op is sre_constants.LITERAL}
        assert literals & needed, marker


@settings(max_examples=400, deadline=None)
@given(text=_SCOPE_TEXT, year=st.sampled_from([None, 2018, 2024]))
@example(text="以来累计办结12件", year=2024)
@example(text="2018年以来共12件，今年5件", year=2024)
@example(text="近三年办结12件，历年累计30件，多年来", year=None)
def test_scope_marks_with_the_prefilter_are_the_plain_ones(text: str, year: int | None) -> None:
    assert quantities._scope_marks(text, 7, year) == _plain_scope_marks(text, 7, year)


def test_scope_prefilter_is_a_class_of_the_listed_characters() -> None:
    chars = "".join(_READING["scope_marker_chars"])
    assert all(quantities._SCOPE_CHAR.fullmatch(c) for c in chars)
    assert quantities._SCOPE_CHAR.pattern == "[" + re.escape(chars) + "]"


_UNITS = sorted(quantities.UNIT_KIND)


@settings(max_examples=300, deadline=None)
@given(a=st.sampled_from(_UNITS), b=st.sampled_from(_UNITS), per=st.sampled_from(["", "/月", "/人"]))
@example(a="件", b="起", per="")
def test_same_unit_with_its_fast_path_is_the_plain_one(a: str, b: str, per: str) -> None:
    doc = Document.from_text(f"受理12{a}{per}，办结9{b}。", year_override=2024)
    found = [q for r in quantities.quantity_readings(doc) for q in r.quantities]
    for x in found:
        for y in found:
            assert x.same_unit(y) == (x.kind == y.kind and x.unit_class == y.unit_class)
