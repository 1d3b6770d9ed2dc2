"""Offsets from the DCT: "N units ago", "in N units", "N units from now" (conventions: Offsets)."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from chrono import annotate

from .strategies import (
    FUTURE_TEMPLATES,
    OFFSET_UNITS,
    PAST_TEMPLATES,
    amounts,
    anchors,
    in_sentence,
    unit_phrase,
)
from .support import at_grain, offset, sole_timex
from .timex3 import value_interval

units = st.sampled_from(OFFSET_UNITS)


def _check_offset(template: str, expression: str, anchor: date, target: date, unit: str) -> None:
    text, start = in_sentence(template, expression)
    timex = sole_timex(annotate(text, anchor), start, text[start : start + len(expression)])
    expected = at_grain(target, unit)
    assert (timex.type, timex.value, timex.mod) == ("DATE", expected, None)
    assert timex.anchor == "dct"
    assert timex.interval == value_interval(expected)


@given(anchor=anchors, amount=amounts(), unit=units, template=st.sampled_from(PAST_TEMPLATES))
def test_n_units_ago_is_n_units_before_the_anchor(
    anchor: date, amount: tuple[int, str], unit: str, template: str
) -> None:
    n, written = amount
    expression = f"{unit_phrase(written, n, unit)} ago"
    _check_offset(template, expression, anchor, anchor - offset(unit, n), unit)


@given(anchor=anchors, amount=amounts(), unit=units, template=st.sampled_from(FUTURE_TEMPLATES))
def test_in_n_units_is_n_units_after_the_anchor(
    anchor: date, amount: tuple[int, str], unit: str, template: str
) -> None:
    n, written = amount
    expression = f"in {unit_phrase(written, n, unit)}"
    _check_offset(template, expression, anchor, anchor + offset(unit, n), unit)


@given(anchor=anchors, amount=amounts(), unit=units, template=st.sampled_from(FUTURE_TEMPLATES))
def test_n_units_from_now_is_n_units_after_the_anchor(
    anchor: date, amount: tuple[int, str], unit: str, template: str
) -> None:
    n, written = amount
    expression = f"{unit_phrase(written, n, unit)} from now"
    _check_offset(template, expression, anchor, anchor + offset(unit, n), unit)


_UNANCHORED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXXX",
}


@given(amount=amounts(), unit=units, template=st.sampled_from(PAST_TEMPLATES))
def test_n_units_ago_without_an_anchor_leaves_the_value_unknown(
    amount: tuple[int, str], unit: str, template: str
) -> None:
    """Conventions: with no DCT, "three years ago" is XXXX and has no interval."""
    n, written = amount
    expression = f"{unit_phrase(written, n, unit)} ago"
    text, start = in_sentence(template, expression)
    doc = annotate(text, None, find_dateline=False)
    timex = sole_timex(doc, start, text[start : start + len(expression)])
    assert (timex.type, timex.value, timex.interval) == ("DATE", _UNANCHORED[unit], None)
    assert timex.anchor is None


_ANNIVERSARY_UNITS = {"today": "day", "this week": "week", "this month": "month"}


@given(
    anchor=anchors,
    amount=amounts(high=99),
    deictic=st.sampled_from(sorted(_ANNIVERSARY_UNITS)),
    template=st.sampled_from(PAST_TEMPLATES),
)
def test_n_years_ago_this_month_is_the_anchors_period_n_years_back(
    anchor: date, amount: tuple[int, str], deictic: str, template: str
) -> None:
    """An anniversary is one date: the DCT's day, week or month moved back by whole years."""
    n, written = amount
    expression = f"{unit_phrase(written, n, 'year')} ago {deictic}"
    target = anchor - offset("year", n)
    _check_offset(template, expression, anchor, target, _ANNIVERSARY_UNITS[deictic])


_OPEN = ".."  # an ISO 8601 interval's open end
_BOUNDING_MODS = ("less than", "more than", "at least", "nearly", "about", "up to")


@given(
    anchor=anchors,
    amount=amounts(),
    unit=st.sampled_from(("minute", "hour", *OFFSET_UNITS)),
    mod=st.sampled_from(_BOUNDING_MODS),
    ahead=st.booleans(),
)
def test_an_offsets_interval_never_ends_before_it_starts(
    anchor: date, amount: tuple[int, str], unit: str, mod: str, ahead: bool
) -> None:
    """Whatever its modifier and unit, an offset's interval runs forwards ('in less than an
    hour' is the anchor's day, not a day that ends before it starts)."""
    n, written = amount
    length = f"{mod} {unit_phrase(written, n, unit)}"
    template = FUTURE_TEMPLATES[0] if ahead else PAST_TEMPLATES[0]
    text, _ = in_sentence(template, f"in {length}" if ahead else f"{length} ago")
    for timex in annotate(text, anchor).timexes:
        if timex.interval and "/" in timex.interval:
            first, last = timex.interval.split("/")
            open_ended = _OPEN in (first, last)
            assert open_ended or first <= last, (text, timex.interval)
