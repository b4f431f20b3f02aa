"""T015 a heading number with only its closing parenthesis ("一)", "1)") where the document writes "（一）"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.outline import Heading, cn_number
from linter.record import NamedTuple
from linter.rules import rule

# On folded text (")" is also "）"): a numeral and a closing parenthesis opening a line, then heading text.
_NUMBER = r"[ \t\u00a0]*([一二三四五六七八九十]{1,3}|\d{1,2})\)(?=[\u4e00-\u9fff“《])"
# The first line, then every other one: opening with the literal "\n" lets `re` skip ahead to line starts
# (a "^" pattern under re.MULTILINE is tried at every character).
_FIRST_LINE = re.compile(_NUMBER)
_LINE = re.compile("\n" + _NUMBER)
# A line ending like this is an item of a list ("1)调整领导小组成员；"), not a heading.
_ITEM_ENDINGS = (";", ",", "、")
# The heading styles such a number stands for ("一)" for "（一）", "1)" for "（1）") and their levels (GB/T 9704).
_LEVELS = {"paren_cn": 2, "paren_arabic": 4}


class HalfNumber(NamedTuple):
    start: int  # offset of the numeral
    end: int  # offset just after the ")"
    style: str
    number: int
    item: bool  # the line ends like an item of a list, not like a heading


def _candidates(doc: Document) -> Iterator[tuple[int, HalfNumber]]:
    """(line number, number) for every line that opens with a numeral and a lone ")"."""
    chrome = doc.chrome
    folded = doc.folded
    first = _FIRST_LINE.match(folded)
    for m in ([first] if first else []) + list(_LINE.finditer(folded)):
        line = doc.line_of(m.start(1))  # m.start() is the line break before it
        if line.number in chrome:
            continue
        numeral = m.group(1)
        number = int(numeral) if numeral.isdigit() else cn_number(numeral)
        if number:
            style = "paren_arabic" if numeral.isdigit() else "paren_cn"
            item = line.folded.rstrip().endswith(_ITEM_ENDINGS)
            yield line.number, HalfNumber(m.start(1), m.end(), style, number, item)


def _in_sequence(doc: Document, found: list[tuple[int, HalfNumber]]) -> Iterator[HalfNumber]:
    """The numbers that fit the document's heading sequence: the next number after the last heading of
    their style (counting the ones already accepted), a heading of a higher level starting it again at 1.
    One that does not fit, or ends like a list item, starts a list: the numbers after it up to the next
    heading are its items ("1)…；\n2)…。"), not headings."""
    events: list[tuple[int, Heading | HalfNumber]] = [(h.line, h) for h in doc.headings if not h.markdown]
    events += found
    events.sort(key=lambda e: e[0])
    last = dict.fromkeys(_LEVELS, 0)
    in_list = dict.fromkeys(_LEVELS, False)
    for _, item in events:
        if isinstance(item, Heading):
            style, level, number = item.style, item.level, item.number or 0
            in_list = dict.fromkeys(_LEVELS, False)
        else:
            style, level, number = item.style, _LEVELS[item.style], item.number
            if in_list[style] or item.item or number != last[style] + 1:
                in_list[style] = True
                continue
            yield item
        for deeper, deeper_level in _LEVELS.items():
            if deeper_level > level:
                last[deeper] = 0
        if style in last:
            last[style] = number


def _written_style(doc: Document, style: str) -> tuple[str, str] | None:
    """The parentheses (as written) of the document's first heading of `style`, or None if it has none."""
    for h in doc.headings:
        if h.style == style and not h.markdown:
            line = doc.lines[h.line - 1]
            marker = line.text[h.column - 1:h.column - 1 + len(h.marker)]
            return marker[0], marker[-1]
    return None


@rule(code="T015", name="half-bracket-heading-number", family="typography", severity="warning",
      summary="标题序号只有右括号：“一)”“1)”，本文其他同级标题写作“（一）”“（1）”",
      explanation="按GB/T 9704，二级标题序号写作“（一）”，四级标题写作“（1）”，括号成对。标题行开头写成“一)”“二）”"
                  "或“1)”，缺了左括号，多是录入时漏打或转码丢失。只在文档其他同级标题用“（一）”“（1）”、"
                  "且这个序号正好接上前一个同级标题的序号时报告；正文中的“1）……2）……”列举不报告。"
                  "安全修复：改为与文档其他标题相同的写法。",
      bad=["一、主要举措和成效\n（一）加强组织领导。成立法治政府建设领导小组。\n"
           "二)完善依法行政制度体系。全年审查规范性文件12件。\n（三）严格规范公正文明执法。\n"],
      good=["一、主要举措和成效\n（一）加强组织领导。成立法治政府建设领导小组。\n"
            "（二）完善依法行政制度体系。主要措施：1)审查规范性文件12件；2)清理文件30件。\n",
            "一、主要举措和成效\n（一）加强组织领导。\n（1）调整领导小组。主要措施：\n"
            "1)调整领导小组成员；\n2)召开专题会议3次。\n（2）健全工作机制。\n"],
      fix="safe", example_year=2024)
def half_bracket_heading_number(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    found = list(_candidates(doc))
    if not found:
        return
    for item in _in_sequence(doc, found):
        parens = _written_style(doc, item.style)
        if parens is None:
            continue  # the document never writes this level with both parentheses: no style to follow
        written = doc.text[item.start:item.end]
        numeral = written[:-1]
        right = f"{parens[0]}{numeral}{parens[1]}"
        yield Hit(item.start, item.end, f"标题序号“{written}”缺少左括号：本文同级标题写作“{parens[0]}…{parens[1]}”，"
                                        f"应为“{right}”",
                  suggestion=f"改为“{right}”", fix=Fix("safe", (Edit(item.start, item.end, right),)))
