"""The scanning shortcuts rules use on hot paths (finditer_at, starts_of, T005's _across_matches, the
searches that begin at a pattern's end or at a literal, the substring tests run before a pattern) must find
exactly what the plain `finditer` (or the plain loop they replaced) finds: checked with hypothesis on text
built from the characters these patterns care about, and with examples for starts_of's refusals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.arithmetic import quantities
from checks.redaction import broken, formulations, masks, numerals
from checks.typography import approx, chars, doubled, marks, numbering, pairs, spaces, titles, width, wording
from checks.years import dates, events, formula, periods, stale
from linter import document, outline
from linter.document import Document, finditer_at, starts_of

# Digits, year and date words, numerals, quotes, punctuation in both widths, and a few plain Chinese words:
# enough for every pattern below to match, fail halfway and overlap.
_ALPHABET = list("0123456789.,-—~至到年月日号底初中上下余多件人第每是要一二三四五六七八九十届全会大普法规划「」"
                 "“”\"'()（）,，;；、。!?\n 　以来累计共其中目前工作截止至[]【】〈<［〕〔")
_TEXT = st.text(alphabet=_ALPHABET, max_size=120)


def _spans(matches: object) -> list[tuple[int, int, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


_CASES: list[tuple[str, re.Pattern[str], re.Pattern[str] | None]] = [
    ("quantity", quantities._QUANTITY, document.DIGIT_RUN),
    ("scope", quantities._SCOPE, quantities._SCOPE_START),
    ("date", dates._DATE, dates._DATE_START),
    ("day_day", dates._DAY_DAY, document.DIGIT_RUN),
    ("approx", approx._APPROX, document.DIGIT_RUN),
    ("congress", events._CONGRESS, events._TERM_START),
    ("plenums", events._PLENUMS, events._TERM_START),
    ("all_plenums", events._ALL_PLENUMS, events._TERM_START),
    ("pufa", periods._PUFA, periods._PUFA_START),
    ("plan", periods._PLAN, periods._PLAN_START),
    ("sentence_end", document._SENTENCE_END, document._SENTENCE_END_START),
    ("doc_number", wording._DOC_NUMBER, wording._DOC_NUMBER_START),
    *((f"cutoff{i}", pattern, wording._CUTOFF_START) for i, (pattern, _, _) in enumerate(wording._CUTOFF)),
]


@pytest.mark.parametrize(("name", "pattern", "starts"), _CASES, ids=[c[0] for c in _CASES])
@settings(max_examples=300, deadline=None)
@given(text=_TEXT)
def test_finditer_at_finds_what_finditer_finds(name: str, pattern: re.Pattern[str],
                                               starts: re.Pattern[str] | None, text: str) -> None:
    assert starts is not None, f"{name}: the rule falls back to a full scan; this test expects a start class"
    folded = document.fold(text)
    assert _spans(finditer_at(pattern, folded, starts)) == _spans(pattern.finditer(folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("目前工作开展的,、;。 一二\n") , max_size=80))
def test_across_matches_finds_what_finditer_finds(text: str) -> None:
    assert _spans(doubled._across_matches(text)) == _spans(doubled._ACROSS.finditer(text))


def test_real_sentences_agree() -> None:
    text = document.fold("截至目前，目前，2023年12月至2023年12月共办结案件1,234件，其中“八五”普法、十九届五中全会精神；"
                         "（2021—2025年）一是加强……二是完善……116余家。2023年2月30日。")
    for _name, pattern, starts in _CASES:
        assert starts is not None
        assert _spans(finditer_at(pattern, text, starts)) == _spans(pattern.finditer(text))


def test_starts_of_reads_the_first_character_past_lookbehinds() -> None:
    starts = starts_of(["(?<![一二])累计", r"\d+年以来", "[其另]中"])
    assert starts is not None
    assert {c for c in "累1其另" if starts.match(c)} == set("累1其另")
    assert not starts.match("中")


def test_starts_of_escapes_literals_that_are_class_syntax() -> None:
    starts = starts_of(["-至", "a"])
    assert starts is not None
    assert starts.match("-") and starts.match("a") and not starts.match("b")


@pytest.mark.parametrize("patterns", [
    ["累计|共"],  # a top-level alternation: any branch may begin a match
    ["(?:累计)"],  # a group first: not read
    ["年?以来"],  # an optional first item: the match can begin at 以
    ["年*以来"],
    ["年{0,2}以来"],
    ["[^年]以来"],  # a negated class
    [".以来"],
    [],
])
def test_starts_of_refuses_what_it_cannot_bound(patterns: list[str]) -> None:
    assert starts_of(patterns) is None


# --- searches that begin somewhere else than at the match's start ------------------------------------------

@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("0123456789..“”\"日节周宣传国家宪法禁毒月的 ,\n"), max_size=60))
def test_dotted_days_finds_what_finditer_finds(text: str) -> None:
    assert _spans(marks._dotted_days(text)) == _spans(marks._DOTTED_DAY.finditer(text))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("0123456789٣..,:/-余多家人 a"), max_size=40))
def test_approximations_finds_what_finditer_finds(text: str) -> None:
    assert _spans(approx._approximations(text)) == _spans(approx._APPROX.finditer(text))


def test_approximations_in_a_long_run_of_digits() -> None:
    text = "1" * 5000 + "余家" + "2.5" * 1000 + "多人"
    assert _spans(approx._approximations(text)) == _spans(approx._APPROX.finditer(text))


_FORMULATION_CHARS = sorted({c for f in formulations.all_formulations() for c in f.text} | set("菦,。"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=_FORMULATION_CHARS, max_size=60))
def test_anchor_matches_finds_every_overlapping_head(text: str) -> None:
    heads = sorted(broken._anchors()[1], key=len, reverse=True)
    lookahead = re.compile("(?=(" + "|".join(map(re.escape, heads)) + "))")  # the plain form: tried everywhere
    assert [(m.start(), m.group()) for m in broken.anchor_matches(text)] == \
        [(m.start(), m.group(1)) for m in lookahead.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("習近平總書記时國家会法治") , max_size=30))
def test_simplified_is_translate(text: str) -> None:
    assert outline.simplified(text) == text.translate(outline._traditional()[0])


def test_is_han_and_space_chars_agree_with_their_patterns() -> None:
    every = [chr(c) for c in range(0x30000)]
    assert [c for c in every if chars.is_han(c)] == [c for c in every if chars.HAN.match(c)]
    assert not chars.is_han("")
    assert {c for c in every if chars.SPACE_RUN.fullmatch(c)} == set(chars.SPACE_CHARS)


# --- substring tests run before a pattern: whenever the pattern matches, the test passes -------------------

_YEARS_ALPHABET = list("0123456789年月日号 由从比较的提高至增长十一二三四五八九届中全会历次大普法规划“”\n")
_YEARS_TEXT = st.text(alphabet=_YEARS_ALPHABET, max_size=60)


@settings(max_examples=500, deadline=None)
@given(text=_YEARS_TEXT)
def test_prefilters_pass_wherever_their_pattern_matches(text: str) -> None:
    if dates._DAY_DAY.search(text):
        assert dates._DAY_DIGIT.search(text)
    if dates._DATE.search(text):
        assert dates._MONTH in text
    if events._CONGRESS.search(text) or events._PLENUMS.search(text) or events._ALL_PLENUMS.search(text):
        assert events._term_starts(text)
    if events._PLENUMS.search(text) or events._ALL_PLENUMS.search(text):
        assert events._PLENUM_TERM in text
    if events._ALL_PLENUMS.search(text):
        assert events._ALL_PLENUMS_WORD in text
    if periods._PLAN.search(text):
        assert any(name in text for name in periods._PLAN_NAMES)
    for comparison in stale._comparison():
        assert _spans(comparison.finditer(text)) == _spans(comparison.pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("Xx*×■○某略() 人书记"), max_size=30))
def test_mask_prefilters_pass_wherever_their_pattern_matches(text: str) -> None:
    if masks._RUN.search(text):
        assert any(c in text for c in masks._RUN_CHARS)
    if masks._SOMEONE.search(text):
        assert masks._SOMEONE_PAIR in text


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("职能科学权责法定、,的法治政府\n人民满意"), max_size=80))
def test_goal_lists_line_by_line_find_what_finditer_finds(text: str) -> None:
    doc = Document.from_text(text)
    found = formula._goal_lists(doc, "的法治政府")
    assert _spans(found) == _spans(formula._GOAL_LIST.finditer(doc.folded))


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("〇○零O0一二三四五六七八九十年月日号农历 \n,。、"), max_size=80))
def test_chinese_dates_are_found_on_the_lines_that_can_hold_them(text: str) -> None:
    doc = Document.from_text(text)
    assert _spans(dates.cn_date_matches(doc)) == _spans(dates._CN_DATE.finditer(doc.folded))


# --- loops replaced by something cheaper -------------------------------------------------------------------

def _plain_repeated_clauses(doc: Document) -> list[tuple[int, int, int, int]]:
    """T005's clause check as first written: a loop over every clause mark of the document."""
    f = doc.folded
    out = []
    prev_start, prev_end = 0, -1
    for m in re.finditer(r"[,;。!?\n]", f):
        start, end = prev_end + 1, m.start()
        while start < end and f[start] in " \t\u00a0":
            start += 1
        if (prev_end >= 0 and f[prev_end] in ",;" and end - start >= doubled.CLAUSE_MIN
                and end - start == prev_end - prev_start and f[start:end] == f[prev_start:prev_end]):
            out.append((prev_start, end, prev_end, end))
        prev_start, prev_end = start, end
    return out


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("依托平台开展学习,;。!?，；\n \t\u00a0\u3000"), max_size=120))
def test_repeated_clauses_find_what_the_plain_loop_finds(text: str) -> None:
    doc = Document.from_text(text)
    found = [(h.start, h.end, h.fix.edits[0].start, h.fix.edits[0].end) for h in doubled._repeated_clauses(doc)]
    assert found == _plain_repeated_clauses(doc)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("依托平台开展,;。\n \t"), max_size=120), block=st.integers(1, 12))
