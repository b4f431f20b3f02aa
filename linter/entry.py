"""The `reportlint` command's entry point: start-up work that must come before the engine is imported."""

from __future__ import annotations


def main() -> None:
    import gc

    # Start-up allocates tens of thousands of objects that live as long as the process, and the collector's
    # passes over them (a full one at exit included) are about 8% of a cold start. The collector stays off
    # until the linting starts (linter.cli.collect_from_here) and everything older is frozen out of its reach.
    gc.disable()
    from .data import cache_root
    from .recache import install

    install(cache_root())  # before linter.cli imports the engine, whose modules compile their patterns
    from .cli import main as cli

    try:
        cli(prog_name="reportlint")
    finally:
        gc.freeze()  # what is left is freed by the process's exit: spare the interpreter's last full collection
