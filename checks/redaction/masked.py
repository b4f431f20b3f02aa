"""Masked names and unfilled template slots (R001–R003), from the shared mask scan."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from linter.document import Document
from linter.model import Edit, Fix, Hit
from linter.rules import rule

from .formulations import Variant
from .masks import BODY, CHAR, ELIDED, LEADER, LEADER_BROKEN, NAME, PERSON, PLACE, SLOT, Mask, in_name, scan, spam_runs


def describe_slip(canonical: str, variant: Variant, written: str) -> str:
    """A dropped or changed character, in words: “总书记”少了“记”字."""
    i = variant.index
    if variant.kind == "dropped":
        return f"“{canonical}”少了“{canonical[i]}”字"
    return f"“{canonical}”中的“{canonical[i]}”误作“{written[i]}”"


@rule(code="R001", name="masked-leader-name", family="redaction", severity="error",
      summary="规范表述中的领导人姓名被遮蔽（以***新时代中国特色社会主义思想为指导）",
      explanation="一些网站转载时把领导人姓名替换成“***”，从网页复制的报告就带上了“以***新时代中国特色社会主义"
                  "思想为指导”“***法治思想”“以***同志为核心的党中央”，有的换成“（略）”。这是严重的政治性差错，发布前必须恢复为"
                  "规范表述。有的网站把姓名换成了广告词（“以betway新时代中国特色社会主义思想为指导”），同样报告。"
                  "若遮蔽处之后的表述还少字或错字（“***总书全面依法治国”），一并指出。修复建议给出"
                  "完整规范表述，属于需人工确认的修复。",
      bad=["2024年，我局以***新时代中国特色社会主义思想为指导，深入学习贯彻***法治思想。",
           "深入学习贯彻＊＊＊总书全面依法治国新理念新思想新战略。",
           "在思想上、政治上、行动上同以×××同志为核心的党中央保持高度一致。",
           "我县坚持以 (略) 新时代中国特色社会主义思想为指导。", "我县坚持以betway新时代中国特色社会主义思想为指导。"],
      good=["2024年，我局以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
            "●新时代中国特色社会主义思想学习教育专题", "建成VR法治思想教育基地。",
            "附件：（略）\n新时代中国特色社会主义思想学习教育专题"],
      fix="unsafe", example_year=2024)
def masked_leader_name(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in scan(doc):
        if m.kind == CHAR and in_name(m):
            yield masked_character_hit(doc, m)
            continue
        if m.kind not in (LEADER, LEADER_BROKEN) or m.formulation is None or m.variant is None:
            continue
        f, mask = m.formulation, doc.text[m.start:m.end].strip()  # a (略) mask's span holds its padding
        shown = doc.text[m.start:m.span_end].strip()
        assert f.name is not None
        if m.kind == LEADER:
            yield Hit(m.start, m.end,
                      f"“{shown}”中领导人姓名被遮蔽为“{mask}”：转载网站替换了姓名，报告必须使用规范表述“{f.text}”",
                      suggestion=f.text, fix=Fix("unsafe", (Edit(m.start, m.end, f.name),)))
        else:
            slip = describe_slip(f.tail, m.variant, doc.folded[m.end:m.span_end])
            yield Hit(m.start, m.span_end,
                      f"“{shown}”中领导人姓名被遮蔽为“{mask}”，且{slip}：规范表述为“{f.text}”",
                      suggestion=f.text, fix=Fix("unsafe", (Edit(m.start, m.span_end, f.name + f.tail),)))
    yield from _name_replaced_by_spam(doc)


def masked_character_hit(doc: Document, m: Mask) -> Hit:
    """One character of a formulation masked (习*平法治思想): R001 in the leader's name, R004 elsewhere."""
    assert m.variant is not None
    start = m.span_end - len(m.word)
    right, mask = m.word[m.variant.index], doc.text[m.start:m.end]
    where = "的领导人姓名中" if in_name(m) else "中"
    return Hit(m.start, m.end,
               f"“{doc.text[start:m.span_end]}”{where}“{right}”字被遮蔽为“{mask}”：规范表述为“{m.word}”",
               suggestion=m.word, fix=Fix("unsafe", (Edit(m.start, m.end, right),)))


def _name_replaced_by_spam(doc: Document) -> Iterator[Hit]:
    """A site's advert word where the name belongs (以betway必威体育新时代…思想): restored like a mask."""
    for s in spam_runs(doc):
        if s.kind != NAME:
            continue
        f, run = s.formulation, doc.text[s.start:s.end]
        assert f.name is not None
        yield Hit(s.start, s.end,
                  f"“{doc.text[s.span_start:s.span_end]}”中领导人姓名被替换成了“{run}”：转载网站插入了广告词，"
                  f"报告必须使用规范表述“{f.text}”",
                  suggestion=f.text, fix=Fix("unsafe", (Edit(s.start, s.end, f.name),)))


