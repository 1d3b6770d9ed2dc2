"""The dateline: which lines near the top give the document date, and which do not."""

from __future__ import annotations

from datetime import date

import pytest

import chrono

DATELINES = [
    ("Ontario Ledger\n\nSaturday, December 9, 2023\n\nThe council met.", date(2023, 12, 9)),
    (
        "WASHINGTON, Dec. 9, 2023 (AP) -- Officials said on Friday that talks failed.",
        date(2023, 12, 9),
    ),
    ("Published: 9 December 2023\n\nThe council met on Friday.", date(2023, 12, 9)),
    ("Last updated: 30 September 2012\n\nThe pier reopened.", date(2012, 9, 30)),
    ("Harbour Weekly\n2024-03-05\nThe ferry resumed service.", date(2024, 3, 5)),
    ("PORT ELLERY, March 2, 2021 (Coast Wire)--A storm closed the harbour.", date(2021, 3, 2)),
    ("LAGOS, May 4, 2022 — Fuel queues returned to the capital.", date(2022, 5, 4)),
    ("QUITO, June 7, 2022 (Andes Wire) - Rains cut the main road.", date(2022, 6, 7)),
    ("NEW DELHI, 12 March 2024: Markets opened higher on Tuesday.", date(2024, 3, 12)),
    ("CHENNAI, 3 October 2027 (Coast Wire) The port reopened on Sunday.", date(2027, 10, 3)),
    ("Posted Dec. 9, 2023 12:34 PM\n\nThe council met on Friday.", date(2023, 12, 9)),
    ("Updated: 2023-12-09T10:00Z\n\nThe council met on Friday.", date(2023, 12, 9)),
]

NOT_DATELINES = [
    "The treaty was signed on March 3, 1998, and officials said on Friday that it held.",
    "Talks that began on June 1, 2021 have stalled, negotiators said.",
    "The council met on Friday.",
    "The vote on March 12, 2024 - a Tuesday - was close, observers said.",
    "The talks (held on 6 November 2031) Then collapsed, officials said.",
    "",
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_a_date_line_near_the_top_gives_the_dct(text: str, expected: date) -> None:
    doc = chrono.annotate(text)
    assert (doc.dct, doc.dct_source) == (expected, chrono.DctSource.DATELINE)


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_a_date_inside_a_sentence_is_no_dateline(text: str) -> None:
    doc = chrono.annotate(text)
    assert (doc.dct, doc.dct_source) == (None, chrono.DctSource.NONE)


def test_a_given_dct_wins_over_the_dateline() -> None:
    doc = chrono.annotate(DATELINES[0][0], "2020-01-01")
    assert (doc.dct, doc.dct_source) == (date(2020, 1, 1), chrono.DctSource.GIVEN)
