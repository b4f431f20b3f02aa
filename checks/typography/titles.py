"""T013 a title nested in 《》 marked with 《》, ASCII or other angle brackets instead of 〈〉; T014 a 顿号 between
titles in 《》 (GB/T 15834 usually leaves it out)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import HAN

# Angle brackets seen for the inner title marks: ASCII < > (folded: ＜＞ too), ‹ ›, ⟨ ⟩, « », and the
# deprecated 〈 〉 (U+2329/U+232A, which look like 〈〉); 〈〉 themselves count so that a pair half
# corrected (〈…>) is found too.
_INNER_OPEN = "<‹⟨«\u2329〈"
_INNER_CLOSE = ">›⟩»\u232a〉"
_WRONG_OPEN = _INNER_OPEN[:-1]
_WRONG_CLOSE = _INNER_CLOSE[:-1]
# A title on one line with no 《》 inside it, holding a wrong inner mark (_has_wrong_mark): literal-first, so `re`
# skips ahead to each 《, and tells the mark as it reads the title rather than by substring tests of every title.
_TITLE_WITH_WRONG = re.compile("《(?=[^《》\n]*[" + re.escape(_WRONG_OPEN + _WRONG_CLOSE) + "])[^《》\n]*》")
_INNER = re.compile(f"[{_INNER_OPEN}]([^{_INNER_OPEN}{_INNER_CLOSE}]+)[{_INNER_CLOSE}]")
# A title in 《》 inside a title in 《》 on one line, one level deep: 《关于贯彻落实《某某纲要》的实施意见》.
# Titles side by side (《宪法》《民法典》) never match: the text between the two opening marks holds no 》.
_DOUBLE_NESTED = re.compile(r"《[^《》\n]*(《([^《》\n]+)》)[^《》\n]*》")
_TITLES_COMMA = "》、《"


def _has_wrong_mark(text: str) -> bool:
    # Substring tests first (memchr speed): almost no report has any of these characters.
    return any(c in text for c in _WRONG_OPEN) or any(c in text for c in _WRONG_CLOSE)


@rule(code="T013", name="nested-title-marks", family="typography", severity="warning",
      summary="书名号内的书名用了“<>”等尖括号，应为单书名号〈〉",
      explanation="按GB/T 15834，书名号中还要使用书名号时，外层用双书名号“《》”，内层用单书名号“〈〉”，"
                  "如《关于印发〈某县行政执法公示办法〉的通知》。内层写成半角“<>”、全角“＜＞”或“‹›”“«»”等，"
                  "是输入法或转码造成的，排版后宽窄、形状都不对；内层也用双书名号（《关于贯彻落实《某某纲要》的"
                  "实施意见》）同样不对。只检查《》之内成对出现、括着中文书名的内层书名号或尖括号，"
                  "“<5%”之类的比较符号、网页残留的标签和并列的书名（《宪法》《民法典》）不报告。安全修复：改为“〈〉”。",
      bad=["深入学习《关于印发<法治政府建设与责任落实督察工作规定>的通知》精神。",
           "制定《关于贯彻落实‹行政执法公示办法›的实施意见》。",
           "印发《关于印发〈行政执法人员管理办法>的通知》。",
           "制定《关于贯彻落实《法治政府建设实施纲要（2021—2025年）》的实施方案》。"],
      good=["深入学习《关于印发〈法治政府建设与责任落实督察工作规定〉的通知》精神。",
            "行政诉讼败诉率<5%，《行政复议法》宣传覆盖率达100%。",
            "印发《行政执法公示办法》<br>，全面推行行政执法三项制度。",
            "组织学习《宪法》《民法典》《行政处罚法》等法律法规。"],
      fix="safe", example_year=2024)
def nested_title_marks(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    folded = doc.folded
    if "《" not in folded:
        return
    yield from _double_nested(doc)
    if not _has_wrong_mark(folded):
        return
    chrome = doc.chrome
    for title in _TITLE_WITH_WRONG.finditer(folded):
        if doc.line_of(title.start()).number in chrome:
            continue
        for inner in _INNER.finditer(folded, title.start() + 1, title.end() - 1):
            hit = _inner_hit(doc, inner)
            if hit:
                yield hit


def _double_nested(doc: Document) -> Iterator[Hit]:
    """Inner titles marked 《》 inside a title marked 《》."""
    folded, chrome = doc.folded, doc.chrome
    if folded.count("《") < 2:
        return  # most documents: one scan says so
    for m in _DOUBLE_NESTED.finditer(folded):
        start, end = m.span(1)
        if not HAN.search(m.group(2)) or doc.line_of(start).number in chrome:
            continue
        yield Hit(start, end, f"书名号内的书名“{doc.text[start:end]}”也用了双书名号“《》”，按GB/T 15834"
                              f"书名号中还有书名号时，内层应使用单书名号“〈〉”",
                  suggestion="改为“〈〉”", fix=Fix("safe", (Edit(start, start + 1, "〈"), Edit(end - 1, end, "〉"))))


def _inner_hit(doc: Document, inner: re.Match[str]) -> Hit | None:
    """The finding for one inner pair, unless it is already 〈〉 or holds no Chinese (not a title)."""
    start, end = inner.start(), inner.end()
    opening, closing = doc.text[start], doc.text[end - 1]
    if (opening, closing) == ("〈", "〉") or not HAN.search(inner.group(1)):
        return None
    edits = tuple(Edit(at, at + 1, right) for at, written, right in
                  ((start, opening, "〈"), (end - 1, closing, "〉")) if written != right)
    return Hit(start, end, f"书名号内的书名“{doc.text[start:end]}”用了“{opening}{closing}”，按GB/T 15834"
                           f"书名号中还有书名号时，内层应使用单书名号“〈〉”",
               suggestion="改为“〈〉”", fix=Fix("safe", edits))


@rule(code="T014", name="comma-between-titles", family="typography", severity="info",
      summary="并列的书名号之间用了顿号：“》、《”",
      explanation="按GB/T 15834，标有书名号的并列成分之间通常不用顿号，如“学习《宪法》《民法典》《行政处罚法》”；"
                  "书名号之后还有括注等其他成分插在中间时才用顿号，如“《宪法》（2018年修正）、《民法典》”。"
                  "这是规范用法的提示，不算错误，许多报告也这样写，所以默认不启用：用 --extend-select T014 或在配置的"
                  "extend-select 中加上 T014 启用。安全修复：删去顿号。",
      bad=["组织学习《中华人民共和国行政处罚法》、《中华人民共和国行政许可法》等法律法规。"],
      good=["组织学习《中华人民共和国行政处罚法》《中华人民共和国行政许可法》等法律法规。",
            "组织学习《中华人民共和国宪法》（2018年修正）、《中华人民共和国民法典》等法律法规。",
            "深化“放管服”改革、“互联网+监管”，开展“八五”普法。"],
      fix="safe", example_year=2024, default=False)
def comma_between_titles(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    text = doc.text
    if _TITLES_COMMA not in text:
        return
    chrome = doc.chrome
    at = text.find(_TITLES_COMMA)
    while at >= 0:
        comma = at + 1
        if doc.line_of(comma).number not in chrome:
            yield Hit(comma, comma + 1, "并列的书名号之间一般不用顿号（GB/T 15834），“》、《”宜写作“》《”",
                      suggestion="删去顿号", fix=Fix("safe", (Edit(comma, comma + 1, ""),)))
        at = text.find(_TITLES_COMMA, comma)
