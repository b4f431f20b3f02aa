"""The shortcuts of the arithmetic rules (parts.py, changes.py) find what the plain forms they replaced find:
checked with hypothesis on text built from the words and numbers these rules read."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import changes, metrics, parts
from checks.arithmetic.quantities import readings
from linter.config import options_key
from linter.document import Document

# The wholes and categories of every part-list group, counts, and the punctuation that ends labels and lists.
_WORDS = sorted({w for g in parts._DATA["groups"] for w in g["whole"]}
                | {s for g in parts._DATA["groups"] for c in (g["categories"], g.get("optional") or {})
                   for words in c.values() for s in words})
_TOKENS = [*_WORDS, "12件", "3件", "9件", "40件", "5项", "1.2万件", "约8件", "其中", "共", "合计", "案件",
           "，", "；", "。", "、", "\n"]
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text="清理44件，保留41件，废止3件。审结10件，维持7件，驳回3件。")
def test_a_sentence_naming_no_whole_has_no_implicit_list(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    for r in readings(doc):
        if r.quantities and not parts._ANY_WHOLE.search(doc.folded, r.sentence.start, r.sentence.end):
            assert parts._implicit_lists(r, doc, set()) == []


_LABEL_CHARS = [*"由从提高增加降低减少上升下降了至到为是较比的年件人2024，", *changes._UP, *changes._DOWN]


@settings(max_examples=500, deadline=None)
@given(label=st.lists(st.sampled_from(_LABEL_CHARS), max_size=12).map("".join))
@example(label="提高至")
@example(label="下降了到")
def test_a_change_to_is_searched_only_in_labels_ending_like_one(label: str) -> None:
    if changes._TO.search(label):
        assert label.endswith(changes._TO_ENDS)


@pytest.mark.parametrize("value", [[], (), [{"id": "x", "names": ["某率"], "numerator": ["办结"]}], None, {}])
def test_the_metrics_key_is_the_options_key(value: object) -> None:
    # "[]" for no metrics is a shortcut: the same as options_key gives nothing but an empty list.
    assert metrics.metrics_key(value) == ("[]" if value in ([], ()) else options_key(value))
    assert metrics.metrics_key([]) == metrics.metrics_key(()) != metrics.metrics_key([{}]) != metrics.metrics_key({})


def test_a_metric_table_is_built_once_per_configuration() -> None:
    user = [{"id": "x", "names": ["某某率"], "numerator": ["办结"], "denominator": ["受理"]}]
    assert metrics.metric_table({}) is metrics.metric_table({"metrics": []})
    with_user = metrics.metric_table({"metrics": user})
    assert with_user is metrics.metric_table({"metrics": [dict(user[0])]})
    assert with_user is not metrics.metric_table({})
    assert "某某率" in dict(with_user.names) and "某某率" not in dict(metrics.metric_table({}).names)
