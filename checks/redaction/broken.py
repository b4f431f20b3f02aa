"""R004: a canonical formulation written with a character dropped or changed (习近平总书 for 习近平总书记),
a known wrong form (以习近平为核心的党中央), the leader's name deleted (以法治思想为统领) or miswritten
(习菦平新时代…), or a fixed document title with a part left out (《党政主要负责人履行推进第一责任人职责规定》)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from checks.boilerplate.pinyin import annotation_starts
from linter.document import Document, alternation, find_all, matches_at
from linter.model import Edit, Fix, Hit, Severity
from linter.rules import rule

from .formulations import (
    Formulation,
    Unnamed,
    all_formulations,
    check_from,
    comparable,
    compare,
    corrupted_name,
    dated_titles,
    known_slips,
    leader_formulations,
    leader_name,
    title_gap,
    titles,
    unnamed,
)
from .masked import describe_slip, masked_character_hit
from .masks import CHAR, INSERTED, LEADER, LEADER_BROKEN, in_name, scan, spam_runs


@cache
def _anchors() -> tuple[re.Pattern[str], dict[str, tuple[Formulation, ...]]]:
    """A pattern for the first characters of any formulation (which a slip never touches), and the
    formulations by those characters."""
    k = check_from()
    by_head: dict[str, list[Formulation]] = {}
    for f in all_formulations():
        by_head.setdefault(f.text[:k], []).append(f)
    heads = sorted(by_head, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, heads))), {h: tuple(fs) for h, fs in by_head.items()}


@cache
def _texts_by_head() -> dict[str, tuple[str, ...]]:
    """The formulations' texts by their first characters (the keys of _anchors())."""
    return {head: tuple(f.text for f in fs) for head, fs in _anchors()[1].items()}


def anchor_matches(text: str) -> Iterator[re.Match[str]]:
    """A match of a formulation's first characters at every position where one begins, overlapping ones
    included: every place R004 could compare the text with a formulation (the plain form of _head_matches's
    candidates, which are the few of these places where a comparison can succeed)."""
    search = _anchors()[0].search
    m = search(text)
    while m:
        yield m
        m = search(text, m.start() + 1)


def _head_matches(text: str) -> tuple[list[re.Match[str]], list[int]]:
    """The matches of _slips().finditer(text), and the positions where compare() can find a formulation
    written exactly or one character off: both tried only where _heads() finds the beginning of either. One
    search of the text for both, rather than one for each (both are rare)."""
    slip, search = _slips().match, _heads().search
    slips: list[re.Match[str]] = []
    candidates: list[int] = []
    end = 0  # where finditer would resume after the last wrong form
    m = search(text)
    while m:
        at = m.start()
        found = slip(text, at) if at >= end else None
        if found:
            slips.append(found)
            end = found.end()
        if m.lastindex is not None:  # an empty group closes each of _near()'s branches, and only those
            candidates.append(at)
        # From the next character, not the match's end: beginnings overlap (a zero-width lookahead tried at
        # every position would give `re` nothing to skip ahead to).
        m = search(text, at + 1)
    return slips, candidates


@cache
def _heads() -> re.Pattern[str]:
    """Where a formulation may be written exactly or one character off (_near(), tried first: a match has a
    group set exactly where _near() matches), or a known wrong form begins (its first two characters: each match of
    _slips() is one of them, whole). A formulation's first characters alone (法治) are common in a report;
    what follows them rarely is a formulation's."""
    return re.compile(_near() + "|" + alternation({slip[:2] for slip in known_slips()}))


def _near() -> str:
    """A pattern for a formulation's first characters followed by the rest of one of the formulations they
    begin, as written or with one character dropped or changed: it matches wherever compare() finds a
    formulation, and in a few places more, never fewer. Each branch ends in an empty group, which tells its
    matches from the wrong forms' (a group around the whole would hide from `re` the first characters it
    skips ahead to, and make the search three times slower)."""
    k = check_from()
    return "|".join(re.escape(head) + "(?:" + "|".join(_one_off(_blocks(f.text[k:])) for f in fs) + ")()"
                    for head, fs in sorted(_anchors()[1].items()))


_BLOCK = 3  # characters: a pattern per character costs more to compile and finds hardly fewer places


def _blocks(rest: str) -> list[str]:
    return [rest[i:i + _BLOCK] for i in range(0, len(rest), _BLOCK)]


