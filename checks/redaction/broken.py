"""R004: a canonical formulation written with a character dropped or changed (习近平总书 for 习近平总书记),
or a known wrong form (以习近平为核心的党中央)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit, Severity
from linter.rules import rule

from .formulations import Formulation, all_formulations, check_from, compare, known_slips
from .masked import describe_slip


@cache
def _anchors() -> tuple[re.Pattern[str], dict[str, tuple[Formulation, ...]]]:
    """A pattern finding every position where a formulation could start (its first characters, which a slip
    never touches), and the formulations by those characters. Zero-width, so overlapping starts are seen."""
    k = check_from()
    by_head: dict[str, list[Formulation]] = {}
    for f in all_formulations():
        by_head.setdefault(f.text[:k], []).append(f)
    heads = sorted(by_head, key=len, reverse=True)
    pattern = re.compile("(?=(" + "|".join(map(re.escape, heads)) + "))")
    return pattern, {h: tuple(fs) for h, fs in by_head.items()}


@cache
def _slips() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(known_slips(), key=len, reverse=True))))


@rule(code="R004", name="broken-formulation", family="redaction", severity="error",
      summary="规范表述少字、错字或用了错误的说法（习近平总书、以习近平为核心的党中央）",
      explanation="“习近平新时代中国特色社会主义思想”“习近平法治思想”“以习近平同志为核心的党中央”“习近平总书记”"
                  "“中央全面依法治国委员会”等是固定的规范表述，一个字也不能少、不能错。常见差错是漏字（“习近平总书”"
                  "缺“记”、“以习近平为核心的党中央”缺“同志”）和错字（“法制思想”）。修复建议给出规范表述，"
                  "需人工确认。少字和已知错误说法报错误，改字报警告。",
      bad=["深入学习贯彻习近平总书全面依法治国新理念新思想新战略。", "紧密团结在以习近平为核心的党中央周围。",
           "深入学习贯彻习近平法制思想。"],
      good=["深入学习贯彻习近平总书记关于全面依法治国的重要论述，运用法治思维和法治方式推动工作。",
            "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和习近平经济思想。"],
      fix="unsafe", example_year=2024)
def broken_formulation(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    text = doc.folded
    chrome = doc.chrome
    reported: set[int] = set()
    for m in _slips().finditer(text):
        if doc.line_of(m.start()).number in chrome:
            continue
        right = known_slips()[m.group()]
        reported.add(m.start())
        yield Hit(m.start(), m.end(), f"“{m.group()}”不是规范表述，应为“{right}”", suggestion=right,
                  fix=Fix("unsafe", (Edit(m.start(), m.end(), right),)))
    pattern, by_head = _anchors()
    for m in pattern.finditer(text):
        pos = m.start()
        if pos in reported or doc.line_of(pos).number in chrome:
            continue
        candidates = by_head[m.group(1)]
        if any(text.startswith(f.text, pos) for f in all_formulations()):
            continue  # correct here (one formulation may be a slip of another, e.g. 委员会 / 委员会办公室)
        for f in candidates:
            v = compare(f.text, text, pos)
            if v is None or v.kind == "exact":
                continue
            end = pos + v.length
            written = doc.text[pos:end]
            yield Hit(pos, end, f"“{written}”有误：{describe_slip(f.text, v, text[pos:end])}，规范表述为“{f.text}”",
                      suggestion=f.text, fix=Fix("unsafe", (Edit(pos, end, f.text),)),
                      severity=Severity.WARNING if v.kind == "changed" else None)
            break
