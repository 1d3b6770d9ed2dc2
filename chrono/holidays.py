"""How a holiday falls in a given year: a fixed day, the nth weekday of a month, the first
weekday on or after a day, a day counted from Easter (dateutil's Western Easter algorithm), or a
day of the Hebrew, Islamic or Chinese calendar; a few are stretches of days (Lent, Ramadan).

The other calendars come from libraries rather than our own astronomy: convertdate's Hebrew
calendar is exact arithmetic; hijridate follows the Umm al-Qura calendar, the one Saudi Arabia
publishes and most news reports follow, for 1924-2077; lunar_python gives the Chinese lunisolar
new year; python-holidays keeps India's public and optional festivals of the Hindu lunisolar
calendar (Diwali, Holi), checked against the panchang, for 2001-2035. A year outside a
calendar's table raises `OutOfCalendar`.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

import holidays
from convertdate import hebrew
from dateutil.easter import easter
from hijridate import Gregorian, Hijri
from lunar_python import Lunar


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


@dataclass(frozen=True, slots=True)
class HebrewDay:
    """A day of a Hebrew month (convertdate numbers Nisan 1 and Tishrei 7): Passover is 15 Nisan,
    Yom Kippur 10 Tishrei. The Gregorian year holds the Hebrew year's spring and the next one's
    autumn, so a day from Tishrei onwards is in Hebrew year `year + 3761`, else `year + 3760`."""

    month: int
    day: int


@dataclass(frozen=True, slots=True)
class IslamicDay:
    """A day of an Islamic month: Eid al-Fitr is 1 Shawwal (10), Eid al-Adha 10 Dhu al-Hijjah
    (12). The lunar year is 11 days short, so a Gregorian year may hold the day twice; the first
    is taken."""

    month: int
    day: int


@dataclass(frozen=True, slots=True)
class LunarNewYear:
    """The first day of the Chinese lunisolar year (Lunar New Year, the Spring Festival)."""


@dataclass(frozen=True, slots=True)
class IndianFestival:
    """A festival India's holiday list names (Diwali, Holi), whose day the Hindu lunisolar
    calendar fixes."""

    name: str


@dataclass(frozen=True, slots=True)
class IslamicMonth:
    """A whole month of the Islamic calendar (Ramadan is 9), from its first day to the day
    before the next month's."""

    month: int


@dataclass(frozen=True, slots=True)
class EasterSeason:
    """A stretch of days counted from Western Easter, both ends included (Lent is -46 to -1,
    Ash Wednesday to Holy Saturday)."""

    first: int
    last: int


HolidayRule = (
    FixedDay
    | NthWeekday
    | WeekdayOnOrAfter
    | EasterOffset
    | HebrewDay
    | IslamicDay
    | LunarNewYear
    | IndianFestival
    | IslamicMonth
    | EasterSeason
)

_INDIAN_FESTIVAL_YEARS = range(2001, 2036)  # the years python-holidays tabulates
_INDIAN_LISTS = ("public", "optional")  # a festival on a Sunday is only on the optional list
_TISHREI = 7
_DHU_AL_HIJJAH = 12
_HEBREW_EPOCH_SHIFT = 3760


class OutOfCalendar(ValueError):
    """The year lies outside the table a calendar library covers."""


@lru_cache(maxsize=4096)
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
        case HebrewDay(month, day):
            shift = _HEBREW_EPOCH_SHIFT + (month >= _TISHREI)
            return date(*hebrew.to_gregorian(year + shift, month, day))
        case IslamicDay(month, day):
            return _islamic_date(month, day, year)
        case LunarNewYear():
            return _lunar_new_year(year)
        case IndianFestival(name):
            return _indian_festival(name, year)
        case IslamicMonth(month):
            return _islamic_date(month, 1, year)
        case EasterSeason(first, _):
            return easter(year) + timedelta(days=first)
    raise TypeError(rule)


def holiday_days(rule: HolidayRule, year: int) -> tuple[date, date]:
    """The first and last day of a holiday that begins in `year`: the same day for most, a
    stretch for a season or a month ('Lent', 'Ramadan')."""
    first = holiday_date(rule, year)
    match rule:
        case IslamicMonth(month):
            return first, _islamic_month_end(month, first)
        case EasterSeason(start, last):
            return first, first + timedelta(days=last - start)
    return first, first


def _islamic_month_end(month: int, first: date) -> date:
    hijri_year = Gregorian(first.year, first.month, first.day).to_hijri().year
    next_year, next_month = (
        (hijri_year + 1, 1) if month == _DHU_AL_HIJJAH else (hijri_year, month + 1)
    )
    try:
        following = Hijri(next_year, next_month, 1).to_gregorian()
    except (OverflowError, ValueError) as error:
        raise OutOfCalendar(f"no Umm al-Qura month after {month}/{hijri_year}") from error
    return date(following.year, following.month, following.day) - timedelta(days=1)


def _lunar_new_year(year: int) -> date:
    try:
        solar = Lunar.fromYmd(year, 1, 1).getSolar()
    except (IndexError, ValueError) as error:
        raise OutOfCalendar(f"no Chinese calendar for {year}") from error
    return date(solar.getYear(), solar.getMonth(), solar.getDay())


def _indian_festival(name: str, year: int) -> date:
    if year not in _INDIAN_FESTIVAL_YEARS:
        raise OutOfCalendar(f"no Hindu calendar table for {year}")
    days = [day for day, names in _indian_holidays(year) if name in names]
    if not days:
        raise OutOfCalendar(f"no {name} listed for {year}")
    return days[0]


@lru_cache(maxsize=64)
def _indian_holidays(year: int) -> tuple[tuple[date, tuple[str, ...]], ...]:
    """India's holidays of one year with their names, built once for all its festivals."""
    listed = holidays.country_holidays("IN", years=year, categories=_INDIAN_LISTS)
    return tuple((day, tuple(names.split("; "))) for day, names in sorted(listed.items()))


def _islamic_date(month: int, day: int, year: int) -> date:
    try:
        first = Gregorian(year, 1, 1).to_hijri().year
        for hijri_year in (first, first + 1):
            found = Hijri(hijri_year, month, day).to_gregorian()
            if found.year == year:
                return date(found.year, found.month, found.day)
    except (OverflowError, ValueError) as error:
        raise OutOfCalendar(f"no Umm al-Qura date for {year}") from error
    raise OutOfCalendar(f"no Islamic {month}/{day} in {year}")
