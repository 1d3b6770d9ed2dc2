"""TIMEX3 value strings (TimeML 1.2.1, section 2.2.1): from resolved periods, from unanchored
meanings (with X placeholders), and for durations and sets."""

from __future__ import annotations

from dataclasses import replace

from chrono.holidays import EasterSeason, FixedDay, IslamicMonth
from chrono.lexicon import Lexicon
from chrono.periods import Period
from chrono.semantics import (
    Amount,
    AwayFrom,
    BeforeCommonEra,
    CalendarDate,
    ClockTime,
    DateMeaning,
    Deictic,
    Duration,
    EdgeDay,
    HolidayRef,
    Recurrence,
    Shift,
    Unit,
    WeekdayRef,
    WeekOf,
)
from chrono.shifts import shift_grain

_DESIGNATORS = {
    Unit.SECOND: ("T", "S", 1),
    Unit.MINUTE: ("T", "M", 1),
    Unit.HOUR: ("T", "H", 1),
    Unit.DAY: ("", "D", 1),
    Unit.WEEK: ("", "W", 1),
    Unit.WEEKEND: ("", "D", 2),
    Unit.MONTH: ("", "M", 1),
    Unit.QUARTER: ("", "M", 3),
    Unit.SEASON: ("", "M", 3),
    Unit.HALF: ("", "M", 6),
    Unit.YEAR: ("", "Y", 1),
    Unit.DECADE: ("", "Y", 10),
    Unit.CENTURY: ("", "Y", 100),
    Unit.MILLENNIUM: ("", "Y", 1000),
}
_SMALLER = {
    Unit.HOUR: (Unit.MINUTE, 60),
    Unit.DAY: (Unit.HOUR, 24),
    Unit.YEAR: (Unit.MONTH, 12),
    Unit.MINUTE: (Unit.SECOND, 60),
    Unit.WEEK: (Unit.DAY, 7),
}
_UNKNOWN_BY_UNIT = {
    Unit.DAY: "XXXX-XX-XX",
    Unit.WEEKEND: "XXXX-WXX-WE",
    Unit.WEEK: "XXXX-WXX",
    Unit.MONTH: "XXXX-XX",
    Unit.QUARTER: "XXXX-QX",
    Unit.HALF: "XXXX-HX",
    Unit.SEASON: "XXXX-XX",
    Unit.YEAR: "XXXX",
    Unit.DECADE: "XXX",
    Unit.CENTURY: "XX",
}


def period_value(period: Period) -> str:
    """The value of a resolved period at its grain: '2023-12-08', '2023-W48', '199', '18'..."""
    start = period.start
    year = f"{start.year:04d}"
    match period.grain:
        case Unit.MINUTE | Unit.HOUR | Unit.SECOND:
            return f"{start.date().isoformat()}T{start.hour:02d}:{start.minute:02d}"
        case Unit.DAY if period.part is not None:
            return f"{start.date().isoformat()}T{period.part.value}"
        case Unit.WEEK | Unit.WEEKEND:
            iso_year, week, _ = start.isocalendar()
            suffix = "-WE" if period.grain is Unit.WEEKEND else ""
            return f"{iso_year:04d}-W{week:02d}{suffix}"
        case Unit.MONTH:
            return f"{year}-{start.month:02d}"
        case Unit.QUARTER if period.fiscal_quarter is not None:
            return f"{period.fiscal_quarter[0]:04d}-Q{period.fiscal_quarter[1]}"
        case Unit.QUARTER:
            return f"{year}-Q{(start.month - 1) // 3 + 1}"
        case Unit.HALF:
            return f"{year}-H{1 if start.month <= 6 else 2}"
        case Unit.SEASON:
            return f"{year}-{period.season.value if period.season else 'XX'}"
        case Unit.YEAR:
            return year
        case Unit.DECADE:
            return year[:3]
        case Unit.CENTURY | Unit.MILLENNIUM:
            return f"{start.year // 100:02d}"
        case _:
            return start.date().isoformat()


def before_era_value(meaning: BeforeCommonEra) -> str:
    """'BC2500', 'BC02' (the third century BC): HeidelTime's way of writing years no ISO 8601
    calendar date in TimeML can hold."""
    if meaning.year is not None:
        return f"BC{meaning.year:04d}"
    return f"BC{meaning.century or 0:02d}"


