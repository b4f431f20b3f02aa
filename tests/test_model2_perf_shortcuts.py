"""The structure rules' and the outline's shortcuts must find exactly what the plain forms they replaced find:
checked with hypothesis on text built from the characters the patterns care about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from unittest.mock import patch

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.structure import elements, enumeration, sections
from linter import chrome, outline
from linter.data import load_data
from linter.document import Document, fold
from linter.model import Hit
from linter.outline import cn_number

# --- S006: one scan of the whole text instead of one per line ----------------------------------------------


def plain_enumeration_pattern() -> re.Pattern[str]:
    """S006's pattern in its plainest form (as it was before perf17): the boundary (or the start of the text)
    tested at every position, each kind's group holding its numeral whole."""
    data = load_data("structure", "enumeration.yaml")
    numeral = f"{data['numeral']}{{1,{data['numeral_max']}}}"
    parts = [f"{re.escape(spec.get('prefix', ''))}(?P<{name}>{numeral}){spec['word']}"
             for name, spec in data["kinds"].items()]
    return re.compile(f"(?:^|(?<={data['boundary']}))(?:{'|'.join(parts)})")


def _plain_enumeration_sequence(doc: Document) -> Iterator[Hit]:
    """S006 as it was, in its plainest form: each line scanned on its own, at every position."""
    kinds = enumeration._kinds()
    plain = plain_enumeration_pattern()
    heading_lines = {h.line for h in doc.headings}
    report_starts = {r.start_line for r in doc.reports}
    seen: dict[str, enumeration._Seen] = {}
    for ln in doc.lines:
        if ln.number in heading_lines or ln.number in report_starts:
            seen = {}
        if ln.number in doc.chrome or not ln.text.strip():
            continue
        for m in plain.finditer(ln.folded):  # every position tried
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
_ELEMENT_ALPHABET = [*"举措施工作做法建设亮点和及与、主要成效果绩重点开展推进落实情况法治政府基本取得的完总体",
                     *"存在问题不足困难短板差距原因之处薄弱环节仍尚还亟需须待有进一步加强提高第责任人负同志",
                     *"领导职履行下年度阶段明今后来打算计划安排思路规划展望设想其他需要报告事项意见建议2023 ,。",
                     "2025年", "第一责任人", "存在的问题", "工作打算", "完成情况"]


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


# --- the outline's body year: the lines after the opening read a run at a time -------------------------------


def _plain_body_year(doc: Document, start_line: int, end_line: int) -> tuple[int | None, bool]:
    """outline._body_year as it was: every line read on its own."""
    counts: Counter[int] = Counter()
    said: int | None = None
    seen = 0
    for line in doc.lines[start_line - 1:end_line]:
        if line.number in doc.chrome or not line.text.strip():
            continue
        seen += 1
        if seen <= outline.OPENING_WITHIN:
            m = outline.BODY_YEAR.search(outline.simplified(line.folded.strip()))
            if m:
                return int(m.group(1)), False
        if said is None and (h := outline.WORK_HEADING_YEAR.match(line.folded.strip())):
            said = int(h.group(1))
        counts.update(int(y) for y in outline.ANY_YEAR.findall(line.folded))
    if said is not None:
        return said, False
    if not counts:
        return None, False
    ranked = counts.most_common(2)
    year, times = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return year, not (times >= outline.CLEAR_YEAR_MENTIONS and times >= 2 * runner_up)


_YEAR_LINES = ["2023年，我局扎实推进法治政府建设。", "现将2024年度工作情况报告如下：", "一、2023年法治政府建设工作情况",
               " 二、 2022 年度主要举措", "三、2024年工作打算", "全年2023年完成12项，2022\n年完成8项。", "12023年",
               "2022 年", "2021年\t", "  ", "", "\u3000一、2021年推进情况", "浏览量: 12次", "2024年3月5日",
               "发布时间：2023-01-02 10:00", "您现在的位置：首页 > 政务公开 > 工作报告", "（一）加强组织领导",
               "某县2024年法治政府建设情况报告", "2020年、2020年、2020年", "現將2022年度"]


