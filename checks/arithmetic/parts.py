"""Parts against their total (rules A003, A004). The list shapes and the category groups are described in
parts.yaml.

Also (A003) a subset in the sentence after its category larger than the category: "受理案件中投诉举报类12件，
行政处罚类17件。……，其中市场监管领域投诉举报案件13件" cannot be, for 市场监管领域 complaints are complaints. The tie
between the two sentences rests on words only, so it is read narrowly (parts.yaml, `subset`): the category is
named as such (…类), the subset's clause opens with 其中 and ends with the same category words, it is the first
count of the very next sentence, and no other count of the category's sentence carries the category's name. The
finding is a warning."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal

from linter.data import load_data
from linter.document import Document
from linter.model import Hit, Severity
from linter.record import NamedTuple

from .quantities import (
    COUNT_KINDS,
    Quantity,
    SentenceReading,
    alternation,
    before,
    quantity_readings,
    scopes_agree,
    scopes_compatible,
)
from .terms import Synonyms, Terms, categories_in

_DATA = load_data("arithmetic", "parts.yaml")
# The list intros, then the exhaustive ones, as plain words (a pattern of plain words lets `re` skip to where
# one may begin; a named group around each list would make it try every position). A match not among the list
# intros is an exhaustive one.
_INTRO = re.compile(alternation(_DATA["list_intro"]) + "|" + alternation(_DATA["exhaustive_intro"]))
_LIST_INTROS = frozenset(_DATA["list_intro"])
# A label that is a sum label and nothing else (a label never holds a line break).
_SUM_LABELS = frozenset(_DATA["sum_labels"])
_CATCH_ALL = re.compile("^[、,]?(?:" + alternation(_DATA["catch_all"]) + ")")
_CROSS = re.compile(alternation(_DATA["cross_cutting"]))
_NESTED = re.compile(alternation(_DATA["nested"]))
_PUNCT_ONLY = re.compile(r"^[\s\u00a0,;:。()、“”\"]*$")
# Real lists are short and sit next to their total; the caps keep hostile input linear.
MAX_PARTS = 30
TOTAL_GAP = 60  # characters between a total and the 其中 of its list
BRACKET_MAX = 500


class Group(NamedTuple):
    id: str
    whole: Terms
    synonyms: Synonyms  # every category, required and optional
    required: tuple[str, ...]  # in the order of parts.yaml, for messages
    # The categories by label: reports repeat their labels (办结, 其中撤销), and a look-up costs a tenth of a
    # search for every synonym. Emptied when full, so that it stays small.
    known: dict[str, frozenset[str]]

    def categories_of(self, q: Quantity) -> frozenset[str]:
        label = q.label
        found = self.known.get(label)
        if found is None:
            if len(self.known) >= _KNOWN_MAX:
                self.known.clear()
            found = self.known[label] = frozenset(categories_in(label, self.synonyms))
        return found


_KNOWN_MAX = 4096
GROUPS = tuple(
    Group(g["id"], Terms.of(g["whole"]), Synonyms.of({**g["categories"], **(g.get("optional") or {})}),
          tuple(g["categories"]), {})
    for g in _DATA["groups"]
)
# Any whole of any group: most counts carry none, and are passed over with one search.
_ANY_WHOLE = re.compile(alternation(t for g in _DATA["groups"] for t in g["whole"]))
# Either: it matches where one of the two does.
_INTRO_OR_WHOLE = re.compile(_INTRO.pattern + "|" + _ANY_WHOLE.pattern)


class PartList(NamedTuple):
    total: Quantity
    parts: tuple[Quantity, ...]
    exhaustive: str | None  # why the parts must add up to the total; None for a partial list
    disjoint: bool  # the parts cannot overlap, so their sum may not exceed the total
    named: tuple[str, ...] = ()  # category names of the parts, when known


def _usable(q: Quantity) -> bool:
    return q.kind in COUNT_KINDS and not q.approx  # (q.is_count inlined: a property call per count)


def _clean(label: str) -> str:
    return label.lstrip("、,:( ")


def _categorised(parts: Sequence[Quantity]) -> tuple[Group, list[frozenset[str]]] | None:
    """The group every part falls into, with the categories of each part."""
    for group in GROUPS:
        cats: list[frozenset[str]] = []
        for q in parts:
            found = group.categories_of(q)
            if not found:
                break  # most groups: the parts after this one need not be read
            cats.append(found)
        else:
            return group, cats
    return None


def _judge(total: Quantity, parts: list[Quantity], intro_all: bool) -> PartList:
    """How strictly a list binds its total."""
    found = _categorised(parts)
    named: tuple[str, ...] = ()
    exhaustive: str | None = None
    if found:
        group, cats = found
        named = tuple("/".join(sorted(c)) for c in cats)
        covered = set().union(*cats)
        if set(group.required) <= covered:
            exhaustive = "、".join(group.required) + "是互补的类别，合起来应等于总数"
    if intro_all:
        exhaustive = "“分别为”表明列举完整"
    elif _CATCH_ALL.match(_clean(parts[-1].label)):
        exhaustive = "列举以“其他”收尾，应覆盖全部"
    disjoint = bool(found) or exhaustive is not None or not any(_CROSS.search(q.label) for q in parts)
    return PartList(total, tuple(parts), exhaustive, disjoint, named)


def _total_before(doc: Document, prev: SentenceReading | None, r: SentenceReading, pos: int) -> Quantity | None:
    """The total a list opened at `pos` hangs from: the quantity just before it in the sentence, or the last
    quantity of the previous sentence (`prev`, None when it holds none) when the list opens the sentence
    ("共发布信息5244条。其中，……")."""
    i = bisect.bisect_right(r.ends, pos) - 1
    if i >= 0:
        q = r.quantities[i]
        if pos - q.end > TOTAL_GAP or ";" in doc.folded[q.end:pos]:
            return None
        return q
    if prev is None or pos - r.sentence.start > 3 or not _PUNCT_ONLY.match(doc.folded[r.sentence.start:pos]):
        return None
    if prev.sentence.end - prev.quantities[-1].end <= 3 \
            and _PUNCT_ONLY.match(doc.folded[prev.quantities[-1].end:prev.sentence.end]):
        return prev.quantities[-1]
    return None


def _list_end(doc: Document, r: SentenceReading, pos: int) -> int:
    """Where a list opened at `pos` ends: the closing bracket when it opens inside brackets, else the
    sentence end."""
    if doc.folded[max(r.sentence.start, pos - 1):pos] == "(":
        close = doc.folded.find(")", pos, min(r.sentence.end, pos + BRACKET_MAX))
        if close >= 0:
            return close
    return r.sentence.end


def _following(r: SentenceReading, start: int, end: int) -> list[Quantity]:
    first = bisect.bisect_left(r.starts, start)
    return [q for q in r.quantities[first:first + 4 * MAX_PARTS] if q.start < end]


def _comma_parts(doc: Document, after: list[Quantity], total: Quantity) -> list[Quantity] | None:
    """Parts up to the end of the clause (the first semicolon)."""
    parts = [after[0]]
    for q in after[1:MAX_PARTS]:
        if not q.same_unit(total) or ";" in doc.folded[parts[-1].end:q.start] or q.label in _SUM_LABELS:
            break  # a different measure, the next clause, or the 合计 that closes the list
        if _NESTED.search(q.label):
            return None  # a sub-list inside a comma list: which part it belongs to is unclear
        parts.append(q)
    return parts


def _semicolon_parts(doc: Document, after: list[Quantity], total: Quantity) -> list[Quantity]:
    """Semicolon-separated items: the first count of each item is the part; counts after it in the item are
    its sub-parts."""
    parts = [after[0]]
    for prev, q in itertools.pairwise(after):
        separators = doc.folded.count(";", prev.end, q.start)
        if separators == 0:
            continue  # a sub-part of the current item
        if separators > 1 or not q.same_unit(total) or q.label in _SUM_LABELS:
            break  # an item without a count, another measure, or the 合计 closing the list
        parts.append(q)
    return parts[:MAX_PARTS]


def _explicit_lists(doc: Document, prev: SentenceReading | None, r: SentenceReading) -> list[PartList]:
    out: list[PartList] = []
    for m in _INTRO.finditer(doc.folded, r.sentence.start, r.sentence.end):
        pos = m.start()
        total = _total_before(doc, prev, r, pos)
        if total is None or not _usable(total):
            continue
        intro_all = m.group() not in _LIST_INTROS
        if intro_all and not _PUNCT_ONLY.match(doc.folded[total.end:pos]):
            continue  # "A、B分别为X件、Y件" has no total of its own
        after = _following(r, m.end(), _list_end(doc, r, pos))
        if not after or not after[0].same_unit(total):
            continue
        judged = None
        if len(after) > 1 and ";" in doc.folded[after[0].end:after[1].start]:
            # A list running over semicolons is only trusted when it is visibly complete (其他, 分别, every
            # category): otherwise the next clause ("；办结90件……") could be taken for a part.
            judged = _judge(total, _semicolon_parts(doc, after, total), intro_all)
            if judged.exhaustive is None:
                judged = None
        if judged is None:
            parts = _comma_parts(doc, after, total)
            if not parts:
                continue
            judged = _judge(total, parts, intro_all)
        if all(_usable(q) for q in judged.parts) and scopes_agree(total, judged.parts):
            out.append(judged)
    return out


def _implicit_lists(r: SentenceReading, doc: Document, taken: set[int],
                    groups: Sequence[Group] = GROUPS) -> list[PartList]:
    """A total followed by counts of its complementary categories, with no 其中: 清理44件，保留41件，废止3件.
    Only `groups` are tried: the caller may leave out those that cannot match in the sentence."""
    out: list[PartList] = []
    qs = r.quantities
    folded = doc.folded
    # A total needs two parts after it: the last two counts are none.
    for i, total in enumerate(qs[:-2]):
        # Most counts name no whole (a search of the label, then the tail, which is found on asking): the set and
        # field tests first.
        if total.start in taken or total.kind not in COUNT_KINDS or total.approx \
                or not (_ANY_WHOLE.search(total.label) or _ANY_WHOLE.search(total.tail)):
            continue
        best: list[Quantity] = []
        for group in groups:
            if group.whole.first(total.label) is None and group.whole.first(total.tail) is None:
                continue
            run: list[Quantity] = []
            seen: set[str] = set()
            for q in qs[i + 1:i + 1 + MAX_PARTS]:
                prev_end = run[-1].end if run else total.end
                # The cheap tests before the categories (any failing one ends the run all the same).
                if not _usable(q) or not q.same_unit(total) or ";" in folded[prev_end:q.start] or "其中" in q.label:
                    break
                cats = group.categories_of(q)
                # Complementary categories do not repeat: 办结90件，答复满意80件 are not two parts.
                if not cats or cats & seen:
                    break
                seen |= cats
                run.append(q)
            if len(run) > len(best):
                best = run
        # One part alone is too weak a sign that the counts are a total and its categories.
        if len(best) > 1 and scopes_agree(total, best):
            out.append(_judge(total, best, False))
    return out


def _groups_in(text: str) -> list[Group]:
    """The groups that may give a list in `text` (a sentence): its whole and one of its categories occur."""
    return [g for g in GROUPS if g.whole.occurs(text) and g.synonyms.quick.search(text)]


def _summed_lists(doc: Document, r: SentenceReading) -> list[PartList]:
    """"A件，B件，合计N件": the counts just before a 合计 are its parts."""
    out: list[PartList] = []
    qs = r.quantities
    for i, total in enumerate(qs):
        if total.label not in _SUM_LABELS or not _usable(total):  # most labels are not 合计: tested first
            continue
        run: list[Quantity] = []
        nxt = total
        for q in reversed(qs[max(0, i - MAX_PARTS):i]):
            if not _usable(q) or not q.same_unit(total) or ";" in doc.folded[q.end:nxt.start]:
                break
            run.insert(0, q)
            nxt = q
        if len(run) < 2:
            continue
        # Any tail of the run that adds up is the list meant (an earlier count may be a larger whole).
        if any(_compare(total, run[k:]) == 0 for k in range(len(run) - 1)):
            continue
        out.append(PartList(total, tuple(run), "“合计”应等于所列各项之和", True))
    return out


def _compare(total: Quantity, parts: Sequence[Quantity]) -> int:
    """+1 when the parts exceed the total, -1 when they fall short, 0 when they may add up."""
    low = sum((q.value - q.half for q in parts), Decimal(0))
    high = sum((q.value + q.half for q in parts), Decimal(0))
    if low > total.value + total.half:
        return 1
    if high < total.value - total.half:
        return -1
    return 0


def part_lists(doc: Document) -> list[PartList]:
    """Every part list of the document, computed once per document."""
    return doc.memo("arithmetic.parts", lambda: _all_part_lists(doc))


def _all_part_lists(doc: Document) -> list[PartList]:
    reads = quantity_readings(doc)  # a list needs its parts in the sentence itself
    folded = doc.folded
    # Most sentences open no list, name no whole and hold no 合计: one search (or set test) each says so, and
    # no list function is called for them. Labels and tails are pieces of their sentence.
    summed = {q.sentence for r in reads for q in r.quantities if q.label in _SUM_LABELS}
    lists: list[PartList] = []
    for position, r in enumerate(reads):
        start, end = r.sentence.start, r.sentence.end
        qs = r.quantities
        # Only the text before the last quantity is searched (a fifth less): a list needs a part after its intro
        # (_following), and an implicit total's whole is in its label or tail, before its two parts.
        last = qs[-1].start
        # One search for an intro or a whole, the two searched for apart only where it finds either.
        if _INTRO_OR_WHOLE.search(folded, start, last):
            taken: set[int] = set()
            if _INTRO.search(folded, start, last):
                explicit = _explicit_lists(doc, before(reads, position), r)
                taken = {pl.total.start for pl in explicit}
                lists += explicit
            if len(qs) > 2 and _ANY_WHOLE.search(folded, start, qs[-2].start) \
                    and (groups := _groups_in(folded[start:end])):
                lists += _implicit_lists(r, doc, taken, groups)
        if r.index in summed:
            lists += _summed_lists(doc, r)
    return lists


def _shown(value: Decimal, like: Sequence[Quantity]) -> str:
    """A value printed the way the parts are (in 万 when they all are)."""
    mults = {q.printed[-1] for q in like}
    if len(mults) == 1 and (mult := mults.pop()) in "万亿":
        factor = Decimal(10_000) if mult == "万" else Decimal(100_000_000)
        return f"{format((value / factor).normalize(), 'f')}{mult}"
    return format(value.normalize(), "f")


def _show_sum(parts: Sequence[Quantity], named: Sequence[str]) -> tuple[str, str]:
    """"提前办结771+按时办结81" and "852"."""
    terms = [f"{named[i] if i < len(named) else ''}{q.printed}" for i, q in enumerate(parts)]
    return "+".join(terms), _shown(sum((q.value for q in parts), Decimal(0)), parts)


def _total_word(pl: PartList) -> str:
    """A few words naming the total for a message: "发布信息" from "政府门户网站共发布信息"."""
    words = re.findall("[\u4e00-\u9fff]+", pl.total.label)
    word = words[-1] if words else ""
    for mark in ("合计", "总计", "共计", "共"):
        if mark in word and not word.endswith(mark):
            word = word[word.rindex(mark) + len(mark):]
            break
    return word if 2 <= len(word) <= 8 else ""


def _span(pl: PartList) -> tuple[int, int]:
    """From the first to the last number of the list (the total comes last in "A件，B件，合计N件")."""
    return min(pl.total.start, pl.parts[0].start), max(pl.total.end, pl.parts[-1].end)


def _leading_parts_add_up(pl: PartList) -> bool:
    """Whether the first parts make up the total by one dimension and the rest are another breakdown of the
    same cases: "立案390件(其中简易程序110件，普通程序280件、立案撤销8件)": the 程序 parts add up to 390, and
    撤销 is a status, not a third procedure. The leading parts must add up exactly and share a name ending (程序,
    类) the others lack: outcomes that happen to add up ("在审6件，调解7件，维持4件，败诉4件" over 17) are not
    a dimension, and their excess is real."""
    for k in range(2, len(pl.parts)):
        if _compare(pl.total, pl.parts[:k]) != 0:
            continue
        ending = _common_ending([q.label for q in pl.parts[:k]])
        if len(ending) >= 2 and not any(q.label.endswith(ending) for q in pl.parts[k:]):
            return True
    return False


def _common_ending(labels: Sequence[str]) -> str:
    ending = labels[0]
    for label in labels[1:]:
        while ending and not label.endswith(ending):
            ending = ending[1:]
    return ending


def exceed_hits(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    for pl in part_lists(doc):
        start, end = _span(pl)
        biggest = max(pl.parts, key=lambda q: q.value)
        if biggest.value - biggest.half > pl.total.value + pl.total.half:
            hits.append(Hit(start, end,
                            f"分项大于总数：分项{biggest.printed}{biggest.unit}大于总数（{_total_word(pl)}"
                            f"{pl.total.printed}{pl.total.unit}），部分不可能多于整体"))
            continue
        if len(pl.parts) > 1 and pl.disjoint and _compare(pl.total, pl.parts) > 0 and not _leading_parts_add_up(pl):
            terms, shown = _show_sum(pl.parts, pl.named)
            hits.append(Hit(start, end,
                            f"分项之和超过总数：{terms}={shown}，超过总数（{_total_word(pl)}{pl.total.printed}"
                            f"{pl.total.unit}）；各分项是总数的组成部分，合计不能大于总数"))
    return hits


def shortfall_hits(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    for pl in part_lists(doc):
        if pl.exhaustive is None or len(pl.parts) < 2 or _compare(pl.total, pl.parts) >= 0:
            continue
        terms, shown = _show_sum(pl.parts, pl.named)
        gap = _shown(pl.total.value - sum((q.value for q in pl.parts), Decimal(0)), pl.parts)
        hits.append(Hit(*_span(pl),
                        f"分项之和与总数不符：{terms}={shown}，比总数（{_total_word(pl)}{pl.total.printed}"
                        f"{pl.total.unit}）少{gap}；{pl.exhaustive}"))
    return hits


# --- a subset in the next sentence: 投诉举报类12件。……其中……投诉举报案件13件 ---------------------------------------

_SUBSET_DATA = _DATA["subset"]
_FILLER = "(?:" + alternation(_SUBSET_DATA["filler"]) + ")?$"
_CATEGORY = re.compile("(?P<core>[\u4e00-\u9fff:(、]{2,30}?)(?:" + alternation(_SUBSET_DATA["category_suffix"]) + ")"
                       + _FILLER)
_OPENERS = re.compile(".*(?:" + alternation(_SUBSET_DATA["name_openers"]) + ")")
_SUBSET = re.compile("^[,、(]?(?:" + alternation(_SUBSET_DATA["intro"]) + ")[,:]?(?P<core>[\u4e00-\u9fff]{2,30}?)(?:"
                     + alternation(_SUBSET_DATA["subset_suffix"]) + ")?" + _FILLER)
_MIN_NAME = 2  # a category name of one character names nothing


def _category_name(core: str) -> str | None:
    """The category's name: what follows the last opener of the label (受理案件中投诉举报 -> 投诉举报)."""
    opener = _OPENERS.match(core)
    name = core[opener.end():] if opener else core
    return name if len(name) >= _MIN_NAME else None


