"""A document creation time given by the caller that the text's own dateline contradicts: one of
the two is wrong, and every relative expression was anchored at the given one."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from chrono.consistency.observation import Observation
from chrono.consistency.ranges import DateRange
from chrono.consistency.readings import evidence
from chrono.model import Flag, Severity

KIND = "dct-contradicts-dateline"
# A wire dateline may carry the day before or after the issue date it was filed for.
_DAYS_TOLERATED = 1


def given_dct_flags(
    observations: Sequence[Observation],
    dct: date,
    dateline: tuple[date, int] | None,
    implied: DateRange | None,
) -> Iterator[Flag]:
    """One flag when the dateline's date (`dateline` holds it and the offset where its timex
    starts) lies more than a day from the given DCT; the message says which of the two the
    text's own evidence (`implied`) bears out, if it decides."""
    if dateline is None:
        return
    day, start = dateline
    if abs((day - dct).days) <= _DAYS_TOLERATED:
        return
    found = [evidence(item) for item in observations if item.timex.start == start]
    message = (
        f"the document creation time given, {dct.isoformat()}, is not the dateline's date,"
        f" {day.isoformat()}; relative expressions were anchored at the given one"
    )
    if implied is not None and implied.contains(dct) != implied.contains(day):
        agreeing = "given date" if implied.contains(dct) else "dateline"
        message += f", and the text itself ({implied.describe()}) agrees with the {agreeing}"
    yield Flag(
        KIND, message + ".", Severity.WARNING, tuple(found[:1]), DateRange(day, day).render()
    )