@settings(max_examples=1000, deadline=None)
@given(lines=st.lists(st.sampled_from(_YEAR_LINES), max_size=24), cut=st.integers(0, 24))
@example(lines=["某县法治政府建设情况报告", "（一）加强", "（二）加强", "（三）加强", "（四）加强", "（五）加强",
                "一、2023年法治政府建设工作情况", "2022年"], cut=0)
@example(lines=["浏览量: 12次", "", "2022年", "2022年", "2022年", "2022年", "2022年", "浏览量: 12次", "2021年",
                "2021年", "浏览量: 12次"], cut=1)
def test_body_year_read_a_run_at_a_time_is_the_body_year_read_a_line_at_a_time(lines: list[str], cut: int) -> None:
    doc = Document.from_text("\n".join(lines))
    last = len(doc.lines)
    for start, end in ((1, last), (min(cut + 1, last), last), (1, max(1, last - cut))):
        assert outline._body_year(doc, start, end) == _plain_body_year(doc, start, end)


# --- the chrome: the first and last lines of report text, looked for from each end --------------------------


def _plain_content_lines(doc: Document, found: dict[int, str], weak: dict[int, str],
                         shapes: dict[int, str]) -> list[int]:
    """The lines of report text, as chrome._classify listed them all."""
    first_title = next((line.number for line in doc.lines[:chrome._TITLE_SEARCH_LINES]
                        if outline.is_title_like(line.folded)), 0)

    def lead_in(n: int) -> bool:
        text = shapes.get(n, "")
        return n < first_title and 0 < len(text) <= chrome._LEAD_IN_MAX and not chrome._SENTENCE.search(text)

    return [line.number for line in doc.lines
            if line.text.strip() and line.number not in found and line.number not in weak
            and not outline.is_title_like(line.folded) and not lead_in(line.number)]


@settings(max_examples=500, deadline=None)
@given(lines=st.lists(st.sampled_from([*_YEAR_LINES, "某局", "工作报告", "政务公开 法治"]), max_size=16),
       marked=st.lists(st.tuples(st.integers(1, 16), st.booleans()), max_size=8))
def test_the_first_and_last_lines_of_text_are_those_of_the_list_of_them(
        lines: list[str], marked: list[tuple[int, bool]]) -> None:
    doc = Document.from_text("\n".join(lines))
    found = {n: "navigation" for n, strong in marked if strong}
    weak = {n: "date" for n, strong in marked if not strong}
    shapes = {line.number: chrome.shape(line.folded) for line in doc.lines if chrome.shape(line.folded)}
    plain = _plain_content_lines(doc, found, weak, shapes)
    assert chrome._content_span(doc, found, weak, shapes) == ((plain[0], plain[-1]) if plain else None)


# --- S002–S004: headings typed without a number looked for only in lines without sentence punctuation --------

_SECTION_LINES = ["存在的问题", "  主要举措和成效  ", "存在的问题。", "2025年工作打算；", "工作打算!", "一、主要举措",
                  "", "   ", "某县2024年法治政府建设情况报告", "全年办理案件12件，同比增长5%", "其他需要报告的情况:无",
                  "?", "中共某县委、某县人民政府:", "下步打算\u3000"]


@settings(max_examples=500, deadline=None)
@given(line=st.sampled_from(_SECTION_LINES))
def test_a_line_with_sentence_punctuation_is_never_a_plain_heading(line: str) -> None:
    folded = fold(line)
    assert not (sections._SENTENCE_PUNCT.search(folded) and sections._plain_heading(folded))


# --- the outline: the opening's year tried where it can begin; a document's lines read without the
# simplified-script step when it has no traditional character ---------------------------------------------


@settings(max_examples=1500, deadline=None)
@given(parts=st.lists(st.sampled_from([*"现将关于2023年度月 \t,", "现将", "关于", "2023年", "2024年度", "2022年3月"]),
                      max_size=12))
@example(parts=["现将2023年度"])
@example(parts=["2022年3月", "现将", "2023年"])
@example(parts=["关于现将 2023 年"])
def test_the_opening_year_tried_where_it_can_begin_is_the_search_for_it(parts: list[str]) -> None:
    text = "".join(parts)
    found, plain = outline._opening_year(text), outline.BODY_YEAR.search(text)
    assert (found and (found.span(), found.group(1))) == (plain and (plain.span(), plain.group(1)))


