"""The canonical formulations (formulations.yaml) and how a text compares with one: exactly, with one
character dropped, or with one character changed."""

from __future__ import annotations

import re
from functools import cache

from linter.data import load_data
from linter.document import Document
from linter.outline import has_traditional, simplified
from linter.record import NamedTuple

_HAN = re.compile(r"[\u4e00-\u9fff]")


class Formulation(NamedTuple):
    text: str  # the canonical text
    name: str | None  # the part a site masks (leader formulations), else None
    tail: str  # after a mask: the text that identifies the formulation (from the name's end)
    varies: bool = False  # only the name and `tail` are fixed; the rest varies between reports


class Variant(NamedTuple):
    kind: str  # "exact" | "dropped" | "changed" | "masked" (one character hidden by a mask character)
    length: int  # characters of the text that the variant covers
    index: int = -1  # position in the canonical text of the dropped, changed or masked character


@cache
def _data() -> dict:
    return load_data("redaction", "formulations.yaml")


@cache
def leader_formulations() -> tuple[Formulation, ...]:
    data = _data()
    name = data["name"]
    out = []
    for entry in data["leader"]:
        text = entry if isinstance(entry, str) else entry["text"]
        after = text[text.index(name) + len(name):]
        tail = after if isinstance(entry, str) else entry["key"]
        out.append(Formulation(text, name, tail, not isinstance(entry, str)))
    # Longest tail first, so 总书记… is tried before shorter tails that it begins with.
    return tuple(sorted(out, key=lambda f: -len(f.tail)))


@cache
def all_formulations() -> tuple[Formulation, ...]:
    """The formulations whose whole text is fixed, longest first."""
    fixed = tuple(Formulation(t, None, t) for t in _data()["fixed"])
    whole = tuple(f for f in leader_formulations() if not f.varies)
    return tuple(sorted(whole + fixed, key=lambda f: -len(f.text)))


@cache
def fixed_texts() -> dict[str, Formulation]:
    """Each formulation by its text as far as that is fixed: the whole text, or for one whose text varies
    the name and `tail` (习近平全面依法治国新)."""
    out = {f.text: f for f in all_formulations()}
    out.update({(f.name or "") + f.tail: f for f in leader_formulations() if f.varies})
    return out


@cache
def known_slips() -> dict[str, str]:
    return {**dict(_data()["known_slips"]), **_plenums_without_term()}


def _plenums_without_term() -> dict[str, str]:
    """党的二十大及历次全会 -> 党的二十大和二十届历次全会, for every congress, joiner and wording listed."""
    d = _data()["plenums_without_term"]
    return {f"党的{c}大{j}{w}": f"党的{c}大和{c}届历次全会"
            for c in d["congresses"] for j in d["joiners"] for w in d["wordings"]}


@cache
def also_correct() -> tuple[str, ...]:
    return tuple(_data()["also_correct"])


def check_from() -> int:
    return int(_data()["check_from"])


def compare(canonical: str, text: str, pos: int) -> Variant | None:
    """How text[pos:] begins relative to `canonical`: exactly, or with one character dropped or changed
    (only from `check_from()` on, and a changed character only inside the formulation and only to another
    Chinese character). None when it is none of these."""
    n = len(canonical)
    common = _agreeing(canonical, text, pos)
    if common == n:
        return Variant("exact", n)
    first = check_from()
    if n <= first:
        return None
    if _changed_last(canonical, text, pos):
        return Variant("changed", n, n - 1)
    # Dropped at i: what comes before i agrees (i <= common), what comes after is written one place early.
    for i in range(first, min(common, n - 1) + 1):
        if text.startswith(canonical[i + 1:], pos + i) and (i + 1 < n or _ends_word(text, pos + i)):
            return Variant("dropped", n - 1, i)
    # Changed at i: what comes before i agrees and text[pos + i] does not, so i is the first disagreement.
    if first <= common < n - 1:
        ch = text[pos + common] if pos + common < len(text) else ""
        if _HAN.match(ch) and text.startswith(canonical[common + 1:], pos + common + 1):
            return Variant("changed", n, common)
    return None


def _agreeing(canonical: str, text: str, pos: int) -> int:
    """How many characters text[pos:] and `canonical` agree on from their start."""
    # Text compared with a formulation mostly parts from it within a few characters: this bounds the
    # positions a character can have been dropped or changed at.
    limit = min(len(canonical), len(text) - pos)
    k = 0
    while k < limit and text[pos + k] == canonical[k]:
        k += 1
    return k


