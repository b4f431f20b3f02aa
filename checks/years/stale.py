"""A report reused from last year: the title's year and the year the body reports on disagree (Y005); a
comparison whose base year is the report year itself (Y006); last year's work plan issued as a measure (Y015)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from linter.document import Document, find_all, matches_at
from linter.model import Hit
from linter.outline import Report
from linter.record import NamedTuple
from linter.rules import rule

from .common import alternation, clause, in_sections, measures_sections, phrases, plan_sections

_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*年")
# "现将2023年度法治政府建设情况报告如下" (the year is the first one after 现将, in the same sentence).
_REPORT_AS = re.compile(r"现将[^。!?\n]{0,40}?(20\d\d)\s*年[^。!?\n]{0,60}?(?:报告|汇报|报送|总结)如下")
# A first paragraph that opens on its year: "2023年，…" / "2023年以来，…" / "2023年度，…" / "2023年是…".
_OPENING = re.compile(r"\s*(20\d\d)\s*年(?:度)?(?:以来)?\s*(?:[,，]|是)")
OPENING_LINES = 8  # how many non-empty lines after the title count as the opening


def _title_year(doc: Document, report: Report) -> int | None:
    """The one year named in the title line; None when it names none or several."""
    assert report.title_line is not None
    years = {int(y) for y in _YEAR.findall(doc.lines[report.title_line - 1].folded)}
    return years.pop() if len(years) == 1 else None


def _body_signals(doc: Document, report: Report) -> Iterator[tuple[list[int], int, int, str]]:
    """(years, start, end, kind) for each statement in the opening that says which year the body covers; a
    "现将……报告如下" sentence gives every year it names, the first being the one it reports on."""
    assert report.title_line is not None
    headings = {h.line for h in report.headings}
    seen = 0
    for line in doc.lines[report.title_line:report.end_line]:
        if line.number in doc.chrome or not line.text.strip():
            continue
        if line.number in headings or seen >= OPENING_LINES:
            return
        seen += 1
        for m in _REPORT_AS.finditer(line.folded):
            years = [int(y) for y in _YEAR.findall(m.group())]
            yield years, line.start + m.start(), line.start + m.end(), "report_as"
        m = _OPENING.match(line.folded)
        if m:
            yield [int(m.group(1))], line.start + m.start(1), line.start + m.end(1), "opening"


@rule(code="Y005", name="stale-copy", family="years", severity="error",
      summary="标题年份与正文所报告的年份不一致（沿用上年报告）",
      explanation="标题写“2024年度”，正文却以“2023年，……”开头或写“现将2023年度……报告如下”，"
                  "说明报告是在上年文本上改的，只改了标题。请通读全文，把年份和数据统一改为本报告年度。",
      bad=["某县2024年度法治政府建设情况报告\n2023年，我县坚持以习近平新时代中国特色社会主义思想为指导。"
           "现将2023年度法治政府建设情况报告如下。\n一、主要举措和成效",
           "关于2024年度法治政府建设情况的报告\n市政府：\n现将我局2023年法治政府建设工作情况报告如下。\n一、主要举措和成效"],
      good=["某县2024年度法治政府建设情况报告\n2024年，我县坚持以习近平新时代中国特色社会主义思想为指导。"
            "现将2024年度法治政府建设情况报告如下。\n一、主要举措和成效\n对照2023年度报告指出的问题逐项整改。",
            "某县2024年度法治政府建设情况报告\n一、主要举措和成效\n2023年，我县印发的三年行动方案进入第二年。",
            "关于2024年度法治政府建设情况的报告\n现将我局2023年度督察反馈问题整改及2024年法治政府建设情况报告如下。"])
def stale_copy(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    for report in doc.reports:
        if report.title_line is None:
            continue
        title_year = _title_year(doc, report)
        if title_year is None:
            continue
        hit = _disagreement(doc, report, title_year)
        if hit:
            yield hit


def _disagreement(doc: Document, report: Report, title_year: int) -> Hit | None:
    """The first statement of the opening that names another year than the title, unless the body's own
    "现将……报告如下" names the title's year."""
    signals = list(_body_signals(doc, report))
    if any(kind == "report_as" and title_year in years for years, *_, kind in signals):
        return None
    for years, start, end, kind in sorted(signals, key=lambda s: s[3] != "report_as"):
        if title_year in years:
            continue
        year = years[0]
        said = "写“现将……报告如下”时" if kind == "report_as" else "开头"
        return Hit(start, end, f"标题为{title_year}年度，正文{said}却是{year}年：疑为沿用{year}年度的报告"
                               f"只改了标题，请把正文的年份和数据改为{title_year}年度")
    return None


