"""What the text said, before it is tied to a date: the intermediate representation (IR).

Grammar rules build these values and never compute a date; the resolver alone turns them into
calendar periods against an anchor and a tense. Keeping the two apart is what lets tense and
narrative context change the answer after a rule has matched (see STYLE.md, rule 2).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum


class Unit(StrEnum):
    """Calendar and clock units, from the finest to the coarsest."""

    SECOND = "SECOND"
    MINUTE = "MINUTE"
    HOUR = "HOUR"
    DAY = "DAY"
    WEEKEND = "WEEKEND"
    WEEK = "WEEK"
    MONTH = "MONTH"
    QUARTER = "QUARTER"
    SEASON = "SEASON"
    HALF = "HALF"
    YEAR = "YEAR"
    DECADE = "DECADE"
    CENTURY = "CENTURY"
    MILLENNIUM = "MILLENNIUM"

    @property
    def rank(self) -> int:
        """Where the unit stands from the finest (0) to the coarsest."""
        return _UNIT_RANKS[self]


_UNIT_RANKS = {unit: rank for rank, unit in enumerate(Unit)}


class DayPart(StrEnum):
    """Parts of the day, with TimeML's codes as values."""

    MORNING = "MO"
    AFTERNOON = "AF"
    EVENING = "EV"
    NIGHT = "NI"


_AFTERNOON_PARTS = (DayPart.AFTERNOON, DayPart.EVENING, DayPart.NIGHT)


def in_part_of_day(hour: int, part: DayPart) -> int:
    """A 12-hour clock hour read in a part of day: 9 in the evening is 21, 3 at night stays 3."""
    if part in _AFTERNOON_PARTS and hour < 12 and not (part is DayPart.NIGHT and hour < 6):
        return hour + 12
    return hour


class Season(StrEnum):
    """Seasons, with TimeML's codes as values."""

    SPRING = "SP"
    SUMMER = "SU"
    FALL = "FA"
    WINTER = "WI"


class Base(StrEnum):
    """What a relative expression counts from: the document date or the narrative's last date."""

    DCT = "DCT"
    REF = "REF"


class Relation(StrEnum):
    """An explicit choice among the occurrences of a weekday or month: 'last', 'this', 'next'."""

    LAST = "LAST"
    THIS = "THIS"
    NEXT = "NEXT"


class Ref(StrEnum):
    """The TimeML vague reference points."""

    PAST = "PAST_REF"
    PRESENT = "PRESENT_REF"
    FUTURE = "FUTURE_REF"


class Weekday(IntEnum):
    """ISO weekday numbers (Monday is 1), as TIMEX3 writes them in XXXX-WXX-N."""

    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7


@dataclass(frozen=True, slots=True)
class Amount:
    """How many units: a number (possibly fractional), or None when the text leaves it vague."""

    number: float | None

    @property
    def is_vague(self) -> bool:
        return self.number is None


