"""The YAML data cache: the same data with or without it, refreshed when a file changes, never in the way."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linter import data


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("REPORTLINT_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _entries(cache_home: Path) -> list[Path]:
    return sorted(cache_home.rglob("*.marshal"))


@pytest.mark.parametrize("family, name", [("years", "calendar.yaml"), ("arithmetic", "metrics.yaml"),
                                          ("boilerplate", "chrome.yaml"), ("redaction", "formulations.yaml")])
def test_cached_data_equals_the_parsed_yaml(cache_home: Path, family: str, name: str) -> None:
    path = Path(data.data_path(family, name))
    parsed = data._parse_yaml(path.read_text(encoding="utf-8"))
    first = data.read_data(path)  # parses and writes the cache
    assert len(_entries(cache_home)) == 1
    second = data.read_data(path)  # from the cache
    assert first == parsed and second == parsed
    # The calendar's plenum numbers stay int keys through JSON.
    if name == "calendar.yaml":
        assert 3 in second["party_terms"]["二十"]["plenums"]


def test_an_edited_file_is_parsed_afresh_and_the_stale_entry_dropped(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "fam" / "list.yaml"
    path.parent.mkdir()
    path.write_text("words: [甲, 乙]\n", encoding="utf-8")
    assert data.read_data(path) == {"words": ["甲", "乙"]}
    path.write_text("words: [甲, 乙, 丙]\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert data.read_data(path) == {"words": ["甲", "乙", "丙"]}
    assert len(_entries(cache_home)) == 1


def test_a_damaged_entry_is_ignored(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "fam" / "list.yaml"
    path.parent.mkdir()
    path.write_text("words: [甲]\n", encoding="utf-8")
    data.read_data(path)
    (entry,) = _entries(cache_home)
    entry.write_text("{not json", encoding="utf-8")
    assert data.read_data(path) == {"words": ["甲"]}
    entry.write_bytes(entry.read_bytes()[:-3])  # rewritten by the read above; now truncated
    assert data.read_data(path) == {"words": ["甲"]}


def test_another_interpreters_entry_is_ignored(cache_home: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # marshal's format is CPython's own: an entry written by another version must not be read.
    path = tmp_path / "fam" / "list.yaml"
    path.parent.mkdir()
    path.write_text("words: [甲]\n", encoding="utf-8")
    ours = data._HEADER
    monkeypatch.setattr(data, "_HEADER", ("reportlint-data", 1, "cpython-399"))
    data.read_data(path)
    (entry,) = _entries(cache_home)
    monkeypatch.setattr(data, "_HEADER", ours)
    with pytest.raises(ValueError):
        data._unpack(entry.read_bytes())
    assert data.read_data(path) == {"words": ["甲"]}


def test_an_unwritable_cache_and_the_switch_are_no_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "fam" / "list.yaml"
    path.parent.mkdir()
    path.write_text("words: [甲]\n", encoding="utf-8")
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # the cache directory cannot be created
    assert data.read_data(path) == {"words": ["甲"]}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("REPORTLINT_NO_CACHE", "1")
    assert data.read_data(path) == {"words": ["甲"]}
    assert not (tmp_path / "cache").exists()


def test_data_json_cannot_hold_is_not_cached(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "fam" / "dates.yaml"
    path.parent.mkdir()
    path.write_text("since: 2021-01-01\n", encoding="utf-8")  # YAML reads a date object
    first = data.read_data(path)
    assert _entries(cache_home) == []
    assert data.read_data(path) == first


def test_two_installs_keep_their_own_entries(cache_home: Path, tmp_path: Path) -> None:
    """pre-commit's environment and the user's venv each hold a copy of the data: neither may evict the other's
    entry (that would parse the YAML on every run of both)."""
    paths = []
    for install in ("venv", "pre-commit-env"):
        path = tmp_path / install / "fam" / "list.yaml"
        path.parent.mkdir(parents=True)
        path.write_text(f"words: [{install}]\n", encoding="utf-8")
        paths.append(path)
    for path in paths:
        data.read_data(path)
    assert len(_entries(cache_home)) == 2
    for path in paths:
        assert data.read_data(path) == {"words": [path.parent.parent.name]}
        assert os.path.exists(data._cache_file(str(path), path.stat().st_mtime_ns, path.stat().st_size) or "")
