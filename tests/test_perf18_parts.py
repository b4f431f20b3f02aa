"""The shortcuts of the part-list and change checks (round 18) find what the plain forms they replaced find: every
sentence read by every list function and by the change reader, with no gate."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import changes, parts
from checks.arithmetic.quantities import SentenceReading, before, quantity_readings, scopes_agree
from linter.document import Document
from linter.model import Hit

_DATA = parts._DATA
# The words the lists and changes are read from, counts to read them on, and what separates them.
_WORDS = sorted(
    {s for g in parts.GROUPS for s, _ in g.synonyms.pairs}
    | {t for g in _DATA["groups"] for t in g["whole"]}
    | {*_DATA["list_intro"], *_DATA["exhaustive_intro"], *_DATA["sum_labels"], *_DATA["catch_all"], "涉企"}
    | {*changes._UP, *changes._DOWN, *changes._DATA["change_words"], "较", "比", "由", "从", "至", "到", "上年的",
       "2023年", "2024年"}
)
_COUNTS = ["12件", "3件", "5件", "9件", "20件", "约8件", "97.8%", "25%", "2个百分点", "1.5万元"]
_PUNCT = [",", ";", "。", "(", ")", "、", ":"]
_TEXT = st.lists(st.sampled_from(_WORDS + _COUNTS + _PUNCT), max_size=30).map("".join)


def _plain_implicit(r: SentenceReading, doc: Document, taken: set[int]) -> list[parts.PartList]:
    """_implicit_lists before round 18: every count of the sentence tried as a total, with every group."""
    out: list[parts.PartList] = []
    qs = r.quantities
    for i, total in enumerate(qs):
        if not (parts._ANY_WHOLE.search(total.label) or parts._ANY_WHOLE.search(total.tail)) \
                or total.start in taken or not parts._usable(total):
            continue
        best: list = []
        for group in parts.GROUPS:
            if group.whole.first(total.label) is None and group.whole.first(total.tail) is None:
                continue
            run: list = []
            seen: set[str] = set()
            for q in qs[i + 1:i + 1 + parts.MAX_PARTS]:
                prev_end = run[-1].end if run else total.end
                if not parts._usable(q) or not q.same_unit(total) or ";" in doc.folded[prev_end:q.start] \
                        or "其中" in q.label:
                    break
                cats = group.categories_of(q)
                if not cats or cats & seen:
                    break
                seen |= cats
                run.append(q)
            if len(run) > len(best):
                best = run
        if len(best) > 1 and scopes_agree(total, best):
            out.append(parts._judge(total, best, False))
    return out


def _plain_part_lists(doc: Document) -> list[parts.PartList]:
    reads = quantity_readings(doc)
    lists: list[parts.PartList] = []
    for position, r in enumerate(reads):
        explicit = parts._explicit_lists(doc, before(reads, position), r)
        lists += explicit
        lists += _plain_implicit(r, doc, {pl.total.start for pl in explicit})
        lists += parts._summed_lists(doc, r)
    return lists


def _plain_change_hits(doc: Document) -> list[Hit]:
    hits = [changes._check(pair, change) for r in quantity_readings(doc) for pair, change in
            changes._pairs_and_changes(r)]
    return [h for h in hits if h] + changes.multiple_hits(doc)


def _same(found: Sequence[object], plain: Sequence[object]) -> None:
    assert list(found) == list(plain)


_EXAMPLES = [
    "共受理案件120件,其中办结100件,在办20件。",
    "清理44件,保留41件,废止3件。审结10件,维持7件,撤销2件,确认违法1件。",
    "共发布信息5244条。其中,动态信息1548条;公示公告45条;其他信息41条。",
    "受理12件,办结9件,在办5件,其中",
    "由12件提高至20件,增幅25%。较上年的9件增长12件",
    "2023年办理12件,2024年办理20件,同比增长25%。",
]


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
@example(text=_EXAMPLES[0])
@example(text=_EXAMPLES[1])
@example(text=_EXAMPLES[2])
@example(text=_EXAMPLES[3])
def test_the_part_lists_are_those_of_every_sentence_read(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    _same(parts._all_part_lists(doc), _plain_part_lists(doc))


@settings(max_examples=400, deadline=None)
@given(text=_TEXT)
@example(text=_EXAMPLES[4])
@example(text=_EXAMPLES[5])
def test_the_changes_are_those_of_every_sentence_read(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    _same(changes.change_hits(doc), _plain_change_hits(doc))


def test_the_examples_give_lists_and_changes() -> None:
    """The hand examples are not vacuous: each gives what it is meant to."""
    docs = [Document.from_text(t, year_override=2024) for t in _EXAMPLES]
    assert all(parts._all_part_lists(d) for d in docs[:3])
    assert all(changes.change_hits(d) or changes._pairs_and_changes(quantity_readings(d)[0]) for d in docs[4:])
