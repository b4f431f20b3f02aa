"""Start-up: the compiled programs of reportlint's regular expressions, kept across runs.

A pre-commit hook or an editor runs `reportlint check` on one file at a time, so start-up is most of what a
user waits for. About a third of it (60 ms) went into compiling ~270 patterns: `re`'s compiler is written in
Python, and a class of CJK characters alone costs 1-2 ms because it fills a 64K-entry table in Python.

`install()` (called by the CLI only) keeps each pattern's compiled program (the code `re` hands to `_sre`) in
the user's cache directory, and later runs hand it straight to `_sre.compile`. This leans on CPython's private
compiler interface, so every step is guarded and any surprise falls back to `re`'s own compile:
- the cache file is tied to the exact interpreter (sys.version, _sre.MAGIC, CODESIZE): another Python, even
  another build, never reads it;
- a program is stored only after the pattern rebuilt from it compares equal to the one `re` compiles
  (Pattern equality compares the source, the flags and the whole program);
- the file carries a checksum, and `_sre.compile` validates each program before using it, so a damaged
  file is dropped rather than misbehaving; a file that cannot be read or written is ignored.
REPORTLINT_NO_CACHE=1 turns it off, with the data cache.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import zlib
from array import array
from collections.abc import Callable
from typing import Any

FORMAT = 1
# The rules compile about 300 patterns; a file much larger than that means something else (a user's API
# script?) is compiling patterns on the fly, and only this run's are kept.
MAX_ENTRIES = 2000

# (flags, program as machine-order words, groups, groupindex, indexgroup)
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]

_installed: _ProgramCache | None = None


class _ProgramCache:
    def __init__(self, path: str, header: tuple[Any, ...], entries: dict[tuple[str, int], Entry],
                 compile_: Callable[..., Any], typecode: str) -> None:
        self.path = path
        self.header = header
        self.entries = entries
        self.original = compile_
        self.typecode = typecode
        self.added: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()  # entries served this run: kept when the file must shrink
        self.broken = False  # a surprise from the private interface: stop using it for this run
        self.pid = os.getpid()
        self.saved_from_worker = False

    def compile(self, p: Any, flags: int = 0) -> Any:
        """Drop-in for re._compiler.compile (re.compile and friends call it on a miss of re's own cache)."""
        if self.broken or type(p) is not str or type(flags) is not int:
            return self.original(p, flags)
        key = (p, flags)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                compiled = self._build(p, entry)
                self.used.add(key)
                return compiled
            except Exception:  # a damaged entry: compile afresh and store it again
                del self.entries[key]
        compiled = self.original(p, flags)
        try:
            entry = self._capture(p, flags)
            if self._build(p, entry) == compiled:
                self.added[key] = entry
                self._save_from_worker()
        except Exception:  # the private interface changed: plain `re` from now on
            self.broken = True
        return compiled

    def _save_from_worker(self) -> None:
        """--jobs workers (forked) compile the rules' patterns too, but leave with os._exit, which skips
        atexit: save through multiprocessing's own exit hook instead."""
        if self.saved_from_worker or os.getpid() == self.pid:
            return
        self.saved_from_worker = True
        from multiprocessing import util

        util.Finalize(None, self.save, exitpriority=0)

    def _build(self, p: str, entry: Entry) -> Any:
        import _sre

        flags, program, groups, groupindex, indexgroup = entry
        return _sre.compile(p, flags, array(self.typecode, program).tolist(), groups, groupindex, indexgroup)

    def _capture(self, p: str, flags: int) -> Entry:
        """What re._compiler.compile hands to _sre.compile, computed the same way."""
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(p, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = array(self.typecode, code).tobytes()
        return (flags | parsed.state.flags, program, parsed.state.groups - 1, groupindex, tuple(indexgroup))

    def save(self) -> None:
        if not self.added or self.broken:
            return
        # Merged with the file as it is now: --jobs workers save their own patterns before the parent does.
        entries = {**_load(self.path, self.header), **self.entries, **self.added}
        if len(entries) > MAX_ENTRIES:
            # Too many for one program's patterns: keep this run's (served and new), so the next run of the same
            # command finds them all, and drop what other programs compiled.
            entries = {**{k: v for k, v in self.entries.items() if k in self.used}, **self.added}
        try:
            payload = marshal.dumps(entries)
            data = marshal.dumps((self.header, zlib.crc32(payload), payload))
            from .atomic import write_bytes_atomic

            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            write_bytes_atomic(self.path, data)
        except (OSError, ValueError):
            pass  # a read-only or full cache directory: next run compiles again


def install(folder: str | os.PathLike[str] | None) -> None:
    """Serve re's compiles from the program cache in `folder` (None: no cache) for the rest of the process."""
    global _installed
    if _installed is not None or folder is None:
        return
    try:
        import _sre
        from re import _compiler  # type: ignore[attr-defined]

        typecode = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
        header = (FORMAT, sys.version, _sre.MAGIC, _sre.CODESIZE)
        original = _compiler.compile
    except (ImportError, AttributeError, StopIteration):
        return
    path = os.path.join(folder, f"sre-{sys.implementation.cache_tag}.marshal")
    cache = _ProgramCache(path, header, _load(path, header), original, typecode)
    _compiler.compile = cache.compile
    atexit.register(cache.save)
    _installed = cache


def _load(path: str | os.PathLike[str], header: tuple[Any, ...]) -> dict[tuple[str, int], Entry]:
    try:
        with open(path, "rb") as fh:
            stored_header, checksum, payload = marshal.loads(fh.read())
        if stored_header != header or zlib.crc32(payload) != checksum:
            return {}  # another interpreter's programs, or a damaged file
        entries = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError):
        return {}  # absent (the first run), unreadable or damaged
    return entries if isinstance(entries, dict) else {}
