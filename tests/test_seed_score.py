"""The seed scorecard: ../shared/tools/score_expected.py over `reportlint check --format json seeds/`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from linter.cli import main

SCORER = ROOT.parent / "shared" / "tools" / "score_expected.py"


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score_expected.py is not beside this checkout")
def test_seed_scorecard(tmp_path: Path) -> None:
    out = tmp_path / "findings.json"
    result = CliRunner().invoke(main, ["check", "--format", "json", "-o", str(out), str(SEEDS)])
    assert result.exit_code in (0, 1), result.output
    proc = subprocess.run([sys.executable, str(SCORER), str(SEEDS / "EXPECTED.yaml"), str(out)],
                          capture_output=True, text=True, check=False)
    print(proc.stdout)
    assert proc.returncode == 0, proc.stdout
