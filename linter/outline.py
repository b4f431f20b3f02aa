"""The outline of a document: headings with their level and number, the title, the reports it holds and
the year each report covers. Built once per document (Document.outline) and shared by every rule.

Segmentation: files scraped from the web often hold several reports pasted one after another. A further
report starts at a second title after body text, at a second "现将…报告如下" opening, or where top-level
numbering restarts at 一、 and the restarted run reads like a report of its own (its 一、 is an achievements
heading, or a problems/plan heading follows). Everything is one pass over the lines plus one backward pass
over the top-level headings: linear in the size of the document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from .data import load_data
from .document import has_top_level_bar
from .record import NamedTuple

if TYPE_CHECKING:
    from .chrome import TitleWatermark
    from .document import Document

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}


@lru_cache(maxsize=1024)  # asked of the few numerals of every heading and enumeration item
def cn_number(text: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十, 二十三); None when it is not one."""
    if not text:
        return None
    if "十" not in text:
        return CN_DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    t = CN_DIGITS.get(tens, -1) if tens else 1
    u = CN_DIGITS.get(units, -1) if units else 0
    return None if t < 0 or u < 0 else t * 10 + u


# Patterns run on folded text (full-width punctuation already ASCII). Levels follow GB/T 9704.
_CN = "[一二三四五六七八九十]{1,3}"
# "1 加强组织领导" (a space for the dot) is a heading, "3 个方面" or "5 年" (scraping put a space between a
# number and its unit) is body text.
_UNIT_AFTER_SPACE = "个年月日次项件人名家万亿余多条批位所天场期元%"
_CN_END = r"(?:、|[.,](?!\d))"
_ARABIC_END = rf"(?:[.、](?!\d)|\s+(?![{_UNIT_AFTER_SPACE}\d]))"
_HEADING_FIRST = frozenset("一二三四五六七八九十(#*_")  # a numbering marker, a Markdown # or bold ** / __
# The four markers in one pattern (the level is one more for a bracket, 2 more for a decimal numeral: see
# _STYLES): "(" (group 1), then a Chinese numeral (group 2) or a decimal one (group 3) followed by ")" when
# the bracket opened, else by the marker's own end. Then the heading's text up to its first end punctuation or
# the end of the line (group 4) and the first non-space after that punctuation, if any (group 5: a heading run
# into its paragraph). One match for all of it: most lines of a report are headings, and a match per marker
# tried, then a search for the text's end, cost as many calls.
_HEADING = re.compile(rf"(\()?(?:({_CN})(?(1)\)|{_CN_END})|(\d{{1,2}})(?(1)\)|{_ARABIC_END}))"
                      r"([^。!?;:]*)(?:[。!?;:]\s*(\S))?")
_STYLES = ("", "cn", "paren_cn", "arabic", "paren_arabic")  # by level
_INDENT = " \t\u00a0"
_MD_PREFIX = re.compile(r"#{1,6}[ \t]*")
_BOLD = re.compile(r"\*\*|__")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SENTENCE_PUNCT = re.compile(r"[。;!?,、]")

YEAR_IN_TITLE = re.compile(r"(20\d\d)\s*年")
# Paragraphs between a report's opening sentence and a second one, with no heading, for the second to start a
# new report: two openings in a row are one report's lead-in said twice ("…现将我局2021年法治政府建设情况报告如下："
# then "2021年，我局坚持……现将有关情况报告如下。").
OPENING_GAP = 1
CLEAR_YEAR_MENTIONS = 3
OPENING_WITHIN = 5  # lines of text from a report's start within which its opening sentence is looked for
# Lines of text from the top within which a title with the first paragraph run into it is looked for.
GLUED_TITLE_WITHIN = 3
# Paragraphs a cover letter above its report may have (_Segmenter._cover_letter).
COVER_MAX_PROSE = 2
# Not a date: "2011年4月22日，全国人大常委会…" opens with when something happened, not the year reported on.
_OPENING_WORDS = ("现将", "关于")
_YEAR_SAID = r"\s*(20\d\d)\s*年(?!\s*\d{1,2}\s*月)(?:度)?"
BODY_YEAR = re.compile(rf"(?:^|{'|'.join(_OPENING_WORDS)}){_YEAR_SAID}")
# BODY_YEAR past the start of a text: its words alone. Opening with them, it gives `re` their first characters to
# skip ahead to; BODY_YEAR's "^" would be tried at every character of a paragraph.
_BODY_YEAR_AFTER_WORD = re.compile(f"(?:{'|'.join(_OPENING_WORDS)}){_YEAR_SAID}")
# A first-level heading naming the year whose work it reports: "一、2023年法治政府建设工作情况", "一、2023年度
# 依法行政主要举措和成效" (not a plan: "三、2024年工作打算" is matched by neither ending).
_WORK_HEADING_YEAR = r"[一二三四五六七八九十]+、{s}*(20\d\d){s}*年度?.{{0,16}}?(?:情况|成效|举措|做法)"
WORK_HEADING_YEAR = re.compile(_WORK_HEADING_YEAR.format(s=r"\s"))
# The "no digit before it" lookbehind comes after the first digit (looking two characters back): a pattern
# that opens with a literal lets `re` skip ahead to each 2.
ANY_YEAR = re.compile(r"(2(?<!\d.)0\d\d)\s*年")
# The two above, searched in a run of lines at once: their blanks never cross a line break, so each finds in
# the run what it finds in each of its lines (WORK_HEADING_YEAR after a line break and the line's indentation:
# a literal first character lets `re` skip ahead to each line, where "^" would be tried at every character).
_WORK_HEADING_YEAR_LINE = re.compile(r"\n[^\S\n]*" + _WORK_HEADING_YEAR.format(s=r"[^\S\n]"))
_ANY_YEAR_IN_LINES = re.compile(r"(2(?<!\d.)0\d\d)[^\S\n]*年")
# A line with sentence punctuation and this many Chinese characters is body text, not a title or web chrome.
PROSE_MIN_CJK = 8
PROSE_LONG_CJK = 40
WEAK_TITLE_MAX_LEN = 40


