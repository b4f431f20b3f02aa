"""reportlint: a quality linter for Chinese government rule-of-law annual reports.

The embedding API (the CLI is built on it)::

    from linter import lint_text, lint_path, Config, load_config
    result = lint_text("某县2024年法治政府建设情况报告\\n...", config=Config(select=["A"]))
    for f in result.findings:
        print(f.rule, f.line, f.column, f.message)
    result.to_json()   # the "files" entry of the JSON contract
"""

from __future__ import annotations

# Not `from typing import TYPE_CHECKING`: typing (and re, enum...) would then be imported with the package, before
# linter.entry turns the garbage collector off, and its collections during that import are 1% of a cold start.
TYPE_CHECKING = False
__version__ = "0.1.0"

if TYPE_CHECKING:
    from typing import Any

    from .api import FileResult, lint_path, lint_text
    from .config import Config, ConfigError, load_config
    from .model import Finding, Severity

# Imported on first use (PEP 562), not with the package: the command line sets up its start-up cache
# (linter.entry) before the engine's modules compile their patterns.
_EXPORTS = {"FileResult": "api", "lint_path": "api", "lint_text": "api", "Config": "config",
            "ConfigError": "config", "load_config": "config", "Finding": "model", "Severity": "model"}

__all__ = ["Config", "ConfigError", "FileResult", "Finding", "Severity", "__version__", "lint_path", "lint_text",
           "load_config"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        import importlib

        value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
