"""Domain data (phrase lists, the metric table, the calendar) lives as YAML under checks/<family>/.

Parsing it, and importing PyYAML at all, is a fifth of a cold start on one report; a pre-commit hook pays it
on every commit. So each file's parsed form is kept in the user's cache directory, keyed by the YAML file's
modification time and size: an edited file is parsed afresh, and a cache that cannot be read or written is
simply not used. REPORTLINT_NO_CACHE=1 turns it off.

The entries are in marshal's format, as linter.recache's are: it reads them five times faster than json, and a
plain text run then imports no json module at all. Each carries the interpreter's tag (marshal's format is
CPython's own) and a checksum, so another interpreter's entry or a damaged one is ignored.

Paths here are strings (os.path), not pathlib: a plain run imports nothing else that needs pathlib, whose import
(with urllib.parse and ipaddress) is some 3% of a cold start."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from functools import cache
from typing import Any

import checks

from . import __version__

_CHECKS = os.path.dirname(os.path.realpath(checks.__file__))


def data_path(family: str, name: str) -> str:
    return os.path.join(_CHECKS, family, name)


@cache
def load_data(family: str, name: str) -> Any:
    """Load checks/<family>/<name> once per process."""
    return read_data(data_path(family, name))


def read_data(path: str | os.PathLike[str]) -> Any:
    """A YAML data file, through the JSON cache when there is one."""
    path = os.fspath(path)
    stat = os.stat(path)
    cached = _cache_file(path, stat.st_mtime_ns, stat.st_size)
    if cached is not None:
        try:
            with open(cached, "rb") as fh:
                return _unpack(fh.read())
        except (OSError, ValueError, EOFError, TypeError):
            pass  # absent (the usual first run), unreadable, damaged or another interpreter's: parse the YAML
    with open(path, encoding="utf-8") as fh:
        data = _parse_yaml(fh.read())
    if cached is not None:
        _store(cached, data)
    return data


def _parse_yaml(text: str) -> Any:
    import yaml  # only when the cache cannot serve: PyYAML's import alone is ~15 ms

    # The C loader (when PyYAML was built with libyaml) parses our data files ten times faster.
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def cache_root() -> str | None:
    """reportlint's folder in the user's cache directory; None when REPORTLINT_NO_CACHE is set."""
    if os.environ.get("REPORTLINT_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "reportlint")


def _cache_dir() -> str | None:
    root = cache_root()
    return None if root is None else os.path.join(root, f"data-{__version__}")


def _cache_file(path: str, mtime_ns: int, size: int) -> str | None:
    folder = _cache_dir()
    if folder is None:
        return None
    parent, name = os.path.split(path)
    # The folder's checksum keeps two installs apart (pre-commit's own environment beside the user's venv):
    # keyed by file name alone, each would drop the other's entry as stale and parse the YAML on every run.
    where = zlib.crc32(os.fsencode(parent))
    return os.path.join(folder, f"{os.path.basename(parent)}.{name}.{where:08x}.{mtime_ns}.{size}.marshal")


_HEADER = ("reportlint-data", 1, sys.implementation.cache_tag)


def _pack(data: Any) -> bytes:
    payload = marshal.dumps(data)
    return marshal.dumps((_HEADER, zlib.crc32(payload), payload))


def _unpack(blob: bytes) -> Any:
    header, checksum, payload = marshal.loads(blob)
    if header != _HEADER or zlib.crc32(payload) != checksum:
        raise ValueError("not this interpreter's entry, or damaged")
    return marshal.loads(payload)


def _store(target: str, data: Any) -> None:
    """Write the cache entry atomically (parallel workers may race on it); drop stale entries of the same
    file. Data marshal cannot give back as it was parsed (a date) is not cached."""
    try:
        blob = _pack(data)
        if _unpack(blob) != data:
            return
    except (TypeError, ValueError, EOFError):
        return
    from .atomic import write_bytes_atomic  # only on a cache miss: it imports tempfile

    try:
        folder, name = os.path.split(target)
        os.makedirs(folder, exist_ok=True)
        write_bytes_atomic(target, blob)
        stem = ".".join(name.split(".")[:4]) + "."  # family, name, extension, folder checksum
        for old in os.listdir(folder):
            if old.startswith(stem) and old != name:
                with contextlib.suppress(FileNotFoundError):  # a parallel worker removed it first
                    os.unlink(os.path.join(folder, old))
    except OSError:
        pass  # a read-only home or a full disk: run without the cache
