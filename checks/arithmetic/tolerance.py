"""How far a printed figure may be from the exact one.

A printed rate is right when it equals the exact value rounded or truncated to the printed decimals
(251/256 = 98.047% may be printed 98.05% or 98.04%). One unit off in the last printed digit is a warning
(10.964% printed 10.97%); more is an error. Counts printed with a multiplier and decimals (7.89万) stand for
an interval, and every value in that interval is accepted."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal

from .quantities import Quantity

HUNDRED = Decimal(100)


def quantize(value: Decimal, decimals: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=rounding)


def ratio_range(num: Quantity, den: Quantity) -> tuple[Decimal, Decimal]:
    """The percentages num/den can stand for, given the rounding of both counts."""
    low_den = den.value - den.half
    high = (num.value + num.half) / low_den * HUNDRED if low_den > 0 else Decimal("Infinity")
    low = (num.value - num.half) / (den.value + den.half) * HUNDRED
    return low, high


def units_off(stated: Decimal, decimals: int, low: Decimal, high: Decimal) -> int:
    """0 when `stated` (printed with `decimals` decimals) is a rounding or truncation of some value in
    [low, high]; otherwise how many units of the last printed digit it is away from the nearest such printing."""
    unit = Decimal(1).scaleb(-decimals)
    lowest = quantize(low, decimals, ROUND_DOWN)
    highest = quantize(high, decimals) if high.is_finite() else stated
    if lowest <= stated <= highest:
        return 0
    gap = lowest - stated if stated < lowest else stated - highest
    return int((gap / unit).to_integral_value(rounding=ROUND_CEILING))


def severity_for(off: int) -> str:
    return "warning" if off == 1 else "error"


def show(value: Decimal, decimals: int) -> str:
    """An exact value for a message: one more decimal than printed, at least two."""
    return format(quantize(value, max(2, decimals + 1)), "f")


def expected(value: Decimal, decimals: int) -> str:
    """The exact value at the printed precision."""
    return format(quantize(value, decimals), "f")
