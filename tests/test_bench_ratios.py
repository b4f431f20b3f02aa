"""bench/run.py's ratio against autocorrect: taken round by round, so a slow minute cancels out (no timing here:
the runs are made-up figures)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("bench_run", Path(__file__).resolve().parent.parent / "bench" / "run.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_run"] = bench  # dataclasses look their module up there
_spec.loader.exec_module(bench)


def _runs(*pairs: tuple[float, float]) -> list:
    return [bench.Run(wall, cpu, 30.0, 30.0, 0, "") for wall, cpu in pairs]


def test_the_ratio_is_the_median_of_each_rounds_ratio() -> None:
    # Round 2 was a slow minute for both tools: 6/3 is still 2, where the medians' ratio would be 4/2.5.
    mine = _runs((4.0, 4.0), (6.0, 4.1), (3.0, 3.0))
    theirs = _runs((2.0, 2.0), (3.0, 2.0), (2.5, 2.0))
    paired = bench.paired_ratios(mine, theirs)
    assert paired["wall_runs"] == [2.0, 2.0, 1.2]
    assert paired["wall"] == 2.0
    assert paired["cpu"] == 2.0


def test_a_slow_round_for_one_tool_only_does_not_decide_the_ratio() -> None:
    mine = _runs((4.0, 4.0), (9.0, 4.0), (4.0, 4.0))
    theirs = _runs((2.0, 2.0), (2.0, 2.0), (2.0, 2.0))
    assert bench.paired_ratios(mine, theirs)["wall"] == 2.0


def test_the_table_names_each_ratio_with_its_rounds_and_cpu_ratio() -> None:
    results = {
        "machine": {"nproc": 2, "cpu": "x", "memory_gib": 1, "python": "3.11", "commit": "abc",
                    "load_average_at_start": 0.1},
        "reportlint": "0.1.0", "rules": 56, "autocorrect_py": "2.14.0", "repeats": 2,
        "corpus": {"reports": 10, "report_mb": 0.1, "big_mb": 1.0},
        "runs": {},
    }
    for key in ("reportlint_reports_jobs1", "autocorrect_reports"):
        results["runs"][key] = {"wall_s": 1.0, "cpu_s": 1.0, "mb_s": 1.0, "reports_s": 1.0, "peak_rss_mb": 1.0,
                                "peak_tree_mb": 1.0, "net_peak_vs_largest_file": 1.0}
    results["runs"]["reportlint_reports_jobs1"]["ratio"] = bench.paired_ratios(
        _runs((3.0, 3.0), (3.6, 3.3)), _runs((2.0, 2.0), (2.0, 2.0)))
    table = bench.render_table(results)
    assert "reports, --jobs 1: 1.65 (rounds: 1.50, 1.80; CPU seconds 1.57)" in table
    assert "reports, --jobs 2:" not in table  # no figure for a run that was not made
