"""The real pre-commit framework runs our hook (try-repo against this checkout, in a temporary repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS
from samples import CLEAN

PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))


@pytest.mark.skipif(not Path(PRE_COMMIT).exists() or not (ROOT / ".git").exists(),
                    reason="needs pre-commit and a git checkout")
def test_hook_fails_on_defects_and_passes_on_clean_report(tmp_path: Path) -> None:
    repo = tmp_path / "drafts"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    seed = next(SEEDS.glob("003_*.txt"))
    shutil.copy(seed, repo / "defective.txt")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    def try_repo(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), "reportlint", "--files", name],
                              cwd=repo, capture_output=True, text=True, env=env, timeout=600, check=False)

    bad = try_repo("defective.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "defective.txt:" in bad.stdout and "Failed" in bad.stdout
    good = try_repo("clean.txt")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
