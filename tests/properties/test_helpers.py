"""The property suite's own helpers, checked on hand-written values from docs/conventions.md.

If these fail, the properties cannot be trusted; they never call chrono.
"""

from __future__ import annotations

from datetime import date

import pytest

from .strategies import in_sentence, number_word, unit_phrase
from .support import at_grain, offset, period_of, weekday_on_or_after, weekday_on_or_before
from .timex3 import date_period, interval_problem, thirds, value_interval, value_kind


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        ("2023-12-08", "date"),
        ("2023-12", "date"),
        ("2014", "date"),
        ("XXXX-XX-XX", "date"),
        ("XXXX-12-09", "date"),
        ("XXXX-02-29", "date"),
        ("XXXX", "date"),
        ("2023-W48", "week"),
        ("2020-W53", "week"),
        ("XXXX-WXX", "week"),
        ("XXXX-WXX-5", "week"),
        ("2023-W49-WE", "week"),
        ("2023-Q3", "part-of-year"),
        ("2023-H1", "part-of-year"),
        ("2024-SP", "part-of-year"),
        ("2023-WI", "part-of-year"),
        ("199", "decade"),
        ("XXX", "decade"),  # a decade not known ('next decade' with no anchor)
        ("18", "century"),
        ("XX", "century"),
        ("2023-12-08T15:00", "time"),
        ("2023-12-08T24:00", "time"),
        ("2023-12-08T15:00:30", "time"),
        ("2023-12-08TEV", "part-of-day"),
        ("XXXX-XX-XXTMO", "part-of-day"),
        ("XXXX-WXX-5TEV", "part-of-day"),
        ("P45D", "duration"),
        ("PXM", "duration"),
        ("P20Y", "duration"),
        ("PT1.5H", "duration"),
        ("PT30M", "duration"),
        ("P1Y2M", "duration"),
        ("P1DT12H", "duration"),
        ("P2Q", "duration"),  # TimeBank writes quarters this way
        ("BC2500", "before-era"),
        ("BC02", "before-era"),  # the third century BC
        ("PAST_REF", "vague"),
        ("PRESENT_REF", "vague"),
        ("FUTURE_REF", "vague"),
    ],
)
def test_valid_values_are_recognized(value: str, kind: str) -> None:
    assert value_kind(value) == kind


@pytest.mark.parametrize(
    "value",
    [
        "",
        "2023-13",
        "2023-02-29",  # 2023 is not a leap year
        "2023-04-31",
        "2023-12-8",
        "2023-W54",
        "2023-W53",  # 2023 has 52 ISO weeks
        "2023-W00",
        "2023-Q5",
        "2023-H3",
        "2023-AU",
        "0000",
        "000",
        "X9X",  # unknown digits only at the end
        "20231",
        "1",
        "P",
        "PT",
        "P2DE",  # decades as durations are written in years
        "P1CE",
        "P1E",
        "P2L",
        "P1H",  # hours need the T
        "2023-12-08T25:00",
        "2023-12-08T24:30",
        "2023-12-08T15",
        "2023-12-08TXX",
        "T15:00",
        "2023-12T15:00",
        "past_ref",
        "NOW",
        "2023-12-08 ",
        "9999-99-99",
        "BC",
        "BC0000",  # there is no year 0
        "BC123",
    ],
)
def test_invalid_values_are_rejected(value: str) -> None:
    assert value_kind(value) is None


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        # The conventions' own examples.
        ("2024-01", "2024-01-01/2024-01-31"),
        ("2023-W48", "2023-11-27/2023-12-03"),
        ("2014", "2014-01-01/2014-12-31"),
        ("199", "1990-01-01/1999-12-31"),
        ("18", "1800-01-01/1899-12-31"),
        ("2023-12-08T15:00", "2023-12-08T15:00/2023-12-08T15:00"),
        ("2023-12-08T24:00", "2023-12-09T00:00/2023-12-09T00:00"),
        # Worked by hand.
        ("2023-12-08", "2023-12-08/2023-12-08"),
        ("2024-02", "2024-02-01/2024-02-29"),
        ("2023-02", "2023-02-01/2023-02-28"),
        ("2020-W53", "2020-12-28/2021-01-03"),
        ("2023-W49-WE", "2023-12-09/2023-12-10"),
        ("2023-W49-5", "2023-12-08/2023-12-08"),
        ("2023-Q3", "2023-07-01/2023-09-30"),
        ("2023-Q1", "2023-01-01/2023-03-31"),
        ("2023-H1", "2023-01-01/2023-06-30"),
        ("2023-H2", "2023-07-01/2023-12-31"),
        ("2024-SP", "2024-03-01/2024-05-31"),
        ("2024-SU", "2024-06-01/2024-08-31"),
        ("2024-FA", "2024-09-01/2024-11-30"),
        ("2023-WI", "2023-12-01/2024-02-29"),
        ("2024-WI", "2024-12-01/2025-02-28"),
        ("20", "2000-01-01/2099-12-31"),
        ("200", "2000-01-01/2009-12-31"),
        ("2023-12-08TMO", "2023-12-08T06:00/2023-12-08T11:59"),
        ("2023-12-08TAF", "2023-12-08T12:00/2023-12-08T17:59"),
        ("2023-12-08TEV", "2023-12-08T18:00/2023-12-08T21:59"),
        ("2023-12-31TNI", "2023-12-31T22:00/2024-01-01T05:59"),
    ],
)
def test_value_intervals(value: str, interval: str) -> None:
    assert value_interval(value) == interval


