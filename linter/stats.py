"""Corpus statistics: what an evaluator reviewing hundreds of reports needs at a glance."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .model import FAMILIES

if TYPE_CHECKING:
    from .api import FileResult

TOP = 10


def statistics(results: Sequence[FileResult]) -> dict[str, Any]:
    count: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    names: dict[str, str] = {}
    reports_per_rule: Counter[str] = Counter()
    families_with_error: Counter[str] = Counter()
    for r in results:
        seen_rules: set[str] = set()
        error_families: set[str] = set()
        for f in r.findings:
            count[f.rule] += 1
            names[f.rule] = f.name
            fixable[f.rule] += bool(f.fix and f.fix.safety == "safe")
            seen_rules.add(f.rule)
            if f.severity.value == "error":
                error_families.add(f.family)
        reports_per_rule.update(seen_rules)
        families_with_error.update(error_families)
    rules = [{"rule": c, "name": names[c], "count": n, "fixable": fixable[c], "reports": reports_per_rule[c]}
             for c, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {
        "rules": rules,
        "reports": len(results),
        "reports_with_errors_by_family": {fam: families_with_error[fam] for fam in FAMILIES},
        "top_defects": rules[:TOP],
    }


def render_text(stats: dict[str, Any]) -> str:
    lines = ["规则统计：", f"{'数量':>6} {'可修复':>6} {'报告数':>6}  规则"]
    for row in stats["rules"]:
        lines.append(f"{row['count']:>8} {row['fixable']:>8} {row['reports']:>8}  {row['rule']} {row['name']}")
    if stats["reports"] > 1:
        lines.append("")
        lines.append(f"各规则族有错误的报告数（共 {stats['reports']} 份）：")
        for fam, n in stats["reports_with_errors_by_family"].items():
            lines.append(f"  {fam:12s} {n}")
        lines.append("最常见的问题：")
        for i, row in enumerate(stats["top_defects"], 1):
            lines.append(f"  {i:>2}. {row['rule']} {row['name']}：{row['count']} 处，{row['reports']} 份报告")
    return "\n".join(lines) + "\n"
