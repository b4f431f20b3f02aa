"""Corpus statistics: what an evaluator reviewing hundreds of reports needs at a glance.

Per rule: code, name, family, count, fixable count (findings with a safe fix, what --fix would apply) and
how many reports it hits. Across reports: per family, how many reports have at least one error (and at
least one finding), and the ten most frequent defects. Files that could not be read are not reports:
they are counted apart, so a corpus with unreadable files does not look cleaner than it is.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .model import FAMILIES

if TYPE_CHECKING:
    from .api import FileResult

TOP = 10
FAMILY_CN = {"structure": "结构", "arithmetic": "数字计算", "years": "年份", "boilerplate": "网页残留",
             "redaction": "打码与占位", "typography": "排版"}


def statistics(results: Sequence[FileResult]) -> dict[str, Any]:
    count: Counter[str] = Counter()
    fixable: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}
    reports_per_rule: Counter[str] = Counter()
    families_with_error: Counter[str] = Counter()
    families_hit: Counter[str] = Counter()
    linted = [r for r in results if not r.error]
    for r in linted:
        seen_rules: set[str] = set()
        error_families: set[str] = set()
        for f in r.findings:
            count[f.rule] += 1
            names[f.rule] = (f.name, f.family)
            fixable[f.rule] += bool(f.fix and f.fix.safety == "safe")
            seen_rules.add(f.rule)
            if f.severity.value == "error":
                error_families.add(f.family)
        reports_per_rule.update(seen_rules)
        families_with_error.update(error_families)
        families_hit.update({f.family for f in r.findings})
    rules = [{"rule": c, "name": names[c][0], "family": names[c][1], "count": n, "fixable": fixable[c],
              "reports": reports_per_rule[c]}
             for c, n in sorted(count.items(), key=lambda kv: (-kv[1], -reports_per_rule[kv[0]], kv[0]))]
    return {
        "rules": rules,
        "reports": len(linted),
        "files_failed": len(results) - len(linted),
        "reports_with_errors": sum(1 for r in linted if any(f.severity.value == "error" for f in r.findings)),
        "reports_with_errors_by_family": {fam: families_with_error[fam] for fam in FAMILIES},
        "reports_with_findings_by_family": {fam: families_hit[fam] for fam in FAMILIES},
        "top_defects": rules[:TOP],
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    """Right-align in terminal columns (a CJK character takes two), so the headers sit over their numbers."""
    return " " * max(0, width - _width(text)) + text


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.0f}%" if total else "-"


def render_text(stats: dict[str, Any]) -> str:
    lines = ["规则统计：", f"{_pad('数量', 6)} {_pad('可修复', 6)} {_pad('报告数', 6)}  规则"]
    for row in stats["rules"]:
        lines.append(f"{row['count']:>6} {row['fixable']:>6} {row['reports']:>6}  {row['rule']} {row['name']}")
    if not stats["rules"]:
        lines.append("  （没有问题）")
    total = stats["reports"]
    if total + stats.get("files_failed", 0) > 1:
        failed = f"，另有 {stats['files_failed']} 个文件无法检查" if stats.get("files_failed") else ""
        lines.append("")
        lines.append(f"共 {total} 份报告{failed}；有错误的报告 {stats['reports_with_errors']} 份"
                     f"（{_pct(stats['reports_with_errors'], total)}）。")
        lines.append("各规则族的报告数：")
        lines.append(f"  规则族{' ' * 18}{_pad('有错误', 9)}  {_pad('有问题', 9)}")
        for fam in FAMILIES:
            n_err = stats["reports_with_errors_by_family"][fam]
            n_hit = stats["reports_with_findings_by_family"][fam]
            label = f"{FAMILY_CN[fam]} {fam}"
            lines.append(f"  {label}{' ' * max(1, 24 - _width(label))}{n_err:>4} {_pct(n_err, total):>4}"
                         f"  {n_hit:>4} {_pct(n_hit, total):>4}")
        lines.append(f"最常见的 {min(TOP, len(stats['top_defects']))} 种问题：")
        for i, row in enumerate(stats["top_defects"], 1):
            lines.append(f"  {i:>2}. {row['rule']} {row['name']}：{row['count']} 处，{row['reports']} 份报告"
                         f"（{_pct(row['reports'], total)}）")
    return "\n".join(lines) + "\n"
