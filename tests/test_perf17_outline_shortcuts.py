"""Shortcuts of the perf17 speed round (the outline and the structure rules) must find exactly what the plain
form finds: checked with hypothesis on reports built from the lines each one cares about, against the plain
computation it replaces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.structure import required, sections
from linter import outline
from linter.document import Document
from linter.model import Hit

# --- build_outline: a report's headings taken as a slice found by bisection ----------------------------------

_REPORT_LINES = ["某县2024年法治政府建设情况报告", "某局2023年度法治政府建设工作报告", "一、主要举措和成效",
                 "二、存在的问题", "三、2025年工作打算", "（一）加强组织领导", "1.完善制度。", "（2）强化培训",
                 "## 概述", "目录", "2024年，我局扎实推进法治政府建设。现将有关情况报告如下：", "",
                 "全年办理案件12件，同比增长3%。", "浏览量: 12次", "中共某县委：", "一、主要工作及成效"]


@settings(max_examples=600, deadline=None)
@given(lines=st.lists(st.sampled_from(_REPORT_LINES), max_size=30))
@example(lines=["一、主要举措和成效", "全年办理案件12件。", "二、存在的问题", "某局2023年度法治政府建设工作报告",
                "2024年，我局扎实推进法治政府建设。", "一、主要工作及成效", "二、存在的问题"])
def test_each_report_holds_the_headings_of_its_lines(lines: list[str]) -> None:
    built = outline.build_outline(Document.from_text("\n".join(lines)))
    for report in built.reports:
        assert report.headings == [h for h in built.headings if report.start_line <= h.line <= report.end_line]


# --- S002: the keys the entries name gathered once per report, not the entries walked for each key ---------


def _plain_missing_sections(doc: Document) -> list[tuple[int, int, str]]:
    """S002's findings as it found them: sections.first asked for each required key."""
    by_key = sections.element_by_key({})
    out = []
    for found in sections.all_sections(doc, {}):
        if found.fragment:
            continue
        for key in required.required_keys({}):
            if found.first(key) is not None:
                continue
            if key == required.LEADER and sections.body_mention(doc, found.report, by_key[key]) is not None:
                continue
            out.append((*required._anchor(doc, found.report), by_key[key].label))
    return out


_SECTION_LINES = ["某县2024年法治政府建设情况报告", "一、主要举措和成效", "一、坚持党的领导，统筹推进法治政府建设",
                  "二、存在的不足和原因", "三、党政主要负责人履行推进法治建设第一责任人职责情况", "四、2025年工作打算",
                  "五、其他需要报告的情况", "（一）加强组织领导", "县长认真履行第一责任人职责。", "存在的问题",
                  "全年办理案件12件。", "某局2023年度法治政府建设工作报告"]


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(st.sampled_from(_SECTION_LINES), max_size=16))
@example(lines=["某县2024年法治政府建设情况报告", "一、主要举措和成效", "全年办理案件12件。", "二、存在的不足和原因",
                "县长认真履行第一责任人职责。", "三、2025年工作打算", "全年办理案件12件。"])
def test_missing_sections_found_from_the_keys_named_are_those_first_finds(lines: list[str]) -> None:
    doc = Document.from_text("\n".join(lines))
    hits: list[Hit] = list(required.missing_required_section(doc, {}))
    plain = _plain_missing_sections(doc)
    assert [(h.start, h.end) for h in hits] == [(start, end) for start, end, _ in plain]
    assert all(f"缺少“{label}”部分" in h.message for h, (_, _, label) in zip(hits, plain, strict=True))
