"""Start-up work kept out of a cold start on one report (round 19): checked by what runs, not by timing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from test_startup import _GC_CHILD

_IMPORT_CHILD = """
import json, sys
before = set(sys.modules)
import linter
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_importing_the_package_imports_nothing_else() -> None:
    # linter.entry turns the collector off first thing: what the package imports before it (typing would bring re
    # and enum) pays for the collector's passes.
    out = subprocess.run([sys.executable, "-c", _IMPORT_CHILD], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == ["linter"]


def test_the_package_still_exports_the_api_lazily() -> None:
    import linter
    from linter.api import lint_text
    from linter.config import Config

    assert linter.lint_text is lint_text and linter.Config is Config


def test_check_on_one_file_leaves_the_collector_off_to_the_end(tmp_path: Path) -> None:
    """One file: no later file needs the memory, and a pass over the lint's objects would find nothing (the engine
    makes no cycles: test_startup.test_linting_a_big_file_leaves_no_cyclic_garbage). Several files: on between
    them (test_startup)."""
    report = tmp_path / "r.txt"
    report.write_text("某县2024年法治政府建设情况报告\n审结10件，纠错3件。\n", encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _GC_CHILD, "check", "--jobs", "1", str(report)], cwd=tmp_path,
                         env=env, capture_output=True, text=True, check=True)
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state["during_lint"] == [False] and state["between"] == [False], state
    assert state["frozen"] > 10_000, state


def test_the_precompiled_new_templates_are_the_compiled_ones() -> None:
    """linter.record keeps __new__ for up to 13 fields compiled with the module; a larger class compiles its own
    from source. Both must be the same code: same instructions, constants, names, flags and signature."""
    from linter import record

    for arity in range(16):
        fields = tuple(f"f{i}" for i in range(arity))
        fast = record._new_code(fields)
        plain = record._compiled_new(arity).replace(co_varnames=("_cls", *fields))
        for attr in ("co_code", "co_consts", "co_names", "co_varnames", "co_flags", "co_argcount",
                     "co_kwonlyargcount", "co_posonlyargcount", "co_nlocals", "co_stacksize", "co_name",
                     "co_qualname"):
            assert getattr(fast, attr) == getattr(plain, attr), (arity, attr)


def test_a_record_class_built_from_a_template_behaves_as_a_compiled_one() -> None:
    import inspect
    from types import FunctionType

    from linter import record
    from linter.record import NamedTuple

    class Point(NamedTuple):
        x: int
        y: str
        z: tuple[int, ...] = ()

    plain = FunctionType(record._compiled_new(3).replace(co_varnames=("_cls", "x", "y", "z")),
                         {"_tuple_new": tuple.__new__}, "__new__", ((),))
    plain.__qualname__ = Point.__new__.__qualname__
    assert inspect.signature(Point.__new__) == inspect.signature(plain)
    assert Point(1, "a") == plain(Point, 1, "a") == (1, "a", ())
    assert Point(y="b", x=2, z=(3,)) == plain(Point, y="b", x=2, z=(3,))
    for args, kwargs in (((), {}), ((1, "a", (), 4), {}), ((1,), {"x": 1}), ((1, "a"), {"w": 0})):
        errors = []
        for new in (Point.__new__, plain):
            try:
                new(Point, *args, **kwargs)
            except TypeError as exc:
                errors.append(str(exc))
        assert len(errors) == 2 and errors[0] == errors[1], errors


def test_the_file_options_share_one_path_type_equal_to_their_own() -> None:
    import click

    from linter.cli import _FILE, main

    plain = click.Path(dir_okay=False)
    options = [p for command in main.commands.values() for p in command.params if p.type is _FILE]
    assert len(options) == 6
    assert _FILE.to_info_dict() == plain.to_info_dict() and _FILE.name == plain.name
    assert vars(_FILE) == vars(plain)