def test_repeated_clauses_block_by_block_are_those_of_the_whole_text(text: str, block: int) -> None:
    # Blocks ending at line breaks bound the memory on a large file; any block size finds the same.
    doc = Document.from_text(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(doubled, "_CLAUSE_BLOCK", block)
        found = [(h.start, h.end, h.fix.edits[0].start, h.fix.edits[0].end) for h in doubled._repeated_clauses(doc)]
    assert found == _plain_repeated_clauses(doc)


def test_repeated_clauses_examples() -> None:
    for text in ("依托学习强国平台，依托学习强国平台，学法。", "　　依托学习强国平台;依托学习强国平台\n",
                 "依托学习强国平台，依托学习强国平台", "依托学习强国平台。依托学习强国平台，"):
        doc = Document.from_text(text)
        found = [(h.start, h.end, h.fix.edits[0].start, h.fix.edits[0].end) for h in doubled._repeated_clauses(doc)]
        assert found == _plain_repeated_clauses(doc), text


def _plain_marks(doc: Document) -> tuple[list[int], list[int]]:
    """T003's marks as first written: every mark of every line decided one by one."""
    full: list[int] = []
    half: list[int] = []
    for line in doc.lines:
        if line.number in doc.chrome:
            continue
        opened: list[bool] = []
        for m in re.finditer(r"[，：；（）,:;()]", line.text):
            i = line.start + m.start()
            ch = m.group()
            if ch in ",:;()":
                if width._chinese_half(doc.text, i, line.start, line.end, opened):
                    half.append(i)
            else:
                if ch == "（":
                    opened.append(True)
                elif ch == "）" and opened:
                    opened.pop()
                full.append(i)
    return full, half


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("，：；（）,:;()法治1a”》 \n"), max_size=80))
def test_width_marks_are_what_the_plain_loop_finds(text: str) -> None:
    doc = Document.from_text(text)
    full, half = _plain_marks(doc)
    assert width._half_marks(doc) == half
    assert list(width._full_marks(doc)) == full
    assert width._full_count(doc) == len(full)


