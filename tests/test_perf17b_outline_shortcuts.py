"""Shortcuts of the perf17b outline round must find exactly what the plain form finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from linter import outline
from linter.data import load_data

# --- the salutation told absent without a colon ----------------------------------------------------------------

_SALUTATION_PART = st.sampled_from([*"中共区委、县人民政府局:：。;, \t", "同志们", "领导", "办公室", ":\n", "现将"])


@settings(max_examples=1000, deadline=None)
@given(parts=st.lists(_SALUTATION_PART, max_size=16))
def test_salutation_without_a_colon_is_the_plain_pattern(parts: list[str]) -> None:
    """_classify and is_salutation skip the salutation pattern for text without ":": it finds nothing there."""
    text = "".join(parts)
    plain = re.compile(load_data("structure", "outline.yaml")["salutation"]).search(text)
    if ":" not in text:
        assert plain is None
    assert outline.is_salutation(text) == bool(re.compile(load_data("structure", "outline.yaml")["salutation"])
                                               .search(outline.reading(text.strip())))