@pytest.mark.parametrize(
    "value",
    [
        "XXXX-XX-XX",
        "XXXX-12-09",
        "XXXX-WXX-5",
        "XXXX",
        "P45D",
        "PAST_REF",
        "2023-12-08T15:00:30",
        "2023-12-08TMI",
    ],
)
def test_values_without_an_interval(value: str) -> None:
    assert value_interval(value) is None


@pytest.mark.parametrize(
    ("interval", "fine"),
    [
        ("2024-01-01/2024-01-31", True),
        ("2023-12-08/2023-12-08", True),
        ("../2016-12-08", True),
        ("2024-01-01/..", True),
        ("2023-12-08T15:00/2023-12-08T15:00", True),
        ("2023-12-31T22:00/2024-01-01T05:59", True),
        ("2024-01-31/2024-01-01", False),
        ("../..", False),
        ("2024-01-01", False),
        ("2024-01/2024-02", False),
        ("2024-01-01/2024-01-31/2024-02-01", False),
        ("2024-13-01/2024-13-02", False),
        ("2024-01-01 / 2024-01-31", False),
    ],
)
def test_interval_problem(interval: str, fine: bool) -> None:
    assert (interval_problem(interval) is None) == fine


def test_thirds_follow_the_conventions() -> None:
    assert thirds("2014") == (
        (date(2014, 1, 1), date(2014, 4, 30)),
        (date(2014, 5, 1), date(2014, 8, 31)),
        (date(2014, 9, 1), date(2014, 12, 31)),
    )
    assert thirds("2024-02") == (
        (date(2024, 2, 1), date(2024, 2, 10)),
        (date(2024, 2, 11), date(2024, 2, 20)),
        (date(2024, 2, 21), date(2024, 2, 29)),
    )
    assert thirds("199") == (
        (date(1990, 1, 1), date(1993, 12, 31)),
        (date(1994, 1, 1), date(1996, 12, 31)),
        (date(1997, 1, 1), date(1999, 12, 31)),
    )
    assert thirds("18") == (
        (date(1800, 1, 1), date(1832, 12, 31)),
        (date(1833, 1, 1), date(1865, 12, 31)),
        (date(1866, 1, 1), date(1899, 12, 31)),
    )
    assert thirds("2023-Q4") == (
        (date(2023, 10, 1), date(2023, 10, 31)),
        (date(2023, 11, 1), date(2023, 11, 30)),
        (date(2023, 12, 1), date(2023, 12, 31)),
    )
    assert thirds("2023-W48") is None
    assert thirds("XXXX") is None


def test_date_period_of_unanchored_and_other_values_is_none() -> None:
    for value in ("XXXX-12", "P3Y", "PRESENT_REF", "2023-12-08T15:00"):
        assert date_period(value) is None


def test_offsets_follow_the_conventions_examples() -> None:
    """Conventions, "Offsets", anchor Sat 2023-12-09."""
    anchor = date(2023, 12, 9)
    assert at_grain(anchor - offset("year", 3), "year") == "2020"
    assert at_grain(anchor + offset("week", 2), "week") == "2023-W51"
    assert at_grain(anchor + offset("day", 5), "day") == "2023-12-14"
    assert at_grain(anchor - offset("decade", 1), "decade") == "2013"
    assert at_grain(date(2024, 3, 31) - offset("month", 1), "day") == "2024-02-29"
    assert at_grain(anchor - offset("week", 1), "week") == "2023-W48"
    assert at_grain(date(2021, 1, 1), "week") == "2020-W53"  # the ISO year, not the calendar year


def test_periods_of_the_anchor() -> None:
    anchor = date(2023, 12, 9)
    assert period_of(anchor, "week") == (date(2023, 12, 4), date(2023, 12, 10))
    assert period_of(anchor, "month") == (date(2023, 12, 1), date(2023, 12, 31))
    assert period_of(anchor, "year") == (date(2023, 1, 1), date(2023, 12, 31))


def test_weekday_choice_follows_the_conventions_examples() -> None:
    saturday = date(2023, 12, 9)
    assert weekday_on_or_before(saturday, 4) == date(2023, 12, 8)  # "said on Friday"
    assert weekday_on_or_before(saturday, 5) == saturday  # "said on Saturday" in a Saturday paper
    assert weekday_on_or_after(saturday, 1) == date(2023, 12, 12)  # "will meet on Tuesday"
    assert weekday_on_or_after(saturday, 5) == saturday


def test_english_helpers() -> None:
    assert [number_word(n) for n in (1, 7, 13, 20, 21, 45, 60)] == [
        "one",
        "seven",
        "thirteen",
        "twenty",
        "twenty-one",
        "forty-five",
        "sixty",
    ]
    assert unit_phrase("a", 1, "decade") == "a decade"
    assert unit_phrase("3", 3, "week") == "3 weeks"
    assert in_sentence("{expr}, the plant closed.", "three days ago") == (
        "Three days ago, the plant closed.",
        0,
    )
    assert in_sentence("The plant closed {expr}.", "in 3 days") == (
        "The plant closed in 3 days.",
        17,
    )
