"""reportlint: a quality linter for Chinese government rule-of-law annual reports.

The embedding API (the CLI is built on it)::

    from linter import lint_text, lint_path, Config, load_config
    result = lint_text("某县2024年法治政府建设情况报告\\n...", config=Config(select=["A"]))
    for f in result.findings:
        print(f.rule, f.line, f.column, f.message)
    result.to_json()   # the "files" entry of the JSON contract
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import FileResult, lint_path, lint_text
from .config import Config, ConfigError, load_config
from .model import Finding, Severity

__all__ = ["Config", "ConfigError", "FileResult", "Finding", "Severity", "__version__", "lint_path", "lint_text",
           "load_config"]
