"""The arithmetic of implied writing periods: from an event's calendar period and the time the
text says has passed since it, the days on which the text can have been written.

An elapsed time is a half-open range [low, high) of a base measure (months for months and
coarser units, days for weeks and days). The writing period of an event in [start, end) that lies
`low` to `high` in the past is [start + low, end + high): "more than seven years ago" (7 to 8
years) of 2014 gives 2021-01-01 to 2022-12-31. How a TimeML mod widens or narrows the range is
written down in docs/consistency.md ("Range arithmetic").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

from chrono.intervals import render_days
from chrono.model import Mod
from chrono.periods import Period, containing, shifted
from chrono.semantics import Unit

_MONTHS_PER_UNIT = {
    Unit.MONTH: 1,
    Unit.QUARTER: 3,
    Unit.HALF: 6,
    Unit.YEAR: 12,
    Unit.DECADE: 120,
    Unit.CENTURY: 1200,
    Unit.MILLENNIUM: 12000,
}
_DAYS_PER_UNIT = {Unit.DAY: 1, Unit.WEEK: 7}
# Counts of decades and centuries are loose in news ("a decade ago" for nine or eleven years):
# they are read as approximate, to the year.
_LOOSE_UNITS = {Unit.DECADE: 12, Unit.CENTURY: 12, Unit.MILLENNIUM: 12}
_ABOVE = (Mod.MORE_THAN, Mod.EQUAL_OR_MORE)
_UNDER = (Mod.LESS_THAN, Mod.EQUAL_OR_LESS)
_APPROX_SHARE = 0.2
_BELOW_SHARE = 0.1
_ROUND_SHARE = 0.35
_ROUND_FROM = 10
_HALF = 0.5
_ANNIVERSARY_SLACK_MONTHS = 12
_INSTANT = timedelta(microseconds=1)
_DAY_SLACK = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive day bounds; None is an open end."""

    first: date | None
    last: date | None

    def contains(self, day: date) -> bool:
        return (self.first is None or self.first <= day) and (self.last is None or day <= self.last)

    def intersect(self, other: DateRange) -> DateRange | None:
        """The days both ranges hold, or None when they are disjoint."""
        firsts = [day for day in (self.first, other.first) if day is not None]
        lasts = [day for day in (self.last, other.last) if day is not None]
        first = max(firsts) if firsts else None
        last = min(lasts) if lasts else None
        if first is not None and last is not None and first > last:
            return None
        return DateRange(first, last)

    def distance(self, day: date) -> int:
        """How many days `day` lies outside the range (0 inside)."""
        if self.first is not None and day < self.first:
            return (self.first - day).days
        if self.last is not None and day > self.last:
            return (day - self.last).days
        return 0

    def render(self) -> str:
        """ISO 8601 interval with inclusive bounds, '..' for an open end."""
        return render_days(self.first, self.last)

    def describe(self) -> str:
        """The range in words, for messages."""
        if self.first is not None and self.last is not None:
            return f"between {self.first.isoformat()} and {self.last.isoformat()}"
        if self.last is not None:
            return f"on or before {self.last.isoformat()}"
        if self.first is not None:
            return f"on or after {self.first.isoformat()}"
        return "at any time"


@dataclass(frozen=True, slots=True)
class Elapsed:
    """How much time has passed, as [low, high) in months, or in days when `in_days`."""

    low: float
    high: float
    in_days: bool = False


def elapsed(amount: float, unit: Unit, mod: Mod | None, *, below: bool = False) -> Elapsed | None:
    """The elapsed time 'N units' with a TimeML mod stands for; `below` marks 'nearly'/'almost'
    (APPROX, but only ever short of the amount). None for units too fine to date a writing
    (hours) or mods that say nothing about the size (START, BEFORE...)."""
    size, in_days = _size(unit)
    if size == 0 or amount <= 0:
        return None
    measure = amount * size
    precision = _LOOSE_UNITS.get(unit, size if amount == int(amount) else size / 2)
    spread = max(precision, _round_step(amount) * size)
    if mod is None and unit in _LOOSE_UNITS:
        mod = Mod.APPROX
    match mod:
        case None:
            return Elapsed(measure - precision / 2, measure + precision, in_days)
        case Mod.MORE_THAN | Mod.EQUAL_OR_MORE:
            return Elapsed(measure, measure + spread, in_days)
        case Mod.LESS_THAN | Mod.EQUAL_OR_LESS:
            return Elapsed(max(0.0, measure - spread), measure, in_days)
        case Mod.APPROX if below:
            return Elapsed(measure - max(precision, _BELOW_SHARE * measure), measure, in_days)
        case Mod.APPROX:
            tolerance = max(precision, _APPROX_SHARE * measure)
            return Elapsed(max(0.0, measure - tolerance), measure + tolerance, in_days)
    return None


