"""Calendar dates the text names with some parts left out: "March", "Dec. 9", "the 15th", "the
third quarter", "the following January". The tense, the narrative or the DCT supply the rest."""

from __future__ import annotations

from datetime import date, timedelta

from chrono.anchoring import DCT_LABEL, FRAMING_GRAINS, Anchor, base_period
from chrono.choice import pick_month, pick_year
from chrono.holidays import NthWeekday, holiday_date
from chrono.model import Tense
from chrono.periods import (
    Period,
    century_period,
    day_period,
    decade_period,
    half_period,
    month_period,
    quarter_ending,
    quarter_period,
    season_period,
    year_period,
)
from chrono.semantics import Base, CalendarDate, Relation, Unit
from chrono.tense_words import Strength

_DECADES_A_CENTURY = 10
_SEASON_LEAD = timedelta(days=92)  # how far before a season a month still belongs to its year


def _decade_ahead(decade: int, anchor: Anchor) -> bool:
    """Whether a decade said short starts after the DCT, in a text that does not look ahead: in
    2012, 'the town grew in the twenties' is the 1920s; 'by the twenties' told in the future
    keeps the 2020s."""
    dct = anchor.dct
    return dct is not None and decade * 10 > dct.year and anchor.tense is not Tense.FUTURE


def calendar_period(date_said: CalendarDate, anchor: Anchor) -> tuple[Period, str | None] | None:
    """The period a calendar date names and the label of what gave its missing parts: the text
    alone (None), the narrative, or the DCT with the tense choosing among the candidates."""
    if date_said.decade is not None:
        if date_said.short_decade and _decade_ahead(date_said.decade, anchor):
            return decade_period(date_said.decade - _DECADES_A_CENTURY), DCT_LABEL
        return decade_period(date_said.decade), None
    if date_said.century is not None:
        return century_period(date_said.century), None
    if date_said.quarter is not None and date_said.ends is not None and date_said.year is None:
        found = calendar_period(date_said.ends, anchor)
        if found is None:
            return None
        return quarter_ending(found[0].last_day, date_said.quarter), found[1]
    if date_said.year is not None:
        return _in_year(date_said, date_said.year), None
    if date_said.short_year is not None:
        if anchor.dct is None:
            return None
        year = _full_year(date_said.short_year, anchor.dct.year, nearest=date_said.fiscal)
        return _in_year(date_said, year), DCT_LABEL
    if date_said.year_offset is not None:
        found = base_period(date_said.year_base, Unit.YEAR, anchor)
        if found is None:
            return None
        base, label = found
        return _in_year(date_said, base.start.year + date_said.year_offset), label
    if date_said.year_base is Base.REF and date_said.relation is not None:
        return _from_reference(date_said, anchor)
    if anchor.frame is not None and date_said.relation is None:
        ahead = anchor.tense is Tense.FUTURE
        framed = _in_frame(date_said, anchor.frame.period, carried=anchor.carried, ahead=ahead)
        if framed is not None and not _framed_past_the_dct(framed, anchor.frame.period, anchor):
            return framed, anchor.frame.timex_id
    choosing = anchor.choosing_from(date_said.relation)
    if choosing is None:
        return None
    around, label = choosing
    if date_said.month is None and date_said.day is not None:
        day = date_said.day
        period = pick_month(
            lambda year, month: day_period(date(year, month, day)),
            around,
            anchor.tense,
            firm=anchor.strength >= Strength.INTENT,
        )
        return period, label
    if date_said.weekday is not None and date_said.day is not None:
        matching = _year_matching_weekday(date_said, around.year)
        if matching is not None:
            return _in_year(date_said, matching), label
    reported = date_said.quarter is not None or date_said.half is not None
    tense = anchor.tense_for(Strength.FIRM if reported else Strength.INFINITIVE)
    period = pick_year(
        lambda year: _in_year(date_said, year),
        around,
        tense,
        date_said.relation,
        firm=anchor.strength >= Strength.INTENT,
    )
    return period, label


