"""Start-up work kept out of a cold start on one report (round 19): checked by what runs, not by timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_startup import _GC_CHILD

_IMPORT_CHILD = """
import json, sys
before = set(sys.modules)
import linter
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_importing_the_package_imports_nothing_else() -> None:
    # linter.entry turns the collector off first thing: what the package imports before it (typing would bring re
    # and enum) pays for the collector's passes.
    out = subprocess.run([sys.executable, "-c", _IMPORT_CHILD], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == ["linter"]


def test_the_package_still_exports_the_api_lazily() -> None:
    import linter
    from linter.api import lint_text
    from linter.config import Config

    assert linter.lint_text is lint_text and linter.Config is Config


def test_check_on_one_file_leaves_the_collector_off_to_the_end(tmp_path: Path) -> None:
    """One file: no later file needs the memory, and a pass over the lint's objects would find nothing (the engine
    makes no cycles: test_startup.test_linting_a_big_file_leaves_no_cyclic_garbage). Several files: on between
    them (test_startup)."""
    report = tmp_path / "r.txt"
    report.write_text("某县2024年法治政府建设情况报告\n审结10件，纠错3件。\n", encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _GC_CHILD, "check", "--jobs", "1", str(report)], cwd=tmp_path,
                         env=env, capture_output=True, text=True, check=True)
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state["during_lint"] == [False] and state["between"] == [False], state
    assert state["frozen"] > 10_000, state
