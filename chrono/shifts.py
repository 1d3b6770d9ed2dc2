"""Offsets from an anchor ("seven years ago", "in five days"): the exact point they name, and
the interval their mod implies (docs/conventions.md, "Offsets").

"more than seven years ago" (anchor 2023-12-09) lies before the point 2016-12-09: `../2016-12-08`;
"less than two years ago" lies between the point and the anchor.
"""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from chrono.intervals import render, render_days
from chrono.model import Mod
from chrono.periods import Period, unit_step
from chrono.semantics import Shift, Unit

_FRACTION_TO_SMALLER = {
    Unit.YEAR: (Unit.MONTH, 12),
    Unit.DECADE: (Unit.YEAR, 10),
    Unit.CENTURY: (Unit.YEAR, 100),
    Unit.MONTH: (Unit.DAY, 30),
    Unit.WEEK: (Unit.DAY, 7),
    Unit.DAY: (Unit.HOUR, 24),
    Unit.HOUR: (Unit.MINUTE, 60),
    Unit.MINUTE: (Unit.SECOND, 60),
}
_DAY = timedelta(days=1)
_SUB_DAY = {Unit.SECOND: 1 / 86400, Unit.MINUTE: 1 / 1440, Unit.HOUR: 1 / 24}
_SHIFT_GRAIN = {
    Unit.SECOND: Unit.DAY,
    Unit.MINUTE: Unit.DAY,
    Unit.HOUR: Unit.DAY,
    Unit.DECADE: Unit.YEAR,
    Unit.CENTURY: Unit.YEAR,
    Unit.MILLENNIUM: Unit.YEAR,
}


def shift_grain(unit: Unit) -> Unit:
    """The grain of an offset's value: "a decade ago" is a year, "two hours ago" a day."""
    return _SHIFT_GRAIN.get(unit, unit)


def in_whole_units(shift: Shift) -> tuple[Unit, float]:
    """The offset's unit and amount, a fraction told in the next finer unit: 'half an hour' is
    30 minutes, 'a year and a half' 18 months."""
    number = shift.amount.number or 0.0
    finer = finer_unit(shift.unit)
    if number != int(number) and finer is not None:
        return finer[0], number * finer[1]
    return shift.unit, number


def finer_unit(unit: Unit) -> tuple[Unit, int] | None:
    """The unit a fraction of `unit` is told in, and how many of it make one: (MINUTE, 60)."""
    return _FRACTION_TO_SMALLER.get(unit)


def shifted_day(base: Period, shift: Shift) -> date:
    """The day `shift` names from `base`; fractions ('a year and a half') use a finer unit.

    Hours and minutes count from the base's own time when it has one ('five hours later' after
    '10 p.m.' is the next day); from a whole day, whose hour is unknown, they move it only by
    whole days ('two hours ago' is the document's day)."""
    unit, number = in_whole_units(shift)
    if unit in _SUB_DAY and base.grain not in _SUB_DAY and base.part is None:
        return base.first_day + _DAY * round(shift.sign * number * _SUB_DAY[unit])
    step: relativedelta = unit_step(unit, shift.sign * round(number))
    return (base.start + step).date()


def shift_interval(period: Period, point: date, anchor: date, sign: int, mod: Mod | None) -> str:
    """The interval of an offset, open-ended where its mod makes it so."""
    past = sign < 0
    match mod:
        case Mod.MORE_THAN:  # 'in more than an hour' may still be the anchor's day
            beyond = _DAY if point != anchor else timedelta(0)
            return render_days(None, point - beyond) if past else render_days(point + beyond, None)
        case Mod.EQUAL_OR_MORE:
            return render_days(None, point) if past else render_days(point, None)
        case Mod.LESS_THAN:  # not before the anchor: 'in less than an hour' is the day itself
            if past:
                return render_days(min(point + _DAY, anchor), anchor)
            return render_days(anchor, max(point - _DAY, anchor))
        case Mod.EQUAL_OR_LESS:
            return render_days(point, anchor) if past else render_days(anchor, point)
    return render(period)