# NamedTuples, not dataclasses: Python 3.11 builds a dataclass by exec-ing generated methods at import, about
# 1 ms each, a cost every run of the command line pays. None is mutated after it is built.
class Heading(NamedTuple):
    line: int
    column: int  # 1-based column of the numbering marker (or of the text for a bare Markdown heading)
    level: int  # 1: 一、 2: （一） 3: 1. 4: （1）; bare Markdown headings: number of '#'
    style: str  # cn | paren_cn | arabic | paren_arabic | markdown
    number: int | None
    marker: str  # the numbering as written (folded), e.g. "(一)"
    text: str  # heading text after the marker, up to the first sentence end on the line
    markdown: bool = False
    run_in: bool = False  # body text follows the heading on the same line
    end_column: int = 0  # 1-based column just after the heading text (exclusive)


_LINE = itemgetter(0)  # Heading.line, without a Python frame for each heading


class Report(NamedTuple):
    start_line: int
    end_line: int  # inclusive
    title_line: int | None
    year: int | None
    headings: list[Heading]
    # Why this report was split from the one before: "title" | "restart" | "opening"; None for the first.
    reason: str | None = None
    # The year is only the one its text mentions most (no title year, no opening "2023年，…", no heading naming
    # the year's work): good enough to show and to read headings by, not to judge dates against
    # (Document.year_at).
    year_guessed: bool = False


class Outline(NamedTuple):
    headings: list[Heading]
    reports: list[Report]
    toc_lines: frozenset[int]  # a table of contents ("目录" and its entries): not the outline
    # Report title lines with a mirror site's watermark run into them (linter.chrome.title_watermark), read
    # as their title alone; B001 reports the watermark.
    watermarks: dict[int, TitleWatermark]
    # Report title lines with the first paragraph run into them ("…情况报告2025年，全县…"): where the title
    # ends (0-based offset in the line), read as the title alone; S009 reports the missing line break.
    glued: dict[int, int]


class _Patterns(NamedTuple):
    topic: re.Pattern[str]
    end: re.Pattern[str]
    weak_end: re.Pattern[str]
    strong: re.Pattern[str]
    max_len: int
    salutation: Callable[[str], re.Match[str] | None]  # its search (see _search)
    opening: re.Pattern[str]
    opening_paragraph: re.Pattern[str]
    cover_letter: re.Pattern[str]
    glued_not_title: re.Pattern[str]
    glued_not_body: re.Pattern[str]


def _search(source: str) -> Callable[[str], re.Match[str] | None]:
    """The search for a pattern: its match when it can only match at the start of the text (it opens with "^" and
    has no alternation at its top level), where a search would try the "^" at every character of a paragraph."""
    pattern = re.compile(source)
    return pattern.match if source.startswith("^") and not has_top_level_bar(source) else pattern.search


@cache
def _patterns() -> _Patterns:
    data = load_data("structure", "outline.yaml")
    t = data["title"]
    return _Patterns(re.compile(t["topic"]), re.compile(t["end"]), re.compile(t["weak_end"]), re.compile(t["strong"]),
                     int(t["max_len"]), _search(data["salutation"]), re.compile(data["opening"]),
                     re.compile(data["opening_paragraph"]), re.compile(data["cover_letter"]),
                     re.compile(data["glued_title"]["not_title"]), re.compile(data["glued_title"]["not_body"]))


