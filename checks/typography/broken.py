"""T010 a paragraph broken mid-sentence."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .paragraphs import sentence_breaks

# A document where many lines break mid-sentence is hard-wrapped on purpose (fixed-width text, wrapped
# Markdown): reporting every line would be noise.
WRAPPED_SHARE = 0.25
WRAPPED_MIN = 5


@rule(code="T010", name="broken-paragraph", family="typography", severity="warning",
      summary="段落在句中断行：行末是顿号、逗号或句子未完，下一行接着同一句",
      explanation="一句话被硬回车截成两行（有时中间还夹一个空行），多因从PDF或网页复制、或误按回车造成；排版时变成"
                  "两个段落，下一行被错当成新段落缩进。行末没有标点时，只在下一行以“的”、标点或被截断的词尾"
                  "（“工作，”）开头，或本行以“和”“关于”“深入推进”之类不能结句的词结尾时报告，以免把漏了句号的段尾"
                  "当成断行。标题（一、（一）等）和报告标题本来不带句末标点，不报告；"
                  "通篇按固定宽度折行的文档也不逐行报告。修复（不安全，需确认）：把下一行接到本行末尾。",
      bad=["3.推进行政执法体制改革。全县综合行政执法工作的统筹协调、检查指导、\n"
           "督办考核均统一归口至县综合执法局，形成了管理、执法、服务为一体的管理格局。",
           "（二）强化执法监督。县司法局会同各执法部门，深入推进\n\n行政执法“三项制度”落地见效。"],
      good=["3.推进行政执法体制改革。全县综合行政执法工作的统筹协调、检查指导、督办考核均统一归口至县综合执法局。\n"
            "4.加强行政执法监督。开展行政执法案卷评查，评查案卷120卷。",
            "（一）加强党的领导，全面推动法治政府建设\n"
            "2024年，县委、县政府坚持把法治政府建设摆在全局工作的重要位置。",
            "（二）强化执法监督。县司法局会同各执法部门，推动行政执法“三项制度”有序推进\n\n"
            "县市场监管局开展执法案卷评查，评查案卷60卷。"],
      fix="unsafe", example_year=2024)
def broken_paragraph(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    breaks = sentence_breaks(doc)
    # The body lines are counted only when there are breaks enough for the document to be hard-wrapped.
    if len(breaks) >= WRAPPED_MIN and len(breaks) > WRAPPED_SHARE * sum(1 for line in doc.lines if line.text.strip()):
        return
    for b in breaks:
        text = b.line.text.rstrip()
        end = b.line.start + len(text)
        join_at = b.next.start + (len(b.next.text) - len(b.next.text.lstrip()))
        why = f"本行以“{b.ending}”结尾" if b.ending else f"本行末尾“{text[-4:]}”后没有句末标点"
        where = "下一行" if b.next.number == b.line.number + 1 else "空行后的下一行"
        yield Hit(end - 1, end, f"段落在句中断行：{why}，{where}（第{b.next.number}行）接着同一句，应与下一行连成一段",
                  suggestion="与下一行合并", fix=Fix("unsafe", (Edit(end, join_at, ""),)))
