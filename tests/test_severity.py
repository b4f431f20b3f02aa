"""Severity: its order (--severity, --fail-on) and how a value from the command line or a config is read."""

from __future__ import annotations

import pytest

from linter.model import SEVERITY_VALUES, Severity


def test_ranks_order_error_over_warning_over_info() -> None:
    assert Severity.ERROR.rank > Severity.WARNING.rank > Severity.INFO.rank


def test_every_severity_has_a_rank_and_a_place_in_the_summary() -> None:
    assert sorted(SEVERITY_VALUES) == sorted(s.value for s in Severity)
    assert len({s.rank for s in Severity}) == len(Severity)


@pytest.mark.parametrize("given", ["warning", "WARNING", "Warning", Severity.WARNING])
def test_parse_takes_any_case_and_members(given: str | Severity) -> None:
    assert Severity.parse(given) is Severity.WARNING


def test_parse_refuses_an_unknown_value() -> None:
    with pytest.raises(ValueError):
        Severity.parse("fatal")
