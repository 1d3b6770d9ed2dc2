"""Pairing details the document corpus does not pin down: the optional 'the' of 'since the', and a
dateline's date, which dates the report and never pairs, read as chrono.dateline reads it."""

from __future__ import annotations

from datetime import date

import pytest

from chrono import annotate

DCT = date(2023, 12, 9)


@pytest.mark.parametrize(
    "text",
    [
        "In the seven years since 2014, the town has grown.",
        "In the seven years since the 2014 flood, the town has grown.",
        "In the seven years since The 2014 flood, the town has grown.",
    ],
)
def test_since_takes_an_optional_the(text: str) -> None:
    # seven years (6.5 to 8) after 2014: mid-2020 to the end of 2022
    assert annotate(text, DCT).implied_dct == "2020-07-01/2022-12-31"


@pytest.mark.parametrize("dct", [None, DCT])
@pytest.mark.parametrize(
    "dateline",
    [
        "Saturday, December 9, 2023",
        "WASHINGTON, Dec. 9, 2023 (AP) --",
        "Published on December 9, 2023",
        "December 9, 2023 in Washington",
    ],
)
def test_a_dateline_never_pairs(dateline: str, dct: date | None) -> None:
    # the dateline is the only date before 'began two years ago': paired, it would say the text
    # was written two years after its own date
    doc = annotate(f"{dateline}\n\nThe strike, which began two years ago, goes on.", dct)
    assert doc.dct == DCT
    assert (doc.implied_dct, doc.flags) == (None, ())


def test_a_date_in_the_first_sentence_still_pairs() -> None:
    # not a date line: the sentence goes on in lower case. Two years is 18 to 36 months, from
    # the start of the day [2021-03-02, 2021-03-03): [2022-09-02, 2024-03-03), inclusive
    doc = annotate("The strike began on March 2, 2021, two years ago.", DCT)
    assert doc.implied_dct == "2022-09-02/2024-03-02"
