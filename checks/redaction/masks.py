"""Find masks (***, XX, ××, ■■, 某某, (略)) and decide what each stands for from the words right after it: a
leader's name in a canonical formulation, a person's name before a title, a place or body name, or an
unfilled count, amount or date; a (略) inside a sentence hides text of any kind. One scan per document,
shared by the masked-name and slot rules (and by the spacing rule, which leaves a (略)'s spaces to them)."""

from __future__ import annotations

import re
import string
from functools import cache
from typing import NamedTuple

from linter.data import load_data
from linter.document import Document

from .formulations import Formulation, Variant, compare, leader_formulations

# A run of mask characters (folded: ＊ → *, Ｘ → X). A bare character class keeps the scan fast; which runs
# are masks (one kind of character, not too long, not running into Latin letters or digits) is decided in
# `_is_run`, and what may precede one in `_mask_start`.
_RUN_CHARS = "Xx*×✕╳■□●○◯"
_RUN = re.compile(f"[{_RUN_CHARS}]+")
_RUN_KINDS = ((frozenset("Xx"), 4), (frozenset("*"), 8), (frozenset("×✕╳■□●○◯"), 8))
_LATIN_OR_DIGIT = frozenset(string.ascii_letters + string.digits)
# A year slot keeps its digits (20XX, 202X).
_YEAR_DIGITS = re.compile(r"(?:19|20)\d?")
# Not after a Latin letter, a digit or a decimal point (Excel, 7×24, XX.X%) nor after a Chinese numeral
# (二○二○年 writes zero with ○).
_NOT_BEFORE = frozenset("0123456789_.〇零一二三四五六七八九十○" + string.ascii_letters)
_SOMEONE = re.compile(r"某{2,}")
_SOMEONE_PAIR = "某某"
_BULLETS = "■□●○◯"
_SYMBOLS = "×✕╳■□●○◯"
_DECIMAL_SLOT = re.compile(r"\.[Xx*]{1,3}%")
_EMPHASIS_RUN = re.compile(r"\*{2,3}")
_EMPHASIS_MAX = 40
_CACHE_KEY = "redaction.masks"
_ELISIONS_KEY = "redaction.elisions"
# "(略)" as a republishing site leaves it in place of deleted words (folded text: （） are ()). Only the bare
# (略): (表格略), (下略), (具体名单略) are the author's own ellipses. The pattern opens with a literal "(" so
# that re can skip ahead to one; the spaces the site pads it with are taken in `_padded`.
_ELISION = re.compile(r"\( *略 *\)")
_PADDING = frozenset(" \t\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f")
_HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

LEADER, LEADER_BROKEN, PERSON, PLACE, BODY, SLOT = "leader", "leader_broken", "person", "place", "body", "slot"
ELIDED = "elided"  # (略) inside a sentence: the span covers the spaces around it


class Mask(NamedTuple):
    start: int  # the mask (with a year slot's digits)
    end: int
    kind: str  # LEADER | LEADER_BROKEN | PERSON | PLACE | BODY | SLOT | ELIDED
    word: str  # the title, place word or unit after the mask; for leaders the canonical text
    span_end: int  # end of the span to report (mask + what identifies it)
    formulation: Formulation | None = None
    variant: Variant | None = None


@cache
def _words() -> tuple[tuple[str, str], ...]:
    """(word, kind) for everything that may follow a mask, longest first (市长 before 市, 人民政府 before 人)."""
    data = load_data("redaction", "slots.yaml")
    pairs = [(w, PERSON) for w in data["titles"]] + [(w, PLACE) for w in data["places"]] \
        + [(w, BODY) for w in data["bodies"]] + [(str(w), SLOT) for w in data["units"]]
    seen: dict[str, str] = {}
    for word, kind in pairs:
        seen.setdefault(word, kind)
    return tuple(sorted(seen.items(), key=lambda p: -len(p[0])))


