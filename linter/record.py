"""Record: what @dataclass gives the engine's value types, without its cost at start-up.

Python 3.11 builds every dataclass by generating and exec'ing the source of its __init__, __repr__ and __eq__:
about 0.5 ms a class, paid on every run, a noticeable share of a ~100 ms cold start. A Record subclass writes
its own __init__ (typed, so signatures stay explicit) and declares its fields in __slots__, in the constructor's
order (repr follows it, hence `noqa: RUF023` on those tuples); the base supplies
field-wise equality, a dataclass-style repr and `replace`. Slots also keep the instances small and picklable
(--jobs sends FileResult between processes)."""

from __future__ import annotations

from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

_R = TypeVar("_R", bound="Record")


class Record:
    __slots__: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable, as a non-frozen dataclass

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def replace(self: _R, **changes: Any) -> _R:
        """A copy with some fields changed (dataclasses.replace)."""
        copy = object.__new__(type(self))
        for name in self.__slots__:
            object.__setattr__(copy, name, changes.pop(name) if name in changes else getattr(self, name))
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(changes)}")
        return copy


# NamedTuple: typing.NamedTuple's class syntax, built without its start-up cost.
#
# typing.NamedTuple checks every field's annotation (with `from __future__ import annotations` each one is a
# string that typing compiles into a ForwardRef) and collections.namedtuple compiles a fresh `__new__` from
# source for every class: together about 0.15 ms a class, and the rules declare some sixty of them, some 8% of
# a cold start. This builds the same class (a tuple subclass with the same fields, defaults, accessors, methods,
# pickling and repr) without either: annotations are kept as written, and `__new__` is made from one compiled
# template per number of fields, with the fields' names put in as its parameter names.
# Type checkers see typing.NamedTuple itself.
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    import sys
    from types import FunctionType

    try:
        from _collections import _tuplegetter  # what collections.namedtuple's field accessors are
    except ImportError:  # another Python implementation
        def _tuplegetter(index: int, doc: str) -> property:
            return property(itemgetter(index), doc=doc)

    _tuple_new = tuple.__new__
    # What collections.namedtuple's _replace raises for a field the class lacks: ValueError until 3.13.
    _REPLACE_ERROR = TypeError if sys.version_info >= (3, 13) else ValueError
    # __new__ by number of fields, compiled with this module: compiling one from source at start-up, as
    # collections.namedtuple does, costs as much as making three classes (the rules' 13 sizes were 1.6% of a cold
    # start). Arguments are bound by name through co_varnames, which _new_code puts in; the bodies read them by
    # position only. A class with more fields compiles its own (_compiled_new).
    _NEW_BY_ARITY: dict[int, Any] = {len(f.__code__.co_varnames) - 1: f.__code__ for f in (
        lambda _cls: _tuple_new(_cls, ()),
        lambda _cls, a: _tuple_new(_cls, (a,)),
        lambda _cls, a, b: _tuple_new(_cls, (a, b)),
        lambda _cls, a, b, c: _tuple_new(_cls, (a, b, c)),
        lambda _cls, a, b, c, d: _tuple_new(_cls, (a, b, c, d)),
        lambda _cls, a, b, c, d, e: _tuple_new(_cls, (a, b, c, d, e)),
        lambda _cls, a, b, c, d, e, f: _tuple_new(_cls, (a, b, c, d, e, f)),
        lambda _cls, a, b, c, d, e, f, g: _tuple_new(_cls, (a, b, c, d, e, f, g)),
        lambda _cls, a, b, c, d, e, f, g, h: _tuple_new(_cls, (a, b, c, d, e, f, g, h)),
        lambda _cls, a, b, c, d, e, f, g, h, i: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j, k: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j, k, m: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k, m)),
        lambda _cls, a, b, c, d, e, f, g, h, i, j, k, m, n: _tuple_new(_cls, (a, b, c, d, e, f, g, h, i, j, k, m, n)),
    )}
    # What the class statement puts in the namespace that is not a field, a default or a method to copy.
    _NOT_COPIED = frozenset({"__module__", "__qualname__", "__doc__", "__annotations__", "__classcell__",
                             "__orig_bases__"})
    _PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
                             "_make", "_replace", "_asdict"})

    def _new_code(fields: tuple[str, ...]) -> Any:
        template = _NEW_BY_ARITY.get(len(fields))
        if template is None:
            template = _NEW_BY_ARITY[len(fields)] = _compiled_new(len(fields))
        return template.replace(co_varnames=("_cls", *fields), co_name="__new__", co_qualname="__new__")

    def _compiled_new(arity: int) -> Any:
        params = [f"_{i}" for i in range(arity)]
        source = (f"def __new__(_cls, {', '.join(params)}):\n"
                  f"    return _tuple_new(_cls, ({''.join(p + ', ' for p in params)}))\n")
        namespace: dict[str, Any] = {}
        exec(source, {}, namespace)  # a fixed template: its parameters are _0, _1...
        return namespace["__new__"].__code__

    def _make(cls: type, iterable: Any) -> Any:
        result = _tuple_new(cls, iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f"Expected {len(cls._fields)} arguments, got {len(result)}")
        return result

    def _replace(self: Any, /, **changes: Any) -> Any:
        result = self._make(map(changes.pop, self._fields, self))
        if changes:
            raise _REPLACE_ERROR(f"Got unexpected field names: {list(changes)!r}")
        return result

    def _repr(self: Any) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={v!r}' for n, v in zip(self._fields, self, strict=True))})"

    def _asdict(self: Any) -> dict[str, Any]:
        return dict(zip(self._fields, self, strict=True))

    def _getnewargs(self: Any) -> tuple[Any, ...]:
        return tuple(self)

    class _NamedTupleMeta(type):
        def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> Any:
            if not bases:  # NamedTuple itself
                return super().__new__(mcls, name, bases, namespace)
            annotations = namespace.get("__annotations__", {})
            fields = tuple(annotations)
            defaults = tuple(namespace[f] for f in fields if f in namespace)
            if any(f not in namespace for f in fields[len(fields) - len(defaults):]):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            globals_ = {"_tuple_new": _tuple_new}
            new = FunctionType(_new_code(fields), globals_, "__new__", defaults or None)
            new.__qualname__ = f"{namespace.get('__qualname__', name)}.__new__"
            body: dict[str, Any] = {
                "__doc__": namespace.get("__doc__") or f"{name}({', '.join(fields)})",
                "__slots__": (),
                "__module__": namespace.get("__module__"),
                "__qualname__": namespace.get("__qualname__", name),
                "__annotations__": annotations,
                "__match_args__": fields,
                "_fields": fields,
                "_field_defaults": dict(zip(fields[len(fields) - len(defaults):], defaults, strict=True)),
                "__new__": new,
                "_make": classmethod(_make),
                "_replace": _replace,
                "__repr__": _repr,
                "_asdict": _asdict,
                "__getnewargs__": _getnewargs,
            }
            for index, field in enumerate(fields):
                body[field] = _tuplegetter(index, f"Alias for field number {index}")
            for key, value in namespace.items():
                if key in _NOT_COPIED or key in fields:
                    continue
                if key in _PROHIBITED:
                    raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
                body[key] = value  # the class's own methods (a __repr__ too) win, as with typing's
            if "__classcell__" in namespace:  # a method uses super() or __class__
                body["__classcell__"] = namespace["__classcell__"]
            return type(name, (tuple,), body)

    class NamedTuple(metaclass=_NamedTupleMeta):
        pass