def _framed_past_the_dct(framed: Period, frame: Period, anchor: Anchor) -> bool:
    """A frame before the DCT never carries a date told in the past beyond it ('reissued on 13
    January 2039. It was last reviewed on 22 December' is the December before)."""
    if anchor.tense is not Tense.PAST or anchor.dct is None:
        return False
    return frame.first_day <= anchor.dct < framed.first_day


def _in_frame(
    date_said: CalendarDate, frame: Period, *, carried: bool, ahead: bool = False
) -> Period | None:
    """A yearless month ('In 2014, deaths peaked in January'), season or day of the month ('In
    March 1994, the mill closed on the 15th') inside the explicit date that opens its sentence; in
    a later sentence, only one from the frame's month on, as the story moves forward. A month
    told ahead of a month's frame follows it ('In November 1999 ... without a bus until
    January' is January 2000)."""
    year = frame.start.year
    month = date_said.month
    if frame.grain is Unit.MONTH and ahead and not carried and month and month < frame.start.month:
        year += 1
    if frame.grain is Unit.SEASON and date_said.month is not None and not carried:
        return _near_season(date_said, frame)
    if carried and (
        frame.grain not in FRAMING_GRAINS
        or (date_said.month is not None and date_said.month < frame.start.month)
    ):
        return None
    if date_said.month is not None:
        return _in_year(date_said, year)
    if date_said.season is not None and date_said.year is None:
        season = season_period(year, date_said.season)
        if carried and season.start < frame.start:
            return None
        return season  # 'began in November 2013. The family spent the winter in the Bekaa
    if date_said.day is not None and frame.grain in FRAMING_GRAINS:
        return day_period(date(year, frame.start.month, date_said.day))
    return None


def _near_season(date_said: CalendarDate, season: Period) -> Period:
    """A yearless month in a sentence a season frames ('That winter the lake froze, and in
    February ...'): the one inside the season, else the one after it that the story moves on
    to ('That winter ..., and in March the stand burned down'), unless it comes just before
    the season ('That summer they toured, and in May they had recorded an album')."""
    same_year = _in_year(date_said, season.start.year)
    next_year = _in_year(date_said, season.start.year + 1)
    if season.holds(next_year):
        return next_year
    just_before = timedelta(0) < season.start - same_year.start <= _SEASON_LEAD
    return same_year if same_year.start >= season.start or just_before else next_year


def _full_year(last_two_digits: int, anchor_year: int, *, nearest: bool = False) -> int:
    """The latest year ending in those digits, up to a year after the anchor's: '98 in 2023 is
    1998, '24 is 2024, '29 is 1929 ('the Crash of '29'); or, for a fiscal label, the nearest
    such year ('FY25' in 2021 is 2025)."""
    year = anchor_year - anchor_year % 100 + last_two_digits
    if nearest:
        return min((year - 100, year, year + 100), key=lambda y: abs(y - anchor_year))
    return year - 100 if year > anchor_year + 1 else year


def _from_reference(date_said: CalendarDate, anchor: Anchor) -> tuple[Period, str | None] | None:
    """'the following January', 'the next summer': the first such month or season starting
    after the narrative's date ends; 'the previous March' the last one ending before it starts."""
    found = base_period(Base.REF, Unit.YEAR, anchor)
    if found is None:
        return None
    base, label = found
    years = range(base.start.year - 1, base.end.year + 2)
    candidates = [_in_year(date_said, year) for year in years]
    if date_said.relation is Relation.NEXT:
        return min((c for c in candidates if c.start >= base.end), key=lambda c: c.start), label
    return max((c for c in candidates if c.end <= base.start), key=lambda c: c.start), label


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
        if date_said.nth_weekday is not None:
            n, weekday = date_said.nth_weekday
            return day_period(holiday_date(NthWeekday(date_said.month, int(weekday), n), year))
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
