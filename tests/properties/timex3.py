"""An independent reading of docs/conventions.md: which TIMEX3 values are valid, what they span.

Nothing here imports chrono. The property tests compare chrono's output against these functions, and
tests/properties/test_helpers.py checks the functions themselves on hand-written values.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

# The `mod` values TimeML 1.2.1 defines (section 2.2.1.3), written out here rather than taken from
# chrono.model.Mod, so that an invented mod fails.
TIMEML_MODS = frozenset(
    {
        "BEFORE",
        "AFTER",
        "ON_OR_BEFORE",
        "ON_OR_AFTER",
        "LESS_THAN",
        "MORE_THAN",
        "EQUAL_OR_LESS",
        "EQUAL_OR_MORE",
        "START",
        "MID",
        "END",
        "APPROX",
    }
)
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
VAGUE_VALUES = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})

# --- value grammar -------------------------------------------------------------------------------

_YEAR = r"(?P<year>\d{4}|\d{3}X|\d{2}XX|\dXXX|XXXX)"  # "XXXX" when the year is unknown
_MONTH = r"(?P<month>0[1-9]|1[0-2]|XX)"
_DAY = r"(?P<day>0[1-9]|[12]\d|3[01]|XX)"
_WEEK = r"(?P<week>0[1-9]|[1-4]\d|5[0-3]|XX)"
_ZONE = r"(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)"
# A clock time (24:00 is midnight at the end of the day, per the conventions) or a part of day.
_TIME = rf"""
    T(?:
        (?P<clock>(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?|24:00(?::00)?){_ZONE}?
      | (?P<part>MO|MI|AF|EV|NI|DT)
    )
"""

_CALENDAR_DATE = re.compile(rf"{_YEAR}(?:-{_MONTH}(?:-{_DAY}(?:{_TIME})?)?)?", re.VERBOSE)
_WEEK_DATE = re.compile(
    rf"{_YEAR}-W{_WEEK}(?:-(?:(?P<weekday>[1-7])(?:{_TIME})?|(?P<weekend>WE)))?", re.VERBOSE
)
_PART_OF_YEAR = re.compile(
    rf"{_YEAR}-(?:Q(?P<quarter>[1-4X])|H(?P<half>[12X])|(?P<season>SP|SU|FA|WI))"
)
# "199" is the 1990s, "18" 1800-1899 (conventions); X stands for digits not known, as in years
# ("next decade" with no anchor is "XXX").
_DECADE = re.compile(r"(?P<decade>\d{3}|\d{2}X|\dXX|XXX)")
_CENTURY = re.compile(r"(?P<century>\d{2}|\dX|XX)")
# A year or century before the Common Era, as HeidelTime writes it ("BC2500", "BC02" for the third
# century BC); no ISO 8601 calendar date holds it, so it has no interval.
_BEFORE_ERA = re.compile(r"BC(?!0+$)(?:\d{4,}|\d{2})")
_AMOUNT = r"(?:\d+(?:\.\d+)?|X)"
# ISO 8601 durations, plus TimeBank's quarters ("P2Q"). Decades and centuries are written in years
# (conventions), so TimeML's DE/CE/ML units are not accepted.
_DURATION = re.compile(
    rf"P(?!$)(?:{_AMOUNT}Y)?(?:{_AMOUNT}Q)?(?:{_AMOUNT}M)?(?:{_AMOUNT}W)?(?:{_AMOUNT}D)?"
    rf"(?:T(?=.)(?:{_AMOUNT}H)?(?:{_AMOUNT}M)?(?:{_AMOUNT}S)?)?"
)


def value_kind(value: str) -> str | None:
    """Which TIMEX3 value form `value` has, or None when it is not a valid value.

    The kinds: "date" (YYYY, YYYY-MM, YYYY-MM-DD, with X for unknown parts), "time" (a date with a
    clock time), "part-of-day" (a date with TMO, TAF, TEV or TNI), "week", "part-of-year" (quarters,
    halves, seasons), "decade", "century", "before-era" (BC years and centuries), "duration",
    "vague". Fully specified parts must name a
    real day or ISO week.
    """
    if value in VAGUE_VALUES:
        return "vague"
    if _BEFORE_ERA.fullmatch(value):
        return "before-era"
    if _DURATION.fullmatch(value):
        return "duration"
    if _DECADE.fullmatch(value):
        return "decade" if value != "000" else None  # there is no year 0
    if _CENTURY.fullmatch(value):
        return "century"
    if match := _PART_OF_YEAR.fullmatch(value):
        return "part-of-year" if _real_year(match["year"]) else None
    if match := _WEEK_DATE.fullmatch(value):
        if not _real_week(match["year"], match["week"]):
            return None
        return _time_kind(match) or "week"
    if match := _CALENDAR_DATE.fullmatch(value):
        if not _real_day(match["year"], match["month"], match["day"]):
            return None
        if match["day"] is None and match["month"] is None and not _real_year(match["year"]):
            return None
        return _time_kind(match) or "date"
    return None


def _time_kind(match: re.Match[str]) -> str | None:
    if match["clock"]:
        return "time"
    return "part-of-day" if match["part"] else None


def is_valid_value(value: str) -> bool:
    return value_kind(value) is not None


def _real_year(year: str) -> bool:
    return "X" in year or int(year) >= 1


def _real_day(year: str, month: str | None, day: str | None) -> bool:
    if not _real_year(year):
        return False
    if month is None or day is None or "X" in month or "X" in day:
        return True
    # With an unknown year, February may have 29 days.
    leap_safe_year = 2000 if "X" in year else int(year)
    return int(day) <= calendar.monthrange(leap_safe_year, int(month))[1]


def _real_week(year: str, week: str) -> bool:
    if not _real_year(year):
        return False
    if "X" in year or "X" in week:
        return True
    return int(week) <= date(int(year), 12, 28).isocalendar().week


# --- periods -------------------------------------------------------------------------------------

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def date_period(value: str) -> tuple[date, date] | None:
    """The inclusive first and last day a day-or-coarser value names; None for anything else.

    None also for values with X in them (they have no interval), times, durations and vague values.
    """
    if "X" in value or value_kind(value) not in {
        "date",
        "week",
        "part-of-year",
        "decade",
        "century",
    }:
        return None
    if match := _DECADE.fullmatch(value):
        first = int(match["decade"]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31)
    if match := _CENTURY.fullmatch(value):
        base = int(match["century"]) * 100
        return date(max(base, 1), 1, 1), date(base + 99, 12, 31)
    if match := _PART_OF_YEAR.fullmatch(value):
        return _part_of_year(int(match["year"]), match["quarter"], match["half"], match["season"])
    if match := _WEEK_DATE.fullmatch(value):
        monday = date.fromisocalendar(int(match["year"]), int(match["week"]), 1)
        if match["weekday"]:
            day = monday + timedelta(days=int(match["weekday"]) - 1)
            return day, day
        if match["weekend"]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    match = _CALENDAR_DATE.fullmatch(value)
    assert match is not None
    year = int(match["year"])
    if match["month"] is None:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match["month"])
    if match["day"] is None:
        return date(year, month, 1), _month_end(year, month)
    day = date(year, month, int(match["day"]))
    return day, day


def _part_of_year(
    year: int, quarter: str | None, half: str | None, season: str | None
) -> tuple[date, date]:
    if quarter:
        first = 3 * (int(quarter) - 1) + 1
        return date(year, first, 1), _month_end(year, first + 2)
    if half:
        first = 6 * (int(half) - 1) + 1
        return date(year, first, 1), _month_end(year, first + 5)
    assert season is not None
    first, last = _SEASONS[season]
    last_year = year + 1 if season == "WI" else year
    return date(year, first, 1), _month_end(last_year, last)


_PARTS_OF_DAY = {"MO": ("06:00", "11:59"), "AF": ("12:00", "17:59"), "EV": ("18:00", "21:59")}


def value_interval(value: str) -> str | None:
    """The interval a value with no mod must have, per the conventions; None when it has none.

    Day-or-coarser values give their whole period as dates. Clock times give a point at minute
    precision (T24:00 becomes the next day's T00:00); parts of day give their stretch of hours.
    Values whose interval the conventions leave open (seconds, TimeML's MI and DT) also give None.
    """
    period = date_period(value)
    if period is not None:
        return f"{period[0].isoformat()}/{period[1].isoformat()}"
    if "X" in value or value_kind(value) not in ("time", "part-of-day") or "W" in value:
        return None
    day_text, _, time_text = value.partition("T")
    day = date.fromisoformat(day_text)
    if time_text in _PARTS_OF_DAY:
        first, last = _PARTS_OF_DAY[time_text]
        return f"{day.isoformat()}T{first}/{day.isoformat()}T{last}"
    if time_text == "NI":
        return f"{day.isoformat()}T22:00/{(day + timedelta(days=1)).isoformat()}T05:59"
    if re.fullmatch(r"\d{2}:\d{2}", time_text):
        if time_text == "24:00":
            point = f"{(day + timedelta(days=1)).isoformat()}T00:00"
        else:
            point = f"{day.isoformat()}T{time_text}"
        return f"{point}/{point}"
    return None


# --- intervals -----------------------------------------------------------------------------------

_BOUND = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?")


def parse_bound(text: str) -> datetime | None:
    """One end of an interval as a datetime (a date is its midnight); None for ".."."""
    if text == "..":
        return None
    if not _BOUND.fullmatch(text):
        raise ValueError(f"not an interval bound: {text!r}")
    return datetime.fromisoformat(text)


def interval_problem(interval: str) -> str | None:
    """Why `interval` is not a well-formed inclusive ISO 8601 interval, or None when it is."""
    parts = interval.split("/")
    if len(parts) != 2:
        return f"{interval!r} is not A/B"
    try:
        first, last = (parse_bound(part) for part in parts)
    except ValueError as error:
        return str(error)
    if first is None and last is None:
        return f"{interval!r} is open at both ends"
    if first is not None and last is not None and first > last:
        return f"{interval!r} ends before it starts"
    return None


def interval_dates(interval: str) -> tuple[date | None, date | None]:
    """The first and last day of a date interval (None for an open end)."""
    first, last = (parse_bound(part) for part in interval.split("/"))
    return (first.date() if first else None, last.date() if last else None)


def thirds(value: str) -> tuple[tuple[date, date], tuple[date, date], tuple[date, date]] | None:
    """The periods START, MID and END take (conventions: thirds counted in the period's sub-units).

    Given for years, months, decades, centuries and quarters; None for other grains, where the
    conventions' "by days" split of e.g. a seven-day week is not fixed.
    """
    period = date_period(value)
    if period is None:
        return None
    first, last = period
    kind = value_kind(value)
    if kind == "decade":
        year = first.year
        return (
            (date(year, 1, 1), date(year + 3, 12, 31)),
            (date(year + 4, 1, 1), date(year + 6, 12, 31)),
            (date(year + 7, 1, 1), date(year + 9, 12, 31)),
        )
    if kind == "century":
        year = first.year // 100 * 100
        return (
            (first, date(year + 32, 12, 31)),
            (date(year + 33, 1, 1), date(year + 65, 12, 31)),
            (date(year + 66, 1, 1), date(year + 99, 12, 31)),
        )
    if kind == "date" and len(value) == 4:
        year = first.year
        return (
            (date(year, 1, 1), date(year, 4, 30)),
            (date(year, 5, 1), date(year, 8, 31)),
            (date(year, 9, 1), date(year, 12, 31)),
        )
    if kind == "date" and len(value) == 7:
        return (
            (first, first.replace(day=10)),
            (first.replace(day=11), first.replace(day=20)),
            (first.replace(day=21), last),
        )
    if kind == "part-of-year" and "-Q" in value:
        year, month = first.year, first.month
        return (
            (first, _month_end(year, month)),
            (date(year, month + 1, 1), _month_end(year, month + 1)),
            (date(year, month + 2, 1), last),
        )
    return None
