"""linter.entry ends the process itself (os._exit) after running the exit functions and flushing the streams,
skipping the interpreter's tear-down. What a user sees must be what the interpreter's own exit gives: the same
output, messages and exit status as the CLI run without linter.entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORT = "某县2024年法治政府建设情况报告\n一、主要举措和成效\n审结10件，纠错3件，纠错率为50%。\n"
# The CLI as it ran before: click's main, the interpreter's own exit.
_PLAIN = "import sys; from linter.cli import main; main(prog_name='reportlint')"


def _run(fast: bool, args: list[str], tmp_path: Path, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / ("fast" if fast else "plain")), "NO_COLOR": "1"}
    head = ["-m", "linter"] if fast else ["-c", _PLAIN]
    return subprocess.run([sys.executable, *head, *args], cwd=tmp_path, env=env, check=False,  # type: ignore[call-overload]
                          **{"capture_output": True, **kwargs})


@pytest.fixture
def report(tmp_path: Path) -> str:
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("args", [
    ["check", "{r}"],
    ["check", "--select", "B", "{r}"],
    ["check", "--format", "json", "{r}"],
    ["check", "{r}.missing"],
    ["check", "--nope", "{r}"],
    ["check", "--help"],
    ["--help"],
    ["--version"],
    ["rules", "--format", "json"],
    ["rule", "A999"],
])
def test_the_fast_exit_shows_what_the_interpreters_exit_shows(args: list[str], report: str, tmp_path: Path) -> None:
    args = [a.format(r=report) for a in args]
    fast, plain = (_run(f, args, tmp_path) for f in (True, False))
    assert (fast.returncode, fast.stdout, fast.stderr) == (plain.returncode, plain.stdout, plain.stderr)


def test_the_exit_functions_run_and_files_are_written(report: str, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    done = _run(True, ["check", "--output", str(out), report], tmp_path)
    assert done.returncode == 1 and out.read_text(encoding="utf-8").startswith(report)
    # linter.recache saves the compiled patterns from an exit function: a first run writes them.
    assert list((tmp_path / "fast" / "reportlint").glob("sre-*.marshal"))


def test_a_closed_output_pipe_gives_the_interpreters_message_and_status(report: str, tmp_path: Path) -> None:
    results = []
    for fast in (True, False):
        read, write = os.pipe()
        os.close(read)  # whatever is written fails with EPIPE, at the flush on exit
        try:
            done = _run(fast, ["check", report], tmp_path, stdout=write, stderr=subprocess.PIPE, capture_output=False)
        finally:
            os.close(write)
        results.append((done.returncode, done.stderr.replace(b"-c", b"").splitlines()[-1:]))
    assert results[0] == results[1], results


_SPY = """
import os, sys
real, marker, parent = os._exit, sys.argv[1], os.getpid()
def spy(code):
    if os.getpid() == parent:  # not a --jobs worker leaving
        with open(marker, "w") as fh:
            fh.write(str(code))
    real(code)
os._exit = spy
sys.argv = ["reportlint", *sys.argv[2:]]
from linter.entry import main
main()
"""


@pytest.mark.parametrize(("args", "fast"), [(["check", "{r}"], True), (["check", "--jobs", "2", "{r}", "{r}"], True),
                                            (["--version"], True), (["check", "--jobs", "2", "{big}", "{r}"], False)])
def test_a_plain_run_takes_the_fast_exit(args: list[str], fast: bool, report: str, tmp_path: Path) -> None:
    """Not after a worker pool ran (its exit work is the interpreter's): that run's output is still the same."""
    big = tmp_path / "big.txt"
    big.write_text(REPORT * 6000, encoding="utf-8")  # above linter.cli.PARALLEL_MIN_BYTES with the other file
    args = [a.format(r=report, big=big) for a in args]
    marker = tmp_path / "exited"
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", _SPY, str(marker), *args], cwd=tmp_path, env=env,
                          capture_output=True, check=False)
    assert marker.exists() is fast and (not fast or marker.read_text() == str(done.returncode)), done.stderr
    plain = _run(False, args, tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (plain.returncode, plain.stdout, plain.stderr)
