"""A weekday that is not the weekday of its date ("Thursday, March 14, 2023", a Tuesday): one of
the two is wrong, in a dateline as in the body."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from chrono.anchoring import DCT_LABEL
from chrono.consistency.observation import Observation
from chrono.consistency.readings import evidence
from chrono.model import Flag, Severity
from chrono.semantics import DAY_END_HOUR, CalendarDate, ClockTime, Meaning, Weekday

KIND = "weekday-mismatch"


def weekday_flags(observations: Sequence[Observation]) -> Iterator[Flag]:
    """One flag per date whose stated weekday differs from the calendar's. A time in another zone
    ('(0300 GMT) on Tuesday, Nov. 5') may fall on the next day: the weekday is the local one."""
    for observation in observations:
        said = _weekday_said(observation.meaning)
        if said is None or observation.period is None:
            continue
        day = observation.period.first_day
        if isinstance(observation.meaning, ClockTime) and observation.meaning.hour == DAY_END_HOUR:
            day -= timedelta(days=1)  # 'midnight on Friday' ends Friday
        actual = Weekday(day.isoweekday())
        if actual is said:
            continue
        timex = observation.timex
        year_note = " (its year taken from the document date)" if timex.anchor == DCT_LABEL else ""
        message = (
            f'"{timex.text}" names a {_name(said)}, but {day.isoformat()}{year_note}'
            f" is a {_name(actual)}."
        )
        yield Flag(KIND, message, Severity.WARNING, (evidence(observation),))


def _weekday_said(meaning: Meaning) -> Weekday | None:
    match meaning:
        case CalendarDate(day=int(), weekday=Weekday() as weekday):
            return weekday
        case ClockTime(date=CalendarDate(day=int(), weekday=Weekday() as weekday), days_on=0):
            return weekday
    return None


def _name(weekday: Weekday) -> str:
    return weekday.name.title()
