"""Character classes shared by the typography rules. All tests take characters of `Document.folded`
(full-width ，：；（）！？ already folded to ASCII) unless they say otherwise."""

from __future__ import annotations

import re

from linter.document import Document

HAN_CLASS = r"\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_CLASS}]")

# Spaces that count as stray when they sit inside Chinese text. U+3000 is already " " in folded text.
SPACE_CLASS = " \u00a0\u2002-\u200a\u202f\u205f"
SPACE_RUN = re.compile(f"[{SPACE_CLASS}]+")
# The same characters one by one, for substring tests (tests/test_scanning.py checks they agree).
SPACE_CHARS = " \u00a0" + "".join(map(chr, range(0x2002, 0x200B))) + "\u202f\u205f"

OPENING = "“‘《〈【〔「『"
CLOSING = "”’》〉】〕」』"
# Chinese punctuation that never folds; ASCII ,;:!? count as Chinese only in Chinese context.
CN_PAUSE = "、。…—·"
ASCII_PAUSE = ",;:!?"
DIGITS = "0123456789"


def is_han(ch: str) -> bool:
    """Whether `ch` (one character, or "" at a text's edge) is in HAN_CLASS."""
    # Comparisons rather than HAN.match: called for most punctuation marks of a document, and a regex call
    # costs several times more. tests/test_scanning.py checks the two agree on every character.
    return ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
            or ch == "\u3007")


def is_digit(ch: str) -> bool:
    return bool(ch) and ch in DIGITS


def present(doc: Document, chars: str) -> list[str]:
    """The characters of `chars` that the folded text holds, in the order of `chars`. Each is looked for once
    per document: T001 and T002 ask about the same spaces, and each test of a character the text lacks reads
    it through."""
    known: dict[str, bool] = doc.memo("typography.present", dict)
    out = []
    for c in chars:
        found = known.get(c)
        if found is None:
            found = known[c] = c in doc.folded
        if found:
            out.append(c)
    return out