_WHAT = {PERSON: "姓名", PLACE: "地名", BODY: "单位名称"}
_ELISION_CONTEXT = 4  # characters quoted on either side of a (略)


@rule(code="R002", name="masked-name", family="redaction", severity="error",
      summary="人名、地名或单位名称被遮蔽或是模板占位符（***书记、XX县、××局），或文字被“（略）”隐去",
      explanation="职务前的“***书记”“XX县长”、地名处的“XX市”“××县”“*区”、单位名处的“XX局”，要么是网站转载时"
                  "遮蔽了姓名，要么是套用模板后没有填写。发布的报告应写明真实的人名、地名和单位名称。"
                  "真实姓名（如“王强书记”）不会报告；只有遮蔽符号（* × X ■ □ ● ○）和“某某”会。"
                  "一些网站转载时把句子中的名称、荣誉等删去，换成“ (略) ”（“连续多 (略) 依法行政工作先进单位”），"
                  "也一并报告，应依据原件补全。作者自己的省略（单独一行的“（略）”、“附件：（略）”、“（表格略）”"
                  "“（下略）”）不会报告。",
      bad=["XX县2024年法治政府建设情况报告", "***书记主持召开县委全面依法治县委员会会议。",
           "××局认真落实行政执法“三项制度”。", "我县连续多 (略) 依法行政工作先进单位，并在2024 (略) 级示范县复查。",
           "2023年被省委（略）办命名为法治政府建设示范县。"],
      good=["董智武书记2次主持召开委员会会议，黄慧县长每年至少召开1次专题会议。",
            "全面推广X光安检设备，实现XML数据交换和Excel报表自动生成。",
            "王某某诉某县人民政府政府信息公开一案依法审结。",
            "附件：（略）\n（表格略）\n（略）\n受表彰单位名单（具体名单略）。"],
      example_year=2024)
def masked_name(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in scan(doc):
        if m.kind == ELIDED:
            yield _elided(doc, m)
            continue
        if m.kind not in _WHAT:
            continue
        shown, mask = doc.text[m.start:m.span_end], doc.text[m.start:m.end]
        what = _WHAT[m.kind]
        yield Hit(m.start, m.span_end,
                  f"“{shown}”中的{what}写成了“{mask}”：是转载时被遮蔽或套用模板未填写，报告应写明真实{what}")


def _elided(doc: Document, m: Mask) -> Hit:
    """A (略) inside a sentence, quoted with the words on either side (on its own line)."""
    line = doc.line_of(m.start)
    lo, hi = max(line.start, m.start - _ELISION_CONTEXT), min(line.end, m.end + _ELISION_CONTEXT)
    # Stop at a neighbouring (略) or a clause break: “委 (略) 办”, not “略) 委 (略) 办命名” or “,连续多…”.
    lo = max([lo] + [doc.folded.rfind(c, lo, m.start) + 1 for c in "),;:。"])
    hi = min([hi] + [i for i in (doc.folded.find(c, m.end, hi) for c in "(,;:。") if i >= 0])
    left, right = doc.text[lo:m.start].lstrip(), doc.text[m.end:hi].rstrip()
    mask = doc.text[m.start:m.end].strip()
    return Hit(m.start, m.end,
               f"“{left}{doc.text[m.start:m.end]}{right}”中有文字被“{mask}”隐去：转载网站删去了原文的内容（多为名称、"
               f"年份或荣誉），这里的句子已不完整，应依据原件补全")


@rule(code="R003", name="template-slot", family="redaction", severity="error",
      summary="未填写的模板占位符（*次、X件、XX%、20XX年、某某）",
      explanation="从范文或模板改写报告时，数字、年份和名称常以“*次”“X件”“XX%”“20XX年”“202X年”“某某”占位，"
                  "忘记填写就发布了。占位符说明这段文字没有核对过，必须填入实际数字或内容。"
                  "拉丁文字（XML、Excel、X光）和乘号（7×24小时）不会报告；“王某某”这种案件当事人的匿名写法也不会。",
      bad=["全年召开专题会议*次，办理行政复议案件X件，纠错率XX%。", "20XX年，我县扎实推进法治政府建设。",
           "由某某负责牵头落实。"],
      good=["全年召开专题会议5次，提供7×24小时不间断法律服务，配备X光安检机2台。",
            "王某某诉某县人民政府政府信息公开一案依法审结。",
            "二○二○年以来，全县办理行政复议案件120件。"],
      example_year=2024)
def template_slot(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for m in scan(doc):
        if m.kind != SLOT:
            continue
        shown, mask = doc.text[m.start:m.span_end], doc.text[m.start:m.end]
        yield Hit(m.start, m.span_end,
                  f"“{shown}”是未填写的模板占位符：“{mask}”处应填入实际数字或内容，否则说明这段文字套用模板后未经核对")