class _Comparison(NamedTuple):
    pattern: re.Pattern[str]
    # The leading words (由, 从; 比, 较): every match opens with one. The pattern is tried only where str.find
    # finds one, as `re` would test the alternation at every character, and four scans of the text for a word
    # before a year cost more than four finds of one character.
    words: tuple[str, ...]

    def finditer(self, folded: str) -> Iterator[re.Match[str]]:
        starts = sorted(at for word in self.words for at in find_all(folded, word))
        return matches_at(self.pattern, folded, starts)


def _comparison_of(words: tuple[str, str], rest: str) -> _Comparison:
    return _Comparison(re.compile(rf"(?:{'|'.join(words)})\s*(20\d\d)\s*年{rest}"), words)


@cache
def _comparison() -> tuple[_Comparison, _Comparison]:
    verbs = alternation(phrases()["change_verbs"])
    # 由2023年的650元/月提高至675元/月 / 从2023年的…增加到…
    from_to = _comparison_of(("由", "从"), rf"(?:度)?的[^。;；!?\n]{{0,30}}?(?:{verbs})(?:至|到)")
    # 比2023年增长15% / 较2023年下降
    versus = _comparison_of(("比", "较"), rf"(?:度|全年)?\s*(?:{verbs}|多|少)")
    return from_to, versus


@rule(code="Y006", name="base-year-is-report-year", family="years", severity="warning",
      summary="对比基准年份与报告年度相同（由2023年的……提高至……）",
      explanation="年度报告里的增减对比，基准通常是上一年：2023年度报告写“由2023年的650元/月提高至675元/月”"
                  "“比2023年增长”，基准年与报告年度相同，多是沿用旧稿时把年份统一替换造成的。请核对基准年份。"
                  "下一年度安排部分和同时写出更晚年份的句子不在此列。",
      bad=["城乡低保标准由2023年的650元/月提高至675元/月。",
           "全年办理行政复议案件120件，比2023年增长15%。"],
      good=["城乡低保标准由2022年的650元/月提高至675元/月。",
            "力争2024年行政复议纠错率比2023年下降2个百分点。",
            "三、2024年工作打算\n推动行政复议案件数量比2023年下降。",
            "新增公职律师30人，比2023年初增加一倍。"],
      example_year=2023)