def _one_off(blocks: list[str]) -> str:
    """A pattern for the beginning of a text that is the blocks written one after another, with at most one
    character dropped or changed: one block written as any text one character shorter or as long as it is,
    and every other block as it is."""
    # Built from the last block outwards, each block escaped once (re.escape escapes character by character, so
    # the blocks after one, escaped, are its escaped rest): no call and no join of the rest for each block.
    pattern = rest = ""
    for block in reversed(blocks):
        escaped = re.escape(block)
        pattern = f"(?:{escaped}{pattern}|(?s:.){{{len(block) - 1},{len(block)}}}{rest})"
        rest = escaped + rest
    return pattern


@cache
def _slips() -> re.Pattern[str]:
    return re.compile(_trie_pattern(sorted(known_slips())))


def _trie_pattern(words: list[str]) -> str:
    """An alternation of `words` sharing their common beginnings (党的(?:二十大(?:及|和)…|十九大…)) and
    preferring the longest, as a longest-first alternation would: `re` tries a plain alternation's branches one
    by one at every candidate position, and many wrong forms begin alike."""
    if len(words) == 1:
        # A word alone is its characters escaped one after another (re.escape escapes character by character):
        # one call rather than a call for each of them, and most of the trie lies in such tails.
        return re.escape(words[0])
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    ends = groups.pop("", None) is not None  # a word ends here: the rest is optional (greedy, so longest first)
    branches = [re.escape(head) + _trie_pattern(rests) for head, rests in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@rule(code="R004", name="broken-formulation", family="redaction", severity="error",
      summary="规范表述少字、错字或用了错误的说法（习近平总书、以习近平为核心的党中央、以法治思想为统领）",
      explanation="“习近平新时代中国特色社会主义思想”“习近平法治思想”“以习近平同志为核心的党中央”“习近平总书记”"
                  "“中央全面依法治国委员会”等是固定的规范表述，一个字也不能少、不能错。常见差错是漏字（“习近平总书”"
                  "缺“记”、“以习近平为核心的党中央”缺“同志”）和错字（“法制思想”）；还有删去了姓名（“坚持以法治思想"
                  "为统领”“深入学法治思想”，应为“习近平法治思想”）、姓名写错（“习菦平新时代中国特色社会主义思想”），"
                  "以及书名号中的文件名称缺了一段（《党政主要负责人履行推进第一责任人职责规定》缺“法治建设”）或写错"
                  "（《法制政府建设实施纲要》），年份部分缺括号或“年”字（《法治政府建设实施纲要2015-2020》，报警告）。"
                  "转载网站还会在规范表述中插入广告词（“习近平www.xx.com法治思想”，删去即可）、把其中一个字遮蔽成"
                  "“*”（“用*严格制度最严密法治”），或删去姓名只留“总书记”（“总书记法治思想”）。“习近平新时代中国特色社会主义思想和法治思想”共用姓名，不报告；"
                  "“增强法治思想观念”等泛指的说法也不报告。修复建议给出规范表述，需人工确认。少字、缺名和已知错误说法"
                  "报错误，改字报警告。",
      bad=["深入学习贯彻习近平总书全面依法治国新理念新思想新战略。", "紧密团结在以习近平为核心的党中央周围。",
           "深入学习贯彻习近平法制思想。", "县政府坚持以法治思想为统领，深入学法治思想和党的二十大精神。",
           "以习菦平新时代中国特色社会主义思想为指导。", "严格落实《党政主要负责人履行推进第一责任人职责规定》。",
           "落实《法制政府建设实施纲要(2015-2020年)》。", "深入学习贯彻习近平www.cp88.com法治思想。",
           "坚持用*严格制度最严密法治保护生态环境。", "深入学习贯彻总书记法治思想。",
           "对照《法治政府建设实施纲要2015-2020》逐项整改。", "全面贯彻党的二十大和历次全会精神。"],
      good=["深入学习贯彻习近平总书记关于全面依法治国的重要论述，运用法治思维和法治方式推动工作。",
            "以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想和习近平经济思想。",
            "深入学习习近平新时代中国特色社会主义思想和法治思想，增强干部法治思想观念。",
            "严格落实《党政主要负责人履行推进法治建设第一责任人职责规定》和《法治政府建设实施纲要（2021—2025年）》。",
            "全面贯彻党的二十大和二十届历次全会精神，注*：数据截至12月底。"],
      fix="unsafe", example_year=2024)
def broken_formulation(doc: Document, opts: Mapping[str, Any]) -> Iterator[Hit]:
    reported: list[tuple[int, int]] = []
    for hit in _slips_and_variants(doc):
        reported.append((hit.start, hit.end))
        yield hit
    # The name and title checks find what comparison cannot (more than one character off); a span the
    # comparison already reported (以习菦平同志为核心的党中央) is not reported twice.
    chrome = doc.chrome
    for hit in (*_inserted_spam(doc), *_masked_characters(doc), *_unnamed_thoughts(doc), *_corrupted_names(doc),
                *_quoted_titles(doc)):
        if doc.line_of(hit.start).number in chrome or any(hit.start < e and s < hit.end for s, e in reported):
            continue
        reported.append((hit.start, hit.end))
        yield hit


def _slips_and_variants(doc: Document) -> Iterator[Hit]:
    """Known wrong forms, and formulations with one character dropped or changed."""
    text = comparable(doc)
    chrome = doc.chrome
    reported: set[int] = set()
    slips, candidates = _head_matches(text)
    for m in slips:
        if doc.line_of(m.start()).number in chrome:
            continue
        right = known_slips()[m.group()]
        reported.add(m.start())
        yield Hit(m.start(), m.end(), f"“{m.group()}”不是规范表述，应为“{right}”", suggestion=right,
                  fix=Fix("unsafe", (Edit(m.start(), m.end(), right),)))
    by_head, texts_by_head, len_head = _anchors()[1], _texts_by_head(), check_from()
    for pos in candidates:
        head = text[pos:pos + len_head]
        # Only a formulation with these first characters can be written here. Whether one is written right
        # (one formulation may be a slip of another, e.g. 委员会 / 委员会办公室) is asked first: nearly every
        # one is, and one startswith with the tuple of their texts costs less than finding the line.
        if text.startswith(texts_by_head[head], pos) or pos in reported or doc.line_of(pos).number in chrome:
            continue
        for f in by_head[head]:
            v = compare(f.text, text, pos)
            if v is None or v.kind == "exact" or _annotated(doc, pos, pos + len(f.text) + 1):
                continue
            end = pos + v.length
            written = doc.text[pos:end]
            yield Hit(pos, end, f"“{written}”有误：{describe_slip(f.text, v, text[pos:end])}，规范表述为“{f.text}”",
                      suggestion=f.text, fix=Fix("unsafe", (Edit(pos, end, f.text),)),
                      severity=Severity.WARNING if v.kind == "changed" else None)
            break


_ANNOTATION_MAX = 9  # characters of a pinyin annotation, brackets included: "(zhuàng)" and one to spare


def _annotated(doc: Document, start: int, end: int) -> bool:
    """Whether a pinyin annotation a mirror site added (B004) begins in text[start:end]: then the formulation
    is interrupted by it, not miswritten."""
    if "(" not in doc.folded[start:end]:
        return False  # nearly always
    starts = annotation_starts(doc)
    i = bisect.bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


# --- an advert word pasted into a formulation, one character of it masked --------------------------------

def _inserted_spam(doc: Document) -> Iterator[Hit]:
    """A run inside a formulation that is exact without it (习近平betway法治思想). The fix deletes it, as an
    unsafe fix like R004's others: text inside a political formulation is changed only after a person looks."""
    for s in spam_runs(doc):
        if s.kind != INSERTED:
            continue
        run, right = doc.text[s.start:s.end], doc.text[s.span_start:s.start] + doc.text[s.end:s.span_end]
        yield Hit(s.start, s.end,
                  f"“{doc.text[s.span_start:s.span_end]}”中插入了无关文字“{run}”：多为转载网站的广告词，"
                  f"删去后为规范表述“{right}”",
                  suggestion=right, fix=Fix("unsafe", (Edit(s.start, s.end, ""),)))


def _masked_characters(doc: Document) -> Iterator[Hit]:
    """One character of a formulation masked outside the leader's name (用*严格制度, 核*的党中央)."""
    return (masked_character_hit(doc, m) for m in scan(doc) if m.kind == CHAR and not in_name(m))


# --- the leader's name deleted or miswritten without a mask ---------------------------------------------

# Where a clause begins (folded text: ，；：！？ are ASCII): the shared-name exemption looks no further back.
_CLAUSE_BREAKS = ",;:!?。\n"
# Mask characters: a name written 习*平 or *近平 is a partial mask, not a slip.
_MASK_CHARS = frozenset("*Xx×✕╳■□●○◯")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _is_han(ch: str) -> bool:
    return bool(ch) and _HAN.match(ch) is not None


def _unnamed_thoughts(doc: Document) -> Iterator[Hit]:
    """法治思想 right after a verb of study (学, 贯彻, 以…为) with no 习近平 in its clause, or right after 总书记
    with no 习近平 before it."""
    cfg, text = unnamed(), comparable(doc)
    for pos in find_all(text, cfg.thought):
        if not _before_the_formulation(doc, pos, cfg.since):
            hit = _title_without_name(doc, text, pos, cfg) or _verb_without_name(doc, text, pos, cfg)
            if hit is not None:
                yield hit


def _verb_without_name(doc: Document, text: str, pos: int, cfg: Unnamed) -> Hit | None:
    verb = _unnamed_verb(text, pos, cfg)
    if verb is None or _masked_name_in_clause(doc, pos):
        return None
    end = pos + len(cfg.thought)
    return Hit(pos, end,
               f"“{doc.text[pos - len(verb):end]}”中“{cfg.thought}”前缺少领导人姓名：规范表述为"
               f"“{cfg.canonical}”，疑为编辑或转载时删去了“{leader_name()}”",
               suggestion=cfg.canonical, fix=Fix("unsafe", (Edit(pos, end, cfg.canonical),)))


def _title_without_name(doc: Document, text: str, pos: int, cfg: Unnamed) -> Hit | None:
    """总书记法治思想: the name deleted, its title left."""
    if not text.endswith(cfg.titles, 0, pos):
        return None
    title = next(t for t in cfg.titles if text.endswith(t, 0, pos))
    start = pos - len(title)
    before = text[start - 1] if start > 0 else ""
    if before == leader_name()[-1] or before in _MASK_CHARS \
            or (before.isascii() and (before.isalnum() or before == ")")):
        return None  # the name, a mask, a site's word or a (略): not a deletion, or reported by R001
    end = pos + len(cfg.thought)
    return Hit(start, end,
               f"“{doc.text[start:end]}”中删去了领导人姓名、只留下“{title}”：规范表述为“{cfg.canonical}”",
               suggestion=cfg.canonical, fix=Fix("unsafe", (Edit(start, end, cfg.canonical),)))


def _masked_name_in_clause(doc: Document, pos: int) -> bool:
    """A masked leader's name earlier in the clause (以***新时代…思想和法治思想) is shared like 习近平 is."""
    clause_start = _clause_start(comparable(doc), pos)
    return any(clause_start <= m.start < pos for m in scan(doc)
               if m.kind in (LEADER, LEADER_BROKEN) or (m.kind == CHAR and in_name(m)))


def _clause_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in _CLAUSE_BREAKS) + 1


