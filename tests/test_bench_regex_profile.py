"""bench/regex_profile.py's timed patterns behave as the patterns they wrap (no timing asserted here)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "bench_regex_profile", Path(__file__).resolve().parent.parent / "bench" / "regex_profile.py")
assert _spec and _spec.loader
profile = importlib.util.module_from_spec(_spec)
sys.modules["bench_regex_profile"] = profile
_spec.loader.exec_module(profile)

_TEXT = "受理12件，其中办结10件。\n二是加强执法，审结3件；"


def test_a_timed_pattern_finds_what_its_pattern_finds() -> None:
    plain = re.compile(r"(\d+)件")
    timed = profile._timed_compile(r"(\d+)件")
    assert [m.span() for m in timed.finditer(_TEXT)] == [m.span() for m in plain.finditer(_TEXT)]
    assert timed.search(_TEXT, 3).span() == plain.search(_TEXT, 3).span()
    assert timed.match(_TEXT, 2).group(1) == "12"
    assert timed.findall(_TEXT) == plain.findall(_TEXT) == ["12", "10", "3"]
    assert timed.sub("N件", _TEXT) == plain.sub("N件", _TEXT)
    assert timed.pattern == plain.pattern and timed.groups == 1  # passed through


def test_calls_are_counted_under_the_line_that_compiled_the_pattern() -> None:
    line = sys._getframe().f_lineno + 1
    timed = profile._timed_compile("其中")
    list(timed.finditer(_TEXT))
    timed.search(_TEXT)
    assert timed.key == f"tests/test_bench_regex_profile.py:{line} 其中"
    assert profile.calls[timed.key] == 2
    assert profile.spent[timed.key] > 0
