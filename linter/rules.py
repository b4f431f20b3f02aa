"""Rules and their registry. One rule = one function decorated with @rule, carrying its code, name,
family, severity, explanation and examples. Rules live in the `checks` package and are discovered by
importing every module under it."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from .document import Document
from .model import FAMILIES, FAMILY_LETTERS, Hit, Severity
from .record import NamedTuple

CheckFn = Callable[[Document, Mapping[str, Any]], Iterable[Hit]]
_CODE = re.compile(r"^[SAYBRT]\d{3}$")
_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class Rule(NamedTuple):
    code: str
    name: str
    family: str
    severity: Severity
    summary: str  # one line, Chinese: what it finds
    explanation: str  # Chinese: why it matters and what to do
    check: CheckFn
    bad: tuple[str, ...] = ()  # examples that must produce this rule's finding
    good: tuple[str, ...] = ()  # similar correct text that must not
    fix: str | None = None  # "safe" | "unsafe" | None: what kind of fix the rule offers
    example_year: int | None = None  # report year to lint the examples with, when they carry no title
    # False: an opt-in rule (a style point many careful reports do not follow), run only when its code is
    # named in select or extend-select, never by a family, a prefix or ALL.
    default: bool = True

    def run(self, doc: Document, options: Mapping[str, Any]) -> list[Hit]:
        return list(self.check(doc, options))


_REGISTRY: dict[str, Rule] = {}
_loaded = False


def rule(*, code: str, name: str, family: str, severity: str, summary: str, explanation: str,
         bad: Iterable[str] = (), good: Iterable[str] = (), fix: str | None = None,
         example_year: int | None = None, default: bool = True) -> Callable[[CheckFn], CheckFn]:
    """Register a check function as a rule."""

    def register(fn: CheckFn) -> CheckFn:
        if not _CODE.match(code) or FAMILY_LETTERS[code[0]] != family or family not in FAMILIES:
            raise ValueError(f"rule {code}: code must be the family letter of {family!r} and three digits")
        if not _NAME.match(name):
            raise ValueError(f"rule {code}: name {name!r} must be kebab-case")
        if code in _REGISTRY and _REGISTRY[code].check is not fn:
            raise ValueError(f"rule code {code} registered twice")
        _REGISTRY[code] = Rule(code, name, family, Severity.parse(severity), summary, explanation, fn,
                               tuple(bad), tuple(good), fix, example_year, default)
        return fn

    return register


def _discover() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import checks

    for name in module_names(checks.__path__, "checks."):
        importlib.import_module(name)


def module_names(path: Iterable[str], prefix: str) -> Iterator[str]:
    """Every module and subpackage under a package's folders, as pkgutil.walk_packages names them. Not
    pkgutil itself: importing it (and the inspect work it does per file) is about 1% of a cold start."""
    for folder in path:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if entry.is_dir():
                if "." not in name and os.path.isfile(os.path.join(entry.path, "__init__.py")):
                    yield prefix + name
                    yield from module_names([entry.path], f"{prefix}{name}.")
            elif name.endswith(".py") and name != "__init__.py":
                yield prefix + name[:-3]


def all_rules() -> list[Rule]:
    """Every registered rule, sorted by code."""
    _discover()
    return [_REGISTRY[c] for c in sorted(_REGISTRY)]


def get_rule(code: str) -> Rule | None:
    _discover()
    return _REGISTRY.get(code.upper())


def resolve_selector(selector: str) -> list[Rule]:
    """Rules matched by a selector: a code (A001), a prefix (A, A0), a family (arithmetic), a rule name, or ALL.
    Raises KeyError when it matches nothing."""
    rules = all_rules()
    s = selector.strip()
    if s.upper() == "ALL":
        return rules
    if s.lower() in FAMILIES:
        return [r for r in rules if r.family == s.lower()]
    if re.fullmatch(r"[A-Za-z]\d{0,3}", s):
        hit = [r for r in rules if r.code.startswith(s.upper())]
    else:
        hit = [r for r in rules if r.name == s.lower()]
    if not hit:
        raise KeyError(selector)
    return hit
