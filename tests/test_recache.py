"""The compiled-pattern cache (linter/recache.py): what it gives back must be exactly what `re` compiles."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from linter import recache

ROOT = Path(__file__).resolve().parents[1]
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
PATTERNS: list[tuple[str, int]] = [
    (r"\d+(?:\.\d+)?%", 0),
    (rf"(?<=[{CJK}])\?(?=[{CJK}])", 0),
    (r"(?P<num>\d+)(?P<unit>件|人次|人)", 0),
    (r"^\s*(?:发布时间|浏览量)\s*[:：]", int(re.MULTILINE)),  # re.compile passes plain ints on
    (r"report|REPORT", int(re.IGNORECASE)),
    (rf"([{CJK}]{{2,4}})\1", 0),
]
TEXT = "某县2024年法治政府建设报告\n浏览量：12\n受理案件120件，办结118件，占98.3%。推进推进依法行政?是否\nReport"


def _fresh(path: Path, entries: dict | None = None) -> recache._ProgramCache:
    header = (recache.FORMAT, sys.version, "test")
    typecode = next(t for t in "IL" if __import__("array").array(t).itemsize == __import__("_sre").CODESIZE)
    return recache._ProgramCache(path, header, entries or {}, re._compiler.compile, typecode)


def _behaviour(pattern: re.Pattern[str]) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in pattern.finditer(TEXT)]


def test_a_pattern_rebuilt_from_the_cache_is_the_one_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "sre.marshal"
    first = _fresh(path)
    for p, flags in PATTERNS:
        assert first.compile(p, flags) == re._compiler.compile(p, flags)
    assert set(first.added) == set(PATTERNS)
    first.save()

    second = _fresh(path, recache._load(path, first.header))
    for p, flags in PATTERNS:
        got = second.compile(p, flags)
        want = re._compiler.compile(p, flags)
        assert got == want  # Pattern equality compares source, flags and the whole program
        assert got.groupindex == want.groupindex and got.groups == want.groups
        assert _behaviour(got) == _behaviour(want)
    assert not second.added  # every one served from the file


def test_bytes_patterns_and_unknown_flag_types_go_straight_to_re(tmp_path: Path) -> None:
    cache = _fresh(tmp_path / "sre.marshal")
    assert cache.compile(rb"\d+", 0) == re._compiler.compile(rb"\d+", 0)
    assert not cache.added


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "other-interpreter"])
def test_a_damaged_or_foreign_file_is_ignored(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "sre.marshal"
    cache = _fresh(path)
    for p, flags in PATTERNS:
        cache.compile(p, flags)
    cache.save()
    data = path.read_bytes()
    if damage == "garbage":
        path.write_bytes(b"\x00not a cache at all")
    elif damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flipped":  # one bit of one program: the checksum must catch it
        i = len(data) - 40
        path.write_bytes(data[:i] + bytes([data[i] ^ 0x01]) + data[i + 1:])
    else:
        _header, checksum, payload = marshal.loads(data)
        path.write_bytes(marshal.dumps((("another", "python"), checksum, payload)))
    assert recache._load(path, cache.header) == {}


def test_an_invalid_program_falls_back_to_re_and_is_stored_again(tmp_path: Path) -> None:
    p, flags = PATTERNS[0]
    good = _fresh(tmp_path / "a.marshal")
    good.compile(p, flags)
    entry = good.added[(p, flags)]
    bad_entry = (entry[0], b"\xff\xff\xff\xff" * 4, *entry[2:])
    cache = _fresh(tmp_path / "b.marshal", {(p, flags): bad_entry})
    assert cache.compile(p, flags) == re._compiler.compile(p, flags)
    assert (p, flags) in cache.added


def test_a_file_past_its_limit_keeps_the_patterns_this_run_used(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_ENTRIES (other programs' patterns piling up), the file is cut down to this run's patterns: those
    served from it as well as those compiled afresh, so that the next run of the same command finds them all."""
    path = tmp_path / "sre.marshal"
    first = _fresh(path)
    for p, flags in PATTERNS:
        first.compile(p, flags)
    others = [(rf"other{i}\d+", 0) for i in range(4)]
    for p, flags in others:
        first.compile(p, flags)
    first.save()

    monkeypatch.setattr(recache, "MAX_ENTRIES", len(PATTERNS) + len(others))
    second = _fresh(path, recache._load(path, first.header))
    used, new = PATTERNS[:3], (r"new\d+", 0)
    for p, flags in [*used, new]:
        assert second.compile(p, flags) == re._compiler.compile(p, flags)
    assert set(second.added) == {new}
    second.save()
    assert set(recache._load(path, first.header)) == {*used, new}


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, **env}, timeout=120)


def test_the_command_line_gives_the_same_output_with_a_cold_a_warm_and_no_cache(tmp_path: Path) -> None:
    # Enough text for --jobs 2 to start its worker processes (linter.cli.PARALLEL_MIN_BYTES).
    reports = tmp_path / "reports"
    reports.mkdir()
    for copy in range(4):
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            (reports / f"{copy}-{seed.name}").write_bytes(seed.read_bytes())
    assert sum(p.stat().st_size for p in reports.iterdir()) >= 512 * 1024
    args = ["check", "--format", "json", "--jobs", "2", str(reports)]
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    cold = _cli(args, env)
    warm = _cli(args, env)
    off = _cli(args, {"REPORTLINT_NO_CACHE": "1"})
    assert cold.returncode == warm.returncode == off.returncode == 1
    assert json.loads(cold.stdout) == json.loads(warm.stdout) == json.loads(off.stdout)
    stored = list((tmp_path / "cache" / "reportlint").glob("sre-*.marshal"))
    assert len(stored) == 1
    # The --jobs workers' patterns are kept too, not just the parent's: the rules compile a few hundred.
    assert len(recache._load(stored[0], _header_in_subprocess())) > 150


def _header_in_subprocess() -> tuple[object, ...]:
    import _sre

    return (recache.FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE)


_LIST_PATTERNS = """
import json, re, sys
from re import _compiler
seen = []
original = _compiler.compile
def spy(p, flags=0):
    seen.append([repr(p), int(flags)])
    return original(p, flags)
_compiler.compile = spy
from linter import lint_text
lint_text(sys.stdin.read())
print(json.dumps(sorted(seen)))
"""


def test_the_rules_build_the_same_patterns_in_every_process() -> None:
    """A pattern assembled from a set would change with each process's hash seed, and so miss the cache
    on every run: the rules must sort what they join."""
    body = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    runs = []
    for seed in ("1", "2"):
        # No data cache: a cold one would compile its own (fnmatch) patterns in the first run only.
        env = {**os.environ, "PYTHONHASHSEED": seed, "REPORTLINT_NO_CACHE": "1"}
        out = subprocess.run([sys.executable, "-c", _LIST_PATTERNS], input=body, capture_output=True, text=True,
                             cwd=ROOT, env=env, timeout=120, check=True)
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1]
    assert len(runs[0]) > 150