def _before_the_formulation(doc: Document, pos: int, since: int) -> bool:
    """The report covers a year before 习近平法治思想 was named: its 法治思想 may be the general term."""
    year = doc.year_at(doc.line_of(pos).number)
    return year is not None and year < since


def _unnamed_verb(text: str, pos: int, cfg: Unnamed) -> str | None:
    """The verb before the 法治思想 at `pos` when that 法治思想 is the leader's thought missing its name."""
    name = leader_name()
    if text.endswith(name, 0, pos):
        return None
    verb = next((v for v in cfg.verbs if text.endswith(v, 0, pos)), None)
    if verb is None or any(text.endswith(w, 0, pos) for w in cfg.not_words):
        return None
    after = pos + len(cfg.thought)
    if verb in cfg.only_before_wei and not text.startswith("为", after):
        return None  # 以 only as 以…为 (以法治思想为统领), not 予以 or 以法治思想武装 (too loose)
    if any(text.startswith(w, after) for w in cfg.not_followed_by):
        return None  # 法治思想观念: the general term
    if name in text[_clause_start(text, pos):pos]:
        return None  # 习近平新时代中国特色社会主义思想和法治思想: the name is shared
    return verb


# --- a character of the name changed or dropped ------------------------------------------------------

@cache
def _tails() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for what a miswritten name looks like before a formulation's tail (X近平, 习X平, 习平; 习近X and
    习近 are the ordinary slips R004 finds by comparison), and the canonical text by tail."""
    name = leader_name()
    first, middle, last = name
    by_tail = {f.tail: f.text for f in leader_formulations()}
    tails = "|".join(map(re.escape, sorted(by_tail, key=len, reverse=True)))
    name_pattern = f"(?:{re.escape(middle)}|{re.escape(first)}[^{re.escape(middle)}]?){re.escape(last)}"
    pattern = re.compile(f"{name_pattern}(?=({tails}))")
    return pattern, by_tail


@cache
def _name_ends() -> re.Pattern[str]:
    """The name's last character (平) with its first or middle character just before it, or its first two
    before it: the only ones _name_starts can find a start before. The character first, so that `re` skips
    ahead to it as to a literal and looks behind only there: most 平 of a report (水平, 平台) have neither."""
    first, middle, last = map(re.escape, leader_name())
    return re.compile(f"{last}(?:(?<=[{first}{middle}].)|(?<={first}..))")


def _name_starts(text: str) -> list[int]:
    """Every place a match of _tails() can begin: X近平, 习X平 and 习平 end in 平, found from it (see
    _name_ends) where `re` would test every character against [习近]."""
    first, middle, _ = leader_name()
    starts = []
    for end in _name_ends().finditer(text):
        at = end.start()
        if at >= 2 and text[at - 2] == first:
            starts.append(at - 2)
        if at >= 1 and text[at - 1] in (first, middle):
            starts.append(at - 1)
    return starts


def _corrupted_names(doc: Document) -> Iterator[Hit]:
    """A formulation's tail after X近平, 习X平 or 习平 (以习菦平新时代…)."""
    pattern, by_tail = _tails()
    text = comparable(doc)
    for m in matches_at(pattern, text, _name_starts(text)):
        found = _corruption(text, m.start(), m.group())
        if found is None or _annotated(doc, max(0, m.start() - _ANNOTATION_MAX), m.end()):
            continue  # 习(xí)近平: the name with a mirror site's pinyin inside, not a name with 习 dropped
        start, written, what, severity = found
        end = m.end() + len(m.group(1))
        name = leader_name()
        right, canonical = name + m.group(1), by_tail[m.group(1)]
        full = "" if canonical == right else f"（规范表述“{canonical}”）"
        yield Hit(start, end, f"“{doc.text[start:end]}”中领导人姓名有误：{what}，应为“{right}”{full}",
                  suggestion=right, fix=Fix("unsafe", (Edit(start, start + len(written), name),)), severity=severity)


