"""Shortcuts of the fourth speed round in the redaction, structure, typography and years families must find
exactly what the plain form finds: checked with hypothesis on text built from what each one cares about,
against the plain computation it skips or replaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checks.redaction import broken, formulations
from checks.typography import doubled
from linter.document import Document

# --- R004: a formulation is compared with the text only where _near() matches ----------------------------------

_FORMULATIONS = [f.text for f in formulations.all_formulations()]
_CHARS = sorted({c for t in _FORMULATIONS for c in t} | set("菦法制，。(\n"))


@st.composite
def _near_misses(draw: st.DrawFn) -> str:
    """Text around a formulation written exactly or with one or two characters dropped, changed or added."""
    text = draw(st.sampled_from(_FORMULATIONS))
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.sampled_from(["drop", "change", "add"]))
        ch = draw(st.sampled_from(_CHARS))
        text = text[:at] + (ch if edit != "drop" else "") + text[at + (edit != "add"):]
    return draw(st.text(alphabet=_CHARS, max_size=8)) + text + draw(st.text(alphabet=_CHARS, max_size=8))


def test_every_formulation_is_longer_than_its_head() -> None:
    # _slips_and_variants reads a candidate's head as the check_from() characters at it.
    assert all(len(t) > formulations.check_from() for t in _FORMULATIONS)


@settings(max_examples=1000, deadline=None)
@given(text=_near_misses())
def test_near_matches_wherever_compare_finds_a_formulation(text: str) -> None:
    _, candidates = broken._head_matches(text)
    by_head = broken._anchors()[1]
    plain = [m.start() for m in broken.anchor_matches(text)
             if any(formulations.compare(f.text, text, m.start()) is not None for f in by_head[m.group()])]
    assert set(plain) <= set(candidates) <= {m.start() for m in broken.anchor_matches(text)}


def _plain_variants(doc: Document) -> list[tuple[int, int, str]]:
    """_slips_and_variants's comparisons as they were, at every formulation's first characters."""
    text, chrome = formulations.comparable(doc), doc.chrome
    reported = {m.start() for m in broken._slips().finditer(text) if doc.line_of(m.start()).number not in chrome}
    out = []
    for m in broken.anchor_matches(text):
        pos, fs = m.start(), broken._anchors()[1][m.group()]
        if text.startswith(tuple(f.text for f in fs), pos) or pos in reported or doc.line_of(pos).number in chrome:
            continue
        for f in fs:
            v = formulations.compare(f.text, text, pos)
            if v is None or v.kind == "exact" or broken._annotated(doc, pos, pos + len(f.text) + 1):
                continue
            out.append((pos, pos + v.length, f.text))
            break
    return out


@settings(max_examples=1000, deadline=None)
@given(text=_near_misses())
def test_r004_variants_are_what_comparing_at_every_head_finds(text: str) -> None:
    doc = Document.from_text(text)
    found = [(h.start, h.end, h.suggestion) for h in broken._slips_and_variants(doc) if "”有误：" in h.message]
    assert found == _plain_variants(doc)



# --- T005: a word repeated across a mark is looked for only where the mark's next two characters recur -------

@st.composite
def _repeats_across(draw: st.DrawFn) -> str:
    """Text with a word of one to seven characters on either side of a comma, 顿号 or semicolon."""
    alphabet = list("目前工作开展的,、;。 一二\n")
    word = draw(st.text(alphabet=alphabet, min_size=1, max_size=7))
    mark = draw(st.sampled_from(",、;"))
    return (draw(st.text(alphabet=alphabet, max_size=10)) + word + mark + word
            + draw(st.text(alphabet=alphabet, max_size=10)))


@settings(max_examples=1000, deadline=None)
@given(text=_repeats_across())
def test_t005_across_matches_are_what_finditer_finds(text: str) -> None:
    found = [(m.start(), m.end()) for m in doubled._across_matches(text)]
    assert found == [(m.start(), m.end()) for m in doubled._ACROSS.finditer(text)]