@settings(max_examples=500, deadline=None)
@given(marks_=st.lists(st.sampled_from(list("“”‘’《》()")), max_size=30))
def test_next_quote_is_the_next_quote_mark_of_its_kind(marks_: list[str]) -> None:
    found = [(k, ch) for k, ch in enumerate(marks_)]
    for k, ch in found:
        if ch in ("“", "‘"):
            after = [c for c in marks_[k + 1:] if c in (ch, pairs._PAIRS[ch])]
            assert pairs._next_quote(found, k, ch) == (after[0] if after else None)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("０１９．.12法\u200b\u00a0 "), max_size=30))
def test_typography_prefilters_pass_wherever_their_pattern_matches(text: str) -> None:
    if width._FULLWIDTH_NUMBER.search(text):
        assert any(d in text for d in width._FULLWIDTH_DIGITS)
    if spaces._INVISIBLE_RUN.search(text):
        assert any(c in text for c in spaces._INVISIBLE)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("《》〈〉<>＜＞‹›«»\u2329\u232a法a5 \n"), max_size=40))
def test_nested_title_prefilter_passes_wherever_a_wrong_pair_is_found(text: str) -> None:
    doc = Document.from_text(text)
    wrong = [m for t in re.finditer(r"《[^《》\n]*》", doc.folded)  # every title on one line with no 《》 inside
             for m in titles._INNER.finditer(doc.folded, t.start() + 1, t.end() - 1) if titles._inner_hit(doc, m)]
    if wrong:
        assert titles._has_wrong_mark(doc.folded)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("一二十12)）(法“ \u3000\n"), max_size=40))
