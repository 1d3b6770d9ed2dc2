"""Tie a meaning to the calendar: the anchor (document date or narrative reference) and the tense
decide which period it is; the period gives the TIMEX3 value and the interval.

Pure: everything it needs comes in through `Anchor`; nothing here reads a clock.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from chrono.anchoring import (
    DCT_LABEL,
    FRAMING_GRAINS,
    Anchor,
    Reference,
    Resolution,
    base_period,
    holding_reference,
)
from chrono.calendar_dates import calendar_period
from chrono.choice import pick_weekday, pick_year
from chrono.holidays import HolidayRule, NthWeekday, OutOfCalendar, holiday_date, holiday_days
from chrono.intervals import narrowed, render
from chrono.lexicon import Lexicon
from chrono.model import Mod, Tense, TimexType
from chrono.periods import (
    Period,
    at_midnight,
    containing,
    day_part_period,
    day_period,
    is_whole,
    minute_period,
    shifted,
    unit_step,
)
from chrono.reports import (
    moved_reported_quarter,
    quarter_a_year_away,
    reported_span,
    year_just_reported,
)
from chrono.semantics import (
    DAY_END_HOUR,
    NOON_HOUR,
    AwayFrom,
    Base,
    BeforeCommonEra,
    CalendarDate,
    ClockTime,
    DateMeaning,
    DayPart,
    Deictic,
    Duration,
    EdgeDay,
    HolidayRef,
    Meaning,
    Recurrence,
    Ref,
    Relation,
    Shift,
    Unit,
    Vague,
    Weekday,
    WeekdayRef,
    WeekOf,
    in_part_of_day,
)
from chrono.shifts import in_whole_units, shift_grain, shift_interval, shifted_day
from chrono.tense_words import Strength
from chrono.timex import (
    before_era_value,
    compound_value,
    duration_value,
    period_value,
    recurrence_value,
    unanchored_value,
)

_LATE_PARTS = (DayPart.EVENING, DayPart.NIGHT)
_STORY_DAY_REACH = 7  # days back a story's day may lie and still place its 'overnight'
_MORNING = 6
_EVENING = 18
_LAST_AFTERNOON_HOUR = 5
_DAYS_A_WEEK = 7
_DAY_MINUTES = 24 * 60
_STEP_AHEAD = 10 * 60
_STEP_BACK = 3 * 60
_TENSE_SIDES: dict[Tense | None, int] = {Tense.PAST: -1, Tense.FUTURE: 1}  # where a tense looks
_STRADDLING_GRAINS = (Unit.WEEKEND, Unit.WEEK, Unit.SEASON)  # may cross a month or year
# The calendar periods an offset from a coarser narrative date is told to: a season's offset
# to its year.
_WHOLE_GRAINS = (Unit.WEEK, Unit.MONTH, Unit.QUARTER, Unit.HALF, Unit.YEAR, Unit.DECADE)


def resolve(meaning: Meaning, mod: Mod | None, anchor: Anchor, lexicon: Lexicon) -> Resolution:
    """Resolve one meaning; dates too far out for the calendar keep an unanchored value."""
    match meaning:
        case Duration(amount=amount, unit=unit, reported=reported, plus=plus):
            span = reported_span(amount, anchor) if reported else None
            value = compound_value(meaning) if plus else duration_value(amount, unit)
            return Resolution(TimexType.DURATION, value, mod, period=span)
        case Recurrence():
            value, quant, freq = recurrence_value(meaning, lexicon)
            return Resolution(TimexType.SET, value, mod, quant=quant, freq=freq)
        case Vague(ref=ref):
            return Resolution(TimexType.DATE, ref.value, mod)
        case BeforeCommonEra():
            return Resolution(TimexType.DATE, before_era_value(meaning), mod, is_reference=False)
        case ClockTime(any_day=True):
            return Resolution(TimexType.TIME, unanchored_value(meaning, lexicon), mod)
        case Deictic(unit=Unit.DAY, offset=0, base=Base.DCT, part=None) if anchor.nowadays:
            return Resolution(TimexType.DATE, Ref.PRESENT.value, mod)  # 'Today the mill is'
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
    assert isinstance(
        meaning,
        CalendarDate
        | Deictic
        | Shift
        | WeekdayRef
        | HolidayRef
        | ClockTime
        | WeekOf
        | AwayFrom
        | EdgeDay,
    )
    if isinstance(meaning, Shift):
        resolution = _shift(meaning, mod, anchor, lexicon)
        return replace(resolution, is_reference=False) if meaning.range_near_end else resolution
    found = _period(meaning, anchor, lexicon)
    if found is None:
        return Resolution(_type_of(meaning), unanchored_value(meaning, lexicon), mod)
    period, label = found
    value = period_value(period)
    if isinstance(meaning, ClockTime) and meaning.hour == DAY_END_HOUR:
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
    """'earlier this month' stops the day before the anchor; 'later this year' starts after it.
    A part of a day ('late tonight') keeps its hours."""
    if not isinstance(meaning, Deictic) or meaning.offset != 0 or anchor.dct is None:
        return period
    if meaning.part is not None:
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
            return calendar_period(meaning, anchor)
        case Deictic():
            return _deictic(meaning, anchor)
        case WeekdayRef(weekday=weekday, relation=relation, part=part, base=Base.REF):
            named = _named_day(weekday, anchor) if relation is Relation.THIS else None
            if named is not None:
                return _day_or_part(named.period.first_day, part), named.timex_id
            found = base_period(Base.REF, Unit.DAY, anchor)
            if found is None:
                return None
            if found[1] == DCT_LABEL and relation is Relation.THIS:  # no day told: by tense
                day = pick_weekday(weekday, found[0].first_day, anchor.tense, None)
            else:
                day = pick_weekday(weekday, found[0].first_day, None, relation)
            return _day_or_part(day, part), found[1]
        case WeekdayRef(weekday=weekday, part=part, in_week=int() as in_week):
            if anchor.dct is None:
                return None
            monday = anchor.dct - timedelta(days=anchor.dct.weekday(), weeks=-in_week)
            return _day_or_part(monday + timedelta(days=int(weekday) - 1), part), DCT_LABEL
        case WeekdayRef(range_other=Weekday() as other):
            if anchor.dct is None:
                return None
            first = other if meaning.range_end else meaning.weekday
            named = _same_day_again(replace(meaning, weekday=first), anchor)
            if named is not None:  # 'strike on Thursday ... booked to travel on Thursday or Friday'
                start = named.period.first_day
                day = start + timedelta(days=(meaning.weekday - first) % 7)
                return _day_or_part(day, meaning.part), named.timex_id
            return _day_or_part(_range_day(meaning, other, anchor), meaning.part), DCT_LABEL
        case WeekdayRef(weekday=weekday, relation=relation, part=part, weeks_on=weeks_on):
            if anchor.dct is None:
                return None
            named = _same_day_again(meaning, anchor)
            if named is not None:
                return _day_or_part(named.period.first_day, part), named.timex_id
            tense = Tense.FUTURE if weeks_on else anchor.tense_for(Strength.DEADLINE)
            choosing = anchor.choosing_from(relation)
            if choosing is None:
                return None
            around, label = choosing
            day = pick_weekday(weekday, around, tense, relation) + timedelta(weeks=weeks_on)
            opened = base_period(Base.REF, Unit.DAY, anchor) if meaning.after_ref else None
            if opened is not None and day <= opened[0].first_day:
                day = pick_weekday(weekday, opened[0].first_day, None, Relation.NEXT)
                label = opened[1]
            return _day_or_part(day, part), label
        case WeekOf():
            return _week_of(meaning, anchor, lexicon)
        case AwayFrom():
            return _away_from(meaning, anchor, lexicon)
        case EdgeDay(period=named, last=last):
            whole = _period(named, anchor, lexicon)
            if whole is None:
                return None
            return day_period(whole[0].last_day if last else whole[0].first_day), whole[1]
        case HolidayRef():
            try:
                return _holiday(meaning, anchor, lexicon)
            except OutOfCalendar:
                return None
        case ClockTime():
            return _clock(meaning, anchor, lexicon)
    return None


def _named_day(weekday: Weekday, anchor: Anchor) -> Reference | None:
    """The latest day of the narrative that falls on `weekday` ('the raid began on Friday, Oct.
    21 ... between 5 p.m. and 7 p.m. that Friday')."""
    for reference in reversed(anchor.references):
        period = reference.period
        if period.grain in (Unit.DAY, Unit.MINUTE) and period.first_day.isoweekday() == weekday:
            return reference
    return None


def _same_day_again(day: WeekdayRef, anchor: Anchor) -> Reference | None:
    """A bare weekday whose tense is no firmer than an infinitive, after the text has named a
    day of that weekday within a week of the DCT, is that day again ('a strike from 6 a.m. on
    Thursday ... passengers booked to travel on Thursday can rebook')."""
    if day.relation is not None or day.weeks_on or anchor.strength >= Strength.DEADLINE:
        return None
    assert anchor.dct is not None
    named = _named_day(day.weekday, anchor)
    if named is None or abs((named.period.first_day - anchor.dct).days) >= _DAYS_A_WEEK:
        return None
    return named


def _holiday(
    holiday: HolidayRef, anchor: Anchor, lexicon: Lexicon
) -> tuple[Period, str | None] | None:
    rule = lexicon.holiday_rules[holiday.key]
    if holiday.year is not None:
        return _holiday_period(rule, holiday.year), None
    if holiday.year_offset is not None:
        found = base_period(holiday.year_base, Unit.YEAR, anchor)
        if found is None:
            return None
        year = found[0].start.year + holiday.year_offset
        return _holiday_period(rule, year), found[1]
    framed = _framed_holiday(holiday, rule, anchor)
    if framed is not None:
        return framed, anchor.frame.timex_id if anchor.frame else None
    choosing = anchor.choosing_from(holiday.relation)
    if choosing is None:
        return None
    around, label = choosing
    period = pick_year(
        lambda y: _holiday_period(rule, y),
        around,
        anchor.tense,
        holiday.relation,
        firm=anchor.strength >= Strength.INTENT,
    )
    return period, label


def _framed_holiday(holiday: HolidayRef, rule: HolidayRule, anchor: Anchor) -> Period | None:
    """A yearless holiday in a sentence a past date frames ('In September 1960 the clinic opened,
    and by Christmas it had treated 4,000 men'): the one in the frame's year, if it does not
    fall before the frame (a frame carried on from an earlier sentence only moves forward)."""
    if anchor.frame is None or holiday.relation is not None:
        return None
    frame = anchor.frame.period
    if frame.grain not in (*FRAMING_GRAINS, Unit.YEAR):
        return None
    period = _holiday_period(rule, frame.start.year)
    if anchor.carried and (frame.grain is Unit.YEAR or period.start < frame.start):
        return None
    return period


def _holiday_period(rule: HolidayRule, year: int) -> Period:
    """A holiday's day, or its stretch of days at the finest grain that holds it whole: the
    value of 'Ramadan' in 2025 is 2025-03, of 'Lent' in 2024 is 2024, and the interval gives
    the days."""
    first, last = holiday_days(rule, year)
    if first == last:
        return day_period(first)
    same_month = (first.year, first.month) == (last.year, last.month)
    grain = Unit.MONTH if same_month else Unit.YEAR
    return Period(at_midnight(first), at_midnight(last + timedelta(days=1)), grain)


def _away_from(
    away: AwayFrom, anchor: Anchor, lexicon: Lexicon
) -> tuple[Period, str | None] | None:
    """A date counted from a named one. Without a year, the tense chooses among the moved dates,
    not among the named ones: 'left a week before Christmas' on Dec. 20 is this Dec. 18."""
    day = away.day
    if _yearless(day) and anchor.dct is not None:
        assert isinstance(day, CalendarDate | HolidayRef)

        def moved_in(year: int) -> Period:
            found = _period(replace(day, year=year), anchor, lexicon)
            if found is None:
                raise ValueError(f"no {day} in {year}")
            return _moved(away, found[0])

        period = pick_year(
            moved_in, anchor.dct, anchor.tense, None, firm=anchor.strength >= Strength.INTENT
        )
        return period, DCT_LABEL
    found = _period(day, anchor, lexicon)
    if found is None:
        return None
    return _moved(away, found[0]), found[1]


def _yearless(day: DateMeaning) -> bool:
    match day:
        case HolidayRef(year=None, relation=None, year_offset=None):
            return True
        case CalendarDate(year=None, month=int(), decade=None, century=None, relation=None):
            return day.short_year is None and day.year_offset is None
    return False


def _moved(away: AwayFrom, base: Period) -> Period:
    """The named period moved: by whole units at its own grain, or to the first `weekday`
    strictly before (after) it, or to the calendar week or weekend on that side of it."""
    if away.whole is not None:
        return _whole_unit_away(away.whole, away.sign, base)
    if away.weekday is None and not is_whole(base):  # 'two weeks after Ramadan' counts from its end
        edge = base.last_day if away.sign > 0 else base.first_day
        moved = edge + unit_step(away.unit, away.sign * away.amount)
        return containing(Unit.DAY if away.unit in (Unit.DAY, Unit.WEEK) else away.unit, moved)
    if away.weekday is None:
        moved = base.first_day + unit_step(away.unit, away.sign * away.amount)
        return containing(base.grain, moved)
    return day_period(_weekday_beyond(base, away.weekday, away.sign))


def _whole_unit_away(unit: Unit, sign: int, base: Period) -> Period:
    """'the week before Christmas': the week that holds the day seven days before it; 'the
    weekend after Easter': the first weekend that starts after it ends."""
    if unit is Unit.WEEK:
        edge = base.first_day if sign < 0 else base.last_day
        return containing(Unit.WEEK, edge + timedelta(days=sign * _DAYS_A_WEEK))
    weekend_end = Weekday.SATURDAY if sign > 0 else Weekday.SUNDAY
    return containing(Unit.WEEKEND, _weekday_beyond(base, weekend_end, sign))


def _weekday_beyond(base: Period, weekday: int, sign: int) -> date:
    """The first `weekday` strictly after (sign 1) or before (-1) the period."""
    if sign > 0:
        edge = base.last_day
        return edge + timedelta(days=(weekday - edge.isoweekday() - 1) % 7 + 1)
    edge = base.first_day
    return edge - timedelta(days=(edge.isoweekday() - weekday - 1) % 7 + 1)


def _range_day(day: WeekdayRef, other: Weekday, anchor: Anchor) -> date:
    """One end of a weekday range: in the past, the range ends on the latest end day; else it
    starts on the next start day. Both ends come out of the same rule, so they stay in order."""
    assert anchor.dct is not None
    start, end = (other, day.weekday) if day.range_end else (day.weekday, other)
    length = timedelta(days=(end - start) % 7)
    tense = anchor.tense_for(Strength.DEADLINE)
    if tense is Tense.PAST or tense is None:
        last = pick_weekday(end, anchor.dct, tense, None)
        return last if day.range_end else last - length
    first = pick_weekday(start, anchor.dct, tense, None)
    return first + length if day.range_end else first


def _weekend_side(unit: Unit, day: date) -> date:
    """The weekend of a Monday ('Memorial Day weekend') is the one just before it, which the
    holiday ends; of any other day, the one in its ISO week."""
    return day - timedelta(days=1) if unit is Unit.WEEKEND and day.isoweekday() == 1 else day


def _day_or_part(day: date, part: DayPart | None) -> Period:
    return day_part_period(day, part) if part else day_period(day)


def _week_of(week: WeekOf, anchor: Anchor, lexicon: Lexicon) -> tuple[Period, str | None] | None:
    """The week of a named day; without a year, the tense picks among the weeks, so 'as Easter
    week began' on its Monday is this week even though Easter itself is still ahead. A year
    ('the new year') is the one its day begins: the tense picks the day ('will resume in the new
    year' in December is next year's)."""
    day = week.day
    if day.year is not None or anchor.dct is None or week.unit is Unit.YEAR:
        found = _period(day, anchor, lexicon)
        if found is None:
            return None
        return containing(week.unit, _weekend_side(week.unit, found[0].first_day)), found[1]

    def day_in(year: int) -> date:
        if isinstance(day, HolidayRef):
            found = holiday_date(lexicon.holiday_rules[day.key], year)
        else:
            assert day.month is not None and day.day is not None
            found = date(year, day.month, day.day)
        return _weekend_side(week.unit, found)

    try:
        period = pick_year(
            lambda year: containing(week.unit, day_in(year)),
            anchor.dct,
            anchor.tense,
            day.relation,
            firm=anchor.strength >= Strength.INTENT,
        )
    except OutOfCalendar:
        return None
    return period, DCT_LABEL


def _deictic(deictic: Deictic, anchor: Anchor) -> tuple[Period, str] | None:
    if deictic.base is Base.REF and deictic.unit is Unit.QUARTER:
        return moved_reported_quarter(deictic, anchor)
    reported = year_just_reported(anchor) if deictic.of_a_report else None
    if reported is not None:
        return reported
    if deictic.unit is Unit.DECADE and deictic.offset == 0 and deictic.base is Base.DCT:
        named = _decade_named(anchor)
        if named is not None:
            return named
    told = _unit_of_the_told(deictic, anchor) if deictic.of_the_told else None
    if told is not None:
        return _narrowed_to_a_day(deictic, told[0]), told[1]
    by_night = deictic.by_tense and deictic.unit is Unit.DAY
    night = _night_of_the_story(anchor, deictic) if by_night else None
    if night is not None and deictic.part is not None:
        return day_part_period(night[0], deictic.part), night[1]
    story_day = deictic.part is not None and deictic.offset == 0
    found = base_period(deictic.base, deictic.unit, anchor, story_day=story_day)
    if found is None:
        return None
    base, label = found
    offset = deictic.offset
    day = base.first_day + relativedelta(years=deictic.moved_years)
    in_progress = deictic.unit is Unit.WEEKEND and day.isoweekday() >= 6
    if deictic.by_tense and anchor.tense is Tense.PAST and not in_progress:
        offset -= 1
    if deictic.unit is Unit.WEEKEND and deictic.base is Base.REF and offset > 0 and not in_progress:
        offset -= 1  # 'She vanished on Monday. The following weekend': the one that week
    small_hours = (
        deictic.unit is Unit.DAY and deictic.base is Base.REF and _in_the_small_hours(base)
    )
    if small_hours and offset > 0:
        offset -= 1  # 'left at 2:30 a.m. ... freed himself the next morning': that morning
    elif small_hours and offset == 0 and deictic.part in _LATE_PARTS:
        offset -= 1  # 'spoke at midnight on Thursday. Earlier in the evening': Thursday's
    if deictic.part is not None:
        return day_part_period(day + timedelta(days=offset), deictic.part), label
    found_unit = shifted(containing(deictic.unit, day), offset)
    narrowed_day = _narrowed_to_a_day(deictic, found_unit)
    if deictic.of_the_told and narrowed_day is not found_unit and anchor.dct is not None:
        # 'was held on the last Friday of the month' before that Friday: the month before
        side = _TENSE_SIDES.get(anchor.tense, 0)
        if side * (narrowed_day.first_day - anchor.dct).days < 0:
            narrowed_day = _narrowed_to_a_day(deictic, shifted(found_unit, side))
    return narrowed_day, label


def _night_of_the_story(anchor: Anchor, night: Deictic) -> tuple[date, str] | None:
    """'overnight' told in the past of a story about a recent day: the night before that day
    when told in its sentence ('Asian shares fell on Tuesday after Wall Street slumped
    overnight'), after its morning, or before a noun ('Tokyo shares ended lower on Friday.
    Exporters were hit by overnight losses'); that day's own night after its evening, in a
    clause opened by 'and' ('battled the blaze on Thursday, and it was contained overnight') or
    in a later sentence ('announced sanctions on Thursday. Rebels attacked overnight'). A
    possessive day ('recovering Monday's losses') is not the story's."""
    if anchor.tense is not Tense.PAST or anchor.dct is None:
        return None
    reference = next((ref for ref in reversed(anchor.references) if not ref.possessive), None)
    if reference is None:
        return None
    period = reference.period
    if period.grain.rank > Unit.DAY.rank or period.part is DayPart.NIGHT:
        return None
    days_back = (anchor.dct - period.first_day).days
    if not 0 < days_back <= _STORY_DAY_REACH:
        return None
    morning = period.part is DayPart.MORNING or (
        period.grain is Unit.MINUTE and period.start.hour < NOON_HOUR
    )
    in_its_sentence = anchor.said_before is not None and anchor.said_before == reference
    after_the_day = _is_late(period) or night.in_sequence or not in_its_sentence
    night_before = morning or night.before_a_noun or not after_the_day
    return period.first_day - timedelta(days=int(night_before)), reference.timex_id


def _narrowed_to_a_day(deictic: Deictic, month: Period) -> Period:
    """The day a counted month narrows to ('the 15th of next month', 'the first Monday of the
    month'), else the period as it is."""
    first = month.first_day
    if deictic.day_of_month is not None:
        return day_period(first.replace(day=deictic.day_of_month))
    if deictic.nth_weekday is not None:
        n, weekday = deictic.nth_weekday
        return day_period(holiday_date(NthWeekday(first.month, int(weekday), n), first.year))
    return month


def _unit_of_the_told(deictic: Deictic, anchor: Anchor) -> tuple[Period, str] | None:
    """'the end of the month' in a sentence that has just told a date of another month, or in a
    flashback: that date's month, if the tense agrees with the side of the DCT it lies on ('will
    close on Monday 6 May and at the end of the month' in April; 'In 1998 the board met at the
    end of the year')."""
    said = anchor.said_before or anchor.frame
    if said is None or anchor.dct is None:
        return None
    grain = said.period.grain
    if grain is not deictic.unit and (
        grain in _STRADDLING_GRAINS or grain.rank > deictic.unit.rank
    ):
        return None
    held = containing(deictic.unit, said.period.first_day)
    current = containing(deictic.unit, anchor.dct)
    if held.start == current.start:
        return None
    ahead = held.start > current.start
    agrees = anchor.tense in (Tense.FUTURE, Tense.PRESENT) if ahead else anchor.tense is Tense.PAST
    return (held, said.timex_id) if agrees else None


def _decade_named(anchor: Anchor) -> tuple[Period, str] | None:
    """'In the early '70s ... in 1976 ... by the end of the decade': the decade the narrative has
    just named, when every date since lies inside it and the text does not look ahead."""
    if anchor.tense is Tense.FUTURE:
        return None
    named = holding_reference(anchor.references, Unit.DECADE)
    return (named.period, named.timex_id) if named else None


def _clock(clock: ClockTime, anchor: Anchor, lexicon: Lexicon) -> tuple[Period, str | None] | None:
    """A clock time on its day: the day written beside it, else the narrative's, unless the
    tense denies that day ('a strike before Easter. A plane diverted at 2:15 a.m.': a past
    event on a day still ahead) or the day only closes a reported span ('the three months to
    Sept. 30'), where the document's day is taken. Midnight after an evening or a night is the
    one that ends it, and a small hour after one is in the night that follows; an afternoon or
    evening hour after 'until midnight' is in the day that midnight ends."""
    told: Reference | None = None
    if clock.date is not None:
        found = _period(clock.date, anchor, lexicon)
    else:
        found = base_period(Base.REF, Unit.DAY, anchor, story_day=True)
        told = _reference_labelled(found[1], anchor) if found is not None else None
        denied = found is not None and anchor.dct is not None and _tense_denies(found[0], anchor)
        if anchor.dct is not None and (denied or (told is not None and told.closes_a_span)):
            found = day_period(anchor.dct), DCT_LABEL
    if found is None:
        return None
    day_found, label = found
    day = day_found.first_day + timedelta(days=clock.days_on)
    if told is not None and told.ends_its_day and (clock.hour or 0) >= NOON_HOUR:
        day -= timedelta(days=1)  # 'open until midnight, and the band plays at 11 p.m.'
    if clock.hour is None:
        return _day_or_part(day, clock.part), label
    hour = clock.hour
    if clock.twelve_hour:
        hour = _half_of_day(clock, day_found if clock.date is None else None)
        clock = replace(clock, hour=hour)
    if clock.date is None and _is_late(day_found) and not _night_to_come(day_found, anchor):
        # 'gathered on Friday evening ... arrived at midnight (at 2 a.m.)': the night after it;
        # 'polls closed at 10 p.m. ... declared at 3:15 a.m.': the next day
        day += timedelta(days=int(_after_the_evening(clock, day_found)))
    elif (
        hour == DAY_END_HOUR
        and clock.date is None
        and anchor.tense is Tense.PAST
        and day == anchor.dct
    ):
        day -= timedelta(days=1)  # 'the curfew began at midnight': the one that has passed
    moment = at_midnight(day) + timedelta(hours=hour, minutes=clock.minute)
    return minute_period(moment), label


def _reference_labelled(label: str, anchor: Anchor) -> Reference | None:
    return next((ref for ref in anchor.references if ref.timex_id == label), None)


def _half_of_day(clock: ClockTime, reference: Period | None) -> int:
    """An hour written without a.m. or p.m. ('at 3:30'): in the part of day the narrative is in
    ('Friday morning ... the first train left at 5:30'); else, after a clock time, the reading
    up to ten hours on from it, as a story moves forward ('at 2 p.m. ... by 4:30' is 16:30,
    'closed at 10 p.m. ... declared at 3:15' 03:15), or just before it ('at 9 a.m. ... had
    begun at 8:30'); else the waking day's: one to five o'clock are afternoon hours ('the
    meeting starts at 3:30')."""
    assert clock.hour is not None
    hour = clock.hour % 12
    if reference is not None and reference.part is not None:
        return in_part_of_day(clock.hour, reference.part)
    if reference is not None and reference.grain is Unit.MINUTE:
        said = reference.start.hour * 60 + reference.start.minute
        ahead = {
            reading: (reading * 60 + clock.minute - said) % _DAY_MINUTES
            for reading in (hour, hour + 12)
        }
        forward = [reading for reading, minutes in ahead.items() if minutes <= _STEP_AHEAD]
        if forward:
            return min(forward, key=ahead.__getitem__)
        back = [
            reading for reading, minutes in ahead.items() if -minutes % _DAY_MINUTES <= _STEP_BACK
        ]
        if back:
            return back[0]
    return clock.hour + 12 if 1 <= clock.hour <= _LAST_AFTERNOON_HOUR else clock.hour


def _in_the_small_hours(period: Period) -> bool:
    """A clock time before the morning: still the night of the day before."""
    return period.grain is Unit.MINUTE and period.start.hour < _MORNING


def _is_late(period: Period) -> bool:
    """An evening or a night, or a clock time in one ('Polls closed at 10 p.m.')."""
    evening_clock = period.grain is Unit.MINUTE and period.start.hour >= _EVENING
    return period.part in _LATE_PARTS or evening_clock


def _after_the_evening(clock: ClockTime, evening: Period) -> bool:
    """Whether a clock time told after an evening falls on the next day: a small hour after an
    evening, a morning hour after a night ('halted the countdown on Monday night ... finished
    the repair at 6:12 a.m.'), an earlier morning hour than an evening clock time."""
    assert clock.hour is not None
    if evening.grain is Unit.MINUTE:
        earlier = (clock.hour, clock.minute) < (evening.start.hour, evening.start.minute)
        # 'by 8 p.m. ... their 5 p.m. advisory' looks back
        return earlier and clock.hour < NOON_HOUR
    return clock.hour < (NOON_HOUR if evening.part is DayPart.NIGHT else _MORNING)


def _night_to_come(night: Period, anchor: Anchor) -> bool:
    """'expect a foot of snow by tonight. The storm arrived shortly after midnight': told in
    the past, a clock time is no part of a night still to come."""
    return anchor.tense is Tense.PAST and anchor.dct is not None and night.first_day >= anchor.dct


def _tense_denies(day: Period, anchor: Anchor) -> bool:
    assert anchor.dct is not None
    if anchor.tense is Tense.PAST:
        return day.first_day > anchor.dct
    return anchor.tense is Tense.FUTURE and day.last_day < anchor.dct


def _shift(shift: Shift, mod: Mod | None, anchor: Anchor, lexicon: Lexicon) -> Resolution:
    """An offset from its base. Hours and minutes count from the narrative's day (its hour
    unknown, the value is that day) or, when the narrative gave a clock time, from that time:
    '3 p.m. on March 3 ... two hours later' is 17:00 that day."""
    within_a_day = shift_grain(shift.unit) is Unit.DAY and shift.unit is not Unit.DAY
    finest = Unit.DAY if within_a_day else shift.unit
    found = base_period(shift.base, finest, anchor, coarser=True)
    if found is None:
        return Resolution(TimexType.DATE, unanchored_value(shift, lexicon), mod)
    base, label = found
    if shift.unit is Unit.YEAR and shift.amount.number in (1.0, 2.0):
        quarterly = quarter_a_year_away(shift.sign * round(shift.amount.number or 0), mod, anchor)
        if quarterly is not None:
            return quarterly
    if within_a_day and base.grain is Unit.MINUTE:
        unit, number = in_whole_units(shift)
        step = unit_step(unit, shift.sign * round(number))
        moment = minute_period(base.start + step)
        return Resolution(TimexType.TIME, period_value(moment), mod, render(moment), label, moment)
    point = shifted_day(base, shift)
    grain = shift_grain(shift.unit)
    if base.grain.rank > grain.rank:  # '18 months later' after '2019' is known to the year
        grain = base.grain if base.grain in _WHOLE_GRAINS else Unit.YEAR
    period = containing(grain, point)
    interval = shift_interval(period, point, base.first_day, shift.sign, mod)
    return Resolution(TimexType.DATE, period_value(period), mod, interval, label, period)
