"""The one-pass sentence reading (_read_sentence reads, labels and builds each quantity as its match comes) finds
what the plain two passes find: first every kept number span of the sentence, then each labelled, its tail
stopping at the next kept span. Checked with hypothesis on text built from the characters the reading cares
about."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document, Sentence

_ALPHABET = list("0123456789.,-—~/:+·×%‰年月日号余多来万亿元件人次项个百分点第约近超过了以上左右"
                 "“”《》〔〕()（）,，;；、。!?\n 　\u00a0Gaz热线拨打两三十")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)
_EDGES = "约了5件，超过了1.5万元左右；近 3 % 以上。6-7件，8 - 9人、12345热线5次，5G基站3个以下！“12件”《3项》两件。"

_Fields = tuple[int, int, str, Decimal, Decimal, int, str, str, bool, str, int]


def _plain_fields(folded: str, sentence: Sentence, matches: list) -> list[_Fields]:
    """The quantities of a sentence in two plain passes: every match asked whether it is a non-quantity (no
    neighbour gate), then each kept one labelled with max and min and a search of the label for an approximation
    word."""
    lo, hi = sentence.start, sentence.end
    spans = quantities._name_spans(folded, lo, hi)
    kept = []
    for m in matches:
        if m.lastindex == quantities._CN_UNIT_GROUP:
            if not quantities._inside(m.start(), spans):
                kept.append(quantities._numeral(m))
        elif not quantities._is_non_quantity(folded, m, spans, lo, hi):
            kept.append(quantities._number(folded, m.start(), m.end(), m.groups(), hi))
    out: list[_Fields] = []
    prev_end = lo
    for k, (start, end, printed, value, half, decimals, unit, kind, approx) in enumerate(kept):
        floor = max(prev_end, start - quantities.LABEL_MAX)
        through = quantities._THROUGH_LAST_BOUNDARY.match(folded, floor, start)
        label = folded[through.end():start].strip(" \u00a0")
        approx = approx or bool(quantities._APPROX_BEFORE.search(label))
        ceiling = min(kept[k + 1][0] if k + 1 < len(kept) else hi, end + quantities.LABEL_MAX)
        out.append((start, end, printed, value, half, decimals, unit, kind, approx, label, ceiling))
        prev_end = end
    return out


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text=_EDGES)
@example(text="约5件第6件，近7件6·18件8件a 9件约了10件")
@example(text="第5件")
def test_the_one_pass_reading_is_the_two_pass_one(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    folded = doc.folded
    body = quantities._body(doc)
    for i, matches in quantities.by_sentence(body, quantities.either_matches(folded)):
        reading = quantities._read_sentence(i, body[i], folded, matches, 2024)
        plain = _plain_fields(folded, body[i], matches)
        if reading is None:
            assert plain == []
            continue
        assert [tuple(q[:11]) for q in reading.quantities] == plain
        assert {q.sentence for q in reading.quantities} == {i}
        assert len({id(q.scopes) for q in reading.quantities}) == 1
