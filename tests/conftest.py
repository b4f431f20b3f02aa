"""Shared helpers for the tests."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from linter import Config, lint_text
from linter.model import Finding

# The data cache (linter/data.py) goes to a directory of this run, not the user's ~/.cache; the CLI tests'
# subprocesses inherit it.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="reportlint-test-cache-")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def lint(text: str, select: str | list[str] | None = None, year: int | None = None, **config: object) -> list[Finding]:
    """Findings for a text, optionally restricted to some rules (codes, prefixes or families)."""
    sel = [select] if isinstance(select, str) else select
    cfg = Config(select=sel, **config)  # type: ignore[arg-type]
    result = lint_text(text, cfg, year=year)
    assert result.error is None, result.error
    return result.findings


def codes(findings: list[Finding]) -> list[str]:
    return [f.rule for f in findings]


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS
