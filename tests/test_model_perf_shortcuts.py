"""The shortcuts the shared document model takes on its hot paths must find exactly what the plain form they
replaced finds: checked with hypothesis on text built from the characters the patterns care about."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import chrome, document, outline
from linter.data import load_data
from linter.document import NON_SPACE, Document, fold
from linter.outline import Heading, cn_number, parse_heading

# --- parse_heading: the markers tried by the line's first character ----------------------------------------

_PLAIN_HEADING_END = re.compile(r"[。!?;:]|$")


# The four heading markers one by one, in level order (parse_heading reads them with one pattern, _HEADING).
_MARKERS = [
    (1, "cn", re.compile(rf"({outline._CN}){outline._CN_END}")),
    (2, "paren_cn", re.compile(rf"\(({outline._CN})\)")),
    (3, "arabic", re.compile(rf"(\d{{1,2}}){outline._ARABIC_END}")),
    (4, "paren_arabic", re.compile(r"\((\d{1,2})\)")),
]


def _plain_parse_heading(line_number: int, folded: str) -> Heading | None:
    """parse_heading as it was before its shortcuts: every marker tried in order, a "$" in the end pattern."""
    pos = len(folded) - len(folded.lstrip(" \t\u00a0"))
    lead = folded[pos:pos + 1]
    if not lead or (lead not in outline._HEADING_FIRST and not lead.isdecimal()):
        return None
    markdown = False
    md = outline._MD_PREFIX.match(folded, pos)
    if md:
        markdown = True
        pos = md.end()
    bold = outline._BOLD.match(folded, pos)
    if bold:
        pos = bold.end()
    for level, style, pattern in _MARKERS:
        m = pattern.match(folded, pos)
        if not m:
            continue
        raw = m.group(1)
        number = int(raw) if raw.isdigit() else cn_number(raw)
        if number is None:
            continue
        end = _PLAIN_HEADING_END.search(folded, m.end())
        body = folded[m.end():end.start()] if end else folded[m.end():]
        if bold and body.rstrip().endswith(bold.group()):
            body = body.rstrip()[: -len(bold.group())]
        text = body.strip()
        run_in = bool(end) and NON_SPACE.search(folded, end.end()) is not None
        if not text and not markdown:
            continue
        end_column = m.end() + len(body.rstrip()) + 1
        return Heading(line_number, pos + 1, level, style, number, folded[pos:m.end()].strip(), text, markdown,
                       run_in, end_column)
    if markdown:
        assert md is not None
        text = folded[pos:].rstrip()
        return Heading(line_number, pos + 1, md.group().count("#"), "markdown", None, "", text.strip(), True,
                       False, len(text) + 1)
    return None


_HEADING_ALPHABET = list("一二三十两零(（)）12０٣.．、,，#*_ \t\u00a0\n。；:：!加强组织领导个年")


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=_HEADING_ALPHABET, max_size=16))
@example(text="（一）加强组织领导。全年1项")
@example(text="## **1. 加强**")
@example(text="3 个方面")
@example(text="一、加强\n")
@example(text="__（2）加强__:")
def test_parse_heading_finds_what_the_plain_loop_finds(text: str) -> None:
    folded = fold(text)
    assert parse_heading(7, folded) == _plain_parse_heading(7, folded)


# --- chrome: one test for any pattern before the search of each kind ---------------------------------------

def _chrome_patterns() -> list[str]:
    data = load_data("boilerplate", "chrome.yaml")
    return [p for section in ("line_patterns", "edge_patterns") for group in data[section].values() for p in group]


# Characters of the chrome patterns (labels, separators, dates, a web address) and of plain report lines.
_CHROME_ALPHABET = list("首页您现在的位置>»›→|:：[]【】()打印关闭本页浏览量阅读次字体号大中小分享到微信扫一扫"
                        "来源发布时间索引号责任编辑年月日星期一二三农历0123456789-/. \u00a0"
                        "wwwabc.comBaidumap下载docx小编整理ICP备加强法治政府建设情况报告。,")


@settings(max_examples=400, deadline=None)
@given(text=st.text(alphabet=_CHROME_ALPHABET, max_size=24))
@example(text="您现在的位置:首页")
@example(text="2023年1月2日 星期一")
@example(text="秘书之家 www.abc.com")
@example(text="> 政务公开 > 工作报告 > 法治")
@example(text="浏览量: 12次")
def test_chrome_prefilter_passes_wherever_a_pattern_matches(text: str) -> None:
    for kinds in (chrome._patterns().strong, chrome._patterns().edge):
        plain = next((kind for kind, pattern in kinds.patterns if pattern.search(text)), None)
        assert chrome._first_kind(text, kinds) == plain


def test_each_chrome_pattern_is_tested_where_it_can_match() -> None:
    """A pattern filed with the anchored ones is one that can only match at the start of a line."""
    for pattern in _chrome_patterns():
        any_of = chrome._any_of([pattern])
        if any_of.at_start is not None:
            assert pattern.startswith("^") and any_of.anywhere is None
        else:
            assert any_of.anywhere is not None


def test_an_alternation_opening_with_a_caret_is_searched_everywhere() -> None:
    any_of = chrome._any_of(["^首页|打印本页", "^来源:"])
    assert any_of.at_start is not None and any_of.at_start.pattern == "(?:^来源:)"
    assert any_of.search("请打印本页") and any_of.search("来源:某局") and not any_of.search("信息来源:某局")


# --- the outline: a table of contents' head, the title test's cache ---------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("目录錄:： \t\n一二加強"), max_size=8))
@example(text="目 錄:")
def test_toc_head_is_what_the_plain_fullmatch_finds(text: str) -> None:
    text = fold(text)
    assert outline._is_toc_head(text) == (outline._TOC_HEAD.fullmatch(outline.simplified(text)) is not None)


def test_title_cache_holds_short_lines_only() -> None:
    before = outline._reads_as_title.cache_info().currsize
    assert not outline.is_title_like(" " + "某县2024年法治政府建设情况报告" * 300 + " ")
    assert outline._reads_as_title.cache_info().currsize == before  # a 5 MB line is never kept alive
    assert outline.is_title_like("  某县2024年法治政府建设情况报告  ")


# --- sentences: one pass of re ---------------------------------------------------------------------------

def _plain_sentences(text: str) -> list[tuple[int, int, int]]:
    """Sentences cut at each _SENTENCE_END, the pieces without text dropped: (start, end, line)."""
    out, start, line = [], 0, 1
    for m in document._SENTENCE_END.finditer(text):
        newline = m.group() == "\n"
        end = m.start() if newline else m.end()
        if NON_SPACE.search(text, start, end):
            out.append((start, end, line))
        start = m.end()
        line += newline
    if NON_SPACE.search(text, start):
        out.append((start, len(text), line))
    return out


@settings(max_examples=1500, deadline=None)
@given(text=st.text(alphabet=list("。！？!?”’」』)）\n \t\u3000\u00a0\x85\u2028加强a1"), max_size=24))
@example(text="加强。”\n\n 　\n加强！？”）加强")
@example(text="  \n加强")
@example(text="加强\n  ")
def test_sentences_are_cut_as_at_each_sentence_end(text: str) -> None:
    doc = Document(text)
    assert [(s.start, s.end, s.line) for s in doc.sentences] == _plain_sentences(text)


# --- lines read as they are when the document has no traditional character ----------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("黨負責職現將關於錄党负责职现将关于录 ，\n\r"), max_size=20))
def test_a_document_without_traditional_characters_has_no_line_to_read(text: str) -> None:
    doc = Document.from_text(text)
    lines_read = [outline.simplified(line.folded) != line.folded for line in doc.lines]
    assert outline.has_traditional(doc) == any(lines_read)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("现將报告如下中共区委政府人民：:,。负(fù)责 一、加强法治建设情况"), max_size=30))
@example(text="中共某区委、某区人民政府：")
@example(text="我局坚持依法行政，推进法治政府建设。现将有关情况报告如下：")
def test_classify_reads_a_line_once_for_what_is_salutation_and_is_opening_find(text: str) -> None:
    folded = fold(text)
    item = outline._classify(3, folded)
    if item.kind in ("salutation", "prose", "other") and outline._CJK.search(folded):
        assert (item.kind == "salutation") == outline.is_salutation(folded)
        assert item.opening == (item.kind == "prose" and outline.is_opening(folded.strip()))


# --- fold: the full-width characters present found in one pass --------------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("，（）：；％０９ＡＺａｚ～！＼［］＾\u3000\uff5f\uff00 ,()加强1"), max_size=40))
def test_fold_is_the_plain_translation(text: str) -> None:
    assert fold(text) == text.translate(document._FOLD)


def test_fold_of_a_long_text() -> None:
    text = "加" * ((1 << 16) - 1) + "，（" + "强" * (1 << 16) + "）"
    assert fold(text) == text.translate(document._FOLD)
