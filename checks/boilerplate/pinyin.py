"""B004: pinyin a mirror site put after characters ("應(yīng)急管理", "统筹(chóu)"), left in the report text."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.data import load_data
from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.rules import rule


@cache
def _pattern() -> re.Pattern[str]:
    data = load_data("boilerplate", "chrome.yaml")["pinyin"]
    toned, letters, most = data["toned"], data["letters"], int(data["max_letters"])
    syllable = rf"(?=[{letters}{toned}]{{1,{most}}}\))[{letters}]*[{toned}][{letters}{toned}]*"
    # On folded text: full-width brackets are ASCII there. After a Chinese character, nothing else: looked
    # behind for from the bracket, so that the pattern opens with a literal `re` skips ahead to and tries the
    # rest in C at each bracket (see _plain_pattern in the tests for the same pattern with the lookbehind first).
    return re.compile(rf"\((?<=[\u4e00-\u9fff]\()({syllable})\)")


@cache
def _toned() -> re.Pattern[str]:
    return re.compile(f"[{load_data('boilerplate', 'chrome.yaml')['pinyin']['toned']}]")


def without_pinyin(folded: str) -> str:
    """`folded` text with the pinyin a mirror site put after characters deleted ("负(fù)责(zé)人" -> "负责人"),
    for reading headings and titles. Offsets do not hold: not for spans."""
    # The outline asks this of every paragraph: a scan for a tone mark turns nearly all of them away before the
    # annotation pattern (a lookbehind tried at every position) runs.
    if "(" not in folded or not _toned().search(folded):
        return folded
    return _pattern().sub("", folded)


@rule(code="B004", name="pinyin-annotation", family="boilerplate", severity="error",
      summary="正文中残留网页加注的汉语拼音",
      explanation="一些镜像、转载网站给字加注拼音，复制下来就成了“應(yīng)急管理”“统筹(chóu)”“規(guī)范”这样"
                  "字后紧跟带声调拼音的括号。它不是报告内容，应删除。只报告紧跟在汉字后、括号里只有一个带声调"
                  "符号的小写拼音音节的情形；“（试行）”“（APP）”“（2023年）”等普通括号不会报告。"
                  "安全修复会删除整个括号。",
      bad=["某县2024年法治政府建设情况报告\n2024年，某县健全應(yīng)急管理体系，统筹(chóu)推进法治政府建设。",
           "某县2024年法治政府建设情况报告\n印发(fā)《某县重大行政决策程序规定》。"],
      good=["某县2024年法治政府建设情况报告\n出台《某县行政执法公示办法（试行）》，上线“某县政务”APP（移动端）。",
            "某县2024年法治政府建设情况报告\n推广“随手拍(APP)”，开展法治宣传(共12场)，统筹(chou)推进。"],
      fix="safe", example_year=2024)
def pinyin_annotation(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in _pattern().finditer(doc.folded):
        start, end = m.start(), m.end()
        char = doc.text[start - 1]
        yield Hit(start, end, f"“{doc.text[start:end]}”是网页给“{char}”字加注的拼音，复制时带入，不是报告内容，应删除",
                  suggestion="删除拼音", fix=Fix("safe", (Edit(start, end, ""),)))


def annotation_spans(doc: Document) -> list[tuple[int, int]]:
    """The pinyin annotations of a document, brackets included, in order: B004 owns them, and other rules
    skip what they interrupt ("习(xí)近平" is the name with an annotation, not a name with 习 dropped; its
    half-width brackets are not a punctuation-width slip)."""
    return doc.memo("boilerplate.pinyin", lambda: [m.span() for m in _pattern().finditer(doc.folded)])


def annotation_starts(doc: Document) -> list[int]:
    return [start for start, _ in annotation_spans(doc)]
