"""Domain data (phrase lists, the metric table, the calendar) lives as YAML under checks/<family>/."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(family: str, name: str) -> Any:
    """Load checks/<family>/<name> once per process."""
    text = resources.files("checks").joinpath(family, name).read_text(encoding="utf-8")
    # The C loader (when PyYAML was built with libyaml) parses our data files ten times faster: ~100 ms of
    # cold start on every run.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
