"""Full dates fix their own value: the DCT neither changes nor anchors it.

Conventions, "Narrative anchoring": anchor is None for "December 9, 2023". A date counted from a
full date is fixed too: "three days after March 5, 2023" is March 8.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chrono import annotate

from .strategies import AP_MONTHS, MONTHS, amounts, optional_anchor, spoken_year, unit_phrase
from .support import day_interval, offset, sole_timex

any_day = st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31))

TEMPLATES = (
    "The agreement was signed on {expr}.",
    "The filing, dated {expr}, was released by the court.",
    "Bids were due {expr}, the agency said.",
    "Officials will publish the results on {expr}.",
)


def _check(day: date, expression: str, dct: date | None, template: str) -> None:
    text = template.replace("{expr}", expression)
    timex = sole_timex(annotate(text, dct), template.index("{expr}"), expression)
    assert (timex.type, timex.value, timex.mod) == ("DATE", day.isoformat(), None)
    assert timex.anchor is None
    assert timex.interval == day_interval(day)


@given(day=any_day, dct=optional_anchor, template=st.sampled_from(TEMPLATES))
def test_month_day_year_is_that_day(day: date, dct: date | None, template: str) -> None:
    _check(day, f"{MONTHS[day.month - 1]} {day.day}, {day.year}", dct, template)


@given(day=any_day, dct=optional_anchor, template=st.sampled_from(TEMPLATES))
def test_ap_style_month_day_year_is_that_day(day: date, dct: date | None, template: str) -> None:
    _check(day, f"{AP_MONTHS[day.month - 1]} {day.day}, {day.year}", dct, template)


@given(day=any_day, dct=optional_anchor, template=st.sampled_from(TEMPLATES))
def test_iso_date_is_that_day(day: date, dct: date | None, template: str) -> None:
    _check(day, day.isoformat(), dct, template)


@given(year=st.integers(1800, 2099), dct=optional_anchor)
def test_a_spoken_year_is_that_year(year: int, dct: date | None) -> None:
    expression = f"the year {spoken_year(year)}"
    text = f"The plan was drafted in {expression}, officials said."
    timex = sole_timex(annotate(text, dct), text.index(expression), expression)
    assert (timex.type, timex.value, timex.anchor) == ("DATE", str(year), None)


@given(day=any_day.filter(lambda d: 1800 <= d.year <= 2099), dct=optional_anchor)
def test_a_month_and_spoken_year_is_that_month(day: date, dct: date | None) -> None:
    expression = f"{MONTHS[day.month - 1]} {spoken_year(day.year)}"
    text = f"The plant closed in {expression} after the flood."
    timex = sole_timex(annotate(text, dct), text.index(expression), expression)
    assert (timex.type, timex.value) == ("DATE", f"{day.year:04d}-{day.month:02d}")


@given(day=any_day, dct=optional_anchor)
def test_the_week_of_a_date_is_its_iso_week(day: date, dct: date | None) -> None:
    expression = f"the week of {MONTHS[day.month - 1]} {day.day}, {day.year}"
    text = f"The hearing is set for {expression}, the clerk said."
    timex = sole_timex(annotate(text, dct), text.index(expression), expression)
    year, week, _ = day.isocalendar()
    assert (timex.type, timex.value) == ("DATE", f"{year:04d}-W{week:02d}")


DAY_STEPS = ("day", "week", "month", "year")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
mid_range_day = st.dates(min_value=date(1100, 1, 1), max_value=date(2900, 12, 31))


@given(
    day=mid_range_day,
    dct=optional_anchor,
    amount=amounts(1, 40),
    unit=st.sampled_from(DAY_STEPS),
    direction=st.sampled_from(("before", "after")),
)
def test_n_units_before_or_after_a_date_is_that_date_moved(
    day: date, dct: date | None, amount: tuple[int, str], unit: str, direction: str
) -> None:
    n, amount_text = amount
    named = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    expression = f"{unit_phrase(amount_text, n, unit)} {direction} {named}"
    text = f"The court met again {expression}, the clerk said."
    timex = sole_timex(annotate(text, dct), text.index(expression), expression)
    moved = day + offset(unit, n if direction == "after" else -n)
    assert (timex.type, timex.value, timex.anchor) == ("DATE", moved.isoformat(), None)
    assert timex.interval == day_interval(moved)


@given(
    day=mid_range_day,
    dct=optional_anchor,
    weekday=st.integers(0, 6),
    direction=st.sampled_from(("before", "after")),
)
def test_the_weekday_before_or_after_a_date_is_the_first_one_on_that_side(
    day: date, dct: date | None, weekday: int, direction: str
) -> None:
    named = f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    expression = f"the {WEEKDAYS[weekday]} {direction} {named}"
    text = f"Voting closed on {expression}, officials said."
    timex = sole_timex(annotate(text, dct), text.index(expression), expression)
    step = timedelta(days=1 if direction == "after" else -1)
    found = day + step
    while found.weekday() != weekday:
        found += step
    assert (timex.type, timex.value, timex.anchor) == ("DATE", found.isoformat(), None)
