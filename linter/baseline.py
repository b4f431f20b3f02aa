"""Baselines: record today's findings so that only new ones are reported (`--write-baseline`, `--baseline`).

A finding's fingerprint is its rule, its normalised excerpt and its occurrence index among the findings of
that file with the same rule and normalised excerpt (in position order). Line numbers are deliberately not
part of it: inserting or deleting lines above a finding must not make it new.

The file is JSON keyed by path; paths are stored relative to the baseline file's folder so the baseline
still matches when the check is run from another directory.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import fold
from .model import Finding

if TYPE_CHECKING:
    from .api import FileResult

BASELINE_VERSION = 1
_SPACE = re.compile(r"\s+")


class BaselineError(Exception):
    """A baseline that cannot be read or written; the message is for the user (Chinese)."""


def normalise(excerpt: str) -> str:
    """Full-width ASCII variants folded and whitespace runs collapsed: re-wrapping a line or retyping a
    comma in the other width is not a new defect."""
    return _SPACE.sub(" ", fold(excerpt)).strip()


def fingerprints(findings: Sequence[Finding]) -> list[tuple[str, str, int]]:
    """(rule, normalised excerpt, occurrence index) for each finding, in the given (position) order."""
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for f in findings:
        key = (f.rule, normalise(f.excerpt))
        out.append((*key, seen[key]))
        seen[key] += 1
    return out


def _key(path: str, base_dir: Path) -> str:
    if path == "-":
        return "-"
    try:
        return Path(os.path.relpath(os.path.abspath(path), base_dir)).as_posix()
    except ValueError:  # another drive on Windows: no relative path exists
        return Path(os.path.abspath(path)).as_posix()


def write(path: str, results: Sequence[FileResult]) -> int:
    """Write the baseline for these results; returns the number of findings recorded."""
    base_dir = Path(os.path.abspath(path)).parent
    files: dict[str, list[dict[str, Any]]] = {}
    total = 0
    for r in results:
        if r.error or not r.findings:
            continue
        entries = [{"rule": rule, "excerpt": excerpt, "occurrence": n, "line": f.line}
                   for (rule, excerpt, n), f in zip(fingerprints(r.findings), r.findings, strict=True)]
        files[_key(r.path, base_dir)] = entries
        total += len(entries)
    data = {"reportlint_baseline": BASELINE_VERSION, "files": dict(sorted(files.items()))}
    try:
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(f"{path}: 无法写入基线文件（{exc.strerror or exc}）") from None
    return total


Known = dict[str, set[tuple[str, str, int]]]


def load(path: str) -> Known:
    """The fingerprints recorded in a baseline file, per file key."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: 基线文件不存在（先用 --write-baseline 生成）") from None
    except OSError as exc:
        raise BaselineError(f"{path}: 无法读取基线文件（{exc.strerror or exc}）") from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BaselineError(f"{path}: 不是 reportlint 基线文件（不是合法的 JSON）") from None
    if not isinstance(data, dict) or data.get("reportlint_baseline") != BASELINE_VERSION \
            or not isinstance(data.get("files"), dict):
        raise BaselineError(f"{path}: 不是 reportlint 基线文件（缺少 reportlint_baseline: 1 或 files）")
    known: Known = {}
    try:
        for key, entries in data["files"].items():
            known[key] = {(str(e["rule"]), normalise(str(e["excerpt"])), int(e["occurrence"])) for e in entries}
    except (TypeError, KeyError, ValueError):
        raise BaselineError(f"{path}: 基线文件格式有误（每条须有 rule、excerpt、occurrence）") from None
    return known


def apply(path: str, known: Known, results: Sequence[FileResult]) -> int:
    """Drop from each result the findings the baseline knows; returns how many were dropped."""
    base_dir = Path(os.path.abspath(path)).parent
    dropped = 0
    for r in results:
        seen = known.get(_key(r.path, base_dir))
        if not seen or not r.findings:
            continue
        keep = [f for fp, f in zip(fingerprints(r.findings), r.findings, strict=True) if fp not in seen]
        dropped += len(r.findings) - len(keep)
        r.findings = keep
    return dropped