def _corruption(text: str, start: int, found: str) -> tuple[int, str, str, Severity | None] | None:
    """(span start, the name as written, what is wrong, severity) for a match of `_tails`, or None when the
    name is right (习近平) or the match is not a name (学习 before a 平, a mask, Latin letters)."""
    name = leader_name()
    first, middle, _ = name
    cfg = corrupted_name()
    before = text[start - 1] if start > 0 else ""
    if found[0] == middle:  # 近平: the first character dropped or changed
        if before == first or before in _MASK_CHARS or (before.isascii() and before.isalnum()):
            return None
        if _is_han(before) and before not in cfg.precede:
            return start - 1, before + found, f"“{first}”误作“{before}”", Severity.WARNING
        return start, found, f"少了“{first}”字", None
    if before in cfg.word_ends:
        return None  # 学习平…: 习 belongs to the word before, not to the name
    if len(found) == 2:  # 习平
        return start, found, f"少了“{middle}”字", None
    if not _is_han(found[1]):
        return None  # 习*平: a partial mask, not a slip
    return start, found, f"“{middle}”误作“{found[1]}”", Severity.WARNING


# --- a fixed document title with a part left out ------------------------------------------------------

# The innermost quoted title (folded text: ＜＞ are <>), so 《关于印发〈…规定〉的通知》 yields the 规定.
_QUOTED = re.compile(r"[《〈<]([^《》〈〉<>\n]{1,120})[》〉>]")


