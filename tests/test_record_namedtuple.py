"""linter.record.NamedTuple must build the very class typing.NamedTuple builds, only faster: every behaviour the
code relies on (construction by position, keyword and default; field access; tuple equality, hashing and
unpacking; _replace, _make, _asdict, _fields, _field_defaults; repr; pickling; methods, properties and
super() in the body) is compared with typing's on the same declarations."""

from __future__ import annotations

import pickle
import typing
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linter import record


def _declare(base: Any, name: str, fields: list[str], defaults: int) -> type:
    """`class <name>(base)` with the fields annotated and the last `defaults` of them given a default."""
    namespace: dict[str, Any] = {"__annotations__": {f: "int" for f in fields}, "__module__": __name__,
                                 "__qualname__": name}
    for i, f in enumerate(fields[len(fields) - defaults:]):
        namespace[f] = 100 + i
    return type(base)(name, (base,), namespace) if base is record.NamedTuple else _typing_class(name, namespace)


def _typing_class(name: str, namespace: dict[str, Any]) -> type:
    return typing.NamedTupleMeta(name, (typing._NamedTuple,), namespace)  # type: ignore[attr-defined]


_NAMES = st.lists(st.sampled_from(["start", "end", "value", "label", "kind", "a", "b", "text", "line", "unit"]),
                  unique=True, max_size=8)


@given(_NAMES, st.data())
def test_the_same_tuple_as_typing_builds(fields: list[str], data: st.DataObject) -> None:
    defaults = data.draw(st.integers(0, len(fields)))
    ours = _declare(record.NamedTuple, "Ours", fields, defaults)
    theirs = _declare(typing.NamedTuple, "Ours", fields, defaults)
    assert ours._fields == theirs._fields == tuple(fields)
    assert ours._field_defaults == theirs._field_defaults
    assert ours.__match_args__ == theirs.__match_args__
    assert issubclass(ours, tuple) and ours.__slots__ == ()
    given_count = data.draw(st.integers(len(fields) - defaults, len(fields)))
    args = list(range(given_count))
    a, b = ours(*args), theirs(*args)
    assert tuple(a) == tuple(b) and a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert ours(**dict(zip(fields, args, strict=False))) == a
    assert a._asdict() == b._asdict()
    assert ours._make(tuple(a)) == a
    for i, f in enumerate(fields):
        assert getattr(a, f) == getattr(b, f) == a[i]
    if fields:
        assert a._replace(**{fields[0]: -1}) == b._replace(**{fields[0]: -1})
        assert type(a._replace(**{fields[0]: -1})) is ours


def test_wrong_calls_fail_as_with_typing() -> None:
    ours = _declare(record.NamedTuple, "Pair", ["a", "b"], 1)
    theirs = _declare(typing.NamedTuple, "Pair", ["a", "b"], 1)
    for call in (lambda c: c(), lambda c: c(1, 2, 3), lambda c: c(1, c=3), lambda c: c(1, a=2),
                 lambda c: c(1)._replace(c=1), lambda c: c._make((1,))):
        with pytest.raises(Exception) as mine:
            call(ours)
        with pytest.raises(Exception) as typings:
            call(theirs)
        assert type(mine.value) is type(typings.value)
        assert str(mine.value).replace("Pair.", "") == str(typings.value).replace("Pair.", "")


def test_a_method_overrides_the_generated_one_and_the_tuple_machinery_cannot_be() -> None:
    body = {"__annotations__": {"a": "int"}, "__module__": __name__, "__repr__": lambda self: "mine"}
    assert repr(type(record.NamedTuple)("R", (record.NamedTuple,), dict(body))(1)) == "mine"
    assert repr(_typing_class("R", dict(body))(1)) == "mine"
    for name in ("_replace", "__new__", "_fields"):
        with pytest.raises(AttributeError):
            type(record.NamedTuple)("R", (record.NamedTuple,), {**body, name: None})
        with pytest.raises(AttributeError):
            _typing_class("R", {**body, name: None})


def test_a_default_before_a_required_field_is_refused() -> None:
    with pytest.raises(TypeError):
        type(record.NamedTuple)("Bad", (record.NamedTuple,), {"__annotations__": {"a": "int", "b": "int"},
                                                              "a": 1, "__module__": __name__})


class Span(record.NamedTuple):
    """A span of text."""

    start: int
    end: int = 0
    tags: tuple[str, ...] = ()

    @property
    def width(self) -> int:
        return self.end - self.start

    def shifted(self, by: int) -> Span:
        return self._replace(start=self.start + by, end=self.end + by)

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


def test_the_class_body_keeps_its_methods_docstring_and_module() -> None:
    s = Span(2, 5)
    assert s.width == 3 and s.shifted(1) == (3, 6, ())
    assert Span.__doc__ == "A span of text." and Span.__module__ == __name__ and Span.__qualname__ == "Span"
    assert str(s) == "2-5" and repr(s) == "Span(start=2, end=5, tags=())"
    assert Span.__annotations__ == {"start": "int", "end": "int", "tags": "tuple[str, ...]"}


def test_pickling_round_trips() -> None:
    s = Span(1, 2, ("x",))
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(s, protocol))
        assert back == s and type(back) is Span
