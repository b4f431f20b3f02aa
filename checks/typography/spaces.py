"""T001 stray spaces inside Chinese text; T002 invisible characters."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from linter.data import load_data
from linter.document import Document, find_all, matches_at
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .chars import present
from .spacing import stray_spaces

_INVISIBLE: dict[str, dict[str, Any]] = {c["char"]: c for c in load_data("typography", "invisible.yaml")["characters"]}
_INVISIBLE_CHARS = "".join(_INVISIBLE)
_INVISIBLE_RUN = re.compile("[" + "".join(re.escape(c) for c in _INVISIBLE) + "]+")


@rule(code="T001", name="stray-space", family="typography", severity="warning",
      summary="中文之间、中文与数字之间、标点前后或引号书名号内侧多出的空格",
      explanation="公文排版（GB/T 9704）中，汉字之间、汉字与阿拉伯数字之间、百分号之前、中文标点前后以及"
                  "引号、书名号、括号内侧都不加空格；这类空格多来自网页复制、PDF提取或误按空格键。"
                  "普通空格、不换行空格（U+00A0）和全角空格（U+3000）同样处理。段首缩进、英文单词和网址中的空格、"
                  "带字母的编号（如GB/T 9704）之后的空格，以及引号或标题中用来分隔两个短语的空格不报告。"
                  "安全修复：删除该空格。",
      bad=["以党建引领基层社会治理为抓手，扎实 开展命案防控专项行动。",
           "常态化开展矛盾纠纷排查化解， 严厉打击各类违法犯罪。",
           "全县 256 项行政许可事项进驻政务大厅。",
           "调处成功率达\u00a099.70 %。",
           "根据《关于全面推行行政执法公示制度的实施意见 》精神，结合工作实际。",
           "加大人才培育\u00a0“提效”，加强法律人才储备。"],
      good=["以党建引领基层社会治理为抓手，扎实开展命案防控专项行动。",
            "全县256项行政许可事项进驻政务大厅，进驻率98.04%。",
            "开展“零距离旁听庭审 远离电信诈骗陷阱”等直播普法活动30余场次。",
            "按照GB/T 9704规定的格式排版，详见 https://www.gov.cn/zhengce/ 公开栏目。",
            "　　2024年，我县深入推进法治政府建设。"],
      fix="safe", example_year=2024)
def stray_space(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for space in stray_spaces(doc):
        if space.paragraph_break:
            # Unsafe: a new line changes the document's structure, and the writer should see where it goes.
            yield Hit(space.start, space.end, space.message, suggestion="另起一行",
                      fix=Fix("unsafe", (Edit(space.start, space.end, "\n"),)))
        else:
            yield Hit(space.start, space.end, space.message, suggestion="删除空格",
                      fix=Fix("safe", (Edit(space.start, space.end, ""),)))


def _invisible_runs(text: str, present: list[str]) -> Iterator[re.Match[str]]:
    """The matches of _INVISIBLE_RUN.finditer(text), whose invisible characters are `present`: tried only where
    str.find puts one of them (at memchr speed), rather than `re` testing every character against the class."""
    return matches_at(_INVISIBLE_RUN, text, sorted(at for c in present for at in find_all(text, c)))


def _is_blank_edge(doc: Document, start: int, end: int) -> bool:
    """The run is leading indentation or trailing blank space of its line."""
    line = doc.line_of(start)
    return not line.text[:start - line.start].strip() or not line.text[end - line.start:].strip()


@rule(code="T002", name="invisible-character", family="typography", severity="warning",
      summary="不可见字符：零宽字符、正文中的BOM、不换行空格等",
      explanation="零宽空格、零宽连接符、正文中间的字节顺序标记（BOM）、软连字符和不换行空格（U+00A0）等字符"
                  "看不见，却会干扰检索、字数统计、排版和系统导入，多由网页或其他软件复制带入。"
                  "安全修复：删除零宽字符，把特殊空格换成普通空格（中文之间的空格另由T001处理）。"
                  "段首缩进和行尾的特殊空格不报告。",
      bad=["全面推进\u200b依法行政，持续优化法治化营商环境。",
           "本报告已同步报送Word\u00a0文档和PDF文档。"],
      good=["全面推进依法行政，持续优化法治化营商环境。",
            "\u00a0\u00a0全面推进依法行政，持续优化法治化营商环境。"],
      fix="safe", example_year=2024)
def invisible_character(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    # In the folded text (shared with T001's spaces): folding leaves these characters as they are.
    found = present(doc, _INVISIBLE_CHARS)
    if not found:
        return  # most reports: a substring test per character costs far less than one regex scan
    chrome = doc.chrome
    stray: list[tuple[int, int]] | None = None  # T001's spaces: worked out only if an invisible space needs them
    k = 0
    for m in _invisible_runs(doc.text, found):
        start, end, run = m.start(), m.end(), m.group()
        if doc.line_of(start).number in chrome:
            continue
        spaces_only = all(_INVISIBLE[c].get("space") for c in run)
        if spaces_only:
            if stray is None:
                stray = [(s.start, s.end) for s in stray_spaces(doc)]
            while k < len(stray) and stray[k][1] <= start:
                k += 1
            if k < len(stray) and stray[k][0] <= start and end <= stray[k][1]:
                continue  # T001 reports it and removes it
            if _is_blank_edge(doc, start, end):
                continue
        names = list(dict.fromkeys(_INVISIBLE[c]["name"] for c in run))
        count = f"{len(run)}个" if len(run) > 1 else ""
        replacement = "".join(_INVISIBLE[c]["replacement"] for c in run)
        action = "删除" if not replacement else "换成普通空格" if spaces_only else "删除或换成普通空格"
        yield Hit(start, end, f"文中有{count}不可见字符：{'、'.join(names)}，会干扰检索、统计和排版，应{action}",
                  suggestion=action, fix=Fix("safe", (Edit(start, end, replacement),)))
