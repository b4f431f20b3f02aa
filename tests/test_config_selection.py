"""Config.rules_for keeps its answer for a selection: it must still follow the selection's lists as they are
changed, and rules registered after it was first asked."""

from __future__ import annotations

from fake_rules import CODES, fake_rules

from linter.config import Config
from linter.rules import all_rules


def codes(config: Config, path: str | None = None) -> list[str]:
    return [r.code for r in config.rules_for(path)]


def test_the_rules_follow_the_selection_as_it_is_changed() -> None:
    config = Config()
    every = codes(config)
    assert every == [r.code for r in all_rules() if r.default]
    config.select = ["A"]
    assert codes(config) == [c for c in every if c.startswith("A")]
    config.ignore.append("A001")
    assert codes(config) == [c for c in every if c.startswith("A") and c != "A001"]
    config.extend_select.append("T001")
    assert codes(config) == [c for c in every if c.startswith("A") and c != "A001"] + ["T001"]
    config.select, config.ignore, config.extend_select = None, [], []
    assert codes(config) == every


def test_a_rule_registered_later_is_run_and_a_path_still_has_its_own_ignores() -> None:
    config = Config(per_file_ignores={"*.md": ["T"]})
    before = codes(config)
    with fake_rules():
        assert set(codes(config)) == set(before) | set(CODES.split(","))
    assert codes(config) == before
    assert codes(config, "drafts/report.md") == [c for c in before if not c.startswith("T")]
    assert codes(config, "report.txt") == before
    returned = config.rules_for(None)
    returned.clear()  # a caller may change the list it was given: the next caller's is whole
    assert codes(config) == before
