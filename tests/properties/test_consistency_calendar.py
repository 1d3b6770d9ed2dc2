"""The consistency checks never raise on elapsed times that take the writing off the calendar.

A year with "N years ago", "N years from now" or "an N-year-old ..." can put the writing before
the year 1 or after 9999, which Python's `date` cannot hold ('a 9999-year-old dispute that began
in 2009'). Such a writing period is no evidence: annotate and check must still return, and every
implied period they report must be a readable interval inside the calendar.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chrono import Document, annotate
from chrono.cli import main
from chrono.writers import WRITERS, NamedDocument

from .strategies import optional_anchor

TEMPLATES = (
    "In {year}, {n} {unit} ago.",
    "{n} {unit} ago, in {year}, it rained.",
    "In {year}, {n} {unit} from now.",
    "In {year} it began more than {n} {unit} ago.",
    "It is a {n}-{one}-old dispute that began in {year}.",
    "The {n}-{one}-old bridge, which opened in {year}, is closed.",
    "The town has grown in the {n} {unit} since {year}.",
    "The museum marked the {n}th anniversary of the {year} accord.",
    "It opened in {year}. The bridge, which was founded about {n} {unit} ago, is closed.",
)
UNITS = ("year", "decade", "century", "month", "day")
PLURALS = {"century": "centuries"}


def _sound(doc: Document) -> None:
    """Every implied period is an interval of real dates (or open ends), and every writer runs."""
    periods = [doc.implied_dct, *(flag.implied_dct for flag in doc.flags)]
    for period in filter(None, periods):
        for bound in period.split("/"):
            assert bound == ".." or date.fromisoformat(bound)
    for writer in WRITERS.values():
        writer.render([NamedDocument("doc.txt", doc)])


@pytest.mark.parametrize(
    ("text", "dct"),
    [
        ("It is a 9999-year-old dispute that began in 2009.", None),
        ("It is a 9999-year-old dispute that began in 2009.", date(2023, 12, 9)),
        ("In 1500, 3000 years from now.", date(2023, 12, 9)),
        ("In 2999, about 7000 years ago.", date(2023, 12, 9)),
        ("In 1000, about 900 years from now.", date(1000, 1, 1)),
        ("The museum marked the 999th anniversary of the 2999 accord.", date(2999, 12, 31)),
    ],
)
def test_writing_off_the_calendar_annotates(text: str, dct: date | None) -> None:
    _sound(annotate(text, dct))


def test_writing_off_the_calendar_checks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dispute.txt"
    path.write_text("It is a 9999-year-old dispute that began in 2009.\n", encoding="utf-8")
    assert main(["check", "--dct", "2023-12-09", str(path)]) == 0
    assert capsys.readouterr().err == ""


@st.composite
def far_elapsed_texts(draw: st.DrawFn) -> str:
    """A year (0..9999) and an elapsed time of up to 20,000 units, in one of the paired forms."""
    unit = draw(st.sampled_from(UNITS))
    return draw(st.sampled_from(TEMPLATES)).format(
        year=draw(st.integers(0, 9999)),
        n=draw(st.integers(1, 20000)),
        unit=PLURALS.get(unit, unit + "s"),
        one=unit,
    )


@given(
    st.lists(far_elapsed_texts(), min_size=1, max_size=3),
    st.sampled_from((date(1000, 1, 1), date(2999, 12, 31))) | optional_anchor,
)
def test_far_elapsed_times_never_raise(sentences: list[str], dct: date | None) -> None:
    _sound(annotate(" ".join(sentences), dct))
