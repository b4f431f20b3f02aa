"""Shortcuts in checks.redaction find what the plain form finds.

- broken._gap rejects a quoted title without the fixed title's last characters before trying where a part may
  be missing (what follows the missing part ends with them);
- masks._latin_runs tries the Latin-run pattern only at the letters the text holds, found by str.find."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.redaction import broken, masks
from checks.redaction.formulations import title_gap, titles


def _plain_gap(inner: str, title: str) -> tuple[int, str] | None:
    """broken._gap without the prefilter."""
    if title in inner:
        return None
    gap = title_gap()
    common = 0
    while common < min(len(inner), len(title)) and inner[common] == title[common]:
        common += 1
    for i in range(common, gap.head - 1, -1):
        for j in range(i + 1, min(i + gap.longest, len(title) - gap.tail) + 1):
            rest = title[j:]
            end = i + len(rest)
            if inner.startswith(rest, i) and (end == len(inner) or inner[end] in "(〔["):
                return end, title[i:j]
    return None


_TITLES = titles()
_ALPHABET = sorted({c for t in _TITLES for c in t} | set("(〔[)年2025—某"))


@settings(max_examples=3000, deadline=None)
@given(title=st.sampled_from(_TITLES), cut=st.tuples(st.integers(0, 40), st.integers(0, 8)),
       noise=st.text(alphabet=_ALPHABET, max_size=6), tail=st.sampled_from(["", "(2021—2025年)", "〔2020〕", "年"]))
@example(title="法治政府建设实施纲要", cut=(2, 4), noise="", tail="(2021—2025年)")
@example(title="党政主要负责人履行推进法治建设第一责任人职责规定", cut=(10, 4), noise="", tail="")
def test_gap_with_the_prefilter_is_the_plain_gap(title: str, cut: tuple[int, int], noise: str, tail: str) -> None:
    start, length = cut
    inner = title[:start] + noise + title[start + length:] + tail  # a part left out or changed, maybe
    assert broken._gap(inner, title) == _plain_gap(inner, title)
    for other in _TITLES:
        assert broken._gap(inner, other) == _plain_gap(inner, other)


_RUN_ALPHABET = [*"aZx09._-/:", " ", "中", "法治思想", "betway", "www.cp88.com", "\u00e9", "Ⅻ", "ｘ"]


@settings(max_examples=2000, deadline=None)
@given(parts=st.lists(st.sampled_from(_RUN_ALPHABET), max_size=30))
@example(parts=["中", "a", "中", "b1", ".", "c"])
@example(parts=["1", "a", "-", "2", "中"])
@example(parts=["betway"] * 40)  # more letters than _FEW_LETTERS: the plain search
def test_latin_runs_are_the_plain_finditer(parts: list[str]) -> None:
    text = "".join(parts)
    assert [m.span() for m in masks._latin_runs(text)] == [m.span() for m in masks._LATIN_RUN.finditer(text)]
