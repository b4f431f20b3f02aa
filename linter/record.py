"""Record: what @dataclass gives the engine's value types, without its cost at start-up.

Python 3.11 builds every dataclass by generating and exec'ing the source of its __init__, __repr__ and __eq__:
about 0.5 ms a class, paid on every run, a noticeable share of a ~100 ms cold start. A Record subclass writes
its own __init__ (typed, so signatures stay explicit) and declares its fields in __slots__, in the constructor's
order (repr follows it, hence `noqa: RUF023` on those tuples); the base supplies
field-wise equality, a dataclass-style repr and `replace`. Slots also keep the instances small and picklable
(--jobs sends FileResult between processes)."""

from __future__ import annotations

from typing import Any, TypeVar

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
