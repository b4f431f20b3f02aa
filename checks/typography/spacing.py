"""Where a space inside Chinese text is stray (shared by T001 and T002).

Government style puts no space between Chinese characters, between Chinese and digits, before %, after
Chinese punctuation or inside 《》“”（）. Spaces are fine as leading indentation, inside Latin text, URLs
and Latin tokens with digits (GB/T 9704, 5G), and as phrase separators inside quoted titles and headings
("深入学习贯彻党的二十大精神 奋力推进……")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.redaction.masks import elided_spans
from linter.chrome import glued_metadata
from linter.data import load_data
from linter.document import Document, Line
from linter.record import NamedTuple

from .chars import ASCII_PAUSE, CLOSING, CN_PAUSE, OPENING, SPACE_CHARS, SPACE_RUN, is_digit, is_han, present

_DATA = load_data("typography", "spacing.yaml")
_ISSUER_SUFFIXES: tuple[str, ...] = tuple(_DATA["issuer_suffixes"])
# "第一部分 某县2024年度行政执法数据表": a part or chapter label set off from its title by a space.
_PART_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|编)$")
# Layout spaces a document's conventions put there: between a 发文字号 and 签发人 in the header (GB/T 9704),
# after the dateline of a news item ("中新网3月29日电 据……").
_LAYOUT_GAP = re.compile(r"(?:\d+号|\d{1,2}日电)$")
_LAYOUT_NEXT = re.compile(r"签发人|据|记者")
ISSUER_LINE_MAX = 50  # characters: an issuer line names two or three organs, nothing more
LAYOUT_RUN = 3  # a run this long on a line without 。 aligns columns (forms, signatures): not a slip
SEPARATOR_LEFT = 4  # a title separator follows a phrase of at least this many characters...
SEPARATOR_RIGHT = 2  # ...and precedes one of at least this many
_QUOTE_OPEN = "“‘《〈「『"
_QUOTE_CLOSE = "”’》〉」』"
_QUOTE_MARK = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}]")  # what the depth of quotes and titles is counted from
_CONTEXT = 4  # characters of context quoted in messages
_BETWEEN_HAN = "中文之间多出{kind}"  # the one case that may be a title's phrase separator
_PAIR_NAMES = {"“": "左引号", "”": "右引号", "‘": "左单引号", "’": "右单引号", "《": "左书名号", "》": "右书名号",
               "〈": "左书名号", "〉": "右书名号", "（": "左括号", "(": "左括号", "）": "右括号", ")": "右括号",
               "【": "左方头括号", "】": "右方头括号", "〔": "左六角括号", "〕": "右六角括号", "「": "左直角引号",
               "」": "右直角引号", "『": "左直角引号", "』": "右直角引号"}


class StraySpace(NamedTuple):
    start: int
    end: int
    message: str
    paragraph_break: bool = False  # the space stands for a lost line break before a heading: fix with one


def _kind(raw: str) -> str:
    """The space as a user would name it."""
    names = []
    if " " in raw:
        names.append("空格")
    if "\u3000" in raw:
        names.append("全角空格")
    if "\u00a0" in raw:
        names.append("不换行空格（U+00A0）")
    if any(c not in " \u3000\u00a0" for c in raw):
        names.append("特殊空格")
    what = "、".join(names)
    return f"{len(raw)}个{what}" if len(raw) > 1 else what


def _plain_number_end(folded: str, i: int, lo: int) -> bool:
    """folded[i] is a digit or % ending a number that has no Latin letters (not GB/T 9704, 5G, v2)."""
    j = i
    while j >= lo and folded[j].isascii() and (folded[j].isalnum() or folded[j] in "./-_%"):
        if folded[j].isalpha():
            return False
        j -= 1
    # "GB/T 9704": the number is the second half of a Latin designation.
    return not (j - 1 >= lo and folded[j] == " " and folded[j - 1].isascii() and (folded[j - 1].isalpha()
                                                                                 or folded[j - 1] == "/"))


def _plain_number_start(folded: str, i: int, hi: int) -> bool:
    j = i
    while j < hi and folded[j].isascii() and (folded[j].isalnum() or folded[j] in "./-_%"):
        if folded[j].isalpha():
            return False
        j += 1
    return True


def _han_run(folded: str, i: int, step: int, lo: int, hi: int, limit: int = SEPARATOR_LEFT) -> int:
    """Length of the run of Chinese characters from folded[i] in direction `step`, counted up to `limit`."""
    n = 0
    while lo <= i < hi and n < limit and is_han(folded[i]):
        n += 1
        i += step
    return n


def _is_open(ch: str, raw: str, right: str) -> bool:
    return ch in OPENING or (ch == "(" and (raw == "（" or is_han(right)))


def _is_close(ch: str, raw: str, left: str) -> bool:
    return ch in CLOSING or (ch == ")" and (raw == "）" or is_han(left)))


def _is_pause(ch: str, raw: str, before: str) -> bool:
    """Chinese punctuation after which nothing is spaced: full-width, or ASCII following Chinese."""
    if ch in CN_PAUSE:
        return True
    return ch in ASCII_PAUSE and (raw != ch or is_han(before) or before in CLOSING)


def _classify(doc: Document, line: Line, s: int, e: int) -> tuple[str, str] | None:
    """(where, why) the space run folded[s:e] (document offsets) is stray, or None when it is fine. `where`
    holds a {kind} slot for the name of the space."""
    f, t = doc.folded, doc.text
    lo, hi = line.start, line.end
    left, right = f[s - 1], f[e]
    before = f[s - 2] if s - 2 >= lo else ""
    raw_l, raw_r = t[s - 1], t[e]
    if is_digit(left) and right in "%‰":
        return ("百分号前多出{kind}", "数字与百分号之间不加空格")
    if is_han(left) and is_han(right):
        return (_BETWEEN_HAN, "汉字之间不加空格，这类空格多由复制粘贴或误按空格键带入")
    if is_han(left) and is_digit(right) and _plain_number_start(f, e, hi):
        return ("中文与数字之间多出{kind}", "公文中汉字与阿拉伯数字之间不加空格")
    if (is_digit(left) or left == "%") and is_han(right) and _plain_number_end(f, s - 1, lo):
        return ("数字与中文之间多出{kind}", "公文中汉字与阿拉伯数字之间不加空格")
    if _is_pause(left, raw_l, before):
        return (f"标点“{raw_l}”后多出{{kind}}", "中文标点自带间距，其后不加空格")
    if (right in CN_PAUSE or (right in ASCII_PAUSE and (raw_r != right or is_han(left)))) and (
            is_han(left) or is_digit(left) or left in CLOSING):
        return (f"标点“{raw_r}”前多出{{kind}}", "标点紧跟前文，之前不加空格")
    if _is_open(left, raw_l, right):
        return (f"{_PAIR_NAMES.get(raw_l, raw_l)}之后多出{{kind}}", "引号、书名号、括号内侧不加空格")
    if _is_close(right, raw_r, left):
        return (f"{_PAIR_NAMES.get(raw_r, raw_r)}之前多出{{kind}}", "引号、书名号、括号内侧不加空格")
    if (is_han(left) or is_digit(left)) and _is_open(right, raw_r, f[e + 1] if e + 1 < hi else ""):
        return (f"正文与{_PAIR_NAMES.get(raw_r, raw_r)}之间多出{{kind}}", "引号、书名号、括号与前后文之间不加空格")
    if _is_close(left, raw_l, before) and (is_han(right) or is_digit(right)):
        return (f"{_PAIR_NAMES.get(raw_l, raw_l)}与后文之间多出{{kind}}", "引号、书名号、括号与前后文之间不加空格")
    return None


# A heading marker right after a space: "……报告如下： 一、全区2023年……" lost the line break before 一、.
_HEADING_AFTER = re.compile(r"(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?=[\u4e00-\u9fff])")


def _quote_depth(text: str, depth: int, start: int, end: int) -> int:
    """How many quotes and titles are open at `end`, `depth` being open at `start`. Read from the marks alone,
    found by `re` (in C), rather than from every character of what may be a long line."""
    for ch in _QUOTE_MARK.findall(text, start, end):
        if ch in _QUOTE_OPEN:
            depth += 1
        elif ch in _QUOTE_CLOSE and depth:
            depth -= 1
    return depth


def _lost_break(folded: str, start: int, end: int) -> bool:
    """Whether a space stands for a lost paragraph break: after a sentence's closing punctuation (。：；！？)
    and before a heading marker."""
    return start > 0 and folded[start - 1] in "。:;!?" and bool(_HEADING_AFTER.match(folded, end))


def _separator_lines(doc: Document) -> set[int]:
    """Headings and titles: lines where a space may separate two phrases of one title."""
    lines = {h.line for h in doc.headings if not h.run_in}
    lines.update(r.title_line for r in doc.reports if r.title_line)
    return lines


def _issuer_lines(doc: Document) -> set[int]:
    found = (_issuer_line_above(doc, r.title_line) for r in doc.reports if r.title_line)
    return {n for n in found if n}


def _issuer_line_above(doc: Document, title_line: int) -> int | None:
    """The line above a title (blank lines skipped) when it lists the issuers: "中共某县委  某县人民政府"."""
    n = title_line - 1
    while n >= 1 and not doc.lines[n - 1].folded.strip():
        n -= 1
    if n < 1:
        return None
    text = doc.lines[n - 1].folded.strip()
    parts = text.split()
    if len(text) > ISSUER_LINE_MAX or len(parts) < 2 or any(p in text for p in ",。;:!?"):
        return None
    return n if all(part.endswith(_ISSUER_SUFFIXES) for part in parts) else None


def _lines_holding(doc: Document, chars: list[str]) -> Iterator[Line]:
    """The lines holding any of `chars` (characters of doc.folded), in order, found by str.find."""
    f = doc.folded
    ahead = {c: f.find(c) for c in chars}  # the next occurrence of each
    while True:
        found = [at for at in ahead.values() if at >= 0]
        if not found:
            return
        line = doc.line_of(min(found))
        yield line
        for c, at in ahead.items():
            if 0 <= at < line.end:
                ahead[c] = f.find(c, line.end)


def stray_spaces(doc: Document) -> list[StraySpace]:
    """Every stray space run in the document, in order; found once for T001 and for T002, which leaves the
    invisible spaces T001 reports to it."""
    return doc.memo("typography.stray_spaces", lambda: list(_stray_spaces(doc)))


def _stray_spaces(doc: Document) -> Iterator[StraySpace]:
    chrome = doc.chrome
    separator_lines: set[int] | None = None
    issuer_lines: set[int] = set()
    # The spaces a site pads its "(略)" with are part of a mask R002 reports: deleting them would hide it.
    elided = elided_spans(doc)
    # A web timestamp glued before the first paragraph is B001's to delete whole, spaces and all.
    glued = glued_metadata(doc)
    f = doc.folded
    # Substring tests for the few space characters the document has (usually just " "), then a search for
    # each (both at memchr speed), rather than a test of every line: most lines have no space at all.
    for line in _lines_holding(doc, present(doc, SPACE_CHARS)):
        if line.number in chrome:
            continue
        depth, scanned = 0, 0  # quote/书名号 depth up to `scanned` (line-relative), advanced run by run
        body_start = len(line.folded) - len(line.folded.lstrip(" \t\u00a0\u2002\u2003\u2009\u200a\u202f"))
        for m in SPACE_RUN.finditer(line.folded):
            if m.start() < body_start or m.end() == len(line.folded):
                continue  # leading indentation; trailing blanks
            s, e = line.start + m.start(), line.start + m.end()
            if elided and any(a <= s and e <= b for a, b in elided):
                continue
            if m.end() <= glued.get(line.number, 0):
                continue
            if _PART_LABEL.match(line.folded, body_start, m.start()):
                continue  # the space after a part label at the line's start separates it from the title
            # The label is looked for just before the space: searching the whole line would be quadratic.
            if (_LAYOUT_GAP.search(line.folded, max(0, m.start() - 12), m.start())
                    and _LAYOUT_NEXT.match(line.folded, m.end())):
                continue  # "〔2020〕3号 签发人：" (GB/T 9704 header), "3月29日电 据……" (a news dateline)
            if m.end() - m.start() >= LAYOUT_RUN and "。" not in line.text:
                continue
            if _lost_break(line.folded, m.start(), m.end()):
                shown = line.text[max(0, m.start() - 4):m.end() + 6]
                yield StraySpace(s, e, f"“{shown}”：句末标点后的空格处疑为丢失的分段，标题应另起一行", True)
                continue
            found = _classify(doc, line, s, e)
            if found is None:
                continue
            where, why = found
            if where == _BETWEEN_HAN:
                depth, scanned = _quote_depth(line.folded, depth, scanned, m.start()), m.start()
                if separator_lines is None:
                    separator_lines, issuer_lines = _separator_lines(doc), _issuer_lines(doc)
                if line.number in issuer_lines:
                    continue  # "中共某县委  某县人民政府" above the title: the space separates two issuers
                left_run = _han_run(f, s - 1, -1, line.start, line.end)
                right_run = _han_run(f, e, 1, line.start, line.end)
                if left_run == 1 and right_run == 1:
                    continue  # "组　长：王　伟": a two-character word padded to align with three-character ones
                if ((depth or line.number in separator_lines)
                        and left_run >= SEPARATOR_LEFT and right_run >= SEPARATOR_RIGHT):
                    continue  # "零距离旁听庭审 远离电信诈骗陷阱": a title's two phrases
            left = line.text[max(0, m.start() - _CONTEXT):m.start()].lstrip()
            right = line.text[m.end():m.end() + _CONTEXT].rstrip()
            message = f"{where.format(kind=_kind(doc.text[s:e]))}（“{left}{doc.text[s:e]}{right}”）：{why}，应删除"
            yield StraySpace(s, e, message)