def _changed_last(canonical: str, text: str, pos: int) -> bool:
    """The last character written wrong (思相，): another Chinese character that ends a phrase. When a
    Chinese character follows it (总书全面) the last character was more likely dropped."""
    n = len(canonical)
    if not text.startswith(canonical[:-1], pos) or pos + n > len(text):
        return False
    last = text[pos + n - 1]
    after = text[pos + n] if pos + n < len(text) else ""
    return last != canonical[-1] and bool(_HAN.match(last)) and not _HAN.match(after) \
        and _ends_word(text, pos + n - 1)


def _ends_word(text: str, pos: int) -> bool:
    # A dropped last character: what follows must not make a correct phrase (法治思维 is not 法治思想 - 想).
    window = text[max(0, pos - 4): pos + 2]
    return not any(w in window for w in also_correct())


class TitleGap(NamedTuple):
    head: int  # characters of a title kept before the missing part, at least
    tail: int  # and after it
    longest: int  # the missing part's length, at most


@cache
def titles() -> tuple[str, ...]:
    """Document titles whose every part is fixed (formulations.yaml `titles`), longest first."""
    return tuple(sorted(_data()["titles"], key=len, reverse=True))


class DatedTitle(NamedTuple):
    written: str  # a title whose year range is part of it, or a short form of such titles (纲要)
    periods: dict[tuple[str, str], str]  # (first year, last year) -> the full title that has that range


@cache
def dated_titles() -> tuple[DatedTitle, ...]:
    """The titles with a year range and their short forms (formulations.yaml), longest first."""
    data = _data()
    ranges = {title: [tuple(p.split("—")) for p in periods] for title, periods in data["dated_titles"].items()}
    out = [DatedTitle(title, {p: title for p in periods}) for title, periods in ranges.items()]
    for short, full in data["short_titles"].items():
        out.append(DatedTitle(short, {p: title for title in full for p in ranges[title]}))
    return tuple(sorted(out, key=lambda t: -len(t.written)))


@cache
def title_gap() -> TitleGap:
    gap = _data()["title_gap"]
    return TitleGap(int(gap["head"]), int(gap["tail"]), int(gap["longest"]))


class Unnamed(NamedTuple):
    """Where 法治思想 stands for the leader's thought with the name deleted (formulations.yaml `unnamed`)."""
    thought: str
    canonical: str
    since: int  # the first report year checked (the formulation is from November 2020)
    verbs: tuple[str, ...]  # longest first
    only_before_wei: frozenset[str]
    not_words: tuple[str, ...]
    not_followed_by: tuple[str, ...]
    titles: tuple[str, ...]  # left before the thought when only the name was deleted (总书记法治思想)


@cache
def unnamed() -> Unnamed:
    d = _data()["unnamed"]
    return Unnamed(d["thought"], d["canonical"], int(d["since"]), tuple(sorted(d["verbs"], key=len, reverse=True)),
                   frozenset(d["only_before_wei"]), tuple(d["not_words"]), tuple(d["not_followed_by"]),
                   tuple(d["titles"]))


class CorruptedName(NamedTuple):
    precede: frozenset[str]  # before 近平: the word before a dropped 习, not 习 written wrong
    word_ends: frozenset[str]  # before 习: 习 ends a word (学习), it is not the name's first character


@cache
def corrupted_name() -> CorruptedName:
    d = _data()["corrupted_name"]
    return CorruptedName(frozenset(d["precede"]), frozenset(d["word_ends"]))


class SpamConfig(NamedTuple):
    """Words a scraper site pastes into a formulation (formulations.yaml `spam`)."""
    longest_name: int  # Chinese characters of a site's name after its Latin letters (betway必威体育)
    not_after_tail: tuple[str, ...]  # after 法治思想: the general term, not the leader's thought


@cache
def spam_config() -> SpamConfig:
    d = _data()["spam"]
    return SpamConfig(int(d["longest_name"]), tuple(_data()["unnamed"]["not_followed_by"]))


def leader_name() -> str:
    return str(_data()["name"])


def comparable(doc: Document) -> str:
    """The folded text with the traditional forms of the formulations' characters read as simplified (same
    length, so offsets hold): a report in traditional script is compared as written, not as miswritten."""
    # The one traditional-to-simplified reading (linter.outline.simplified): this family's table and the
    # structure family's, char for char.
    # has_traditional is the same search of the folded text, kept for the whole run (the outline and the
    # structure family ask it too): asked first, the text is searched once, not twice.
    return doc.memo("redaction.comparable", lambda: simplified(doc.folded) if has_traditional(doc) else doc.folded)