@cache
def _surnames() -> frozenset[str]:
    return frozenset(load_data("redaction", "slots.yaml")["surnames"].replace(" ", ""))


@cache
def _anonymised() -> tuple[str, ...]:
    return tuple(load_data("redaction", "slots.yaml")["anonymised_parties"])


def _word_after(text: str, pos: int) -> tuple[str, str] | None:
    for word, kind in _words():
        if text.startswith(word, pos):
            return word, kind
    return None


def _leader(text: str, start: int, end: int) -> Mask | None:
    formulations = leader_formulations()
    for f in formulations:
        if text.startswith(f.tail, end):
            return Mask(start, end, LEADER, f.text, end + len(f.tail), f, Variant("exact", len(f.tail)))
    for f in formulations:
        v = compare(f.tail, text, end)
        if v is not None:
            return Mask(start, end, LEADER_BROKEN, f.text, end + v.length, f, v)
    return None


def _emphasis_runs(line_text: str, line_start: int) -> dict[int, int]:
    """Offset -> length of the ** / *** runs that open or close Markdown emphasis on one line
    (**县委高度重视**): a pair of equal runs on one line with short, unpadded text between them."""
    runs = list(_EMPHASIS_RUN.finditer(line_text))
    out: dict[int, int] = {}
    i = 0
    while i + 1 < len(runs):
        a, b = runs[i], runs[i + 1]
        inner = line_text[a.end():b.start()]
        if len(a.group()) == len(b.group()) and 0 < len(inner) <= _EMPHASIS_MAX and inner == inner.strip():
            out.update({line_start + a.start(): len(a.group()), line_start + b.start(): len(b.group())})
            i += 2
        else:
            i += 1
    return out


def _at_line_start(doc: Document, offset: int) -> bool:
    line = doc.line_of(offset)
    return not doc.text[line.start:offset].strip()


def scan(doc: Document) -> list[Mask]:
    """Every mask in the document (chrome lines skipped), classified; computed once per document for the
    three rules that report them (kept beside the document's own analyses, which it releases with them)."""
    return doc.memo(_CACHE_KEY, lambda: _scan(doc))


def _scan(doc: Document) -> list[Mask]:
    """One pass over the whole text; the line of a mask is looked up only for the few candidates found."""
    text = doc.folded
    chrome = doc.chrome
    emphasis_by_line: dict[int, dict[int, int]] = {}

    def emphasis_at(offset: int) -> int:
        line = doc.line_of(offset)
        if line.number not in emphasis_by_line:
            emphasis_by_line[line.number] = _emphasis_runs(line.folded, line.start)
        return emphasis_by_line[line.number].get(offset, 0)

    out: list[Mask] = []
    # Substring tests first: they run at memchr speed, and most reports have no mask character at all.
    runs = _RUN.finditer(text) if any(c in text for c in _RUN_CHARS) else ()
    for m in runs:
        run = m.group()
        start = _mask_start(text, m.start())
        if start is None or not _is_run(text, run, m.end()) or doc.line_of(start).number in chrome:
            continue
        emphasis = emphasis_at(m.start()) if run.startswith("**") else 0
        mask = _classify(doc, text, start, m.end(), run, start < m.start(), emphasis)
        if mask:
            out.append(mask)
    for m in _SOMEONE.finditer(text) if _SOMEONE_PAIR in text else ():
        if doc.line_of(m.start()).number in chrome:
            continue
        mask = _someone(text, m.start(), m.end())
        if mask:
            out.append(mask)
    out.extend(elisions(doc))
    out.sort(key=lambda k: k.start)
    return out


