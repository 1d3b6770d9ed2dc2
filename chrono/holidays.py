"""How a holiday falls in a given year: a fixed day, the nth weekday of a month, the first
weekday on or after a day, or a day counted from Easter (dateutil's Western Easter algorithm)."""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter


@dataclass(frozen=True, slots=True)
class FixedDay:
    """The same month and day every year (Christmas: 12-25)."""

    month: int
    day: int


@dataclass(frozen=True, slots=True)
class NthWeekday:
    """The nth ISO weekday (1 = Monday) of a month; n = -1 is the last one."""

    month: int
    weekday: int
    n: int


@dataclass(frozen=True, slots=True)
class WeekdayOnOrAfter:
    """The first ISO weekday on or after a month's day (US Election Day: the Tuesday on or after
    November 2, that is the Tuesday after the first Monday)."""

    month: int
    day: int
    weekday: int


@dataclass(frozen=True, slots=True)
class EasterOffset:
    """A number of days from Western Easter Sunday (Good Friday is -2)."""

    days: int


HolidayRule = FixedDay | NthWeekday | WeekdayOnOrAfter | EasterOffset


def holiday_date(rule: HolidayRule, year: int) -> date:
    """The day a holiday falls on in `year`."""
    match rule:
        case FixedDay(month, day):
            return date(year, month, day)
        case NthWeekday(month, weekday, n) if n > 0:
            first = date(year, month, 1)
            shift = (weekday - first.isoweekday()) % 7
            return first + timedelta(days=shift + 7 * (n - 1))
        case NthWeekday(month, weekday, _):
            last = date(year, month, monthrange(year, month)[1])
            return last - timedelta(days=(last.isoweekday() - weekday) % 7)
        case WeekdayOnOrAfter(month, day, weekday):
            start = date(year, month, day)
            return start + timedelta(days=(weekday - start.isoweekday()) % 7)
        case EasterOffset(days):
            return easter(year) + timedelta(days=days)
