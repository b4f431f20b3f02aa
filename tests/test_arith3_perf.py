"""The shortcuts of the part lists (parts.py) and the rates (rates.py) find what the plain forms they replaced
find: every sentence holding a quantity read by every list shape with every group, and for rates, checked with
hypothesis on text built from the words and numbers these checks read, and on the seed reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import parts, rates
from checks.arithmetic.metrics import metric_table
from checks.arithmetic.quantities import Quantity, SentenceReading, before, quantity_readings, scopes_compatible
from linter.document import Document

_WORDS = sorted({w for g in parts._DATA["groups"] for w in g["whole"]}
                | {s for g in parts._DATA["groups"] for c in (g["categories"], g.get("optional") or {})
                   for words in c.values() for s in words})
_TOKENS = [*_WORDS, *parts._DATA["list_intro"], *parts._DATA["exhaustive_intro"], *parts._DATA["sum_labels"],
           *parts._DATA["catch_all"], "12件", "3件", "9件", "40件", "5项", "1.2万件", "约8件", "7人", "案件", "按时",
           "，", "；", "。", "、", "(", ")", ":", "\n"]
_TEXT = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


def _plain_implicit(r: SentenceReading, doc: Document, taken: set[int]) -> list[parts.PartList]:
    """_implicit_lists as it was: every group tried, the categories of a count read before the cheap tests."""
    out: list[parts.PartList] = []
    qs = r.quantities
    for i, total in enumerate(qs):
        if not (parts._ANY_WHOLE.search(total.label) or parts._ANY_WHOLE.search(total.tail)) \
                or total.start in taken or not parts._usable(total):
            continue
        best: list[Quantity] = []
        for group in parts.GROUPS:
            if group.whole.first(total.label) is None and group.whole.first(total.tail) is None:
                continue
            run: list[Quantity] = []
            seen: set[str] = set()
            for q in qs[i + 1:i + 1 + parts.MAX_PARTS]:
                prev_end = run[-1].end if run else total.end
                cats = group.categories_of(q) if parts._usable(q) and q.same_unit(total) else set()
                if not cats or cats & seen or ";" in doc.folded[prev_end:q.start] or "其中" in q.label:
                    break
                seen |= cats
                run.append(q)
            if len(run) > len(best):
                best = run
        if len(best) > 1 and all(scopes_compatible(q, total) for q in best):
            out.append(parts._judge(total, best, False))
    return out


def _plain_part_lists(doc: Document) -> list[parts.PartList]:
    """_all_part_lists without its gates: every list shape on every sentence holding a quantity."""
    reads = quantity_readings(doc)
    lists: list[parts.PartList] = []
    for position, r in enumerate(reads):
        explicit = parts._explicit_lists(doc, before(reads, position), r)
        lists += explicit
        lists += _plain_implicit(r, doc, {pl.total.start for pl in explicit})
        lists += parts._summed_lists(doc, r)
    return lists


@settings(max_examples=1000, deadline=None)
@given(text=_TEXT)
@example(text="清理44件，保留41件，废止3件。审结10件，维持7件，驳回3件。")
@example(text="受理40件，其中办结12件，在办3件；合计9件。9件，3件，合计12件。")
@example(text="办结12件，提前办结9件，按时办结3件，其中按时办结1件。")
def test_the_gated_part_lists_are_the_plain_ones(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    assert parts._all_part_lists(doc) == _plain_part_lists(doc)


_SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("**/*.txt"))


@pytest.mark.parametrize("path", _SEEDS[:40], ids=lambda p: p.name)
def test_the_gated_part_lists_are_the_plain_ones_on_the_seeds(path: Path) -> None:
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    assert parts._all_part_lists(doc) == _plain_part_lists(doc)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
def test_a_group_left_out_of_a_sentence_gives_no_list_there(text: str) -> None:
    # _groups_in keeps a group when its whole and one of its categories occur in the sentence: without both,
    # no count of the sentence can be its total with two parts.
    doc = Document.from_text(text, year_override=2024)
    for r in quantity_readings(doc):
        sentence = doc.folded[r.sentence.start:r.sentence.end]
        for group in parts.GROUPS:
            if group not in parts._groups_in(sentence):
                assert parts._implicit_lists(r, doc, set(), (group,)) == []


def _plain_subset_candidates(prev: SentenceReading, r: SentenceReading) -> list[tuple[Quantity, Quantity, str]]:
    """_subset_candidates as it was: the category counts read before the subset's 其中 is looked for."""
    counts = [q for q in r.quantities if q.is_count]
    if not counts:
        return []
    first = counts[0]
    if first.approx or first.kind != "count":
        return []
    out = []
    categories = [(q, parts._category(q)) for q in prev.quantities]
    for q, name in categories:
        opening = parts._SUBSET.match(first.label)
        if name is None or opening is None or not opening.group("core").endswith(name) or not q.same_unit(first) \
                or not scopes_compatible(q, first):
            continue
        if any(other is not q and name in other.label for other, _ in categories):
            return out
        out.append((q, first, name))
    return out


