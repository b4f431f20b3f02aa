"""Record, the engine's light replacement for @dataclass: equality, repr, replace and pickling behave as the
dataclasses' did, and every field a constructor takes is a slot (so equality and repr cover it)."""

from __future__ import annotations

import inspect
import pickle

import pytest

from linter.api import FileError, FileResult
from linter.config import Config
from linter.inputs import Source
from linter.model import Edit, Finding, Fix, Hit, Severity
from linter.record import Record

RECORDS = [Hit, Finding, Config, Source, FileError, FileResult]


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_the_constructor_takes_exactly_the_slots_in_order(cls: type[Record]) -> None:
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == list(cls.__slots__)
    assert not hasattr(cls(*(["x"] * _required(cls))), "__dict__")  # slotted: no stray attributes


def _required(cls: type[Record]) -> int:
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    return sum(p.default is inspect.Parameter.empty for p in params)


def _finding(**changes: object) -> Finding:
    base = Finding("A001", "rate", "arithmetic", Severity.ERROR, 3, 5, 3, 9, "纠错率不符", "纠错率为50%")
    return base.replace(**changes) if changes else base


def test_equality_is_field_wise_and_typed() -> None:
    assert _finding() == _finding()
    assert _finding() != _finding(line=4)
    assert Hit(1, 2, "甲") == Hit(1, 2, "甲", None, None, None)
    assert Hit(1, 2, "甲") != (1, 2, "甲", None, None, None)  # not a tuple
    assert FileError("io", "读不了") != Hit(1, 2, "读不了")


def test_mutable_defaults_are_not_shared() -> None:
    a, b = Config(), Config()
    a.ignore.append("T001")
    assert b.ignore == []
    assert _finding().extra is not _finding().extra


def test_repr_names_every_field_in_order() -> None:
    assert repr(FileError("io", "读不了")) == "FileError(code='io', message='读不了')"
    assert repr(Hit(1, 2, "甲")) == "Hit(start=1, end=2, message='甲', suggestion=None, fix=None, severity=None)"


def test_replace_copies_and_rejects_unknown_fields() -> None:
    src = Source("a.txt", "txt", "正文", ignored=[(0, 1)])
    new = src.replace(text="新正文")
    assert (new.text, new.path, new.ignored) == ("新正文", "a.txt", [(0, 1)])
    assert src.text == "正文"
    with pytest.raises(TypeError, match="texts"):
        src.replace(texts="x")


def test_pickling_keeps_everything() -> None:
    full = _finding(suggestion="改为", fix=Fix("unsafe", (Edit(3, 5, "甲"),)), start=7, end=9, extra={"k": [1]},
                    fix_at=((3, 5, 3, 7),))
    result = FileResult("a.txt", "txt", "utf-8", 2024, [_finding(), full], FileError("io", "x"), fixes_applied=2)
    assert pickle.loads(pickle.dumps(result)) == result
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        copy = pickle.loads(pickle.dumps(full, protocol))
        assert copy == full and copy.extra is not full.extra


def test_records_are_unhashable_like_mutable_dataclasses() -> None:
    with pytest.raises(TypeError):
        hash(Config())
