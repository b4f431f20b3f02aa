"""Baselines: `--write-baseline` records today's findings, `--baseline` reports only the new ones; inserting
lines above a finding does not make it new, a second identical defect does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_rules import CODES, SAMPLE, fake_rules

from linter.baseline import fingerprints, normalise
from linter.cli import main


@pytest.fixture(autouse=True)
def _fakes() -> Any:
    with fake_rules():
        yield


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "-j", "1", "--select", CODES, *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def findings(out: str) -> list[tuple[str, int, str]]:
    return [(f["rule"], f["line"], f["excerpt"]) for file in json.loads(out)["files"] for f in file["findings"]]


def test_write_then_nothing_is_new(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    base = tmp_path / "baseline.json"
    code, out = run("--write-baseline", str(base), str(tmp_path / "a.txt"))
    assert code == 0 and "7 个问题写入基线" in out
    data = json.loads(base.read_text("utf-8"))
    assert list(data["files"]) == ["a.txt"]  # relative to the baseline's folder
    code, out = run("--baseline", str(base), "--format", "json", str(tmp_path / "a.txt"))
    assert code == 0 and findings(out) == []
    code, out = run("--baseline", str(base), "--no-color", str(tmp_path / "a.txt"))
    assert code == 0 and "另有 7 个问题已记录在基线中" in out


def test_inserted_lines_do_not_make_findings_new_but_new_defects_are(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "a.txt"
    report.write_text(SAMPLE, encoding="utf-8")
    base = tmp_path / "baseline.json"
    assert run("--write-baseline", str(base), str(report))[0] == 0
    lines = SAMPLE.split("\n")
    # Ten lines inserted at the top of the body, a comma retyped half-width in a flagged line: nothing new.
    edited = [lines[0], *["（新增）本段为新插入的内容。"] * 10, *lines[1:]]
    edited = [ln.replace("受理1940件，", "受理1940件,") for ln in edited]
    report.write_text("\n".join(edited), encoding="utf-8")
    monkeypatch.chdir(tmp_path.parent)  # run from elsewhere: paths still match
    code, out = run("--baseline", str(base), "--format", "json", str(report))
    assert code == 0 and findings(out) == []
    # A third doubled 的, above the two known ones: exactly one T991 is new.
    edited.insert(3, "我们的的队伍")
    report.write_text("\n".join(edited), encoding="utf-8")
    code, out = run("--baseline", str(base), "--format", "json", str(report))
    assert code == 1 and [(r, e) for r, _, e in findings(out)] == [("T991", "的的")]
    # A new kind of defect is new as well.
    report.write_text("\n".join(edited).replace("2024—2024", "2023—2023"), encoding="utf-8")
    code, out = run("--baseline", str(base), "--format", "json", str(report))
    assert sorted(r for r, _, _ in findings(out)) == ["T991", "Y991"]


def test_other_files_are_not_covered(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    base = tmp_path / "baseline.json"
    run("--write-baseline", str(base), str(tmp_path / "a.txt"))
    (tmp_path / "b.txt").write_text(SAMPLE, encoding="utf-8")
    code, out = run("--baseline", str(base), "--format", "json", str(tmp_path))
    assert code == 1 and len(findings(out)) == 7


def test_bad_baselines_are_usage_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    code, out = run("--baseline", str(tmp_path / "missing.json"), str(tmp_path / "a.txt"))
    assert code == 2 and "基线文件不存在" in out
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, out = run("--baseline", str(bad), str(tmp_path / "a.txt"))
    assert code == 2 and "不是 reportlint 基线文件" in out
    bad.write_text('{"reportlint_baseline": 1, "files": {"a.txt": [{"rule": "T991"}]}}', encoding="utf-8")
    code, out = run("--baseline", str(bad), str(tmp_path / "a.txt"))
    assert code == 2 and "格式有误" in out
    code, out = run("--baseline", str(bad), "--write-baseline", str(bad), str(tmp_path / "a.txt"))
    assert code == 2 and "不能同时使用" in out


def test_fingerprint_parts() -> None:
    from linter.model import Finding, Severity

    def f(rule: str, excerpt: str, line: int) -> Finding:
        return Finding(rule, "n", "typography", Severity.WARNING, line, 1, line, 2, "m", excerpt)

    assert normalise("受理 1940件，\n调处") == normalise("受理  1940件,  调处") == "受理 1940件, 调处"
    got = fingerprints([f("T1", "的的", 3), f("T1", "的的", 9), f("T2", "的的", 12), f("T1", "的 的", 20)])
    assert got == [("T1", "的的", 0), ("T1", "的的", 1), ("T2", "的的", 0), ("T1", "的 的", 0)]
