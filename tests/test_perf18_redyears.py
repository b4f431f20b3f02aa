"""Shortcuts of the perf18 speed round in checks.redaction, checks.years and checks.boilerplate find what the plain
form finds:

- pinyin._pattern opens with the bracket and looks behind it for the Chinese character, where the plain form
  looks behind first (and so was tried only at the brackets found by a second pattern);
- masks._elisions reads no (略) in a text without 略."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.boilerplate import pinyin
from checks.redaction import masks
from linter.data import load_data
from linter.document import Document, finditer_at

# --- B004: the annotation pattern opens with its bracket ----------------------------------------------------


def _plain_pattern() -> re.Pattern[str]:
    """pinyin._pattern as it was written: the lookbehind first."""
    data = load_data("boilerplate", "chrome.yaml")["pinyin"]
    toned, letters, most = data["toned"], data["letters"], int(data["max_letters"])
    syllable = rf"(?=[{letters}{toned}]{{1,{most}}}\))[{letters}]*[{toned}][{letters}{toned}]*"
    return re.compile(rf"(?<=[\u4e00-\u9fff])\(({syllable})\)")


def _plain_spans(folded: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in finditer_at(_plain_pattern(), folded, re.compile(r"\("))]


_PINYIN_ALPHABET = "应急统筹负责人A1 ()（）\nyīngzhóuchouāǎ"


@settings(max_examples=3000, deadline=None)
@given(text=st.text(alphabet=_PINYIN_ALPHABET, max_size=40))
@example(text="應(yīng)急管理，统筹(chóu)推进，随手拍(APP)，(zé)人")
@example(text="负(fù)责(zé)人(zhòngyàoxìngxìng)")
def test_the_annotation_pattern_finds_what_the_lookbehind_first_pattern_finds(text: str) -> None:
    folded = Document.from_text(text).folded
    found = [(m.start(), m.end(), m.group(1)) for m in pinyin._pattern().finditer(folded)]
    assert found == _plain_spans(folded)
    assert pinyin._pattern().sub("", folded) == _plain_pattern().sub("", folded)  # without_pinyin's


def test_the_annotation_pattern_opens_with_a_literal_bracket() -> None:
    """What the shortcut is for: `re` skips ahead to a literal, where a lookbehind first makes it try every
    position."""
    assert pinyin._pattern().pattern.startswith(r"\(")


# --- (略): a text without 略 holds none ------------------------------------------------------------------


def _plain_elisions(doc: Document) -> list[masks.Mask]:
    """masks._elisions without the prefilter."""
    saved = masks._ELIDED_WORD
    masks._ELIDED_WORD = ""  # in every text: the prefilter never returns early
    try:
        return masks._elisions(doc)
    finally:
        masks._ELIDED_WORD = saved


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="以（略）( 略)新时代思想总书记指出战县人民政府12\n：", max_size=30))
@example(text="以（略）新时代中国特色社会主义思想为指导")
@example(text="县（ 略 ）人民政府")
def test_elisions_are_found_as_without_the_prefilter(text: str) -> None:
    doc = Document.from_text(text)
    assert masks._elisions(doc) == _plain_elisions(doc)


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet="( )略战（）", max_size=20))
def test_every_elision_holds_the_word_the_prefilter_looks_for(text: str) -> None:
    assert all(masks._ELIDED_WORD in m.group() for m in masks._ELISION.finditer(text))
