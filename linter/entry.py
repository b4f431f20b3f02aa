"""The `reportlint` command's entry point: start-up work that must come before the engine is imported."""

from __future__ import annotations

import atexit
import os
import sys


def main() -> None:
    import gc

    # Start-up allocates tens of thousands of objects that live as long as the process, and the collector's
    # passes over them (a full one at exit included) are about 8% of a cold start. The collector stays off
    # until the linting of several files starts (linter.cli.collect_from_here: with one file, to the end), and
    # everything older is then frozen out of its reach.
    gc.disable()
    from .data import cache_root
    from .recache import install

    install(cache_root())  # before linter.cli imports the engine, whose modules compile their patterns
    from .cli import main as cli

    try:
        cli(prog_name="reportlint")
    except SystemExit as exc:
        exit_now(exc.code)
        raise
    finally:
        gc.freeze()  # what is left is freed by the process's exit: spare the interpreter's last full collection


def exit_now(code: object) -> None:
    """End the process with `code` (a SystemExit's) without the interpreter's tear-down, when nothing but freeing
    memory is left of it; return when the interpreter must exit itself.

    The tear-down frees every module and object one by one, 3% of a cold start, where the process's exit frees
    them at once. What shows of it is done here first, in its order: the exit functions (linter.recache saves the
    patterns from one), then stdout and stderr flushed. Anything out of the ordinary is left to the interpreter: a
    code that is not a number (printed as a message), another thread or a worker pool about, `python -i`, streams
    replaced in the process (a caller running the command as a function), a stream that cannot be flushed (a
    closed pipe: the interpreter's own message and exit status)."""
    if code is None:
        code = 0
    run_exit_functions = getattr(atexit, "_run_exitfuncs", None)
    if type(code) is not int or run_exit_functions is None or _unusual():
        return
    run_exit_functions()  # an error in one is reported as at exit ("Exception ignored in atexit callback")
    try:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
    except Exception:
        return
    os._exit(code)


def _unusual() -> bool:
    if sys.flags.inspect or os.environ.get("PYTHONINSPECT"):
        return True
    if sys.stdout is not sys.__stdout__ or sys.stderr is not sys.__stderr__ or sys.stdout is None:
        return True
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return True
    # Their exit work (joining a worker pool) runs in the tear-down itself, not as exit functions.
    return "multiprocessing" in sys.modules or "concurrent.futures" in sys.modules
