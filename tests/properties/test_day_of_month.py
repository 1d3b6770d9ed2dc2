"""'on the 15th': a day of the month alone takes its month from the tense, like a weekday.

Conventions, "Choosing among candidates: tense".
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from chrono import annotate

from .strategies import anchors
from .support import sole_timex

days = st.integers(1, 28)

PAST = "The bridge closed on {day} after cracks were found."
FUTURE = "The council will vote on {day}, the mayor said."


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"the {n}{suffix}"


def _value(template: str, n: int, anchor: date) -> str:
    phrase = _ordinal(n)
    text = template.replace("{day}", phrase)
    timex = sole_timex(annotate(text, anchor), template.index("{day}"), phrase)
    assert (timex.type, timex.anchor) == ("DATE", "dct")
    return timex.value


@given(anchor=anchors, n=days)
def test_past_tense_takes_the_latest_such_day_on_or_before_the_anchor(anchor: date, n: int) -> None:
    day = anchor
    while day.day != n:
        day -= timedelta(days=1)
    assert _value(PAST, n, anchor) == day.isoformat()


@given(anchor=anchors, n=days)
def test_future_tense_takes_the_first_such_day_on_or_after_the_anchor(anchor: date, n: int) -> None:
    day = anchor
    while day.day != n:
        day += timedelta(days=1)
    assert _value(FUTURE, n, anchor) == day.isoformat()