@settings(max_examples=500, deadline=None)
@given(parts=st.lists(st.sampled_from([*"负责人(fùzé) \n现將關於報告如下一、2023年", "負(fù)責(zé)人"]), max_size=20))
def test_a_document_without_traditional_characters_reads_its_lines_as_reading_does(parts: list[str]) -> None:
    doc = Document.from_text("".join(parts))
    read = outline.reader(doc)
    for line in doc.lines:  # and any part of one (a heading's text)
        for part in (line.folded, line.folded[1:], line.folded[:-1]):
            assert read(part) == outline.reading(part)


@settings(max_examples=1000, deadline=None)
@given(parts=st.lists(st.sampled_from(["加强法治政府建设", "a", "1", " ", ",", "。", "ab12 ", "x" * 100]), max_size=60))
def test_prose_told_from_its_opening_is_prose_told_from_all_of_it(parts: list[str]) -> None:
    text = "".join(parts)
    cjk = outline.cjk_count(text)
    plain = cjk >= outline.PROSE_LONG_CJK or (cjk >= outline.PROSE_MIN_CJK
                                              and bool(outline._SENTENCE_PUNCT.search(text)))
    assert outline.is_prose(text) == plain


# --- the chrome: weak kinds told only for the lines asked about ----------------------------------------------


class _EveryLineTold(chrome._WeakKinds):
    """The weak kinds as they were: every line told before any is asked about."""

    def __init__(self, tell: Callable[[int], str | None]) -> None:
        super().__init__(tell)
        for n in range(1, 40):
            self._told_about(n)


_CHROME_LINES = ["您现在的位置：首页 > 政务公开 > 工作报告", "2024-03-05", "2024-03-06", "2024年3月5日", "发布时间：",
                 "2024-03-07 10:00", "来源：", "某镇人民政府", "名称：", "标题：某县2024年法治政府建设情况报告",
                 "打印本页", "map", "文号：", "主动公开", "某县2024年法治政府建设情况报告", "一、主要举措和成效", "",
                 "工作报告", "2024年，我县扎实推进法治政府建设。", "（一）加强组织领导", "浏览量：12", "分享到：", "大",
                 "——"]


@settings(max_examples=600, deadline=None)
@given(lines=st.lists(st.sampled_from(_CHROME_LINES), max_size=30))
@example(lines=["发布时间：", "2024-03-07", "某县2024年法治政府建设情况报告", "2024年，我县扎实推进。", "2024-03-05",
                "2024-03-06", "打印本页"])
def test_weak_chrome_told_when_asked_is_weak_chrome_told_for_every_line(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    lazily = chrome._classify(doc)
    with patch.object(chrome, "_WeakKinds", _EveryLineTold):
        assert chrome._classify(doc) == lazily


@settings(max_examples=1000, deadline=None)
@given(parts=st.lists(st.sampled_from([*"中共某县委、人民政府:：。; \t,", "同志们:", "某局:", "\n"]), max_size=30))
@example(parts=["某局:"])
@example(parts=["中", "共", "某", "县", "委", ":", " "])
def test_the_salutation_matched_at_the_start_is_the_salutation_searched_for(parts: list[str]) -> None:
    text = fold("".join(parts))
    source = load_data("structure", "outline.yaml")["salutation"]
    found, plain = outline._patterns().salutation(text), re.compile(source).search(text)
    assert (found and found.span()) == (plain and plain.span())
    assert outline._search("^a|b")("ab") is not None and outline._search("^a|b")("cb") is not None


def test_a_long_heading_text_is_classified_without_being_kept() -> None:
    long = "存在的问题" + "加" * elements.CACHED_TEXT_MAX
    before = elements._cached_element_keys.cache_info().currsize
    assert elements.classify(long) == {"shortcomings"}
    assert elements._cached_element_keys.cache_info().currsize == before
    assert elements.classify("存在的问题") == {"shortcomings"}