def test_heading_numbers_at_line_starts_are_what_a_multiline_scan_finds(text: str) -> None:
    doc = Document.from_text(text)
    plain = re.compile("^" + numbering._NUMBER, re.MULTILINE)
    expected = [m.start(1) for m in plain.finditer(doc.folded)
                if (int(m.group(1)) if m.group(1).isdigit() else numbering.cn_number(m.group(1)))]
    assert [c.start for _, c in numbering._candidates(doc)] == expected


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=list("“”‘’《》〈〉()（）【】1a法 ,"), max_size=40))
def test_unbalanced_pairs_skip_only_paragraphs_with_nothing_to_report(text: str) -> None:
    doc = Document.from_text(text)
    every = [(m.start(), m.group()) for m in pairs._MARK.finditer(doc.folded)]
    plain = [(h.start, h.message) for h in pairs._check_marks(doc, 0, every)]
    assert [(h.start, h.message) for h in pairs._check(doc, 0, len(text))] == plain


def _plain_compare(canonical: str, text: str, pos: int) -> formulations.Variant | None:
    """R004's comparison as first written: every position tried for a dropped and for a changed character."""
    n = len(canonical)
    if text.startswith(canonical, pos):
        return formulations.Variant("exact", n)
    first = formulations.check_from()
    if n <= first:
        return None
    if formulations._changed_last(canonical, text, pos):
        return formulations.Variant("changed", n, n - 1)
    for i in range(first, n):
        if text.startswith(canonical[:i], pos) and text.startswith(canonical[i + 1:], pos + i) \
                and (i + 1 < n or formulations._ends_word(text, pos + i)):
            return formulations.Variant("dropped", n - 1, i)
    for i in range(first, n - 1):
        ch = text[pos + i] if pos + i < len(text) else ""
        if ch != canonical[i] and formulations._HAN.match(ch) and text.startswith(canonical[:i], pos) \
                and text.startswith(canonical[i + 1:], pos + i + 1):
            return formulations.Variant("changed", n, i)
    return None