@cache
def _traditional() -> tuple[dict[int, int], re.Pattern[str], str]:
    table: dict[str, str] = {**load_data("redaction", "formulations.yaml").get("traditional", {}),
                             **load_data("structure", "outline.yaml")["traditional"]}
    chars = "".join(sorted(table))
    return {ord(t): ord(s) for t, s in table.items()}, re.compile("[" + re.escape(chars) + "]"), chars


def simplified(text: str) -> str:
    """`text` with its traditional-script characters read as simplified, one for one (same length, so offsets
    hold): a report republished in traditional script has the same title and sections as its original. The
    tables: checks/structure/outline.yaml and checks/redaction/formulations.yaml, `traditional` in each."""
    table, present, _ = _traditional()
    # Most text has no traditional character: one scan, and the text itself back (str.translate on a dict
    # looks up every character).
    return text.translate(table) if present.search(text) else text


def has_traditional(doc: Document) -> bool:
    """Whether any character of the document reads differently in simplified script. When none does (most
    documents), a rule reading its lines one by one can take them as they are: one search of the text instead
    of one per line (each a scan of the line)."""
    return doc.has_traditional  # told in the scan that folds the text


def traditional_characters() -> str:
    """Every character `simplified` changes."""
    return _traditional()[2]


def reading(text: str) -> str:
    """`text` as titles, openings and headings are read: in simplified script, with the pinyin a mirror site put
    after characters ("负(fù)责(zé)人") deleted. For matching only: offsets do not hold once pinyin is gone."""
    return _without_pinyin(simplified(text))


def _without_pinyin(text: str) -> str:
    """`text` with a mirror site's pinyin deleted: `reading` for a document with no traditional-script character
    (has_traditional), where the simplified-script step would scan each line for nothing."""
    if "(" not in text:
        return text  # most lines: no scan
    return _pinyin_remover()(text)


@cache
def _pinyin_remover() -> Callable[[str], str]:
    """checks.boilerplate.pinyin.without_pinyin (the pattern lives with B004, which reports it), imported once:
    an import statement run for each line holding "(" costs as much as the scan it leads to."""
    from checks.boilerplate.pinyin import without_pinyin

    return without_pinyin


def reader(doc: Document) -> Callable[[str], str]:
    """`reading` for the lines of a document: its pinyin step alone when the document has no traditional-script
    character (most documents; the same result, one search of the text instead of one per line)."""
    return reading if has_traditional(doc) else _without_pinyin


def parse_heading(line_number: int, folded: str) -> Heading | None:
    """The heading that starts a line, if any."""
    lead = folded[:1]
    pos = 0
    if lead in _INDENT:  # past the indentation (most lines have none: no copy of the paragraph to tell it)
        pos = len(folded) - len(folded.lstrip(_INDENT))
        lead = folded[pos:pos + 1]
    if not lead or (lead not in _HEADING_FIRST and not lead.isdecimal()):
        return None  # most lines are body text: turned away before any pattern is tried
    md = bold = None
    if lead in "#*_":  # Markdown: "## 一、…", "**一、主要举措和成效**"
        md = _MD_PREFIX.match(folded, pos) if lead == "#" else None
        if md:
            pos = md.end()
        bold = _BOLD.match(folded, pos) if folded.startswith(("*", "_"), pos) else None
        if bold:
            pos = bold.end()
    m = _HEADING.match(folded, pos)
    if m:
        paren, cn, decimal, body, run_on = m.groups()
        number = cn_number(cn) if decimal is None else int(decimal)
        trimmed = body.rstrip()  # the body's text ends there (end_column)
        if bold and trimmed.endswith(bold.group()):
            trimmed = trimmed[: -len(bold.group())].rstrip()
        text = trimmed.lstrip()
        if number is not None and (text or md):
            after = m.start(4)
            level = (1 if decimal is None else 3) + (paren is not None)
            # tuple.__new__, as Heading._make does: most lines of a report are headings, and Heading(...) adds
            # the Python frame of its generated __new__ to each.
            return tuple.__new__(Heading, (line_number, pos + 1, level, _STYLES[level], number,
                                           folded[pos:after].strip(), text, md is not None, run_on is not None,
                                           after + len(trimmed) + 1))
    if md:
        hashes = md.group().count("#")
        text = folded[pos:].rstrip()
        return Heading(line_number, pos + 1, hashes, "markdown", None, "", text.strip(), True, False,
                       len(text) + 1)
    return None


def _title_text(folded: str) -> str:
    return folded.strip().strip("#*_ \t")


def _too_long(folded: str, most: int) -> bool:
    """Whether a line is longer than `most` even once stripped, told without stripping (copying) it when nothing
    at its ends would be stripped: most lines are paragraphs, and the outline and the chrome ask of each."""
    if len(folded) <= most:
        return False
    # Written out rather than a helper called for each end: asked of every line several times.
    first, last = folded[0], folded[-1]
    return not (first.isspace() or first in "#*_") and not (last.isspace() or last in "#*_")