def base_year_is_report_year(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    sections = plan_sections(doc)
    folded = doc.folded
    for comparison in _comparison():
        for m in comparison.finditer(folded):
            base = int(m.group(1))
            line = doc.position(m.start()).line
            if base != doc.year_at(line) or in_sections(line, sections):
                continue
            sentence = doc.sentences[doc.sentence_index(m.start())]
            if any(int(y) > base for y in _YEAR.findall(sentence.folded)):
                continue  # "2024年比2023年…": a forward-looking comparison
            yield Hit(m.start(1), folded.index("年", m.end(1)) + 1, f"对比基准年份为{base}年，与报告年度相同；"
                                                f"年度对比一般以上一年（{base - 1}年）为基准，请核对是否沿用旧稿未改")


# The title of a yearly plan: 《2023年度法治政府建设工作要点》 / 《某县2023年依法行政工作计划》. The first year in
# it is read as the plan's year; a range (2023—2025年) is a multi-year plan, not last year's.
_PLAN_TITLE = r"《([^《》\n]{{0,30}}?)(20\d\d)\s*年(?!\s*[-—–~至到])[^《》\n]{{0,40}}?(?:{endings})》"


# At most this many characters between the verb and the title: 研究制定了《…》, 制定印发《…》, 实施…
_VERB_GAP = 4


@cache
def _issued_plan() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    p = phrases()
    # The verb, then a few characters (了, 并印发, 实施) before the title: 研究制定了《…》, 制定印发《…》.
    pattern = re.compile(rf"(?:{alternation(p['plan_issue_verbs'])})[^,.;:!?《》\s]{{0,{_VERB_GAP}}}"
                         + _PLAN_TITLE.format(endings=alternation(p["plan_document_endings"])))
    endings = tuple(f"{e}》" for e in p["plan_document_endings"])
    return pattern, re.compile(alternation(p["plan_review_markers"])), endings


def issued_plans(folded: str) -> list[re.Match[str]]:
    """The matches of _issued_plan's pattern in the text, tried only where one of its verbs stands just before
    the title of a plan. Every match ends with a plan ending and its 》 ("工作要点》"), and the title holds no
    other 《: its 《 is the last one before the ending, and the verb stands at most _VERB_GAP characters
    before it. The endings, found by str.find, are few (most reports have none); `re` would try the
    alternation of verbs at every character, and a search for each verb found several times as many places."""
    pattern, _, endings = _issued_plan()
    verbs = [str(verb) for verb in phrases()["plan_issue_verbs"]]
    reach = max(map(len, verbs)) + _VERB_GAP
    starts: set[int] = set()
    for ending in endings:
        for at in find_all(folded, ending):
            title = folded.rfind("《", 0, at)
            lo = max(0, title - reach)
            if title > 0:
                starts.update(lo + i for verb in verbs for i in find_all(folded[lo:title], verb))
    return list(matches_at(pattern, folded, sorted(starts)))


def _issued_the_year_before(doc: Document, issued: list[re.Match[str]]) -> bool:
    """Whether a plan in `issued` is dated the year before a year some line of the document is in (what
    last_years_plan reports): the report years, or the override. Asked before the sections are worked out,
    which reads the whole outline, and most plans issued are the report year's own."""
    if doc.year_override is not None:
        years = {doc.year_override}
    else:
        years = {r.year for r in doc.reports if not r.year_guessed and r.year is not None}
    return any(int(m.group(2)) + 1 in years for m in issued)


@rule(code="Y015", name="last-years-plan", family="years", severity="warning",
      summary="“主要举措和成效”中把上一年度的工作要点当作本年度举措（制定《2023年…工作要点》）",
      explanation="报告年度的主要举措里写“制定《2023年度法治政府建设工作要点》”，而报告是2024年度的："
                  "上一年度的工作要点应在上一年制定，多半是照搬了上年报告没有改年份。请核对后改为本年度"
                  "（2024年）的工作要点。只检查“主要举措和成效”部分，且只看制定、印发、出台这类动词；"
                  "对照、总结、评估上一年度工作要点落实情况的句子不报告。",
      bad=["某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。年初研究制定"
           "《某县2023年度法治政府建设工作要点》，明确重点任务36项。\n二、存在的不足和原因\n（一）基层力量薄弱。"],
      good=["某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。年初研究制定"
            "《某县2024年度法治政府建设工作要点》，明确重点任务36项。\n二、存在的不足和原因\n（一）基层力量薄弱。",
            "某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。对照《某县2023年度"
            "法治政府建设工作要点》开展回头看，逐项销号。\n二、存在的不足和原因\n（一）基层力量薄弱。",
            "某县2024年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导。印发《某县2023—2025年"
            "法治宣传教育工作计划》。\n二、存在的不足和原因\n（一）基层力量薄弱。"])
def last_years_plan(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    _, review, endings = _issued_plan()
    folded = doc.folded
    issued = issued_plans(folded)
    if not issued or not _issued_the_year_before(doc, issued):
        return  # the sections (a heading reading each) are worked out only for a report that issues a plan
    for section in measures_sections(doc):
        year = doc.year_at(section.start_line)
        if year is None:
            continue
        lo, hi = doc.lines[section.start_line - 1].start, doc.lines[section.end_line - 1].end
        for m in issued:
            if not lo <= m.start() < hi or int(m.group(2)) != year - 1:
                continue
            if any(int(y) >= year for y in _YEAR.findall(m.group())):
                continue
            a, b = clause(folded, m.start(), m.end())
            if review.search(folded, a, b):
                continue  # 印发《2023年…工作要点》落实情况的通报: reporting on last year's plan
            kind = next(e for e in endings if m.group().endswith(e))[:-1]
            yield Hit(m.start(), m.end(), f"本报告为{year}年度，主要举措中却写“{doc.text[m.start():m.end()]}”："
                                          f"这是上一年度（{year - 1}年）的{kind}，疑为照搬{year - 1}年度报告未改年份，"
                                          f"请核对是否应为{year}年度的{kind}")
