"""bench/run.py measures reportlint as installed: with its bytecode written, whatever PYTHONDONTWRITEBYTECODE
says (no timing here)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("bench_run", Path(__file__).resolve().parent.parent / "bench" / "run.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_run"] = bench  # dataclasses look their module up there
_spec.loader.exec_module(bench)


def test_the_checkout_s_bytecode_is_written_even_where_python_is_told_not_to(tmp_path: Path,
                                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    for package, module in (("linter", "engine"), ("checks", "rules")):
        (tmp_path / package / "sub").mkdir(parents=True)
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
        (tmp_path / package / "sub" / f"{module}.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # what PYTHONDONTWRITEBYTECODE=1 sets
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    bench.compile_bytecode(tmp_path)
    tag = sys.implementation.cache_tag
    for package, module in (("linter", "engine"), ("checks", "rules")):
        assert (tmp_path / package / "sub" / "__pycache__" / f"{module}.{tag}.pyc").is_file()
        assert (tmp_path / package / "__pycache__" / f"__init__.{tag}.pyc").is_file()