def is_title_like(folded: str) -> bool:
    """A short line naming 法治政府建设/依法行政/法治建设 and ending like a report title (in either script)."""
    p = _patterns()
    if _too_long(folded, p.max_len):
        return False
    text = _title_text(folded)
    return 0 < len(text) <= p.max_len and _reads_as_title(text)


# The chrome and the outline ask this of the same short lines three or four times per document. Keyed by the
# stripped line, at most _patterns().max_len characters long.
@lru_cache(maxsize=4096)
def _reads_as_title(text: str) -> bool:
    p = _patterns()
    text = reading(text)
    return (bool(p.topic.search(text)) and bool(p.end.search(text)) and "。" not in text
            and parse_heading(0, text) is None)


@cache
def _title_max_len() -> int:
    """The longest line either title test (is_title_like, is_weak_title) may pass: _too_long beyond it tells
    both false (it is monotonic in its bound)."""
    return max(_patterns().max_len, WEAK_TITLE_MAX_LEN)


def _strong(folded: str) -> bool:
    """Whether a title-like line is a title clear enough to start a new report in the middle of a file: it
    names a year or opens with 关于."""
    return bool(_patterns().strong.search(reading(_title_text(folded))))


def is_weak_title(folded: str) -> bool:
    """A short line that ends like a report title, even without naming the subject ("XX局2023年工作总结")."""
    if _too_long(folded, WEAK_TITLE_MAX_LEN):
        return False
    text = _title_text(folded)
    return (0 < len(text) <= WEAK_TITLE_MAX_LEN and bool(_patterns().weak_end.search(reading(text)))
            and not _SENTENCE_PUNCT.search(text) and parse_heading(0, text) is None)


def is_salutation(folded: str) -> bool:
    """"中共XX区委、XX区人民政府：" — the addressee line of a report to a superior."""
    # It ends with its colon (see _classify), which reading never adds: a line without one (chrome.py asks this
    # of long lines) is turned away before it is read.
    if ":" not in folded:
        return False
    text = reading(folded.strip())
    return ":" in text and bool(_patterns().salutation(text))


def is_opening(text: str, read: Callable[[str], str] = reading) -> bool:
    """Whether a paragraph holds a report's opening sentence ("现将有关情况报告如下"). `read`: reading, or
    reader's shortcut for the document the paragraph comes from."""
    return bool(_patterns().opening.search(read(text)))


def cjk_count(text: str) -> int:
    """How many Chinese characters `text` holds."""
    # Counting runs, not characters: a paragraph has a few dozen runs but hundreds of characters (4x faster).
    return sum(map(len, _CJK_RUN.findall(text)))


def is_prose(folded: str) -> bool:
    """Body text: a sentence with punctuation, or a long run of Chinese."""
    # "At least n Chinese characters" told by a match that stops at the n-th: a paragraph of prose has 40 in its
    # opening, and no list of its runs is made to count them.
    # The short test first: a paragraph has its 8 characters and a comma near its start, where the long test
    # reads up to its 40th Chinese character (the same answer: both tests are pure). Its comma is found by a
    # substring test before `re` tests every character against the punctuation's class.
    return bool((_PROSE_MIN.match(folded) and ("," in folded or _SENTENCE_PUNCT.search(folded)))
                or _PROSE_LONG.match(folded))


def _at_least_cjk(n: int) -> re.Pattern[str]:
    """A pattern that matches at the start of a text holding at least `n` Chinese characters (as cjk_count)."""
    return re.compile(rf"(?:[^\u4e00-\u9fff]*+[\u4e00-\u9fff]){{{n}}}")


_PROSE_LONG = _at_least_cjk(PROSE_LONG_CJK)
_PROSE_MIN = _at_least_cjk(PROSE_MIN_CJK)


def title_year(folded: str) -> int | None:
    m = YEAR_IN_TITLE.search(folded)
    return int(m.group(1)) if m else None


def body_year(doc: Document, start_line: int, end_line: int) -> int | None:
    """The year a report's body says it covers: an opening "2023年，…" or "现将2023年度…", else a section
    heading naming the year's work ("一、2023年法治政府建设工作情况"), else the most frequent year mentioned."""
    return _body_year(doc, start_line, end_line)[0]


