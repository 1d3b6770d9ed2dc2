"""annotate never raises on a str, whatever the text and whatever anchor in 1000-2999 (or none).

Out-of-range dates ("9999-99-99"), impossible ones ("31/02/2023"), offsets that leave the calendar
("in 10000000 years" from 2999) and huge digit runs must come back as a Document, never as an
exception; the spans must still be sound.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chrono import Document, annotate

from .strategies import optional_anchor, vocabulary_texts
from .support import span_problems

NASTY = (
    "",
    " ",
    "9999-99-99",
    "0000-00-00",
    "December 99, 99999",
    "in 10000000 years",
    "10000000 years ago",
    "99999999999999999999 days ago",
    "in 999 decades and 999 centuries",
    "31/02/2023",
    "02/31/2023",
    "13/13/13",
    "February 29, 2023",
    "February 30",
    "2023-W54",
    "week 99 of 2023",
    "Q5 2023",
    "the 0s",
    "the 0th century",
    "the 99999th century",
    "25:61 p.m.",
    "24:00",
    "Dec. 31, 2999 and Jan. 1, 1000",
    "in 2 days from Dec. 31, 2999",
    "1000 years before Jan. 1, 1000",
    "0 days ago",
    "-5 days ago",
    "1e9 days ago",
    "1.5.2023",
    "\u0663\u0660 days ago",  # Arabic-Indic digits: \d matches them
    "\uff13 days ago",  # a full-width digit
    "\u00bd hour ago, \u2167 years later",
    "December 9,\u00a02023",
)
LONG = (
    "9" * 5000,
    "2023-" * 2000,
    "May " * 1000,
    "next " * 500 + "week",
    "ago " * 500,
)
EXTREME_ANCHORS = (None, date(1000, 1, 1), date(2999, 12, 31), date(2024, 2, 29))

fragments = st.sampled_from(NASTY) | st.text(alphabet=st.characters(exclude_categories=("Cs",)))


@st.composite
def nasty_texts(draw: st.DrawFn) -> str:
    """Edge-case fragments, arbitrary unicode and temporal vocabulary, run together."""
    parts = draw(st.lists(fragments | vocabulary_texts(max_tokens=8), max_size=6))
    return draw(st.sampled_from((" ", "", "\n", ", "))).join(parts)


def _check(
    text: str, dct: date | None, day_first: bool = False, find_dateline: bool = True
) -> None:
    doc = annotate(text, dct, day_first=day_first, find_dateline=find_dateline)
    assert isinstance(doc, Document)
    assert span_problems(doc) == []


@pytest.mark.parametrize("dct", EXTREME_ANCHORS, ids=str)
@pytest.mark.parametrize("text", NASTY + LONG, ids=lambda text: repr(text[:30]))
def test_never_raises_on_edge_cases(text: str, dct: date | None) -> None:
    _check(text, dct)
    _check(text, dct, day_first=True, find_dateline=False)


@given(
    text=st.text(alphabet=st.characters(exclude_categories=("Cs",))),
    dct=optional_anchor,
    day_first=st.booleans(),
    find_dateline=st.booleans(),
)
def test_never_raises_on_any_text(
    text: str, dct: date | None, day_first: bool, find_dateline: bool
) -> None:
    _check(text, dct, day_first, find_dateline)


@given(text=nasty_texts(), dct=st.sampled_from(EXTREME_ANCHORS) | optional_anchor)
def test_never_raises_on_mixed_edge_cases(text: str, dct: date | None) -> None:
    _check(text, dct)