def _quoted_titles(doc: Document) -> Iterator[Hit]:
    """Quoted titles that are a fixed title with one part left out, or with its year range malformed."""
    for m in matches_at(_QUOTED, doc.folded, _title_starts(doc.folded)):
        inner, at = m.group(1), m.start(1)
        hit = _title_with_a_gap(doc, inner, at)
        if hit is None and inner[-1] in _RANGE_LAST:  # most quoted titles end in neither a year nor a bracket
            hit = _malformed_range(doc, inner, at)
        if hit is not None:
            yield hit


def _title_starts(folded: str) -> list[int]:
    """The title marks (《〈<) a match of _QUOTED that _title_with_a_gap or _malformed_range can report begins
    at: those followed by the first characters of a fixed title or by a dated title's name. Found by str.find,
    where `re` would test every character against the class and read every quoted title of the document."""
    heads = _quoted_heads()
    return sorted(at for mark in _TITLE_MARKS for at in find_all(folded, mark) if folded.startswith(heads, at + 1))


_TITLE_MARKS = "《〈<"  # what _QUOTED opens with


@cache
def _quoted_heads() -> tuple[str, ...]:
    """What a quoted title _quoted_titles reports begins with (see _title_starts)."""
    return (*_titles_by_head(), *(dated.written for dated in dated_titles()))


