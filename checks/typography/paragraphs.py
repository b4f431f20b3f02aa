"""Lines that break a sentence in two (shared by T010 and T007).

A line is broken when the next non-blank line carries on with the same sentence: it ends in 、 or ，, or it
is clearly body text ending in a plain character and either the next line starts with something only a
sentence's middle starts with (的, a comma, the tail of a cut compound such as "工作，"), or the line ends in a
word no sentence ends with (和, 关于, 深入推进...) and the next line carries on with text. Headings and titles
end without punctuation on purpose and never count, and neither does a line before a heading or an
enumeration item."""

from __future__ import annotations

import re
from functools import cache

from checks.redaction.formulations import all_formulations
from linter.data import load_data
from linter.document import Document, Line
from linter.record import NamedTuple

from .chars import is_digit, is_han

PAUSE_ENDINGS = "、,"  # folded: ， is ","
# A line ending in a plain character is body text (not an unnumbered heading) when it already ends a
# sentence earlier on, or is long and holds commas.
LONG_LINE = 60
# Next lines that start something new even without a number: enumerations and list bullets.
_NEW_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十\d]+|[①-⑳]|[-*•·]\s|#)")
_CONTINUES = re.compile(r"\s*[\u3007\u3400-\u4dbf\u4e00-\u9fff0-9“《(]")
_DATA = load_data("typography", "paragraphs.yaml")
_CUT = re.compile(r"\s*[" + re.escape(_DATA["continuation_chars"] + _DATA["continuation_punct"]) + "]")
_DANGLING = tuple(_DATA["dangling_endings"])
_TAIL = re.compile(r"\s*(?:" + "|".join(map(re.escape, _DATA["compound_tails"])) + r")[,、;:。]")


class Break(NamedTuple):
    line: Line  # the line that ends mid-sentence
    next: Line  # the line that carries on
    ending: str  # the last character of `line` (as written), or "" when it ends in a plain character


def _structural_lines(doc: Document) -> tuple[set[int], set[int]]:
    """(lines that are only a heading, lines that start with a heading marker) plus titles in the first set."""
    only = {h.line for h in doc.headings if not h.run_in}
    only.update(r.title_line for r in doc.reports if r.title_line)
    starts = {h.line for h in doc.headings} | only
    return only, starts


def sentence_breaks(doc: Document) -> list[Break]:
    """Every line that ends mid-sentence, in order; found once per document for T007 and T010."""
    return doc.memo("typography.sentence_breaks", lambda: _sentence_breaks(doc))


def _sentence_breaks(doc: Document) -> list[Break]:
    chrome = doc.chrome
    heading_only, heading_start = _structural_lines(doc)
    lines = doc.lines
    out: list[Break] = []
    for i, line in enumerate(lines):
        body = line.folded.rstrip()
        # What the line ends in first: most lines end a sentence (。), and need nothing more.
        if not body:
            continue
        last = body[-1]
        pause = last in PAUSE_ENDINGS
        if not (pause or is_han(last) or is_digit(last)) or line.number in chrome or line.number in heading_only:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if j >= len(lines) or j - i > 2:
            continue  # last line, or more than one blank line between: a real paragraph break
        nxt = lines[j]
        if nxt.number in chrome or nxt.number in heading_start or _NEW_ITEM.match(nxt.folded):
            continue
        if pause:
            if _CONTINUES.match(nxt.folded):
                out.append(Break(line, nxt, line.text.rstrip()[-1]))
        elif (_is_body(body) and _cut_before(body, nxt.folded)) or _phrase_across(body, nxt.folded.lstrip()):
            out.append(Break(line, nxt, ""))  # a phrase cut in two is evidence enough, even on a short line
    return out


def _is_body(body: str) -> bool:
    """A line ending in a plain character is body text, not an unnumbered heading or a label."""
    return "。" in body or (len(body.strip()) >= LONG_LINE and "," in body)


def _cut_before(body: str, nxt: str) -> bool:
    """The body line `body`, ending in a plain character, is cut off the same sentence that `nxt` carries on
    (both folded), rather than a paragraph whose final 。 is missing."""
    if _CUT.match(nxt) or _TAIL.match(nxt):
        return True  # the next line starts with what only a sentence's middle starts with
    return body.endswith(_DANGLING) and bool(_CONTINUES.match(nxt))


def _phrase_across(body: str, nxt: str) -> bool:
    """Whether a fixed phrase (a formulation, a term of the goal formula) runs across the break: "廉洁诚" /
    "信、人民满意…" is 廉洁诚信 cut in two, not a paragraph without its 。."""
    if not body or not nxt:
        return False
    # Looked up by the two characters either side of the break: asked for every line, this stays O(1).
    candidates = _phrase_splits().get(body[-1] + nxt[0], ())
    return any(body.endswith(head) and nxt.startswith(tail) for head, tail in candidates)


@cache
def _phrase_splits() -> dict[str, tuple[tuple[str, str], ...]]:
    """Every way to cut each fixed phrase in two (the formulations of checks/redaction/formulations.yaml and the
    goal formula's terms in checks/years/phrases.yaml), by the two characters either side of the cut."""
    terms = load_data("years", "phrases.yaml")["new_goal_formula"].split("、")
    phrases = dict.fromkeys([*(f.text for f in all_formulations()), *terms])
    splits: dict[str, list[tuple[str, str]]] = {}
    for phrase in phrases:
        for k in range(1, len(phrase)):
            splits.setdefault(phrase[k - 1] + phrase[k], []).append((phrase[:k], phrase[k:]))
    return {pair: tuple(found) for pair, found in splits.items()}
