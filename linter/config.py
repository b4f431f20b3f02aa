"""Configuration: discovery, validation (jsonschema, against the shipped schema plus each family's own
options schema in checks/<family>/options.schema.yaml) and rule selection."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Mapping
from typing import Any

from .data import data_path, read_data
from .model import FAMILIES, Severity
from .record import Record
from .rules import Rule, all_rules, resolve_selector

CONFIG_NAMES = ("reportlint.yaml", ".reportlint.yaml")


class ConfigError(Exception):
    """A configuration problem; the message is for the user (Chinese) and names the key at fault."""


class Config(Record):
    __slots__ = ("select", "ignore", "extend_select", "severity", "per_file_ignores", "year", "fail_on", "options",  # noqa: RUF023
                 "source")
    select: list[str] | None
    ignore: list[str]
    extend_select: list[str]
    severity: dict[str, str]
    per_file_ignores: dict[str, list[str]]
    year: int | None
    fail_on: str | None
    options: dict[str, dict[str, Any]]
    source: str | None

    def __init__(self, select: list[str] | None = None, ignore: list[str] | None = None,
                 extend_select: list[str] | None = None, severity: dict[str, str] | None = None,
                 per_file_ignores: dict[str, list[str]] | None = None, year: int | None = None,
                 fail_on: str | None = None, options: dict[str, dict[str, Any]] | None = None,
                 source: str | None = None) -> None:
        self.select = select
        self.ignore = [] if ignore is None else ignore
        self.extend_select = [] if extend_select is None else extend_select
        self.severity = {} if severity is None else severity
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.year = year
        self.fail_on = fail_on
        self.options = {} if options is None else options
        self.source = source

    def family_options(self, family: str) -> dict[str, Any]:
        return self.options.get(family, {})

    def _codes(self, selectors: list[str], where: str) -> set[str]:
        codes: set[str] = set()
        for s in selectors:
            try:
                codes.update(r.code for r in resolve_selector(s))
            except KeyError:
                raise ConfigError(f"{where}: 未知的规则或规则族“{s}”（用 reportlint rules 查看全部规则）") from None
        return codes

    def validate_selectors(self) -> None:
        """Fail early on unknown codes anywhere in the selection."""
        self._codes(self.select or [], "select")
        self._codes(self.ignore, "ignore")
        self._codes(self.extend_select, "extend-select")
        self._codes(list(self.severity), "severity")
        for pattern, selectors in self.per_file_ignores.items():
            self._codes(selectors, f"per-file-ignores.{pattern}")

    def rules_for(self, path: str | None = None) -> list[Rule]:
        """The rules to run on a file, after select/ignore/per-file-ignores. An opt-in rule (Rule.default
        False) runs only when its code is named in select or extend-select."""
        rules, chosen = self._selected()
        if not (path and self.per_file_ignores):
            return rules
        from pathlib import PurePath  # only here: a plain run does not pay pathlib's import (see linter.data)

        p = PurePath(path)
        for pattern, selectors in self.per_file_ignores.items():
            if fnmatch.fnmatch(p.as_posix(), pattern) or fnmatch.fnmatch(p.name, pattern):
                chosen = chosen - self._codes(selectors, f"per-file-ignores.{pattern}")
        return [r for r in rules if r.code in chosen]

    def _selected(self) -> tuple[list[Rule], frozenset[str]]:
        """The rules select, extend-select and ignore leave, and their codes. The engine asks for every file:
        the answer is kept for the selection it was made for (the fields are plain lists a caller may change)."""
        rules = all_rules()  # the registry may have grown since (a rule registered through the API, in tests)
        key = (None if self.select is None else tuple(self.select), tuple(self.extend_select), tuple(self.ignore))
        known = _SELECTED.get(key)
        if known is None or known[2] != rules:
            chosen = self._codes(self.select, "select") if self.select else {r.code for r in rules}
            chosen |= self._codes(self.extend_select, "extend-select")
            named = {s.strip().upper() for s in [*(self.select or []), *self.extend_select]}
            chosen = {r.code for r in rules if r.code in chosen and (r.default or r.code in named)}
            chosen -= self._codes(self.ignore, "ignore")
            known = _SELECTED[key] = ([r for r in rules if r.code in chosen], frozenset(chosen), rules)
        return known[0][:], known[1]

    def severity_of(self, rule: Rule) -> Severity | None:
        """The configured severity for a rule, if the user set one."""
        for key, value in self.severity.items():
            if any(r.code == rule.code for r in resolve_selector(key)):
                return Severity.parse(value)
        return None


# Config._selected's answers, by selection (a process sees one or two: the user's, the tests' few dozen).
_SELECTED: dict[tuple[Any, ...], tuple[list[Rule], frozenset[str], list[Rule]]] = {}


def options_key(value: Any) -> str:
    """A string naming a family's options (or part of them), the same for equal options and different for
    different ones: a memo key for an analysis that depends on them. Not json.dumps: importing json costs a
    plain run about 1.5% of its cold start, and a key need not be JSON."""
    return repr(_frozen(value))


def _frozen(value: Any) -> Any:
    # Each container tagged with its kind, so that {"a": 1} and [["a", 1]] name different options.
    if isinstance(value, Mapping):
        return "map", tuple(sorted(((str(k), _frozen(v)) for k, v in value.items()), key=lambda kv: kv[0]))
    if isinstance(value, (list, tuple)):
        return "list", tuple(_frozen(v) for v in value)
    return value


def _schema() -> dict[str, Any]:
    import json  # here, not at the top: only a config file needs it (about 1.5% of a cold start)

    with open(os.path.join(os.path.dirname(__file__), "schemas", "config.schema.json"), encoding="utf-8") as fh:
        schema = json.load(fh)
    for family in FAMILIES:
        part = data_path(family, "options.schema.yaml")
        if os.path.isfile(part):
            schema["properties"][family] = read_data(part)
    return schema


_TYPES = {"array": "列表", "object": "映射（键: 值）", "string": "字符串", "integer": "整数", "number": "数字",
          "boolean": "true 或 false", "null": "空"}


def _reason(error: Any) -> str:
    """jsonschema's reason in Chinese for the validators our schemas use; its own English text otherwise."""
    import json

    v, expected, value = error.validator, error.validator_value, error.instance
    shown = json.dumps(value, ensure_ascii=False) if not isinstance(value, (dict, list)) else type(value).__name__
    if v == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {}))) if isinstance(value, dict) else []
        return f"不认识的配置项 {'、'.join(extra) or '?'}（拼写错误，或放错了层级）"
    if v == "type":
        kinds = expected if isinstance(expected, list) else [expected]
        return f"{shown} 应为{'或'.join(_TYPES.get(k, k) for k in kinds)}"
    if v == "enum":
        return f"{shown} 不是可用的取值，应为 {'、'.join(map(str, expected))} 之一"
    if v == "required":
        missing = [k for k in expected if isinstance(value, dict) and k not in value]
        return f"缺少必填项 {'、'.join(missing)}"
    if v in ("minimum", "exclusiveMinimum"):
        return f"{shown} 太小，最小为 {expected}"
    if v in ("maximum", "exclusiveMaximum"):
        return f"{shown} 太大，最大为 {expected}"
    if v in ("minItems", "minLength"):
        return f"不能为空（至少 {expected} 个）"
    if v == "pattern":
        return f"{shown} 格式不对（应匹配 {expected}）"
    return str(error.message)


