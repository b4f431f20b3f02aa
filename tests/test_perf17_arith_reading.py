"""The arithmetic reading's shortcuts (round 17) find what the plain forms find."""

from __future__ import annotations

from checks.arithmetic import summed
from checks.arithmetic.quantities import quantity_readings
from linter.document import Document


def test_a_tail_found_when_asked_is_the_text_up_to_the_next_boundary_or_quantity() -> None:
    text = "全年受理案件120件（其中行政案件80件） ，审结100件 同比增长5%，结案率83.3%\n"
    doc = Document.from_text(text, year_override=2024)
    qs = [q for r in quantity_readings(doc) for q in r.quantities]
    assert [q.tail for q in qs] == ["(其中行政案件", ")", "同比增长", "", ""]


def test_a_sum_of_parts_has_no_tail() -> None:
    doc = Document.from_text("审结10件，其中撤销2件、变更1件，纠错率30%。\n", year_override=2024)
    qs = quantity_readings(doc)[0].quantities
    total = summed._sum([summed._Part(qs[1], (0,)), summed._Part(qs[2], (1,))], qs[0])
    assert (total.label, total.tail, total.end) == ("", "", qs[2].end)