def unanchored_value(meaning: DateMeaning | ClockTime, lexicon: Lexicon) -> str:
    """The value with X for every part the anchor would have supplied."""
    match meaning:
        case ClockTime(hour=hour, minute=minute, part=part, date=date):
            day = unanchored_value(date, lexicon) if date is not None else "XXXX-XX-XX"
            clock = part.value if hour is None and part else f"{hour or 0:02d}:{minute:02d}"
            return f"{day[:10]}T{clock}"
        case CalendarDate():
            return _unanchored_calendar(meaning)
        case Deictic(day_of_month=int() as day):
            return f"XXXX-XX-{day:02d}"
        case Deictic(nth_weekday=(int(), _)):
            return "XXXX-XX-XX"
        case Deictic(unit=unit, part=part):
            value = _UNKNOWN_BY_UNIT.get(unit, "XXXX")
            return f"{value}T{part.value}" if part else value
        case Shift(unit=unit):
            return _UNKNOWN_BY_UNIT.get(shift_grain(unit), "XXXX")
        case WeekdayRef(weekday=weekday, part=part):
            value = f"XXXX-WXX-{int(weekday)}"
            return f"{value}T{part.value}" if part else value
        case WeekOf(unit=unit):
            return _UNKNOWN_BY_UNIT[unit]
        case EdgeDay(period=CalendarDate(month=int() as month), last=False):
            return f"XXXX-{month:02d}-01"
        case EdgeDay():
            return _UNKNOWN_BY_UNIT[Unit.DAY]
        case AwayFrom(whole=Unit() as whole):
            return _UNKNOWN_BY_UNIT[whole]
        case AwayFrom(day=CalendarDate(day=None)):
            return _UNKNOWN_BY_UNIT[Unit.MONTH]
        case AwayFrom():
            return _UNKNOWN_BY_UNIT[Unit.DAY]
        case HolidayRef(key=key):
            rule = lexicon.holiday_rules[key]
            if isinstance(rule, FixedDay):
                return f"XXXX-{rule.month:02d}-{rule.day:02d}"
            return "XXXX" if isinstance(rule, IslamicMonth | EasterSeason) else "XXXX-XX-XX"


def _unanchored_calendar(date: CalendarDate) -> str:
    year = "XXXX" if date.year is None else f"{date.year:04d}"
    if date.quarter is not None:
        return f"{year}-Q{date.quarter}"
    if date.half is not None:
        return f"{year}-H{date.half}"
    if date.season is not None:
        return f"{year}-{date.season.value}"
    if date.month is None:
        return year if date.day is None else f"{year}-XX-{date.day:02d}"
    month = f"{year}-{date.month:02d}"
    return month if date.day is None else f"{month}-{date.day:02d}"


def duration_value(amount: Amount, unit: Unit) -> str:
    """'P45D', 'PXM' for a vague amount; a fraction goes to the next smaller unit when it comes
    out whole, as TimeBank writes it: 'PT30M' (half an hour), 'PT1H30M', 'P2Y6M'."""
    number = amount.number
    if number is None:
        time_mark, designator, _ = _DESIGNATORS[unit]
        return f"P{time_mark}X{designator}"
    whole = int(number)
    fraction = number - whole
    if fraction and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        rest = fraction * factor
        if rest == int(rest):
            head = _component(whole, unit) if whole else ""
            return _join(head, _component(rest, smaller))
    return _join("", _component(number, unit))


def compound_value(duration: Duration) -> str:
    """A length told in parts, one ISO 8601 duration: 'six years and eight months' → P6Y8M,
    'two weeks and three days' → P17D (ISO 8601 writes weeks alone), 'an hour and 45
    minutes' → PT1H45M."""
    assert duration.amount.number is not None
    totals: dict[str, float] = {}
    for number, unit in ((duration.amount.number, duration.unit), *duration.plus):
        time_mark, designator, factor = _DESIGNATORS[unit]
        if unit is Unit.WEEK:
            designator, factor = "D", 7
        key = time_mark + designator
        totals[key] = totals.get(key, 0) + number * factor
    date_part = "".join(f"{_number(totals[key])}{key}" for key in ("Y", "M", "D") if key in totals)
    time_part = "".join(
        f"{_number(totals[key])}{key[1]}" for key in ("TH", "TM", "TS") if key in totals
    )
    return f"P{date_part}T{time_part}" if time_part else f"P{date_part}"


def _component(number: float, unit: Unit) -> str:
    """One ISO 8601 duration component, 'T' first if it counts time of day: '6M', 'T30M'."""
    time_mark, designator, factor = _DESIGNATORS[unit]
    return f"{time_mark}{_number(number * factor)}{designator}"


def _join(head: str, tail: str) -> str:
    """'P' and the components, with one 'T' before the first time component."""
    if head.startswith("T") and tail.startswith("T"):
        tail = tail[1:]
    return f"P{head}{tail}"


def _number(number: float) -> str:
    return str(int(number)) if number == int(number) else f"{number:g}"


def recurrence_value(
    recurrence: Recurrence, lexicon: Lexicon
) -> tuple[str, str | None, str | None]:
    """A set's value with its quant and freq: ('XXXX-WXX-1', 'EVERY', None), ('P1W', None, '2X')."""
    freq = f"{recurrence.times}X" if recurrence.times is not None else None
    if recurrence.on is not None:
        return (
            unanchored_value(replace(recurrence.on, year=None), lexicon),
            recurrence.quantifier,
            freq,
        )
    if recurrence.unit is Unit.WEEKEND and recurrence.every == 1:
        return "XXXX-WXX-WE", recurrence.quantifier, freq
    time = f"T{recurrence.at[0]:02d}:{recurrence.at[1]:02d}" if recurrence.at else ""
    if recurrence.weekday is not None:
        value = f"XXXX-WXX-{int(recurrence.weekday)}"
        if recurrence.part is not None:
            value += f"T{recurrence.part.value}"
        return value + time, recurrence.quantifier, freq
    if recurrence.part is not None:
        return f"XXXX-XX-XXT{recurrence.part.value}", recurrence.quantifier, freq
    if time:
        return f"XXXX-XX-XX{time}", recurrence.quantifier, freq
    unit = recurrence.unit or Unit.DAY
    return duration_value(Amount(recurrence.every), unit), recurrence.quantifier, freq
