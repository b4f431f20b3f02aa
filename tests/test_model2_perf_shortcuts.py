"""The structure rules' and the outline's shortcuts must find exactly what the plain forms they replaced find:
checked with hypothesis on text built from the characters the patterns care about."""

from __future__ import annotations

from collections.abc import Iterator

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.structure import elements, enumeration
from linter.document import Document, finditer_at
from linter.model import Hit
from linter.outline import cn_number

# --- S006: one scan of the whole text instead of one per line ----------------------------------------------


def _plain_enumeration_sequence(doc: Document) -> Iterator[Hit]:
    """S006 as it was: each line scanned on its own."""
    kinds = enumeration._kinds()
    heading_lines = {h.line for h in doc.headings}
    report_starts = {r.start_line for r in doc.reports}
    seen: dict[str, enumeration._Seen] = {}
    for ln in doc.lines:
        if ln.number in heading_lines or ln.number in report_starts:
            seen = {}
        if ln.number in doc.chrome or not ln.text.strip():
            continue
        for m in finditer_at(kinds.pattern, ln.folded, kinds.starts):
            kind = m.lastgroup
            n = cn_number(m.group(kind)) if kind is not None else None
            if kind is None or n is None:
                continue
            last = seen.get(kind)
            if n == 1 or (last is not None and n == last.number + 1):
                seen[kind] = enumeration._Seen(n, ln.number)
                continue
            message = enumeration._message(kinds, kind, n, last, seen)
            if message:
                start, end = enumeration._span(doc, ln.start + m.start(), ln.start + m.end())
                yield Hit(start, end, message)
            seen[kind] = enumeration._Seen(n, ln.number)
            if message and last is None:
                for k in list(seen):
                    seen[k] = enumeration._Seen(n, ln.number)


_ENUM_ALPHABET = [*"一二三四十第是要素,，。；：:、 \n\t统之", "一是", "二是", "三要", "第二，", "（一）", "二、", "1.",
                  "某县2024年法治政府建设情况报告\n", "您现在的位置：首页 > 政务公开 > 工作报告\n"]


@settings(max_examples=1500, deadline=None)
@given(parts=st.lists(st.sampled_from(_ENUM_ALPHABET), max_size=40))
@example(parts=["一是", "\n", "二是", "\n", "（一）", "加强", "\n", "三是"])
@example(parts=["二是", "\n", "三要", "。", "第二，", "\n", "二要"])
@example(parts=["统", "一是", "\n", "一是", "\t", "二是", "。", "二是"])
def test_enumeration_whole_text_scan_finds_what_the_line_scans_find(parts: list[str]) -> None:
    doc = Document.from_text("".join(parts))
    def key(hits: Iterator[Hit]) -> list[tuple[int, int, str]]:
        return [(h.start, h.end, h.message) for h in hits]
    assert key(enumeration.enumeration_sequence(doc, {})) == key(_plain_enumeration_sequence(doc))


# --- the required elements: one search for any of them before the search of each ---------------------------

# Characters of the element patterns (checks/structure/elements.yaml) and of ordinary headings.
_ELEMENT_ALPHABET = [*"举措施工作做法建设亮点和及与、主要成效果绩重点开展推进落实情况法治政府基本取得的完总体存在问题不足困难短板"
                     "差距原因之处薄弱环节仍尚还亟需须待有进一步加强提高第责任人负同志领导职履行下年度阶段明今后来打算计划"
                     "安排思路规划展望设想其他需要报告事项意见建议2023 ,。", "2025年", "第一责任人", "存在的问题",
                     "工作打算", "完成情况"]


@settings(max_examples=1500, deadline=None)
@given(parts=st.lists(st.sampled_from(_ELEMENT_ALPHABET), max_size=20))
@example(parts=["完成情况"])
@example(parts=["工作", "完成情况"])
@example(parts=["主", "要", "举", "措", "和", "成", "效"])
def test_one_search_for_any_element_finds_what_the_search_of_each_finds(parts: list[str]) -> None:
    text = "".join(parts)
    each = {e.key for e in elements.elements() if e.matches(text)}
    assert set(elements._element_keys(text, ())) == each
    synonyms = {"synonyms": {"plan": ["下步安(排"], "other": ["附件"]}}
    each = {e.key for e in elements.elements(synonyms) if e.matches(text)}
    assert set(elements._element_keys(text, elements._extra(synonyms))) == each
