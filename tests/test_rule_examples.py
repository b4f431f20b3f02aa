"""Every rule's own examples are executable documentation: each bad example must produce that rule's
finding and each good example must not (as LanguageTool does with its example corrections)."""

from __future__ import annotations

import pytest

from linter import Config, lint_text
from linter.rules import all_rules

RULES = all_rules()


def test_every_rule_is_documented() -> None:
    for rule in RULES:
        assert rule.summary and rule.explanation, rule.code
        assert rule.bad and rule.good, f"{rule.code} needs bad and good examples"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_examples_are_flagged(rule) -> None:
    for text in rule.bad:
        found = lint_text(text, Config(select=[rule.code]), year=rule.example_year).findings
        assert any(f.rule == rule.code for f in found), f"{rule.code} missed its bad example: {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_good_examples_are_clean(rule) -> None:
    for text in rule.good:
        found = lint_text(text, Config(select=[rule.code]), year=rule.example_year).findings
        assert not [f for f in found if f.rule == rule.code], f"{rule.code} flagged its good example: {text!r}: " \
            + "; ".join(f.message for f in found)
