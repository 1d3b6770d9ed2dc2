"""Tie a meaning to the calendar: the anchor (document date or narrative reference) and the tense
decide which period it is; the period gives the TIMEX3 value and the interval.

Pure: everything it needs comes in through `Anchor`; nothing here reads a clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from chrono.choice import pick_weekday, pick_year
from chrono.context import Strength
from chrono.holidays import holiday_date
from chrono.intervals import narrowed, render
from chrono.lexicon import Lexicon
from chrono.model import Mod, Tense, TimexType
from chrono.periods import (
    Period,
    at_midnight,
    century_period,
    containing,
    day_part_period,
    day_period,
    decade_period,
    half_period,
    minute_period,
    month_period,
    quarter_period,
    season_period,
    shifted,
    unit_step,
    year_period,
)
from chrono.semantics import (
    Amount,
    Base,
    CalendarDate,
    ClockTime,
    DateMeaning,
    DayPart,
    Deictic,
    Duration,
    HolidayRef,
    Meaning,
    Recurrence,
    Ref,
    Shift,
    Unit,
    Vague,
    WeekdayRef,
)
from chrono.shifts import shift_grain, shift_interval, shifted_day
from chrono.timex import duration_value, period_value, recurrence_value, unanchored_value

DCT_LABEL = "dct"
_GRAIN_ORDER = list(Unit)


@dataclass(frozen=True, slots=True)
class Reference:
    """A date the narrative has already mentioned, for 'the following year' and 'two days later'."""

    timex_id: str
    period: Period


@dataclass(frozen=True, slots=True)
class Anchor:
    """Everything resolution depends on besides the meaning itself."""

    dct: date | None
    tense: Tense | None
    references: Sequence[Reference] = ()
    strength: Strength = Strength.FIRM

    def tense_for(self, least: Strength) -> Tense | None:
        """The tense, if its cue is at least as firm as `least`."""
        return self.tense if self.strength >= least else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved expression, ready to become a Timex."""

    type: TimexType
    value: str
    mod: Mod | None = None
    interval: str | None = None
    anchor: str | None = None
    period: Period | None = None
    quant: str | None = None
    freq: str | None = None
    is_reference: bool = True


def resolve(meaning: Meaning, mod: Mod | None, anchor: Anchor, lexicon: Lexicon) -> Resolution:
    """Resolve one meaning; dates too far out for the calendar keep an unanchored value."""
    match meaning:
        case Duration(amount=amount, unit=unit, reported=reported):
            span = _reported_span(amount, anchor) if reported else None
            return Resolution(TimexType.DURATION, duration_value(amount, unit), mod, period=span)
        case Recurrence():
            value, quant, freq = recurrence_value(meaning, lexicon)
            return Resolution(TimexType.SET, value, mod, quant=quant, freq=freq)
        case Vague(ref=ref):
            return Resolution(TimexType.DATE, ref.value, mod)
        case Shift(amount=amount, sign=sign) if amount.number is None:
            return Resolution(TimexType.DATE, (Ref.PAST if sign < 0 else Ref.FUTURE).value, mod)
    try:
        return _resolve_on_calendar(meaning, mod, anchor, lexicon)
    except (ValueError, OverflowError):
        return Resolution(_type_of(meaning), unanchored_value(meaning, lexicon), mod)


def _type_of(meaning: Meaning) -> TimexType:
    """A clock time or 'this morning' is a TIME; a named day's part ('Friday night', 'the
    evening of Oct. 23') is a DATE, as most of TimeBank and AQUAINT annotate it."""
    match meaning:
        case ClockTime(hour=None, date=date_said) if date_said is not None:
            return TimexType.DATE
        case ClockTime() | Deictic(part=DayPart()):
            return TimexType.TIME
    return TimexType.DATE


def _resolve_on_calendar(
    meaning: Meaning, mod: Mod | None, anchor: Anchor, lexicon: Lexicon
) -> Resolution:
    assert isinstance(meaning, CalendarDate | Deictic | Shift | WeekdayRef | HolidayRef | ClockTime)
    if isinstance(meaning, Shift):
        return _shift(meaning, mod, anchor, lexicon)
    found = _period(meaning, anchor, lexicon)
    if found is None:
        return Resolution(_type_of(meaning), unanchored_value(meaning, lexicon), mod)
    period, label = found
    value = period_value(period)
    if isinstance(meaning, ClockTime) and meaning.hour == 24:
        value = f"{(period.first_day - timedelta(days=1)).isoformat()}T24:00"
    interval = render(_within(narrowed(period, mod), meaning, mod, anchor))
    comparison = _is_comparison(meaning)
    return Resolution(
        _type_of(meaning), value, mod, interval, label, period, is_reference=not comparison
    )