def anniversary(count: int) -> Elapsed:
    """An 'Nth anniversary' is written within a year either side of the anniversary itself."""
    months = 12 * count
    return Elapsed(months - _ANNIVERSARY_SLACK_MONTHS, months + _ANNIVERSARY_SLACK_MONTHS)


def writing_period(event: Period, passed: Elapsed, sign: int = -1) -> DateRange | None:
    """When the text was written, if `event` lies `passed` in the past (sign -1) or in the
    future (sign +1) of the writing. Bounds are rounded outwards to whole months or days.

    Python's calendar holds the years 1 to 9999 only ('a 9999-year-old dispute that began in
    2009' puts the writing in the year 12008): a bound beyond it is left open, and a period that
    lies wholly beyond it is None, since a writing date no DCT can take is no evidence."""
    low, high = _whole(math.floor, passed.low), _whole(math.ceil, passed.high)
    if low is None or high is None:
        return None
    if sign < 0:
        start = _moved(event.start, low, passed.in_days)
        end = _moved(event.end, high, passed.in_days)
    else:
        start = _moved(event.start, -high, passed.in_days)
        end = _moved(event.end, -low, passed.in_days)
    if start is _Off.LATE or end is _Off.EARLY or end == datetime.min:
        return None
    first = None if start is _Off.EARLY else start.date()
    last = None if end is _Off.LATE else (end - _INSTANT).date()
    return DateRange(first, last)


def calendar_writing_period(
    event: Period, unit: Unit, offset: int, moved_years: int = 0
) -> DateRange | None:
    """When the text was written, if `event` lies in the calendar `unit` that is `offset` units
    (and `moved_years` years) from the writing ('last year's 2019 vote': the writing is in 2020;
    'in December 1948, 75 years ago this month': December 2023). A day gets a day either side
    ('yesterday, March 4' in a paper dated a day late). None when the event spans more than one
    such unit, or when the writing's unit (and its slack) reaches beyond the years 1 to 9999."""
    try:
        home = containing(unit, event.first_day)
        if home.grain is not unit or event.last_day >= home.end.date():
            return None
        writing = shifted(home, -offset)
        if moved_years:
            writing = containing(unit, writing.first_day - relativedelta(years=moved_years))
        slack = _DAY_SLACK if unit is Unit.DAY else timedelta(0)
        return DateRange(writing.first_day - slack, writing.last_day + slack)
    except (OverflowError, ValueError):
        return None


def _size(unit: Unit) -> tuple[int, bool]:
    if unit in _MONTHS_PER_UNIT:
        return _MONTHS_PER_UNIT[unit], False
    return _DAYS_PER_UNIT.get(unit, 0), True


def _round_step(amount: float) -> float:
    """Round numbers are rounded in speech: 'more than 20 years' may well be 26; a fraction
    only to the next half ('more than half a century' is under a century, 'more than a year and
    a half' under two years)."""
    if amount != int(amount):
        return _HALF
    if amount >= _ROUND_FROM and int(amount) % 5 == 0:
        return _ROUND_SHARE * amount
    return 1.0


class _Off(Enum):
    """A moment moved off the calendar: before the year 1 or after the year 9999."""

    EARLY = "early"
    LATE = "late"


def _whole(rounding: Callable[[float], int], measure: float) -> int | None:
    """A measure rounded to a whole count; None for one no calendar can hold (infinite)."""
    try:
        return rounding(measure)
    except (OverflowError, ValueError):
        return None


def _moved(moment: datetime, count: int, in_days: bool) -> datetime | _Off:
    """`moment` moved by `count` months (or days), or the side of the calendar it falls off."""
    try:
        step = relativedelta(days=count) if in_days else relativedelta(months=count)
        return moment + step
    except (OverflowError, ValueError):
        return _Off.LATE if count > 0 else _Off.EARLY
