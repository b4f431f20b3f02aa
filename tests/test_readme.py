"""The README's configuration example is what users copy: it must load and validate."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from linter.config import from_mapping

README = Path(__file__).resolve().parent.parent / "README.md"


def test_every_config_example_in_the_readme_is_valid() -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    configs = [b for b in blocks if not b.startswith("repos:")]  # the other one is a .pre-commit-config.yaml
    assert len(configs) >= 2, "the README shows the configuration examples"
    for block in configs:
        config = yaml.safe_load(block)
        assert isinstance(config, dict)
        from_mapping(config)  # raises ConfigError naming the key at fault
