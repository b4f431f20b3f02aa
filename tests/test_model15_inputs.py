"""decode_text counts control characters in the bytes (UTF-8, GB18030): the same count as in the decoded text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linter import inputs
from linter.inputs import InputError, decode_text

_CHARS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=500, deadline=None)
@given(text=_CHARS, codec=st.sampled_from(["utf-8", "gb18030", "utf-16-le"]))
def test_control_count_from_the_bytes_is_the_count_in_the_text(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert inputs._control_count(data, text, codec) == len(inputs._CONTROL.findall(text))


@settings(max_examples=500, deadline=None)
@given(data=st.binary(max_size=60))
def test_bytes_read_as_gb18030_count_the_controls_of_their_text(data: bytes) -> None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return
    assert inputs._control_count(data, text, "gb18030") == len(inputs._CONTROL.findall(text))


def test_a_file_of_control_characters_is_still_refused() -> None:
    with pytest.raises(InputError):
        decode_text(b"\xef\xbb\xbf" + b"\x01\x02\x03abc")
    assert decode_text("加强\x01".encode())[0] == "加强\x01"  # a stray one is tolerated