def elided_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of every (略) that R002 (or R001, for a leader's name) reports as text hidden by a
    republishing site, the spaces around it included, in order: other rules (T001) leave the spaces inside
    these spans alone. Memoised on the document apart from the full scan, so a rule outside this family pays
    only for finding (略)."""
    return [(m.start, m.end) for m in elisions(doc)]


def elisions(doc: Document) -> list[Mask]:
    """The (略) masks of the document (kind ELIDED, or LEADER/LEADER_BROKEN before a formulation's tail),
    computed once per document."""
    return doc.memo(_ELISIONS_KEY, lambda: _elisions(doc))


def _elisions(doc: Document) -> list[Mask]:
    """(略) with words on both sides in the same line: a site cut words out of a sentence. At a line's end,
    after a colon (附件：（略）) or before punctuation it is the author's own ellipsis."""
    text = doc.folded
    out = []
    for m in _ELISION.finditer(text):
        start, end = _padded(text, m.start(), m.end())
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not _is_word(after) or doc.line_of(start).number in doc.chrome:
            continue
        # 以（略）新时代中国特色社会主义思想, “（略）总书记指出”: the leader's name, restored like a *** mask
        # (R001) whatever comes before it.
        mask = _leader(text, start, end) or (Mask(start, end, ELIDED, "", end) if _is_word(before) else None)
        if mask:
            out.append(mask)
    return out


def _padded(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over the spaces on either side (the site pads the (略) it puts in)."""
    while start > 0 and text[start - 1] in _PADDING:
        start -= 1
    while end < len(text) and text[end] in _PADDING:
        end += 1
    return start, end


def _is_word(ch: str) -> bool:
    """A Chinese character or a digit: what the words a (略) cut apart end and begin with."""
    return bool(ch) and (ch in string.digits or _HAN.match(ch) is not None)


def _is_run(text: str, run: str, end: int) -> bool:
    chars = set(run)
    if end < len(text) and text[end] in _LATIN_OR_DIGIT:
        return False
    return any(chars <= kind and len(run) <= longest for kind, longest in _RUN_KINDS)


def _mask_start(text: str, run_start: int) -> int | None:
    """Where a mask begins (before a year slot's digits), or None when the run is not a mask."""
    start = run_start
    for width in (3, 2):
        if start - width >= 0 and _YEAR_DIGITS.fullmatch(text, start - width, start):
            start -= width
            break
    if start > 0 and text[start - 1] in _NOT_BEFORE:
        return None
    return start


def _classify(doc: Document, text: str, start: int, end: int, run: str, year_digits: bool,
              emphasis: int) -> Mask | None:
    """What a mask stands for; `emphasis` is the length of the Markdown emphasis run it may be (0: none)."""
    if run[0] in _BULLETS and len(run) == 1 and _at_line_start(doc, start):
        return None  # a list bullet
    # "**总书记**" is bold; "以***新时代…贯彻***全面依法治国" pairs up too, but three stars are how a
    # three-character name is masked, so only a two-star pair is taken for bold before a formulation.
    leader = None if year_digits or emphasis == 2 else _leader(text, start, end)
    if leader:
        return leader
    # Weaker evidence from here on: a lone symbol (a checkbox, a multiplication sign) or a Markdown
    # emphasis marker is not a mask.
    if emphasis or (run[0] in _SYMBOLS and len(run) == 1):
        return None
    if _DECIMAL_SLOT.match(text, end):
        return Mask(start, end, SLOT, "%", _DECIMAL_SLOT.match(text, end).end())  # type: ignore[union-attr]
    found = _word_after(text, end)
    if not found:
        return None
    word, kind = found
    if year_digits and kind != SLOT:
        return None
    return Mask(start, end, kind, word, end + len(word))


def _someone(text: str, start: int, end: int) -> Mask | None:
    """某某: a slot or a masked name, unless it anonymises a party to a case (王某某, 某某公司诉…)."""
    if start > 0 and text[start - 1] in _surnames():
        return None
    if any(text.startswith(w, end) for w in _anonymised()):
        return None
    found = _word_after(text, end)
    if found and found[1] != SLOT:
        return Mask(start, end, found[1], found[0], end + len(found[0]))
    return Mask(start, end, SLOT, "", end)
