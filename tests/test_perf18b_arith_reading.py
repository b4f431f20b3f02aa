"""_read_sentence reads a number with no multiplier, no "/unit" and nothing after it that can be an
approximation word without calling _number: it finds the same fields as _number (and the label, tail and the rest
as before). Checked with hypothesis on text built from the characters the reading cares about."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from linter.document import Document

_ALPHABET = list("0123456789.,-/%‰年月日号余多来万亿元件人次项个百分点第约近超过了以上左右之有"
                 "“”《》(),;。\n 　\u00a0Ga热线两三")
_TEXT = st.text(alphabet=_ALPHABET, max_size=100)


@settings(max_examples=500, deadline=None)
@given(text=_TEXT)
@example(text="约5件，1,234.50人，3余人以上，7.5万元，650元/月，20%左右，9件之多，2件 以上。")
@example(text="5件约了3件，“12件”7件")
def test_the_numbers_read_without_a_call_are_what_number_reads(text: str) -> None:
    doc = Document.from_text(text, year_override=2024)
    folded = doc.folded
    body = quantities._body(doc)
    for i, matches in quantities.by_sentence(body, quantities.either_matches(folded)):
        reading = quantities._read_sentence(i, body[i], folded, matches, 2024)
        by_start = {q.start: q for q in reading.quantities} if reading else {}
        for m in matches:
            q = by_start.get(m.start())
            if q is None or m.lastindex == quantities._CN_UNIT_GROUP:
                continue
            fields = quantities._number(folded, m.start(), m.end(), m.groups(), body[i].end)
            # (_read_sentence may find an approximation word before the number: only then does it differ.)
            assert tuple(q[:8]) == fields[:8]
            assert q.approx == (fields[8] or quantities._approx_before(q.label))


def test_the_plain_number_path_is_taken_only_without_multiplier_per_unit_or_word_after() -> None:
    # What the inline path leaves to _number: a multiplier (万, 亿), a "/unit" and a possible word after.
    for text in ("3万元，", "650元/月，", "95%以上，", "2件 以上，"):
        m = next(quantities.either_matches(text))
        _num, _ax0, mult, _ax1, _unit, per, _ = m.groups()
        nxt = text[m.end()]
        assert mult or per or nxt in quantities._APPROX_AFTER_FIRST
