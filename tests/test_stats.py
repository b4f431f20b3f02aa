"""`--statistics`: per rule code, name, count and fixable count; across reports, per family the reports with
an error, and the ten most frequent defects; the same numbers under `summary.statistics` in JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner
from fake_rules import CODES, SAMPLE, fake_rules

from linter.cli import main
from linter.stats import TOP, statistics

OUTPUT_SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "linter" / "schemas" /
                            "output.schema.json").read_text("utf-8"))


@pytest.fixture(autouse=True)
def _fakes() -> Any:
    with fake_rules():
        yield


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "-j", "1", "--select", CODES, "--statistics", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")  # every fake rule
    (tmp_path / "b.txt").write_text(SAMPLE.replace("2024—2024", "2021—2025").replace("***", "习近平"),
                                    encoding="utf-8")  # no Y991, no R991
    (tmp_path / "c.txt").write_text(SAMPLE.replace("的的", "的") + "\n四、2025年主要安排\n一是加强。",
                                    encoding="utf-8")  # no T991, no S991
    (tmp_path / "d.txt").write_bytes(b"")  # unreadable: not a report
    return tmp_path


def test_json_summary_statistics(corpus: Path) -> None:
    _, out = run("--format", "json", str(corpus))
    data = json.loads(out)
    jsonschema.validate(data, OUTPUT_SCHEMA)
    stats = data["summary"]["statistics"]
    assert stats["reports"] == 3 and stats["files_failed"] == 1
    rows = {r["rule"]: r for r in stats["rules"]}
    assert rows["T991"] == {"rule": "T991", "name": "fake-doubled-de", "family": "typography", "count": 4,
                            "fixable": 4, "reports": 2}
    assert rows["R991"]["count"] == 4 and rows["R991"]["reports"] == 2 and rows["R991"]["fixable"] == 0
    assert rows["Y991"]["reports"] == 2 and rows["S991"]["reports"] == 2 and rows["A991"]["reports"] == 3
    # R991 is an error in a and c, Y991 in a and c, S991 in a and b: two reports each.
    assert stats["reports_with_errors_by_family"] == {"structure": 2, "arithmetic": 0, "years": 2,
                                                      "boilerplate": 0, "redaction": 2, "typography": 0}
    assert stats["reports_with_findings_by_family"]["arithmetic"] == 3
    assert stats["reports_with_errors"] == 3
    # The rule table is ordered by count, then by reports hit; the top defects are its head.
    counts = [r["count"] for r in stats["rules"]]
    assert counts == sorted(counts, reverse=True) and stats["top_defects"] == stats["rules"][:TOP]
    assert sum(r["count"] for r in stats["rules"]) == data["summary"]["findings"]


def test_text_statistics(corpus: Path) -> None:
    _, out = run("--no-color", str(corpus))
    tail = out[out.index("规则统计："):]
    assert "     4      4      2  T991 fake-doubled-de" in tail
    assert "共 3 份报告，另有 1 个文件无法检查；有错误的报告 3 份（100%）。" in tail
    assert "结构 structure" in tail and "最常见的 5 种问题：" in tail
    assert "  数字计算 arithmetic        0   0%     3 100%" in tail
    # Equal counts: the rule hitting more reports first, then by code.
    assert " 1. R991 fake-masked：4 处，2 份报告（67%）\n   2. T991" in tail


def test_top_is_limited_to_ten() -> None:
    from linter.api import FileResult
    from linter.model import Finding, Severity

    findings = [Finding(f"T{900 + i:03d}", f"r{i}", "typography", Severity.WARNING, 1, 1, 1, 2, "m", "x")
                for i in range(15) for _ in range(i + 1)]
    stats = statistics([FileResult("x.txt", findings=findings)])
    assert len(stats["rules"]) == 15 and len(stats["top_defects"]) == TOP
    assert [r["rule"] for r in stats["top_defects"]][:2] == ["T914", "T913"]


def test_single_report_prints_rule_table_only(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SAMPLE, encoding="utf-8")
    _, out = run("--no-color", str(tmp_path / "a.txt"))
    assert "规则统计：" in out and "各规则族" not in out