def _key_path(error: Any) -> str:
    parts = [str(p) for p in error.absolute_path]
    return ".".join(parts) if parts else "(顶层)"


def from_mapping(data: Any, source: str | None = None) -> Config:
    if data is None:
        data = {}
    import jsonschema

    validator = jsonschema.Draft202012Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = f"{source}: " if source else ""
        raise ConfigError(f"{where}配置项 {_key_path(e)} 有误：{_reason(e)}")
    cfg = Config(
        select=data.get("select"),
        ignore=data.get("ignore", []),
        extend_select=data.get("extend-select", []),
        severity=data.get("severity", {}),
        per_file_ignores=data.get("per-file-ignores", {}),
        year=data.get("year"),
        fail_on=data.get("fail-on"),
        options={f: data[f] for f in FAMILIES if f in data},
        source=source,
    )
    try:
        cfg.validate_selectors()
        _check_user_patterns(cfg)
    except ConfigError as exc:
        raise ConfigError(f"{source}: {exc}" if source else str(exc)) from None
    return cfg


def _check_user_patterns(cfg: Config) -> None:
    """Compile user regexes when the config loads, so a bad or catastrophic one is a config error up front."""
    patterns = cfg.family_options("boilerplate").get("patterns")
    if patterns:
        from .patterns import compile_patterns

        compile_patterns(patterns, "boilerplate.patterns")


def load_config(path: str | os.PathLike[str]) -> Config:
    p = os.fspath(path)
    try:
        with open(p, encoding="utf-8") as fh:
            text = fh.read()
    except OSError as exc:
        raise ConfigError(f"{p}: 无法读取配置文件（{exc.strerror or exc}）") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: 配置文件不是 UTF-8 编码") from None
    import yaml  # only with a config file: a plain run needs no YAML parser (linter.data caches ours)

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第{mark.line + 1}行" if mark else ""
        raise ConfigError(f"{p}: 配置文件不是合法的 YAML{where}") from None
    return from_mapping(data, p)


def find_config(start: str | os.PathLike[str] | None = None) -> str | None:
    """reportlint.yaml or .reportlint.yaml in `start` (default: the working folder) or its parents."""
    here = os.path.realpath(start if start is not None else os.getcwd())
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(here, name)
            if os.path.isfile(candidate):
                return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def discover(explicit: str | None = None) -> Config:
    if explicit:
        return load_config(explicit)
    found = find_config()
    return load_config(found) if found else Config()
