"""The shared model's shortcuts of round 19b find exactly what the plain form finds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import chrome
from linter.data import load_data
from linter.document import Document


def test_every_shipped_url_ending_is_a_letter_after_a_dot() -> None:
    """may_hold_watermark looks for a dot then an ASCII letter: the `url` pattern's endings must all open with one."""
    source = load_data("boilerplate", "chrome.yaml")["title_watermark"]["url"]
    endings = re.search(r"\\\.\(\?:([^()]*)\)", source)
    assert endings is not None
    assert all(re.match("[A-Za-z]", ending) for ending in endings.group(1).split("|")), endings.group(1)


_URLISH = ["www", ".", "com", "cn", "html", "COM", "x", "1", "-", "/", "https://", "秘书之家",
           "某县2023年法治政府建设情况报告", "_", " ", "。", "3.5", "2023年", "\n"]


@settings(max_examples=1500, deadline=None)
@given(text=st.lists(st.sampled_from(_URLISH), max_size=16).map("".join))
@example(text="秘书之家www.xxx.com某县2023年法治政府建设情况报告")
@example(text="某县2023年法治政府建设情况报告_某某范文网 www.xxx.com")
@example(text="增长3.5%。")
def test_a_text_without_a_dot_before_a_letter_holds_no_watermark(text: str) -> None:
    """may_hold_watermark(text) False: no line of it has a watermark (outline._items then asks none of them)."""
    if not chrome.may_hold_watermark(text):
        assert chrome._watermark().url.search(text) is None
        for line in text.split("\n"):
            assert chrome.title_watermark(line) is None


def test_the_outline_still_reads_a_watermarked_title() -> None:
    doc = Document.from_text("秘书之家www.xxx.com某县2023年法治政府建设情况报告\n一、主要举措\n"
                             "全县坚持依法行政，推进法治建设。\n")
    assert chrome.may_hold_watermark(doc.folded)
    assert set(doc.outline.watermarks) == {1}
    assert doc.reports[0].title_line == 1