def _is_comparison(meaning: Meaning) -> bool:
    """'the year-ago quarter' or 'the 1988 quarter' is what a report compares with, not a new
    narrative time: 'a year earlier' after it still counts from the reported quarter."""
    match meaning:
        case Deictic(unit=Unit.QUARTER, base=Base.REF, offset=offset, in_year=in_year):
            return offset < 0 or in_year is not None
    return False


def _within(period: Period, meaning: Meaning, mod: Mod | None, anchor: Anchor) -> Period:
    """'earlier this month' stops the day before the anchor; 'later this year' starts after it."""
    if not isinstance(meaning, Deictic) or meaning.offset != 0 or anchor.dct is None:
        return period
    today = day_period(anchor.dct)
    if mod is Mod.START and period.start < today.start < period.end:
        return Period(period.start, today.start, period.grain)
    if mod is Mod.END and period.start < today.end < period.end:
        return Period(today.end, period.end, period.grain)
    return period


def _period(
    meaning: DateMeaning | ClockTime, anchor: Anchor, lexicon: Lexicon
) -> tuple[Period, str | None] | None:
    match meaning:
        case CalendarDate():
            return _calendar(meaning, anchor)
        case Deictic():
            return _deictic(meaning, anchor)
        case WeekdayRef(weekday=weekday, relation=relation, part=part):
            if anchor.dct is None:
                return None
            day = pick_weekday(weekday, anchor.dct, anchor.tense_for(Strength.DEADLINE), relation)
            return (day_part_period(day, part) if part else day_period(day)), DCT_LABEL
        case HolidayRef(key=key, year=year, relation=relation):
            rule = lexicon.holiday_rules[key]
            if year is not None:
                return day_period(holiday_date(rule, year)), None
            if anchor.dct is None:
                return None
            period = pick_year(
                lambda y: day_period(holiday_date(rule, y)),
                anchor.dct,
                anchor.tense,
                relation,
                firm=anchor.strength >= Strength.INTENT,
            )
            return period, DCT_LABEL
        case ClockTime():
            return _clock(meaning, anchor, lexicon)
    return None


def _calendar(date_said: CalendarDate, anchor: Anchor) -> tuple[Period, str | None] | None:
    if date_said.decade is not None:
        return decade_period(date_said.decade), None
    if date_said.century is not None:
        return century_period(date_said.century), None
    if date_said.year is not None:
        return _in_year(date_said, date_said.year), None
    if date_said.year_offset is not None:
        found = _base(date_said.year_base, Unit.YEAR, anchor)
        if found is None:
            return None
        base, label = found
        return _in_year(date_said, base.start.year + date_said.year_offset), label
    if anchor.dct is None:
        return None
    if date_said.weekday is not None and date_said.day is not None:
        matching = _year_matching_weekday(date_said, anchor.dct.year)
        if matching is not None:
            return _in_year(date_said, matching), DCT_LABEL
    reported = date_said.quarter is not None or date_said.half is not None
    tense = anchor.tense_for(Strength.FIRM if reported else Strength.INFINITIVE)
    period = pick_year(
        lambda year: _in_year(date_said, year),
        anchor.dct,
        tense,
        date_said.relation,
        firm=anchor.strength >= Strength.INTENT,
    )
    return period, DCT_LABEL


def _year_matching_weekday(date_said: CalendarDate, year: int) -> int | None:
    """'Monday, Oct. 26' names the year, near the anchor's, in which Oct. 26 is a Monday."""
    assert date_said.month is not None and date_said.day is not None
    for candidate in (year, year - 1, year + 1):
        try:
            if date(candidate, date_said.month, date_said.day).isoweekday() == date_said.weekday:
                return candidate
        except ValueError:
            continue
    return None


def _in_year(date_said: CalendarDate, year: int) -> Period:
    if date_said.month is not None:
        if date_said.day is not None:
            return day_period(date(year, date_said.month, date_said.day))
        return month_period(year, date_said.month)
    if date_said.quarter is not None:
        return quarter_period(year, date_said.quarter)
    if date_said.half is not None:
        return half_period(year, date_said.half)
    if date_said.season is not None:
        return season_period(year, date_said.season)
    return year_period(year)


