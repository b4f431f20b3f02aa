"""Rates that cannot exceed 100% (rule A006): a success, completion or coverage rate, a share."""

from __future__ import annotations

from linter.document import Document
from linter.model import Hit

from .metrics import BOUNDED, rate_name
from .quantities import quantity_readings

_HUNDRED = 100


def over_hundred_hits(doc: Document) -> list[Hit]:
    hits: list[Hit] = []
    for r in quantity_readings(doc):
        for q in r.quantities:
            if q.kind != "percent" or q.value <= _HUNDRED:  # (not q.is_rate: a property call per quantity)
                continue
            found = rate_name(q.label)
            if not found:
                continue
            name = found[0]
            if not (name.startswith("占") or name.endswith(BOUNDED)):
                continue
            start = doc.text.rfind(name, 0, q.start)
            hits.append(Hit(start if start >= 0 else q.start, q.end,
                            f"{name}不可能超过100%：报告写{q.printed}%，而分子是分母的一部分，比率最多为100%"))
    return hits
