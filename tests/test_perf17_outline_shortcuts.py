"""Shortcuts of the perf17 speed round (the outline and the structure rules) must find exactly what the plain
form finds: checked with hypothesis on reports built from the lines each one cares about, against the plain
computation it replaces."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from linter import outline
from linter.document import Document

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
