"""The `reportlint` command's entry point: start-up work that must come before the engine is imported."""

from __future__ import annotations


def main() -> None:
    from .data import cache_root
    from .recache import install

    install(cache_root())  # before linter.cli imports the engine, whose modules compile their patterns
    from .cli import main as cli

    cli(prog_name="reportlint")