@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A date as the calendar names it; every field the text leaves out is None.

    `part` narrows a year to a quarter, half or season ("the third quarter", "spring 2024");
    `decade` (e.g. 199) and `century` (e.g. 18, TimeML's two leading digits) stand without a year.
    `weekday` is the weekday the text also gave ("Saturday, December 9"), kept for the checks;
    `relation` is an explicit 'last'/'this'/'next' ("last March", "next spring"); `year_offset`
    counts the year from an anchor instead ("the second half of last year": -1, DCT; "the first
    quarter of the year": 0, REF). `nth_weekday` picks a day inside the month: "the first
    Tuesday in November" is (1, TUESDAY), "the last Monday of May" (-1, MONDAY). `short_year`
    holds a year's last two digits ("the class of '77"), its century left to the anchor;
    `fiscal` marks a fiscal year's label, whose short year is the nearest one ('FY25' in 2021
    is 2025); `short_decade` a decade said without its century ("the '20s", 'the twenties');
    `ends` the day a quarter is said to end on ("its fourth quarter ended June 30").
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: Season | None = None
    decade: int | None = None
    century: int | None = None
    weekday: Weekday | None = None
    relation: Relation | None = None
    year_offset: int | None = None
    year_base: Base = Base.DCT
    nth_weekday: tuple[int, Weekday] | None = None
    short_year: int | None = None
    fiscal: bool = False
    short_decade: bool = False
    ends: CalendarDate | None = None


@dataclass(frozen=True, slots=True)
class Deictic:
    """A calendar unit counted from an anchor: 'today' (DAY, 0), 'last week' (WEEK, -1),
    'the following year' (YEAR, +1, REF). `part` narrows a day: 'this morning', 'tonight'.
    `by_tense` lets the tense pick the previous or next one ('over the weekend', 'overnight').
    A quarter counted from the narrative is the one the report is about: 'the year-ago quarter' is
    (QUARTER, -4, REF), and `in_year` moves it to a named year ('the 1988 quarter').
    `moved_years` counts from the anchor that many years away: '75 years ago this month'.
    `day_of_month` names a day in the month: 'the 15th of next month'; `nth_weekday` a weekday
    ranked in it, as in CalendarDate: 'the first Monday of next month'. `of_a_report` marks
    'the year' of an earnings report, which a report on last year's fourth quarter closes.
    `of_the_told` marks 'the end of the month', whose month is that of the date the sentence
    (or a flashback) has just told, when the tense agrees ('In March 1998 the board met, and by
    the end of the month it had resigned'). `before_a_noun` marks a night word used as an
    adjective ('overnight losses'), which tells of the night before the story's day, and
    `in_sequence` one in a clause opened by 'and' ('..., and it was contained overnight'),
    which tells of the night after it."""

    unit: Unit
    offset: int
    base: Base = Base.DCT
    part: DayPart | None = None
    by_tense: bool = False
    in_year: int | None = None
    moved_years: int = 0
    day_of_month: int | None = None
    nth_weekday: tuple[int, Weekday] | None = None
    of_a_report: bool = False
    of_the_told: bool = False
    before_a_noun: bool = False
    in_sequence: bool = False


@dataclass(frozen=True, slots=True)
class Shift:
    """A stretch of time away from an anchor: 'three years ago' (-1), 'in five days' (+1),
    'two days later' (+1, REF). `range_near_end` marks the 'two' of 'two to three years
    later', which leaves the narrative's time to the other end."""

    amount: Amount
    unit: Unit
    sign: int
    base: Base = Base.DCT
    needs_future: bool = False
    range_near_end: bool = False


@dataclass(frozen=True, slots=True)
class WeekdayRef:
    """A weekday to be placed by tense, or by an explicit 'last'/'this'/'next'; counted from the
    narrative's day for 'the following Monday' (base REF). `weeks_on` puts it that many weeks
    after the coming one: 'a week on Friday'. `in_week` names its ISO week, counted from the
    document's: 'Tuesday next week' (+1), 'Monday last week' (-1). `range_other` is the
    weekday at the other end of a range ('from Monday to Thursday'), `range_end` whether this
    one ends it. `after_ref` marks the end of a range that starts on a date ('from Dec. 5 to
    Monday'): placed by tense, but never on or before the narrative's day."""

    weekday: Weekday
    relation: Relation | None = None
    part: DayPart | None = None
    base: Base = Base.DCT
    weeks_on: int = 0
    in_week: int | None = None
    range_other: Weekday | None = None
    range_end: bool = False
    after_ref: bool = False


@dataclass(frozen=True, slots=True)
class HolidayRef:
    """A named holiday by its language-neutral key ('christmas', 'easter'), in a year if given;
    `year_offset` counts its year from an anchor ('Christmas last year': -1, DCT; 'Christmas
    the following year': +1, REF)."""

    key: str
    year: int | None = None
    relation: Relation | None = None
    year_offset: int | None = None
    year_base: Base = Base.DCT


@dataclass(frozen=True, slots=True)
class WeekOf:
    """The week or weekend a named day falls in: 'the week of March 6', 'Easter week'."""

    unit: Unit
    day: CalendarDate | HolidayRef


@dataclass(frozen=True, slots=True)
class AwayFrom:
    """A date counted from a named one: 'the day after Christmas' (1 DAY, +1), 'a week before
    March 5' (1 WEEK, -1), 'a year after June 2019'; with `weekday`, the first such weekday on
    that side of it: 'the Friday before Easter'; with `whole`, the calendar week or weekend on
    that side of it: 'the week before Christmas', 'the weekend after Thanksgiving'."""

    day: CalendarDate | HolidayRef | WeekdayRef | Deictic
    sign: int
    amount: int = 1
    unit: Unit = Unit.DAY
    weekday: Weekday | None = None
    whole: Unit | None = None


@dataclass(frozen=True, slots=True)
class EdgeDay:
    """The first or the last day of a named month or year: 'the last day of March', 'the first
    day of next month'."""

    period: CalendarDate | Deictic
    last: bool


DateMeaning = CalendarDate | Deictic | Shift | WeekdayRef | HolidayRef | WeekOf | AwayFrom | EdgeDay


DAY_END_HOUR = 24  # the hour of a midnight that ends its day (TIMEX3 T24:00)
NOON_HOUR = 12  # noon, and the hours a twelve-hour clock counts


@dataclass(frozen=True, slots=True)
class ClockTime:
    """A time of day, on a date when the text gives one ('3 p.m. on Friday'); `hour` is None
    for a bare part of day ('Friday evening'). `twelve_hour` marks an hour written without
    a.m. or p.m. that could be either ('9:30'): a part of day beside it decides ('9:30 tonight').
    `days_on` moves it off its date: '9 p.m. (0100 GMT) on Friday' is 01:00 on Saturday.
    `any_day` marks an end of opening hours beside a set ('from 6 a.m. to 9 p.m. every day'),
    a time of no one day."""

    hour: int | None
    minute: int = 0
    part: DayPart | None = None
    date: DateMeaning | None = None
    twelve_hour: bool = False
    days_on: int = 0
    any_day: bool = False


@dataclass(frozen=True, slots=True)
class Duration:
    """A length of time: '45 days', 'several months' (vague amount). `reported` marks the span
    a report covers ('the nine months', 'the first six months'): it ends with the reported
    quarter, and what follows may count from it ('compared with a year earlier'). `plus` holds
    the smaller parts of a compound length: 'six years and eight months' is 6 YEAR plus
    ((8, MONTH),)."""

    amount: Amount
    unit: Unit
    reported: bool = False
    plus: tuple[tuple[float, Unit], ...] = ()


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A set of times: 'every Monday', 'twice a week', 'daily', 'each morning'.

    `every` holds the repeated unit's multiple ('every two weeks'; None for 'every few weeks'),
    `weekday`/`part` the
    repeated day or part of day; `times` is the count per unit ('twice a week'); `on` a repeated
    calendar date ('every January', 'each Christmas', 'every year on July 4'); `at` the hour and
    minute it repeats at ('8 a.m. every day', 'every Monday at 9 a.m.')."""

    unit: Unit | None = None
    every: int | None = 1
    weekday: Weekday | None = None
    part: DayPart | None = None
    times: int | None = None
    quantifier: str | None = None
    on: CalendarDate | HolidayRef | None = None
    at: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class BeforeCommonEra:
    """A year or century before the Common Era ('2500 BC', 'the third century BC'): TIMEX3
    writes 'BC' before the digits, as HeidelTime does; the calendar has no such day, so it has
    no interval. `century` counts as TimeML's do: 2 is the third century BC (300-201 BC)."""

    year: int | None = None
    century: int | None = None


@dataclass(frozen=True, slots=True)
class Vague:
    """A reference to the past, present or future with no size: 'recently', 'now'."""

    ref: Ref


Meaning = DateMeaning | ClockTime | Duration | Recurrence | Vague | BeforeCommonEra
