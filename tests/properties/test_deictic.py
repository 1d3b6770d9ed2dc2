"""Words that name the anchor's own unit or its neighbours: "next month", "last week", "this year",
"yesterday", "today", "tomorrow" (conventions, "TIMEX3 values" and "Intervals")."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chrono import annotate

from .strategies import FUTURE_TEMPLATES, PAST_TEMPLATES, anchors, in_sentence
from .support import at_grain, day_interval, period_of, sole_timex
from .timex3 import interval_dates, value_interval

calendar_units = st.sampled_from(("week", "month", "year"))


def _resolve(template: str, expression: str, anchor: date) -> tuple[str, str | None]:
    text, start = in_sentence(template, expression)
    timex = sole_timex(annotate(text, anchor), start, text[start : start + len(expression)])
    assert timex.type == "DATE"
    assert timex.mod is None
    assert timex.anchor == "dct"
    return timex.value, timex.interval


@given(anchor=anchors, unit=calendar_units, template=st.sampled_from(FUTURE_TEMPLATES))
def test_next_unit_starts_the_day_after_the_anchors_unit_ends(
    anchor: date, unit: str, template: str
) -> None:
    first_day = period_of(anchor, unit)[1] + timedelta(days=1)
    value, interval = _resolve(template, f"next {unit}", anchor)
    assert value == at_grain(first_day, unit)
    assert interval is not None
    assert interval_dates(interval)[0] == first_day
    assert interval == value_interval(value)


@given(anchor=anchors, unit=calendar_units, template=st.sampled_from(PAST_TEMPLATES))
def test_last_unit_ends_the_day_before_the_anchors_unit_starts(
    anchor: date, unit: str, template: str
) -> None:
    last_day = period_of(anchor, unit)[0] - timedelta(days=1)
    value, interval = _resolve(template, f"last {unit}", anchor)
    assert value == at_grain(last_day, unit)
    assert interval is not None
    assert interval_dates(interval)[1] == last_day
    assert interval == value_interval(value)


@given(
    anchor=anchors,
    unit=calendar_units,
    template=st.sampled_from(PAST_TEMPLATES + FUTURE_TEMPLATES),
)
def test_this_unit_contains_the_anchor(anchor: date, unit: str, template: str) -> None:
    value, interval = _resolve(template, f"this {unit}", anchor)
    assert value == at_grain(anchor, unit)
    first, last = period_of(anchor, unit)
    assert interval == f"{first.isoformat()}/{last.isoformat()}"


_DAY_WORDS = (
    ("yesterday", -1, PAST_TEMPLATES),
    ("today", 0, PAST_TEMPLATES + FUTURE_TEMPLATES),
    ("tomorrow", 1, FUTURE_TEMPLATES),
)


@st.composite
def day_words(draw: st.DrawFn) -> tuple[str, int, str]:
    word, shift, templates = draw(st.sampled_from(_DAY_WORDS))
    return word, shift, draw(st.sampled_from(templates))


@given(anchor=anchors, case=day_words())
def test_yesterday_today_tomorrow_are_one_day_apart(
    anchor: date, case: tuple[str, int, str]
) -> None:
    word, shift, template = case
    day = anchor + timedelta(days=shift)
    value, interval = _resolve(template, word, anchor)
    assert (value, interval) == (day.isoformat(), day_interval(day))