@settings(max_examples=1000, deadline=None)
@given(canonical=st.sampled_from([f.text for f in formulations.all_formulations()] + ["法治思想", "总书记"]),
       data=st.data())
def test_compare_finds_what_trying_every_position_finds(canonical: str, data: st.DataObject) -> None:
    # The text: the formulation with a few characters dropped, changed or added, somewhere in other text.
    alphabet = sorted(set(canonical) | set("菦法制维,。 x"))
    edited = data.draw(st.lists(st.sampled_from(alphabet), max_size=4))
    cut = data.draw(st.integers(0, len(canonical)))
    drop = data.draw(st.integers(0, 2))
    text = "以" + canonical[:cut] + "".join(edited) + canonical[cut + drop:] + "精神"
    for pos in range(len(text) + 1):
        assert formulations.compare(canonical, text, pos) == _plain_compare(canonical, text, pos)


def _plain_term_matches(folded: str) -> list[tuple[int, int]]:
    """R005's term matches as first hooked: at every number before 大, 中, 次 or 五."""
    terms, seen, out = numerals._terms(), set(), []
    for hook in re.finditer(r"\d\s*[大中次五]", folded):
        lo, hi = max(0, hook.start() - numerals._REACH), min(len(folded), hook.end() + numerals._REACH)
        for m in terms.finditer(folded, lo, hi):
            if m.start() <= hook.start() < m.end() and m.span() not in seen:
                seen.add(m.span())
                out.append(m.span())
    return sorted(out)


_TERMS_ALPHABET = list("0123456789 党的中共第次全国代表大会届央委员体议一二三四五十“”规划普法召开精神")


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet=_TERMS_ALPHABET, max_size=50))
def test_term_hooks_find_what_hooking_every_count_found(text: str) -> None:
    assert sorted(m.span() for m in numerals._term_matches(text)) == _plain_term_matches(text)


def test_term_hooks_examples() -> None:
    text = "召开会议3次，党的第20次全国代表大会，十九届中央委员会第4次全体会议，二十届3中全会，“14五”规划，党的20大。"
    assert sorted(m.span() for m in numerals._term_matches(text)) == _plain_term_matches(text)
    assert len(_plain_term_matches(text)) == 5


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("0123456789 2年度a"), max_size=40))
def test_any_year_with_its_lookbehind_after_the_first_digit_finds_what_the_plain_form_finds(text: str) -> None:
    plain = re.compile(r"(?<!\d)(20\d\d)\s*年")
    assert outline.ANY_YEAR.findall(text) == plain.findall(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=list("某县法治政府建设报告 \t#*_\u3000"), max_size=30), most=st.integers(0, 20))
def test_a_line_too_long_for_a_title_is_told_as_stripping_would_tell_it(text: str, most: int) -> None:
    if outline._too_long(text, most):
        assert len(outline._title_text(text)) > most


def test_non_space_pattern_is_what_strip_keeps() -> None:
    # The sentence splitter and the outline test "anything left once stripped" with \S, in place.
    assert all((document.NON_SPACE.match(c) is None) == (c.strip() == "") for c in map(chr, range(0x30000)))


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.text(alphabet=list("党的十九二大和及历次届全会"), min_size=1, max_size=8),
                      min_size=1, max_size=12),
       text=st.text(alphabet=list("党的十九二大和及历次届全会以, "), max_size=80))
def test_trie_pattern_finds_what_a_longest_first_alternation_finds(words: list[str], text: str) -> None:
    plain = re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))
    trie = re.compile(broken._trie_pattern(sorted(set(words))))
    assert _spans(trie.finditer(text)) == _spans(plain.finditer(text))


def test_spam_scan_without_latin_letters_finds_nothing_to_skip() -> None:
    # The ASCII-part test only skips reports the Latin-run scan would find nothing in.
    assert masks._scan_spam(Document.from_text("深入学习贯彻习近平法治思想，全年开展培训3场。")) == []
    [found] = masks._scan_spam(Document.from_text("深入学习贯彻习近平ｂｅｔ法治思想。"))
    assert found.kind == masks.INSERTED
