"""The JSON output's finding lines are written directly (json_out.finding_text), not through a dict and the
encoder: they must be exactly what the encoder writes for finding_json, on any text a rule may quote."""

from __future__ import annotations

import json

from conftest import SEEDS
from hypothesis import given, settings
from hypothesis import strategies as st

from linter import lint_path
from linter.model import Edit, Finding, Fix, Severity
from linter.outputs.json_out import _dumps, file_entry, file_text, finding_json, finding_text

# Any character at all (controls, quotes, backslashes, line and paragraph separators, lone surrogates,
# astral characters), with the ones JSON escapes made common.
TEXT = st.text(st.sampled_from(list('"\\\n\r\t\x00\x1f\x7f\u2028\u2029\ud800\ufeff中。“”𠀀')) | st.characters())
POSITION = st.integers(min_value=0, max_value=10**7)


@st.composite
def findings(draw: st.DrawFn) -> Finding:
    fix = None
    fix_at: tuple[tuple[int, int, int, int], ...] = ()
    if draw(st.booleans()):
        edits = tuple(Edit(draw(POSITION), draw(POSITION), draw(TEXT)) for _ in range(draw(st.integers(1, 3))))
        fix = Fix(draw(st.sampled_from(["safe", "unsafe"])), edits)
        # Most fixes are placed by the engine; one it did not place (a Finding made by hand) is written as null.
        places = len(edits) if draw(st.booleans()) else draw(st.integers(0, 4))
        fix_at = tuple((draw(POSITION), draw(POSITION), draw(POSITION), draw(POSITION)) for _ in range(places))
    return Finding(draw(TEXT), draw(TEXT), draw(TEXT), draw(st.sampled_from(list(Severity))), draw(POSITION),
                   draw(POSITION), draw(POSITION), draw(POSITION), draw(TEXT), draw(TEXT),
                   draw(st.none() | TEXT), fix, fix_at=fix_at)


@settings(max_examples=300)
@given(findings())
def test_a_finding_line_is_what_the_encoder_writes(f: Finding) -> None:
    assert finding_text(f) == _dumps(finding_json(f))


def test_a_file_entry_reads_back_as_the_findings_json() -> None:
    for seed in sorted(SEEDS.glob("*.txt")):
        result = lint_path(str(seed))
        assert result.findings
        assert json.loads(file_text(result)) == file_entry(result)