def _body_year(doc: Document, start_line: int, end_line: int) -> tuple[int | None, bool]:
    """body_year, and whether it is only the most frequent year (a guess, not what the report says)."""
    # The years as found, counted once at the end (in the order found: ties go to the year counted first).
    years: list[str] = []
    said: int | None = None  # a year a heading says the work was done in
    chrome = doc.chrome
    read = simplified if has_traditional(doc) else str  # str(text) is text
    seen = 0  # lines of text so far: the opening comes within the first few, after the title, a subtitle
    after = end_line + 1  # the first line after those
    for line in doc.lines[start_line - 1:end_line]:  # ("（2023年5月30日在……会议上）") and the salutation
        if line.number in chrome or not line.text.strip():
            continue  # "日期：2023年09月07日" above a 2022 report says when the page went up, not the year
        seen += 1
        text = line.folded.strip()
        m = _opening_year(read(text))  # 現將/關於 in traditional script
        if m:
            return int(m.group(1)), False
        if said is None and (h := WORK_HEADING_YEAR.match(text)):
            said = int(h.group(1))
        years += ANY_YEAR.findall(line.folded)
        if seen == OPENING_WITHIN:
            after = line.number + 1
            break
    if said is not None:
        return said, False
    # The rest of the report: one search of each run of lines between chrome lines rather than one of each line
    # (blank lines find nothing). No run starts the document (the opening's lines come first): each has a line
    # break before it.
    folded = doc.folded
    for start, end in _runs_between(doc, chrome, after, end_line):
        if h := _WORK_HEADING_YEAR_LINE.search(folded, start - 1, end):
            return int(h.group(1)), False
        years += _ANY_YEAR_IN_LINES.findall(folded, start, end)
    if not years:
        return None, False
    counts = Counter(map(int, years))
    year, times, runner_up = top_two(counts)
    # A year the text keeps coming back to (three times or more, twice as often as any other) is the year it
    # reports on; anything less is a guess.
    return year, not (times >= CLEAR_YEAR_MENTIONS and times >= 2 * runner_up)


def top_two(counts: Counter[int]) -> tuple[int, int, int]:
    """The most frequent year, its count and the next count (0 if none), ties going to the year counted first, as
    Counter.most_common(2) ranks them. Not most_common itself: it imports heapq, about 0.3% of a cold start."""
    year, times = max(counts.items(), key=itemgetter(1))
    return year, times, max((n for y, n in counts.items() if y != year), default=0)


def _opening_year(text: str) -> re.Match[str] | None:
    """BODY_YEAR.search(text): its match at the start, else the first one of its words' alternative (the only
    one that can match further on, and one that failed at the start fails there again)."""
    at_start = BODY_YEAR.match(text)
    if at_start:
        return at_start
    # Most opening paragraphs hold neither word: a substring test for each, faster than `re` testing every
    # character against the words' first characters.
    if not any(word in text for word in _OPENING_WORDS):
        return None
    return _BODY_YEAR_AFTER_WORD.search(text)


def _runs_between(doc: Document, skipped: frozenset[int], first: int, last: int) -> Iterator[tuple[int, int]]:
    """The offsets [start, end) of each run of the lines first..last (1-based, inclusive) that holds none of the
    `skipped` lines (the chrome: a few lines)."""
    lines = doc.lines
    run = first  # where the next run starts
    for n in sorted(n for n in skipped if first <= n <= last):
        if n > run:
            yield lines[run - 1].start, lines[n - 2].end
        run = n + 1
    if run <= last:
        yield lines[run - 1].start, lines[last - 1].end


# --- segmentation ---------------------------------------------------------------------------------------

class _Item(NamedTuple):
    """One non-blank, non-chrome line, classified."""

    line: int
    kind: str  # heading | title | weak_title | salutation | prose | other
    text: str  # folded, stripped
    heading: Heading | None = None
    opening: bool = False  # holds "现将…报告如下"


def _classify(number: int, folded: str, read: Callable[[str], str] = reading) -> _Item:
    """A line read by `read` (reading, or reader's shortcut for the line's document)."""
    text = folded.strip()
    # Most lines open with a Chinese character (a paragraph, 一、…) or have one second or third ("(一)…",
    # "1.加强…"): told without a call of `re`.
    if not ("\u4e00" <= text[:1] <= "\u9fff" or "\u4e00" <= text[1:2] <= "\u9fff" or "\u4e00" <= text[2:3] <= "\u9fff"
            or _CJK.search(text)):
        return _Item(number, "other", text)  # dates, "Baidu", "map": residue, never report text
    heading = parse_heading(number, folded)
    if heading and not (heading.style == "markdown" and is_title_like(folded)):
        # tuple.__new__, as _Item._make does: most lines of a report are headings (no Python frame for each).
        return tuple.__new__(_Item, (number, "heading", text, heading, False))
    # A paragraph (most other lines) is too long for either title test: told once for both.
    if not _too_long(folded, _title_max_len()):
        if is_title_like(folded):
            return _Item(number, "title" if _strong(folded) else "weak_title", text)
        if is_weak_title(folded):
            return _Item(number, "weak_title", text)
    # is_salutation and is_opening, the line read once (a paragraph: two scans of it) for both.
    read_text = read(text)
    # A salutation ends with its colon (outline.yaml): a paragraph without one is turned away by a scan in C.
    if ":" in read_text and _patterns().salutation(read_text):
        return _Item(number, "salutation", text)
    if is_prose(folded):
        return _Item(number, "prose", text, opening=bool(_patterns().opening.search(read_text)))
    return _Item(number, "other", text)


