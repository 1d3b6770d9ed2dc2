"""Weekdays resolve by tense and by "last"/"next"/"this".

Conventions, "Choosing among candidates: tense".
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chrono import annotate

from .strategies import WEEKDAYS, anchors
from .support import day_interval, sole_timex, weekday_on_or_after, weekday_on_or_before

weekdays = st.integers(0, 6)  # Monday is 0, as in date.weekday()

# The weekday is the timex; "on" is a TimeML signal, not part of it.
PAST_WEEKDAY = (
    "The company said on {day} that profits rose.",
    "Police said on {day} that two men were arrested.",
    "The plant closed on {day} after a fire.",
    "On {day}, the minister said the talks had failed.",
)
FUTURE_WEEKDAY = (
    "The committee will meet on {day}.",
    "Negotiators will meet again on {day} in Geneva.",
    "On {day}, the minister will travel to Paris.",
)


def _resolve(template: str, phrase: str, anchor: date) -> date:
    """The day chrono gives `phrase`, after the checks every resolved weekday shares."""
    text = template.replace("{day}", phrase)
    start = template.index("{day}")
    timex = sole_timex(annotate(text, anchor), start, phrase)
    assert timex.type == "DATE"
    assert timex.anchor == "dct"
    assert timex.mod is None
    day = date.fromisoformat(timex.value)
    assert timex.interval == day_interval(day)
    return day


@given(anchor=anchors, weekday=weekdays, template=st.sampled_from(PAST_WEEKDAY))
def test_past_tense_weekday_is_on_or_before_the_anchor(
    anchor: date, weekday: int, template: str
) -> None:
    day = _resolve(template, WEEKDAYS[weekday], anchor)
    assert day.weekday() == weekday
    assert 0 <= (anchor - day).days <= 6
    assert day == weekday_on_or_before(anchor, weekday)


@given(anchor=anchors, weekday=weekdays, template=st.sampled_from(FUTURE_WEEKDAY))
def test_future_tense_weekday_is_on_or_after_the_anchor(
    anchor: date, weekday: int, template: str
) -> None:
    day = _resolve(template, WEEKDAYS[weekday], anchor)
    assert day.weekday() == weekday
    assert 0 <= (day - anchor).days <= 6
    assert day == weekday_on_or_after(anchor, weekday)


def _with_modifier(template: str, modifier: str, weekday: int) -> tuple[str, str]:
    """The template without the "on" before the weekday, and the phrase "last Friday" to put in."""
    template = template.replace("On {day}", "{day}").replace("on {day}", "{day}")
    phrase = f"{modifier} {WEEKDAYS[weekday]}"
    if template.startswith("{day}"):
        phrase = phrase[0].upper() + phrase[1:]
    return template, phrase


@given(anchor=anchors, weekday=weekdays, template=st.sampled_from(PAST_WEEKDAY))
def test_last_weekday_is_strictly_before_the_anchor(
    anchor: date, weekday: int, template: str
) -> None:
    day = _resolve(*_with_modifier(template, "last", weekday), anchor)
    assert day.weekday() == weekday
    assert 1 <= (anchor - day).days <= 7


@given(anchor=anchors, weekday=weekdays, template=st.sampled_from(FUTURE_WEEKDAY))
def test_next_weekday_is_strictly_after_the_anchor(
    anchor: date, weekday: int, template: str
) -> None:
    day = _resolve(*_with_modifier(template, "next", weekday), anchor)
    assert day.weekday() == weekday
    assert 1 <= (day - anchor).days <= 7


@given(anchor=anchors, weekday=weekdays, template=st.sampled_from(PAST_WEEKDAY + FUTURE_WEEKDAY))
def test_this_weekday_is_in_the_anchors_iso_week(anchor: date, weekday: int, template: str) -> None:
    day = _resolve(*_with_modifier(template, "this", weekday), anchor)
    assert day == anchor - timedelta(days=anchor.weekday() - weekday)


@given(
    anchor=anchors,
    first=weekdays,
    length=st.integers(1, 6),
    opening=st.integers(6, 11),
    closing=st.integers(1, 10),
)
def test_a_day_range_after_opening_hours_is_no_clock_times_day(
    anchor: date, first: int, length: int, opening: int, closing: int
) -> None:
    """'open from 9am to 5pm, Monday to Friday': the days after the comma stand apart from the
    clock times, each its own DATE; no clock time takes the first day into its span."""
    start, end = WEEKDAYS[first], WEEKDAYS[(first + length) % 7]
    text = f"The library is open from {opening}am to {closing}pm, {start} to {end}."
    timexes = annotate(text, anchor).timexes
    days = [(timex.text, timex.type) for timex in timexes if timex.text in (start, end)]
    assert days == [(start, "DATE"), (end, "DATE")]
    assert all("pm" not in timex.text or start not in timex.text for timex in timexes)
