"""Rules registered only for the reviewers'-output tests (annotate, HTML, baseline, statistics), so those
tests exercise every span shape (one line, several lines, empty, overlapping) and every severity whatever
the real rule families currently find. Codes 99x are never used by real rules."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from linter import rules as registry
from linter.document import Document
from linter.model import Edit, Fix, Hit, Severity
from linter.rules import Rule

CODES = "T991,Y991,S991,A991,R991"


def _doubled(doc: Document, _: Mapping[str, Any]) -> Iterable[Hit]:
    for m in re.finditer(r"的的", doc.text):
        yield Hit(m.start(), m.end(), "“的”字重复", "删去一个“的”", Fix("safe", (Edit(m.start(), m.start() + 1, ""),)))


def _same_years(doc: Document, _: Mapping[str, Any]) -> Iterable[Hit]:
    for m in re.finditer(r"(20\d\d)—\1年", doc.text):
        yield Hit(m.start(), m.end(), f"起止年份相同：{m.group()}")


def _no_plan(doc: Document, _: Mapping[str, Any]) -> Iterable[Hit]:
    if "主要安排" not in doc.text:  # an empty span at the end of the text, as a missing section is reported
        yield Hit(len(doc.text), len(doc.text), "缺少“下一年度主要安排”部分", "补写下一年度主要安排")


def _broken_rate(doc: Document, _: Mapping[str, Any]) -> Iterable[Hit]:
    for m in re.finditer(r"受理(\d+)件[^\n]*\n[^\n]*?成功率", doc.text):  # a span across two lines
        yield Hit(m.start(), m.end(), "比率与两行数字不符")


def _masked(doc: Document, _: Mapping[str, Any]) -> Iterable[Hit]:
    for m in re.finditer(r"\*{3}思想", doc.text):  # overlaps nothing; R991 on the same text as below
        yield Hit(m.start(), m.end(), "名称被打码")
    for m in re.finditer(r"\*{3}", doc.text):
        yield Hit(m.start(), m.end(), "星号占位", severity=Severity.INFO)


FAKE = [
    Rule("T991", "fake-doubled-de", "typography", Severity.WARNING, "重复的“的”", "测试用", _doubled, fix="safe"),
    Rule("Y991", "fake-same-years", "years", Severity.ERROR, "起止年份相同", "测试用", _same_years),
    Rule("S991", "fake-no-plan", "structure", Severity.ERROR, "缺少主要安排", "测试用", _no_plan),
    Rule("A991", "fake-two-line-rate", "arithmetic", Severity.WARNING, "跨行比率", "测试用", _broken_rate),
    Rule("R991", "fake-masked", "redaction", Severity.ERROR, "打码", "测试用", _masked),
]


@contextmanager
def fake_rules() -> Iterator[list[Rule]]:
    registry.all_rules()  # load the real rules first, so discovery later cannot clash with ours
    for r in FAKE:
        registry._REGISTRY[r.code] = r
    try:
        yield FAKE
    finally:
        for r in FAKE:
            registry._REGISTRY.pop(r.code, None)


SAMPLE = """某县2024年法治政府建设情况报告
以***思想为指导，落实《实施方案（2024—2024年）》。
全年人民调解受理1940件，
调处成功1893件，调处成功率97.8%。
我们的的工作取得成效，\t群众的的满意度提高。

二、存在的不足和原因
一是法治人才队伍建设仍需加强。"""