def _first_start(items: list[_Item]) -> tuple[int, int | None]:
    """Index of the item the first report starts at, and its title line. Short lines before the first title
    or body text (web metadata the chrome list missed, a document number) are a preamble."""
    for j, item in enumerate(items):
        if item.kind in ("title", "weak_title"):
            return j, item.line
        if item.kind != "other":
            return j, None
        # A title broken over two lines: "嘉峪关市人民政府" / "2024年法治政府建设情况报告" is caught by the
        # second line alone; "关于2024年法治政府建设" / "情况的报告" needs both.
        nxt = items[j + 1] if j + 1 < len(items) else None
        if (nxt is not None and nxt.kind in ("other", "weak_title") and ":" not in item.text
                and is_title_like(item.text + nxt.text)):
            return j, item.line
    return 0, None


def _restart_runs(items: list[_Item], opts: Mapping[str, Any]) -> dict[int, bool]:
    """For each top-level 一、 heading (item index): whether a later 二、/三、… of the same run names the
    problems or the plan (so the run reads like a report of its own)."""
    from checks.structure.elements import classify

    out: dict[int, bool] = {}
    later = False
    for idx in range(len(items) - 1, -1, -1):
        h = items[idx].heading
        if h is None or h.style != "cn":
            continue
        if h.number == 1:
            out[idx] = later
            later = False
        elif classify(h.text, opts=opts) & {"shortcomings", "plan"}:
            later = True
    return out


class _Segmenter:
    def __init__(self, items: list[_Item], opts: Mapping[str, Any], read: Callable[[str], str] = reading) -> None:
        self.items = items
        self.opts = opts
        self.read = read  # reading, or reader's shortcut for the items' document
        # _restart_runs, worked out when a restart is first in question: most files hold one report, whose 一、
        # is never asked about (no top-level heading before it), and each of its 二、三、… would be classified.
        self._later_parts: dict[int, bool] | None = None
        self.starts: list[tuple[int, int | None, str | None]] = []  # (item index, title line, reason)
        self._reset()

    def _reset(self) -> None:
        self.prose = 0
        self.headings = 0
        self.prose_after_heading = False  # body text under a heading (a table of contents has none)
        self.last_top: int | None = None
        # Headings and paragraphs read up to the first "现将…报告如下" (itself included): a second opening right
        # after it is one report's lead-in said twice, not a pasted report.
        self.opening_at: tuple[int, int] | None = None
        self.cover = False  # a paragraph submitting the report (a cover letter) before any heading

    def _back_to_start(self, i: int, lo: int, take_paragraph: bool) -> int:
        """Where a report whose first sure sign is item i begins: back over its opening paragraph (when
        `take_paragraph`) and a salutation or title line above it; never at or before item `lo`."""
        items, s = self.items, i
        prev = items[s - 1] if s - 1 > lo else None
        if take_paragraph and prev is not None and prev.kind == "prose":
            before = items[s - 2] if s - 2 >= 0 else None
            bare_heading_above = before is not None and before.heading is not None and not before.heading.run_in
            # The paragraph is the new report's opening unless it is the only text of a heading above it.
            if not bare_heading_above or _patterns().opening_paragraph.search(self.read(prev.text)):
                s -= 1
        prev = items[s - 1] if s - 1 > lo else None
        if prev is not None and prev.kind in ("salutation", "weak_title"):
            s -= 1
        return s

    def _cover_letter(self) -> bool:
        """Whether what was read since the report's start is a cover letter for a report whose title comes next:
        a paragraph or two that submit it ("现呈送…报告，请审阅"), no heading."""
        return self.cover and not self.headings and self.prose <= COVER_MAX_PROSE

    def _report_since_opening(self) -> bool:
        """Whether a report's body (a heading, or a paragraph) came after its opening sentence."""
        if self.opening_at is None:
            return False
        headings, prose = self.opening_at
        return self.headings > headings or self.prose - prose >= OPENING_GAP

    def _is_restart(self, i: int, h: Heading) -> bool:
        from checks.structure.elements import classify

        if h.number != 1 or self.last_top is None or self.last_top < 2 or not self.prose_after_heading:
            return False
        return "achievements" in classify(h.text, opts=self.opts) or self._later_part(i)

    def _later_part(self, i: int) -> bool:
        """Whether a later heading of the run item i opens names the problems or the plan (_restart_runs)."""
        if self._later_parts is None:
            self._later_parts = _restart_runs(self.items, self.opts)
        return self._later_parts.get(i, False)

    def run(self) -> list[tuple[int, int | None, str | None]]:
        items = self.items
        if not items:
            return []
        first, title = _first_start(items)
        self.starts.append((first, title, None))
        i = first + 1 if title is not None else first
        while i < len(items):
            item = items[i]
            lo = self.starts[-1][0]
            split: tuple[int, str] | None = None
            if item.kind == "heading":
                h = item.heading
                assert h is not None
                if h.style == "cn":
                    if self._is_restart(i, h):
                        split = (self._back_to_start(i, lo, take_paragraph=True), "restart")
                    else:
                        self.last_top = h.number
                self.headings += 1
                self.prose_after_heading = self.prose_after_heading or h.run_in
            elif item.kind == "title":
                if len(self.starts) == 1 and self.starts[0][1] is None and not self.headings and self.prose <= 2:
                    # Body-like residue above the real title ("下面是小编为大家整理的…"): the report starts here.
                    self.starts[0] = (i, item.line, None)
                    self._reset()
                elif (self.prose or self.headings) and not self._cover_letter():
                    split = (i, "title")
            elif item.kind == "prose":
                # "五、其他需要报告的情况" / "现将有关情况报告如下：" is a section, not a second opening.
                above = items[i - 1].heading if i > 0 else None
                under_heading = above is not None and not above.run_in
                if item.opening and self._report_since_opening() and not under_heading:
                    split = (self._back_to_start(i, lo, take_paragraph=False), "opening")
                else:
                    self.prose += 1
                    self.cover = self.cover or (not self.headings and self.prose <= COVER_MAX_PROSE
                                                and bool(_patterns().cover_letter.search(self.read(item.text))))
                    if item.opening and self.opening_at is None:
                        self.opening_at = (self.headings, self.prose)
                    self.prose_after_heading = self.prose_after_heading or self.headings > 0
            if split is None:
                i += 1
                continue
            s, reason = split
            title_line = items[s].line if items[s].kind in ("title", "weak_title") else None
            self.starts.append((s, title_line, reason))
            self._reset()
            # Re-read the new report's first lines with fresh state (at most a few items: stays linear).
            i = s + 1 if title_line is not None else s
        return self.starts