def _plain_subsets(doc: Document) -> list[tuple[Quantity, Quantity, str]]:
    """The candidates of later_subset_hits as it found them: every sentence after one holding 类, sliced."""
    found: list[tuple[Quantity, Quantity, str]] = []
    reads = quantity_readings(doc)
    for position, r in enumerate(reads):
        prev = before(reads, position)
        if prev is not None and "类" in doc.folded[prev.sentence.start:prev.sentence.end]:
            found += _plain_subset_candidates(prev, r)
    return found


def _subsets(doc: Document) -> list[tuple[Quantity, Quantity, str]]:
    reads = quantity_readings(doc)
    return [c for position, r in enumerate(reads) if (prev := before(reads, position)) is not None
            for c in parts._subset_candidates(prev, r)]


_SUBSET_TOKENS = [*parts._SUBSET_DATA["category_suffix"], *parts._SUBSET_DATA["name_openers"],
                  *parts._SUBSET_DATA["subset_suffix"], *parts._SUBSET_DATA["filler"], "投诉举报", "行政处罚",
                  "市场监管领域", "其中", "受理案件中", "12件", "13件", "约5件", "3人", "，", "；", "。", "\n"]


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(_SUBSET_TOKENS), max_size=30).map("".join))
@example(text="受理案件中投诉举报类12件，行政处罚类17件。本年度，其中市场监管领域投诉举报案件13件。")
@example(text="投诉举报类12件，投诉举报案件3件。其中投诉举报案件13件，其中行政处罚类案件2件。")
def test_the_subset_candidates_are_the_plain_ones(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    assert _subsets(doc) == _plain_subsets(doc)
    # The hits are those of the plain candidates: a subset larger than its category and in no part list.
    listed = {p.start for pl in parts.part_lists(doc) for p in pl.parts}
    assert [(h.start, h.end) for h in parts.later_subset_hits(doc)] == [
        (subset.start, subset.end) for category, subset, _ in _plain_subsets(doc)
        if subset.value > category.value and subset.start not in listed]


def _plain_rate_hits(doc: Document, opts: dict[str, object]) -> list[rates.RateHit]:
    """_all_rate_hits as it was: every sentence holding a quantity read for rates."""
    reads = quantity_readings(doc)
    table = metric_table(opts)
    hits: list[rates.RateHit] = []
    for position, reading in enumerate(reads):
        last_end: dict[str, int] = {}
        for stated in rates._stated_rates(doc, reading, table):
            result = rates._check(doc, reading, before(reads, position), stated, last_end.get(stated.metric.id, -1))
            if result:
                hits.append(result)
            last_end[stated.metric.id] = stated.q.end
    return hits


_RATE_TOKENS = ["受理", "办结", "12件", "9件", "3件", "75%", "75.0%", "约75.0%", "80%", "办结率", "结案率为", "占",
                "比重", "纠错率", "纠错", "审结", "8件", "2个百分点", "，", "；", "。", "\n"]


@settings(max_examples=1000, deadline=None)
@given(text=st.lists(st.sampled_from(_RATE_TOKENS), max_size=30).map("".join))
@example(text="受理12件，办结9件，办结率80%。审结8件，纠错2件，纠错率约75.0%。")
def test_the_rates_of_the_rated_sentences_are_the_plain_ones(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    assert rates._all_rate_hits(doc, {}) == _plain_rate_hits(doc, {})
