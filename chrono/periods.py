"""Calendar periods: the stretch of time a resolved expression covers, at the grain it was said.

A period is half-open, [start, end), so adjacent periods share no instant; the writers turn it into
inclusive ISO 8601 bounds. All arithmetic is dateutil's `relativedelta`, so month ends clamp.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from dateutil.relativedelta import relativedelta

from chrono.semantics import DayPart, Season, Unit

_DAY_PART_HOURS = {
    DayPart.MORNING: (6, 12),
    DayPart.AFTERNOON: (12, 18),
    DayPart.EVENING: (18, 22),
    DayPart.NIGHT: (22, 30),
}
_SEASON_START_MONTH = {Season.SPRING: 3, Season.SUMMER: 6, Season.FALL: 9, Season.WINTER: 12}


@dataclass(frozen=True, slots=True)
class Period:
    """[start, end) at a grain; `part` is set for a part of day, `season` for a season, and
    `fiscal_quarter` (year, quarter) for a quarter of a fiscal year that is not the calendar's,
    named by the year it ends in ('its fourth quarter ended June 30, 1989' is 1989-Q4)."""

    start: datetime
    end: datetime
    grain: Unit
    part: DayPart | None = None
    season: Season | None = None
    fiscal_quarter: tuple[int, int] | None = None

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        return (self.end - timedelta(microseconds=1)).date()

    def holds(self, other: Period) -> bool:
        """Whether `other` lies wholly inside this period."""
        return self.start <= other.start and other.end <= self.end


def at_midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def unit_step(unit: Unit, count: int = 1) -> relativedelta:
    """The calendar step of `count` units."""
    match unit:
        case Unit.SECOND:
            return relativedelta(seconds=count)
        case Unit.MINUTE:
            return relativedelta(minutes=count)
        case Unit.HOUR:
            return relativedelta(hours=count)
        case Unit.DAY:
            return relativedelta(days=count)
        case Unit.WEEK | Unit.WEEKEND:
            return relativedelta(weeks=count)
        case Unit.MONTH:
            return relativedelta(months=count)
        case Unit.QUARTER | Unit.SEASON:
            return relativedelta(months=3 * count)
        case Unit.HALF:
            return relativedelta(months=6 * count)
        case Unit.YEAR:
            return relativedelta(years=count)
        case Unit.DECADE:
            return relativedelta(years=10 * count)
        case Unit.CENTURY:
            return relativedelta(years=100 * count)
        case Unit.MILLENNIUM:
            return relativedelta(years=1000 * count)


def containing(unit: Unit, day: date) -> Period:
    """The period of `unit` that contains `day` (ISO weeks start on Monday)."""
    match unit:
        case Unit.WEEK:
            monday = day - timedelta(days=day.isoweekday() - 1)
            return _span(at_midnight(monday), relativedelta(weeks=1), unit)
        case Unit.WEEKEND:
            saturday = day + timedelta(days=6 - day.isoweekday())
            return _span(at_midnight(saturday), relativedelta(days=2), unit)
        case Unit.MONTH:
            return _span(datetime(day.year, day.month, 1), relativedelta(months=1), unit)
        case Unit.QUARTER:
            first = 3 * ((day.month - 1) // 3) + 1
            return _span(datetime(day.year, first, 1), relativedelta(months=3), unit)
        case Unit.HALF:
            return _span(
                datetime(day.year, 1 if day.month <= 6 else 7, 1), relativedelta(months=6), unit
            )
        case Unit.YEAR:
            return year_period(day.year)
        case Unit.DECADE:
            return decade_period(day.year // 10)
        case Unit.CENTURY | Unit.MILLENNIUM:
            return century_period(day.year // 100)
        case _:
            return _span(at_midnight(day), relativedelta(days=1), Unit.DAY)


def is_whole(period: Period) -> bool:
    """Whether a month or year period is the whole calendar month or year, not a stretch of days
    held at that grain ('Ramadan' 2025 is in March, 'Lent' 2024 in 2024)."""
    if period.grain not in (Unit.MONTH, Unit.YEAR):
        return True
    whole = containing(period.grain, period.first_day)
    return (whole.start, whole.end) == (period.start, period.end)


def _span(start: datetime, length: relativedelta, grain: Unit) -> Period:
    return Period(start, start + length, grain)


def day_period(day: date) -> Period:
    return _span(at_midnight(day), relativedelta(days=1), Unit.DAY)


def year_period(year: int) -> Period:
    return _span(datetime(year, 1, 1), relativedelta(years=1), Unit.YEAR)


def decade_period(decade: int) -> Period:
    """The decade whose years start with the digits `decade` (199 is 1990-1999)."""
    return _span(datetime(decade * 10, 1, 1), relativedelta(years=10), Unit.DECADE)


def century_period(century: int) -> Period:
    """The century TimeML writes as `century`: its years' first two digits, so 18 is 1800-1899,
    "the 1800s" and, as everyday usage has it, "the 19th century"."""
    return _span(datetime(max(century * 100, 1), 1, 1), relativedelta(years=100), Unit.CENTURY)


def month_period(year: int, month: int) -> Period:
    return _span(datetime(year, month, 1), relativedelta(months=1), Unit.MONTH)


def quarter_period(year: int, quarter: int) -> Period:
    return _span(datetime(year, 3 * quarter - 2, 1), relativedelta(months=3), Unit.QUARTER)


def half_period(year: int, half: int) -> Period:
    return _span(datetime(year, 6 * half - 5, 1), relativedelta(months=6), Unit.HALF)


def season_period(year: int, season: Season) -> Period:
    """Meteorological seasons; winter runs from December into the next year."""
    start = datetime(year, _SEASON_START_MONTH[season], 1)
    return Period(start, start + relativedelta(months=3), Unit.SEASON, season=season)


def day_part_period(day: date, part: DayPart) -> Period:
    first, last = _DAY_PART_HOURS[part]
    midnight = at_midnight(day)
    return Period(
        midnight + timedelta(hours=first), midnight + timedelta(hours=last), Unit.DAY, part=part
    )


def minute_period(moment: datetime) -> Period:
    return Period(moment, moment + timedelta(minutes=1), Unit.MINUTE)


def shifted(period: Period, count: int) -> Period:
    """The period `count` of its own units away ('next month' from this month)."""
    if period.part is not None:
        return day_part_period(period.first_day + timedelta(days=count), period.part)
    if period.season is not None:
        return season_period(period.start.year + count, period.season)
    step = unit_step(period.grain, count)
    if period.fiscal_quarter is not None:
        moved = Period(period.start + step, period.end + step, period.grain)
        quarter = (period.fiscal_quarter[1] - 1 + count) % 4 + 1
        return replace(moved, fiscal_quarter=(moved.last_day.year, quarter))
    return Period(period.start + step, period.end + step, period.grain)


def quarter_ending(last_day: date, quarter: int) -> Period:
    """The three months that end on `last_day`, named as quarter `quarter` of the year they end
    in: a calendar quarter when they are one, else a fiscal quarter ('the fourth quarter ended
    March 31' of a year that ends in March)."""
    end = at_midnight(last_day + timedelta(days=1))
    calendar = containing(Unit.QUARTER, last_day)
    if calendar.end == end and (calendar.start.month - 1) // 3 + 1 == quarter:
        return calendar
    start = end - relativedelta(months=3)
    return Period(start, end, Unit.QUARTER, fiscal_quarter=(last_day.year, quarter))