def _base(base: Base, unit: Unit, anchor: Anchor) -> tuple[Period, str] | None:
    """The period to count from: the latest narrative date at least as fine as `unit` for REF,
    else the document date."""
    if base is Base.REF:
        rank = _GRAIN_ORDER.index(unit)
        for reference in reversed(anchor.references):
            if _GRAIN_ORDER.index(reference.period.grain) <= rank:
                return reference.period, reference.timex_id
    if anchor.dct is None:
        return None
    return day_period(anchor.dct), DCT_LABEL


def _deictic(deictic: Deictic, anchor: Anchor) -> tuple[Period, str] | None:
    if deictic.base is Base.REF and deictic.unit is Unit.QUARTER:
        return _moved_reported_quarter(deictic, anchor)
    found = _base(deictic.base, deictic.unit, anchor)
    if found is None:
        return None
    base, label = found
    offset = deictic.offset
    if deictic.by_tense and anchor.tense is Tense.PAST and base.first_day.isoweekday() < 6:
        offset -= 1
    if deictic.part is not None:
        return day_part_period(base.first_day + timedelta(days=offset), deictic.part), label
    return shifted(containing(deictic.unit, base.first_day), offset), label


def _reported_span(months: Amount, anchor: Anchor) -> Period | None:
    """The months a report covers, ending with its quarter: 'the nine months' of a third-quarter
    report are January to September. Not a value of its own: a base for what follows."""
    found = _reported_quarter(anchor)
    if found is None or months.number is None or not months.number.is_integer():
        return None
    end = found[0].end
    return Period(end - unit_step(Unit.MONTH, int(months.number)), end, Unit.MONTH)


def _moved_reported_quarter(deictic: Deictic, anchor: Anchor) -> tuple[Period, str] | None:
    """The reported quarter, `offset` quarters away or in the year `in_year`."""
    found = _reported_quarter(anchor)
    if found is None:
        return None
    quarter, label = found
    if deictic.in_year is not None:
        return quarter_period(deictic.in_year, (quarter.start.month - 1) // 3 + 1), label
    return shifted(quarter, deictic.offset), label


def _reported_quarter(anchor: Anchor) -> tuple[Period, str] | None:
    """'the quarter', 'the latest quarter': the last quarter the report named, or else the last
    one completed before the document date ('earnings fell in the latest quarter')."""
    for reference in reversed(anchor.references):
        if reference.period.grain is Unit.QUARTER:
            return reference.period, reference.timex_id
    if anchor.dct is None:
        return None
    return shifted(containing(Unit.QUARTER, anchor.dct), -1), DCT_LABEL


def _clock(clock: ClockTime, anchor: Anchor, lexicon: Lexicon) -> tuple[Period, str | None] | None:
    if clock.date is not None:
        found = _period(clock.date, anchor, lexicon)
    else:
        found = _base(Base.REF, Unit.DAY, anchor)
    if found is None:
        return None
    day_found, label = found
    day = day_found.first_day
    if clock.hour is None:
        return (day_part_period(day, clock.part) if clock.part else day_period(day)), label
    moment = at_midnight(day) + timedelta(hours=clock.hour, minutes=clock.minute)
    return minute_period(moment), label


def _shift(shift: Shift, mod: Mod | None, anchor: Anchor, lexicon: Lexicon) -> Resolution:
    found = _base(shift.base, shift.unit, anchor)
    if found is None:
        return Resolution(TimexType.DATE, unanchored_value(shift, lexicon), mod)
    base, label = found
    if shift.unit is Unit.YEAR and shift.amount.number in (1.0, 2.0):
        quarterly = _in_quarter_context(shift.sign * round(shift.amount.number or 0), mod, anchor)
        if quarterly is not None:
            return quarterly
    point = shifted_day(base, shift)
    period = containing(shift_grain(shift.unit), point)
    interval = shift_interval(period, point, base.first_day, shift.sign, mod)
    return Resolution(TimexType.DATE, period_value(period), mod, interval, label, period)


def _in_quarter_context(years: int, mod: Mod | None, anchor: Anchor) -> Resolution | None:
    """In a report about a quarter, 'a year ago' and 'a year earlier' mean that
    quarter a year before (TimeBank's practice in earnings news). Not a narrative reference."""
    if not anchor.references or anchor.references[-1].period.grain is not Unit.QUARTER:
        return None
    reference = anchor.references[-1]
    period = shifted(reference.period, 4 * years)
    value = period_value(period)
    return Resolution(
        TimexType.DATE, value, mod, render(period), reference.timex_id, period, is_reference=False
    )
