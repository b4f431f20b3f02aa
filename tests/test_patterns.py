"""User-supplied config patterns: compiled with `regex`, matched with a timeout; a bad or catastrophic one is
a config error naming the pattern, never a hang."""

from __future__ import annotations

import pytest
import regex

from linter.config import ConfigError
from linter.patterns import PatternTimeout, UserPattern, compile_pattern, compile_patterns, search_any


def test_ordinary_patterns_compile_and_match() -> None:
    p = compile_pattern(r"^本站声明", "boilerplate.patterns[0]")
    assert p.search("本站声明：转载请注明出处") is not None
    assert p.search("本报告不含本站声明") is None
    q = compile_pattern(r"(?:来源|发布)[:：]\s*\S+")
    found = [m.group() for m in q.finditer("来源：某县司法局 发布:2024-01-02")]
    assert found == ["来源：某县司法局", "发布:2024-01-02"]


def test_invalid_pattern_names_key_and_pattern() -> None:
    with pytest.raises(ConfigError) as exc:
        compile_pattern("(分享到", "boilerplate.patterns[3]")
    assert "boilerplate.patterns[3]" in str(exc.value) and "(分享到" in str(exc.value)
    assert not isinstance(exc.value, PatternTimeout)


@pytest.mark.parametrize("value", [5, None, ["a"], ""])
def test_non_string_or_empty_pattern_is_a_config_error(value: object) -> None:
    with pytest.raises(ConfigError, match="patterns"):
        compile_pattern(value, "boilerplate.patterns[0]")


def test_overlong_pattern_is_refused() -> None:
    with pytest.raises(ConfigError, match="过长"):
        compile_pattern("a" * 5000)


@pytest.mark.parametrize("source", [r"(a|aa)+$", r"^(\s|\s)*$", r"(分享|分享)*到$",
                                    r"([\u4e00-\u9fff]|[\u4e00-\u9fff]{2})+!"])
def test_catastrophic_pattern_is_refused_at_compile_time(source: str) -> None:
    with pytest.raises(PatternTimeout) as exc:
        compile_pattern(source, "boilerplate.patterns[1]")
    assert source in str(exc.value) and "boilerplate.patterns[1]" in str(exc.value) and "回溯" in str(exc.value)
    assert isinstance(exc.value, ConfigError)  # callers that report config errors report this one too


def test_catastrophic_pattern_missed_by_probes_times_out_when_matching() -> None:
    # Built directly, skipping the compile-time probes, as if a pattern slipped past them.
    source = r"(x|xx)+y$"
    p = UserPattern(source, "boilerplate.patterns[0]", regex.compile(source), timeout=0.2)
    assert p.search("xxy") is not None
    with pytest.raises(PatternTimeout, match=r"boilerplate\.patterns\[0\]"):
        p.search("x" * 200 + "z")
    with pytest.raises(PatternTimeout):
        list(p.finditer("x" * 200 + "z"))


def test_compile_patterns_names_the_index_at_fault() -> None:
    good = compile_patterns(["^分享到", "浏览次数"], "boilerplate.patterns")
    assert [p.where for p in good] == ["boilerplate.patterns[0]", "boilerplate.patterns[1]"]
    assert search_any(good, "浏览次数：120") is good[1]
    assert search_any(good, "一、主要举措和成效") is None
    with pytest.raises(ConfigError, match=r"boilerplate\.patterns\[1\]"):
        compile_patterns(["^分享到", "[未闭合"], "boilerplate.patterns")
