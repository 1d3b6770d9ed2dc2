"""The arithmetic of implied writing periods (chrono.consistency.ranges), on hand-computed cases.

Each expected interval is worked out in the comment beside it from the rules in
docs/consistency.md ("Range arithmetic"), not copied from the program.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from chrono.consistency.ranges import (
    DateRange,
    Elapsed,
    anniversary,
    calendar_writing_period,
    elapsed,
    writing_period,
)
from chrono.model import Mod
from chrono.periods import day_period, month_period, year_period
from chrono.semantics import Unit

YEAR_CASES = [
    # (event year, amount, unit, mod, below, expected writing period)
    # more than seven years: over 7, under 8 -> 2014+7 .. end of 2014+8
    (2014, 7, Unit.YEAR, Mod.MORE_THAN, False, "2021-01-01/2022-12-31"),
    # exactly 20 years, rounded (from 19.5) or cut down (to under 21): mid-2017 .. end of 2019
    (1998, 20, Unit.YEAR, None, False, "2017-07-01/2019-12-31"),
    # nearly three years: two to three years
    (2019, 3, Unit.YEAR, Mod.APPROX, True, "2021-01-01/2022-12-31"),
    # about three years: 2 to 4 years
    (2019, 3, Unit.YEAR, Mod.APPROX, False, "2021-01-01/2023-12-31"),
    # about a decade: 8 to 12 years
    (2008, 1, Unit.DECADE, Mod.APPROX, False, "2016-01-01/2020-12-31"),
    # a decade, no mod: decades are loose, so the same as 'about a decade'
    (2008, 1, Unit.DECADE, None, False, "2016-01-01/2020-12-31"),
    # less than two years: one to two years
    (2020, 2, Unit.YEAR, Mod.LESS_THAN, False, "2021-01-01/2022-12-31"),
    # more than 20 years, a round number: 20 to 25 years
    (1990, 20, Unit.YEAR, Mod.MORE_THAN, False, "2010-01-01/2017-12-31"),
    # about 20 years: 16 to 24 years (a fifth either side)
    (1990, 20, Unit.YEAR, Mod.APPROX, False, "2006-01-01/2014-12-31"),
    # a year and a half: 1.5 years with half-year precision: 15 to 24 months
    (2020, 1.5, Unit.YEAR, None, False, "2021-04-01/2022-12-31"),
    # more than half a century: a fraction is rounded to the next half, so 50 to 100 years
    (1968, 0.5, Unit.CENTURY, Mod.MORE_THAN, False, "2018-01-01/2068-12-31"),
    # more than a year and a half: 18 to 24 months
    (2019, 1.5, Unit.YEAR, Mod.MORE_THAN, False, "2020-07-01/2021-12-31"),
]


@pytest.mark.parametrize(("year", "amount", "unit", "mod", "below", "expected"), YEAR_CASES)
def test_writing_period_of_a_year(
    year: int, amount: float, unit: Unit, mod: Mod | None, below: bool, expected: str
) -> None:
    passed = elapsed(amount, unit, mod, below=below)
    assert passed is not None
    assert writing_period(year_period(year), passed).render() == expected


def test_day_event_with_months() -> None:
    # six months ago is 5.5 to 7 months; bounds round outwards to whole months (5 and 7), so
    # from the day 2023-03-15 the writing lies from 2023-08-15 to the day before 2023-10-16
    passed = elapsed(6, Unit.MONTH, None)
    assert passed == Elapsed(5.5, 7)
    assert writing_period(day_period(date(2023, 3, 15)), passed).render() == (
        "2023-08-15/2023-10-15"
    )


def test_weeks_count_in_days() -> None:
    # three weeks: 21 days, precision a week: 17.5 to 28 days
    assert elapsed(3, Unit.WEEK, None) == Elapsed(17.5, 28, in_days=True)


def test_future_offset_reverses_the_direction() -> None:
    # 2030 is seven years (6.5 to 8) ahead of the writing: the writing starts 8 years before
    # 2030 begins and ends 6.5 years before 2030 ends (2031-01-01 minus 6.5 years, exclusive)
    passed = elapsed(7, Unit.YEAR, None)
    assert passed is not None
    assert writing_period(year_period(2030), passed, sign=1).render() == "2022-01-01/2024-06-30"


@pytest.mark.parametrize(
    ("amount", "unit", "mod"),
    [
        (3, Unit.HOUR, None),  # too fine to date a writing
        (5, Unit.YEAR, Mod.START),  # says nothing about the size
        (5, Unit.YEAR, Mod.BEFORE),
        (0, Unit.YEAR, None),
    ],
)
def test_no_elapsed_time(amount: float, unit: Unit, mod: Mod | None) -> None:
    assert elapsed(amount, unit, mod) is None


def test_anniversary_is_a_year_either_side() -> None:
    # 10th anniversary of 2001: 2011, written 2010..2012
    assert writing_period(year_period(2001), anniversary(10)).render() == "2010-01-01/2012-12-31"
    # 50th anniversary of July 1969: July 2019, written July 2018 .. July 2020
    assert writing_period(month_period(1969, 7), anniversary(50)).render() == (
        "2018-07-01/2020-07-31"
    )


def test_calendar_offsets() -> None:
    # last year's 2019 vote: written in 2020
    assert calendar_writing_period(year_period(2019), Unit.YEAR, -1) == DateRange(
        date(2020, 1, 1), date(2020, 12, 31)
    )
    # last month's May 2019 survey: written in June 2019
    found = calendar_writing_period(month_period(2019, 5), Unit.MONTH, -1)
    assert found is not None and found.render() == "2019-06-01/2019-06-30"
    # this year's 2023 budget: written in 2023
    found = calendar_writing_period(year_period(2023), Unit.YEAR, 0)
    assert found is not None and found.render() == "2023-01-01/2023-12-31"
    # yesterday, March 4, 2021: written on March 5, give or take a day
    found = calendar_writing_period(day_period(date(2021, 3, 4)), Unit.DAY, -1)
    assert found is not None and found.render() == "2021-03-04/2021-03-06"
    # a whole year is not inside one month
    assert calendar_writing_period(year_period(2019), Unit.MONTH, -1) is None


def test_date_range_operations() -> None:
    closed = DateRange(date(2021, 1, 1), date(2022, 12, 31))
    open_start = DateRange(None, date(2021, 6, 30))
    assert closed.contains(date(2021, 1, 1)) and closed.contains(date(2022, 12, 31))
    assert not closed.contains(date(2023, 1, 1))
    assert closed.intersect(open_start) == DateRange(date(2021, 1, 1), date(2021, 6, 30))
    assert closed.intersect(DateRange(date(2023, 1, 1), None)) is None
    assert closed.distance(date(2023, 1, 10)) == 10
    assert closed.distance(date(2020, 12, 30)) == 2
    assert closed.distance(date(2022, 1, 1)) == 0
    assert open_start.render() == "../2021-06-30"
    assert DateRange(date(2025, 1, 1), None).render() == "2025-01-01/.."
    assert closed.describe() == "between 2021-01-01 and 2022-12-31"
    assert open_start.describe() == "on or before 2021-06-30"


def test_writing_wholly_beyond_the_calendar_is_no_evidence() -> None:
    # a 9999-year-old thing that began in 2009: written about the year 12008, a date Python
    # cannot hold and no DCT can take
    passed = elapsed(9999, Unit.YEAR, None)
    assert passed is not None
    assert writing_period(year_period(2009), passed) is None
    # 1500 lies 3000 years after the writing: written about 1500 BC
    passed = elapsed(3000, Unit.YEAR, None)
    assert passed is not None
    assert writing_period(year_period(1500), passed, sign=1) is None
    # ten million days, and an infinite measure
    passed = elapsed(10**7, Unit.DAY, None)
    assert passed is not None
    assert writing_period(day_period(date(2000, 1, 1)), passed) is None
    assert writing_period(year_period(2000), Elapsed(math.inf, math.inf)) is None


def test_a_bound_beyond_the_calendar_is_left_open() -> None:
    # 2999, about 7000 years ago: 7000 years give or take a fifth (5600 to 8400 years), so the
    # writing starts in 8599 and would end in 11399
    passed = elapsed(7000, Unit.YEAR, Mod.APPROX)
    assert passed is not None
    assert writing_period(year_period(2999), passed) == DateRange(date(8599, 1, 1), None)
    # 1000 lies about 900 years ahead (720 to 1080 years): written from 80 BC to the day before
    # 1001-01-01 minus 720 years
    passed = elapsed(900, Unit.YEAR, Mod.APPROX)
    assert passed is not None
    assert writing_period(year_period(1000), passed, sign=1) == DateRange(None, date(280, 12, 31))


def test_calendar_offset_beyond_the_calendar_is_no_evidence() -> None:
    # last year's 9998 vote: the writing year 9999 ends where Python's calendar does
    assert calendar_writing_period(year_period(9998), Unit.YEAR, -1) is None
    # next year's 0001 vote: written in the year 0
    assert calendar_writing_period(year_period(1), Unit.YEAR, 1) is None