def _category(q: Quantity) -> str | None:
    """The name of the category a count is labelled with (…类), or None."""
    if not q.is_count or q.approx:
        return None
    m = _CATEGORY.search(q.label)
    return _category_name(m.group("core")) if m else None


def _subset_candidates(prev: SentenceReading, r: SentenceReading) -> Iterator[tuple[Quantity, Quantity, str]]:
    """(category count, subset count, category name) across two consecutive sentences."""
    counts = [q for q in r.quantities if q.is_count]
    if not counts:
        return
    first = counts[0]  # a later count could hang from the first: only the first is read
    # Its clause must open with 其中 (most do not: then the category sentence is not read at all), and its label
    # end with a category's name.
    opening = _SUBSET.match(first.label)
    if first.approx or first.kind != "count" or opening is None:
        return
    subset = opening.group("core")
    categories = [(q, _category(q)) for q in prev.quantities]
    for q, name in categories:
        if name is None or not subset.endswith(name) or not q.same_unit(first) or not scopes_compatible(q, first):
            continue
        # Another count of the category's sentence naming the same words: which one is meant is unclear.
        if any(other is not q and name in other.label for other, _ in categories):
            return
        yield q, first, name


def later_subset_hits(doc: Document) -> list[Hit]:
    folded = doc.folded
    found: list[tuple[Quantity, Quantity, str]] = []
    reads = quantity_readings(doc)
    for prev, r in itertools.pairwise(reads):
        # `before` inlined (the sentences are next to each other), and a find rather than a slice of the sentence:
        # most sentences are not the one after a category's.
        if prev.index == r.index - 1 and folded.find("类", prev.sentence.start, prev.sentence.end) >= 0:
            found += [c for c in _subset_candidates(prev, r) if c[1].value > c[0].value]
    if not found:
        return []  # most documents: the part lists are not asked for
    listed = {p.start for pl in part_lists(doc) for p in pl.parts}  # already judged against their own total
    return [Hit(subset.start, subset.end,
                f"分项大于总数：{name}案件{subset.printed}{subset.unit}大于上文的{name}类总数"
                f"（{category.printed}{category.unit}），部分不可能多于整体", severity=Severity.WARNING)
            for category, subset, name in found if subset.start not in listed]