def _title_with_a_gap(doc: Document, inner: str, at: int) -> Hit | None:
    """A fixed title with one part left out (see formulations.yaml `titles`)."""
    for title in _titles_by_head().get(inner[:title_gap().head], ()):
        found = _gap(inner, title)
        if found is None:
            continue
        length, missing = found
        written = doc.text[at:at + length]
        return Hit(at, at + length,
                   f"文件名称“{written}”少了“{missing}”：全称为《{title}》，引用文件名称应与原件一致",
                   suggestion=title, fix=Fix("unsafe", (Edit(at, at + length, title),)))
    return None


# A year range after a title: brackets and 年 optional here, so that a range missing them is found.
_RANGE_LAST = frozenset("0123456789年)]〕】")
_RANGE = re.compile(r"\s*([(\[〔【]?)\s*(\d{4})年?\s*[-—–‐‑−~～至到]\s*(\d{4})\s*(年?)\s*([)\]〕】]?)\s*")


def _malformed_range(doc: Document, inner: str, at: int) -> Hit | None:
    """A title whose range is part of it written without the brackets or 年 (《法治政府建设实施纲要2015-2020》,
    《纲要(2015-2020)》), when the range is one the title has."""
    for dated in dated_titles():
        if not inner.startswith(dated.written):
            continue
        m = _RANGE.fullmatch(inner, len(dated.written))
        if m is None or (m.group(2), m.group(3)) not in dated.periods:
            return None
        opening, first, last, year, closing = m.groups()
        brackets = "" if opening and closing else "右括号" if opening else "左括号" if closing else "括号"
        lacks = "、".join(w for w in (brackets, "" if year else "“年”字") if w)
        if not lacks:
            return None
        start = at + len(dated.written) + len(m.group()) - len(m.group().lstrip())
        end = at + len(dated.written) + len(m.group().rstrip())
        right = f"（{first}—{last}年）"
        full = dated.periods[(first, last)] + right
        suggestion = dated.written + right
        named = "" if suggestion == full else f"，全称为《{full}》"
        return Hit(start, end,
                   f"文件名称《{doc.text[at:at + len(inner)]}》的年份部分缺少{lacks}：应为“{right}”{named}，"
                   f"引用文件名称应与原件一致",
                   suggestion=suggestion, fix=Fix("unsafe", (Edit(start, end, right),)),
                   severity=Severity.WARNING)
    return None


@cache
def _titles_by_head() -> dict[str, tuple[str, ...]]:
    """The titles by their first `title_gap().head` characters, longest first: a quoted title can only be one
    with a part left out when it begins as the title does (most quoted titles are other documents)."""
    head = title_gap().head
    out: dict[str, list[str]] = {}
    for title in titles():
        out.setdefault(title[:head], []).append(title)
    return {k: tuple(v) for k, v in out.items()}


def _gap(inner: str, title: str) -> tuple[int, str] | None:
    """(length of the written title, the missing part) when `inner` is `title` with one part left out,
    followed by nothing or a bracket ((2021—2025年)); None otherwise (the full title, another document)."""
    gap = title_gap()
    # What follows the missing part ends with the title's last `tail` characters: most quoted titles that begin
    # as a fixed title does (法治…) are other documents, without them.
    if title in inner or title[len(title) - gap.tail:] not in inner:
        return None
    common = 0
    while common < min(len(inner), len(title)) and inner[common] == title[common]:
        common += 1
    for i in range(common, gap.head - 1, -1):  # the missing part as late as the text allows
        for j in range(i + 1, min(i + gap.longest, len(title) - gap.tail) + 1):
            rest = title[j:]
            end = i + len(rest)
            if inner.startswith(rest, i) and (end == len(inner) or inner[end] in "(〔["):
                return end, title[i:j]
    return None
