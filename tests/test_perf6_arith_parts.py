"""The shortcuts of the part-list checks (sixth round) find what the plain forms they replaced find."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import parts
from checks.arithmetic.quantities import quantity_readings, scopes_agree, scopes_compatible
from checks.arithmetic.terms import categories_in
from linter.document import Document

# Every synonym of every group, and words that are none.
_WORDS = sorted({s for g in parts.GROUPS for s, _ in g.synonyms.pairs} | {"其中", "涉企", "案件", "不", "按时"})
_LABELS = st.lists(st.sampled_from(_WORDS), max_size=3).map("".join)


@settings(max_examples=300, deadline=None)
@given(labels=st.lists(_LABELS, min_size=1, max_size=5))
@example(labels=["维持", "维持", "不予受理"])
def test_the_categories_of_a_label_read_again_are_those_read_the_first_time(labels: list[str]) -> None:
    for label in labels + labels:
        q: Any = SimpleNamespace(label=label)
        for group in parts.GROUPS:
            assert group.categories_of(q) == categories_in(label, group.synonyms)


def test_the_labels_known_stay_few() -> None:
    group = parts.GROUPS[0]
    for i in range(parts._KNOWN_MAX + 10):
        q: Any = SimpleNamespace(label=f"第{i}")
        group.categories_of(q)
    assert len(group.known) <= parts._KNOWN_MAX


# Counts under scope markers, and sentence ends.
_SCOPED = st.lists(st.sampled_from(["2018年以来", "累计", "今年", "本年度", "受理", "12件", "3件", "5件", ",", "。"]),
                   max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_SCOPED)
@example(text="累计受理12件,今年办结3件,5件。")
def test_scopes_agree_as_when_every_pair_is_asked(text: str) -> None:
    reads = quantity_readings(Document.from_text(text, year_override=2024))
    qs = [q for r in reads for q in r.quantities]
    for anchor in qs:
        assert scopes_agree(anchor, qs) == all(scopes_compatible(q, anchor) for q in qs)
