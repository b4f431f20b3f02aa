"""What a plain run imports. The cold start on one report is issue 8's target (under 100 ms), and a module
pulled in by accident costs a few ms on every run of the pre-commit hook. Each heavy module below is needed
only on some path (a config file, --fix, Word input, a cache miss), so a plain text run must not import it.
Checked by module, not by timing (speed is measured in bench/ only)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]

# module -> the only paths that need it
NOT_ON_A_PLAIN_RUN = {
    "yaml": "a config file, or a data-cache miss",
    "jsonschema": "validating a config file",
    "pathlib": "per-file-ignores; --fix and annotate (linter.atomic)",
    "tempfile": "writing: --fix, annotate, the caches",
    "docx": "Word input",
    "difflib": "--diff",
    "concurrent.futures": "--jobs above 1",
    "dataclasses": "nothing on this path: Python 3.11 builds each dataclass at every start (linter.record)",
    "pkgutil": "nothing on this path: the rule modules are listed by linter.rules.module_names",
    "heapq": "nothing on this path: Counter.most_common imports it (linter.outline.top_two does not)",
    "calendar": "nothing on this path: checks.years.dates.days_in counts a month's days",
    "string": "nothing on this path: checks.redaction.masks spells out its letters and digits",
    "json": "JSON or SARIF output, a config file (memo keys use linter.config.options_key)",
}

_CHILD = """
import io, json, sys, contextlib
heavy = json.loads(sys.argv[1])
# Forget what the interpreter's own start-up imported (an editable install's finder imports pathlib), so a
# later import by reportlint shows up again in sys.modules. Submodules too: Python 3.13's pathlib is a package,
# which cannot be imported again while pathlib._abc is still there.
for name in [m for m in sys.modules if m.split(".")[0] in heavy or m in heavy]:
    sys.modules.pop(name, None)
sys.argv = ["reportlint", "check", "--jobs", "1", sys.argv[2]]
from linter.entry import main
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    main()
print(json.dumps(sorted(name for name in heavy if name in sys.modules)))
"""


def test_a_plain_run_imports_none_of_the_heavy_modules(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("某县2024年法治政府建设情况报告\n一、主要举措和成效\n审结10件，纠错3件，纠错率为50%。\n",
                      encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    args = [sys.executable, "-c", _CHILD, json.dumps(list(NOT_ON_A_PLAIN_RUN)), str(report)]
    subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, check=True)  # fills the caches
    out = subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    imported = json.loads(out.stdout.strip().splitlines()[-1])
    assert imported == [], {name: f"needed only for {NOT_ON_A_PLAIN_RUN[name]}" for name in imported}


_GC_CHILD = """
import gc, io, json, sys, contextlib
import linter.cli
seen, between = [], []
real = linter.cli.lint_path
def spy(*args, **kwargs):
    seen.append(gc.isenabled())
    return real(*args, **kwargs)
linter.cli.lint_path = spy
real_call = linter.cli._Task.__call__
def call(self, path):  # check lints each file through a _Task: the state before each is the state between files
    between.append(gc.isenabled())
    return real_call(self, path)
linter.cli._Task.__call__ = call
sys.argv = ["reportlint", *sys.argv[1:]]
from linter.entry import main
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    main()
print(json.dumps({"during_lint": seen, "between": between, "frozen": gc.get_freeze_count()}))
"""


def test_the_collector_is_off_for_the_start_up_and_while_check_lints_a_file(tmp_path: Path) -> None:
    """linter.entry turns the garbage collector off while the process starts; it must be back on, with the
    start-up's objects frozen, between the files `check` lints (a run over many files must not hold their cyclic
    garbage, a Word file's XML tree), and while annotate lints its file. `check` turns it off while it lints a
    file: the engine makes no reference cycles, and its passes over a big file's analyses cost a seventh of it."""
    report = tmp_path / "r.txt"
    report.write_text("某县2024年法治政府建设情况报告\n审结10件，纠错3件。\n", encoding="utf-8")
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    for args, linting in ((["check", "--jobs", "1", str(report), str(report), str(report)], False),
                          (["annotate", str(report), "-o", str(tmp_path / "out.docx")], True)):
        out = subprocess.run([sys.executable, "-c", _GC_CHILD, *args], cwd=tmp_path, env=env,
                             capture_output=True, text=True, check=True)
        state = json.loads(out.stdout.strip().splitlines()[-1])
        assert state["during_lint"] and all(on is linting for on in state["during_lint"]), (args[0], state)
        assert all(state["between"]) and len(state["between"]) == (3 if args[0] == "check" else 0), (args[0], state)
        assert state["frozen"] > 10_000, (args[0], state)


