"""ISO 8601 intervals with inclusive bounds, from half-open periods (docs/conventions.md).

Dates are written for a day or coarser, minutes for times; '..' stands for an open end.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, datetime, timedelta

from dateutil.relativedelta import relativedelta

from chrono.model import Mod
from chrono.periods import Period, at_midnight, is_whole
from chrono.semantics import Unit

OPEN = ".."
_FINE_GRAINS = (Unit.SECOND, Unit.MINUTE, Unit.HOUR)


def render(period: Period) -> str:
    """'2024-01-01/2024-01-31' for a month, '2023-12-08T15:00/2023-12-08T15:00' for a time."""
    if period.grain in _FINE_GRAINS or period.part is not None:
        last = period.end - timedelta(minutes=1)
        return f"{_minute(period.start)}/{_minute(last)}"
    return f"{period.first_day.isoformat()}/{period.last_day.isoformat()}"


def render_days(first: date | None, last: date | None) -> str:
    """Inclusive day bounds, either of which may be open."""
    return f"{first.isoformat() if first else OPEN}/{last.isoformat() if last else OPEN}"


def _minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M") if moment.year >= 1000 else moment.isoformat()[:16]


def narrowed(period: Period, mod: Mod | None) -> Period:
    """The part of a period that START, MID or END select: the first, middle or last third,
    counted in the period's own sub-units (a year's months, a month's days, a decade's years)."""
    if mod not in (Mod.START, Mod.MID, Mod.END) or period.grain in _FINE_GRAINS or period.part:
        return period
    index = (Mod.START, Mod.MID, Mod.END).index(mod)
    if not is_whole(period):  # a stretch of days held at a coarser grain ('early Ramadan')
        return _day_third(period, index)
    match period.grain:
        case Unit.YEAR | Unit.HALF:
            step = relativedelta(months=4 if period.grain is Unit.YEAR else 2)
            return _third(period, step * index, step)
        case Unit.QUARTER | Unit.SEASON:
            return _third(period, relativedelta(months=index), relativedelta(months=1))
        case Unit.MONTH:
            return _month_third(period, index)
        case Unit.DECADE:
            bounds = ((0, 4), (4, 7), (7, 10))[index]
            return _years(period, *bounds)
        case Unit.CENTURY:
            bounds = ((0, 33), (33, 66), (66, 100))[index]
            return _years(period, *bounds)
    return _day_third(period, index)


def _third(period: Period, offset: relativedelta, length: relativedelta) -> Period:
    start = period.start + offset
    return Period(start, start + length, period.grain, period.part, period.season)


def _month_third(period: Period, index: int) -> Period:
    first = period.first_day
    last_day = monthrange(first.year, first.month)[1]
    start_day, end_day = ((1, 11), (11, 21), (21, last_day + 1))[index]
    start = at_midnight(first.replace(day=start_day))
    return Period(start, start + timedelta(days=end_day - start_day), period.grain)


def _years(period: Period, first: int, last: int) -> Period:
    return Period(
        period.start + relativedelta(years=first),
        period.start + relativedelta(years=last),
        period.grain,
    )


def _day_third(period: Period, index: int) -> Period:
    days = (period.end - period.start).days
    if days < 3:
        return period
    size = days // 3
    start = period.start + timedelta(days=size * index)
    end = period.end if index == 2 else start + timedelta(days=size)
    return Period(start, end, period.grain, period.part, period.season)