_TOC_HEAD = re.compile(r"目\s*录\s*:?")
_TOC_LEADER = re.compile(r"[\s.…·．\-_—]*\d*\s*$")  # "……3": the dot leader and page number of an entry
TOC_MAX_ENTRIES = 60


def _toc_key(text: str) -> str:
    return re.sub(r"\s+", "", _TOC_LEADER.sub("", text))


def _is_toc_head(text: str) -> bool:
    """"目录" (in either script): a paragraph is turned away on its first character, not read into simplified
    script whole (simplified reads one character for one)."""
    return text[:1] in _toc_first() and _TOC_HEAD.fullmatch(simplified(text)) is not None


@cache
def _toc_first() -> frozenset[str]:
    """The characters `simplified` reads as 目: what a "目录" line can open with. A set test for each of the first
    lines, rather than reading each one's first character into simplified script."""
    # simplified() of one character is its entry in the table, or the character itself: read from the table,
    # not by a search and a translation for each of its (some 140) characters.
    table = _traditional()[0]
    mu = ord("目")
    return frozenset(chr(c) for c in {mu, *table} if table.get(c, c) == mu)


def _toc(items: list[_Item]) -> tuple[int, int] | None:
    """Where a table of contents lies among the items, [start, end): its "目录" line and its entries, up to
    where the body repeats the first entry. Its headings are not the document's: numbering, empty sections
    and required sections are read from the body."""
    heads = _toc_first()  # told here as well as in _is_toc_head: no call for each of the first items
    head = next((i for i, it in enumerate(items[:TOC_MAX_ENTRIES]) if it.text[:1] in heads and _is_toc_head(it.text)),
                None)
    if head is None or head + 1 >= len(items):
        return None
    first = _toc_key(items[head + 1].text)
    end = next((j for j in range(head + 2, min(len(items), head + 2 + TOC_MAX_ENTRIES))
                if _toc_key(items[j].text) == first), None)
    if end is None:
        # No repeat: the entries run until the first body text.
        end = head + 1
        while end < len(items) and end - head <= TOC_MAX_ENTRIES and items[end].kind in ("heading", "other"):
            end += 1
    return head, end


def _without_watermark(folded: str, wm: TitleWatermark) -> str:
    """A title line as the outline reads it: the title alone, the watermark (and a first paragraph run into
    the title) blanked out. Same length, so columns hold."""
    return " " * wm.title_start + folded[wm.title_start:wm.title_end] + " " * (len(folded) - wm.title_end)