def test_linting_a_big_file_leaves_no_cyclic_garbage() -> None:
    # Why check may turn the collector off while it lints (linter.cli._Task): nothing is left for it to find.
    import gc

    from conftest import SEEDS

    from linter import lint_text

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))) * 20
    lint_text(text[:10_000])  # the first use's caches, not the lint's garbage
    gc.collect()
    gc.disable()
    try:
        result = lint_text(text)
        del result
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_module_names_lists_what_pkgutil_walk_packages_lists(tmp_path: Path) -> None:
    import pkgutil

    import checks
    from linter.rules import module_names

    def walked(path: list[str], prefix: str) -> list[str]:
        return [info.name for info in pkgutil.walk_packages(path, prefix=prefix)]

    assert list(module_names(checks.__path__, "checks.")) == walked(checks.__path__, "checks.")
    # Shapes the real package does not have: a folder without __init__.py, a non-module file, names that are
    # no identifiers (importable by import_module all the same), a nested subpackage, a missing folder.
    root = tmp_path / "pkg_mn"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "plain").mkdir()
    for rel in ("__init__.py", "b.py", "a.py", "sub/__init__.py", "sub/x.py", "sub/deeper/__init__.py",
                "sub/deeper/y.py", "plain/z.py", "notes.txt", "bad-name.py", "sub/9lives.py"):
        (root / rel).write_text("", encoding="utf-8")
    path = [str(root), str(tmp_path / "missing")]
    names = list(module_names(path, "pkg_mn."))
    assert names == ["pkg_mn.a", "pkg_mn.b", "pkg_mn.bad-name", "pkg_mn.sub", "pkg_mn.sub.9lives",
                     "pkg_mn.sub.deeper", "pkg_mn.sub.deeper.y", "pkg_mn.sub.x"]
    sys.path.insert(0, str(tmp_path))  # walk_packages imports subpackages to walk them
    try:
        assert names == walked(path, "pkg_mn.")
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n == "pkg_mn" or n.startswith("pkg_mn.")]:
            del sys.modules[name]


@given(st.lists(st.integers(min_value=1990, max_value=2030), min_size=1, max_size=40))
def test_top_two_ranks_as_counter_most_common(years: list[int]) -> None:
    from collections import Counter

    from linter.outline import top_two

    counts = Counter(years)
    ranked = counts.most_common(2)
    assert top_two(counts) == (ranked[0][0], ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0)


def test_days_in_agrees_with_the_calendar_module() -> None:
    import calendar

    from checks.years.dates import days_in

    for year in range(1, 3001):
        for month in range(1, 13):
            assert days_in(year, month) == calendar.monthrange(year, month)[1], (year, month)
    assert [days_in(None, month) for month in range(1, 13)] == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def test_masks_letters_and_digits_are_the_string_modules() -> None:
    import string

    from checks.redaction import masks

    assert (string.ascii_letters, string.digits) == (masks._ASCII_LETTERS, masks._DIGITS)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=False) | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=8)


@given(_JSON_VALUES, _JSON_VALUES)
def test_options_key_tells_options_apart_as_json_does(a: object, b: object) -> None:
    from linter.config import options_key

    same_json = json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)
    assert (options_key(a) == options_key(b)) == same_json
    assert options_key(a) == options_key(json.loads(json.dumps(a)))  # equal options, separately built
