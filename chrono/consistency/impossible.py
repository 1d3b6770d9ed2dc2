"""A date the calendar does not have ("February 30, 2023", "31 April 2024", "2023-02-29"): the
grammar reads no date there, so without this check the slip would pass in silence."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from functools import cache

from chrono.lexicon import Lexicon
from chrono.model import Evidence, Flag, Severity
from chrono.patterns import alternation

KIND = "impossible-date"
_LAST_DAY = 31
_YEAR = r"[12]\d{3}(?!\d)"


def impossible_date_flags(text: str, lexicon: Lexicon) -> Iterator[Flag]:
    """One flag per written date whose day its month does not have (a day above 31 is no day of
    any month, so it is left alone)."""
    for match in _pattern(lexicon).finditer(text):
        found = _month_day_year(match, lexicon)
        if found is None:
            continue
        month, day, year = found
        days = monthrange(year, month)[1]
        if not days < day <= _LAST_DAY:
            continue
        said = match.group()
        message = f'"{said}" is no date: {year}-{month:02d} has {days} days.'
        yield Flag(KIND, message, Severity.WARNING, (Evidence("", *match.span(), said),))


def _month_day_year(match: re.Match[str], lexicon: Lexicon) -> tuple[int, int, int] | None:
    if match.group("iso_year"):
        return (
            int(match.group("iso_month")),
            int(match.group("iso_day")),
            int(match.group("iso_year")),
        )
    word = match.group("month") or match.group("month_first")
    if not word[:1].isupper():
        return None  # 'may 31' is no month name
    day = match.group("day") or match.group("day_first")
    year = match.group("year") or match.group("year_first")
    return lexicon.months[word.lower()], int(re.sub(r"\D", "", day)), int(year)


@cache
def _pattern(lexicon: Lexicon) -> re.Pattern[str]:
    months = alternation(lexicon.months)
    suffix = rf"(?:{alternation(lexicon.ordinal_suffixes)})?"
    return re.compile(
        rf"(?<![\w-])(?:(?P<month>{months})\.?\s+(?P<day>[0-3]?\d{suffix}),?\s+(?P<year>{_YEAR})"
        rf"|(?P<day_first>[0-3]?\d{suffix})\s+(?P<month_first>{months})\.?,?\s+"
        rf"(?P<year_first>{_YEAR})"
        rf"|(?P<iso_year>[12]\d{{3}})-(?P<iso_month>0[1-9]|1[0-2])-(?P<iso_day>[0-3]\d)(?!\d))",
        re.IGNORECASE,
    )