def _glued_title(number: int, folded: str) -> tuple[_Item, int] | None:
    """A title at the start of a line with the first paragraph run into it, read as the title alone, and where
    the title ends."""
    from .chrome import glued_title_end

    end = glued_title_end(folded)
    if not end or not _title_then_body(folded[:end].strip(), folded[end:]):
        return None
    titled = _classify(number, folded[:end] + " " * (len(folded) - end))  # same length: columns hold
    return (titled, end) if titled.kind in ("title", "weak_title") else None


def _title_then_body(title: str, body: str) -> bool:
    """Whether a line cut after 报告 reads as a title and the paragraph after it, not as the first sentence of a
    paragraph ("根据《关于做好2024年度法治政府建设总结…") or a title that goes on ("…情况报告及2024年工作方案")."""
    p = _patterns()
    balanced = all(title.count(a) == title.count(b) for a, b in _PAIRED)
    return (balanced and not _CLAUSE_PUNCT.search(title) and not p.glued_not_title.search(reading(title))
            and not p.glued_not_body.search(body))


_PAIRED = (("《", "》"), ("“", "”"), ("(", ")"))
_CLAUSE_PUNCT = re.compile(r"[,;:!?。]")  # a title has none: "2024年，全县……落实…情况报告制度" is a sentence


def _items(doc: Document) -> tuple[list[_Item], dict[int, TitleWatermark], dict[int, int]]:
    from .chrome import may_hold_watermark, title_watermark

    chrome = doc.chrome
    watermarks = may_hold_watermark(doc.folded)  # most documents: no line is asked
    items: list[_Item] = []
    marks: dict[int, TitleWatermark] = {}
    glued: dict[int, int] = {}
    titled_yet = False  # a title or a heading read: a title glued to a paragraph is looked for only above them
    read = reader(doc)
    for line in doc.lines:
        # isspace() rather than strip(): a paragraph is told non-blank on its first character, not copied.
        if line.number in chrome or not line.text or line.text.isspace():
            continue
        item = _classify(line.number, line.folded, read)
        # A watermark may be short enough to leave the line title-like ("秘书之家www.xxx.com某县…报告"): looked
        # for on every line, so that it is reported whether or not it hid the title.
        if item.kind != "heading" and watermarks and (wm := title_watermark(line.folded)) is not None:
            titled = _classify(line.number, _without_watermark(line.folded, wm), read)
            if titled.kind in ("title", "weak_title"):
                item = titled
                marks[line.number] = wm
                # The first paragraph may be run into the title behind the watermark too (S009 reports it).
                rest = line.folded[wm.title_end:]
                if rest.strip() and _title_then_body(line.folded[wm.title_start:wm.title_end].strip(), rest):
                    glued[line.number] = wm.title_end
        if (not titled_yet and item.kind in ("prose", "other") and len(items) < GLUED_TITLE_WITHIN
                and (found := _glued_title(line.number, line.folded)) is not None):
            item, glued[line.number] = found
        titled_yet = titled_yet or item.kind in ("title", "weak_title", "heading")
        items.append(item)
    return items, marks, glued


def build_outline(doc: Document) -> Outline:
    items, marks, glued = _items(doc)
    toc = _toc(items)
    toc_lines: frozenset[int] = frozenset()
    if toc:
        toc_lines = frozenset(it.line for it in items[toc[0]:toc[1]])
        items = items[:toc[0]] + items[toc[1]:]
    headings = [it.heading for it in items if it.heading is not None]
    starts = _Segmenter(items, doc.structure_options, reader(doc)).run()
    if not starts:
        return Outline(headings, [Report(1, len(doc.lines), None, None, [])], toc_lines, {}, {})
    titles = {title for _, title, _ in starts if title is not None}
    reports: list[Report] = []
    h = 0  # the first heading not yet given to a report
    for n, (idx, title, reason) in enumerate(starts):
        start = items[idx].line
        end = items[starts[n + 1][0]].line - 1 if n + 1 < len(starts) else len(doc.lines)
        year = None
        if title:
            folded = doc.lines[title - 1].folded
            if title in marks:
                folded = _without_watermark(folded, marks[title])
            elif title in glued:
                folded = folded[:glued[title]]
            year = title_year(folded)
        guessed = False
        if year is None:
            year, guessed = _body_year(doc, start, end)
        # The headings come in line order: the report's are a slice, found by bisection rather than a step
        # per heading.
        h = bisect_left(headings, start, h, key=_LINE)
        after = bisect_right(headings, end, h, key=_LINE)
        mine, h = headings[h:after], after
        reports.append(Report(start, end, title, year, mine, reason, guessed))
    return Outline(headings, reports, toc_lines, {n: wm for n, wm in marks.items() if n in titles},
                   {n: end for n, end in glued.items() if n in titles})
