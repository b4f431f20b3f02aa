"""The arithmetic entries of seeds/EXPECTED.yaml: every must_find is found with its severity, and no
must_not_find is hit. The rules know nothing of these files; this is the end-to-end check on real reports."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
import yaml
from conftest import SEEDS

from linter import Config, lint_path
from linter.model import Finding

EXPECTED = yaml.safe_load((SEEDS / "EXPECTED.yaml").read_text(encoding="utf-8"))
MUST_FIND = [e for e in EXPECTED["must_find"] if e["family"] == "arithmetic"]
MUST_NOT_FIND = EXPECTED["must_not_find"]


@cache
def arithmetic_findings(name: str) -> tuple[Finding, ...]:
    result = lint_path(str(SEEDS / name), Config(select=["arithmetic"]))
    assert result.error is None, result.error
    return tuple(result.findings)


def _id(entry: dict[str, Any]) -> str:
    return f"{entry['file'][:3]}:{entry['line']}"


@pytest.mark.parametrize("entry", MUST_FIND, ids=_id)
def test_must_find(entry: dict[str, Any]) -> None:
    on_line = [f for f in arithmetic_findings(entry["file"]) if f.line == entry["line"]]
    assert on_line, f"missed: {entry['why']}"
    assert any(f.severity.value == entry["severity"] for f in on_line), [f.message for f in on_line]


@pytest.mark.parametrize("entry", MUST_NOT_FIND, ids=_id)
def test_must_not_find(entry: dict[str, Any]) -> None:
    start = entry["column"]
    end = start + len(entry["snippet"])
    for f in arithmetic_findings(entry["file"]):
        if f.line == entry["line"]:
            assert f.end_column <= start or f.column >= end, f"{f.rule} {f.message} ({entry['why']})"
