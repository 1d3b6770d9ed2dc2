"""A stretch of the calendar told with a schedule's present ('The season runs from June 1 to
Nov. 30') may be one under way, not one ahead: when the nearer occurrence of the whole range
holds the DCT, both ends are read as present, the nearer ones."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date

from chrono.extract import Mention
from chrono.lexicon import Lexicon
from chrono.model import Tense
from chrono.refine.patterns import patterns_for
from chrono.semantics import CalendarDate
from chrono.tense_words import Strength, TenseReading


def ranges_under_way(
    mentions: Sequence[Mention],
    readings: list[TenseReading | None],
    lowered: str,
    dct: date | None,
    lexicon: Lexicon,
) -> list[TenseReading | None]:
    """The readings, with the two ends of a yearless range of days or months that a schedule
    (not a firm 'will') dates ahead made present when the range holds the DCT."""
    if dct is None:
        return readings
    link = patterns_for(lexicon).date_range_link
    shared = list(readings)
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        reading = shared[index]
        if reading is None or reading.tense is not Tense.FUTURE:
            continue
        if reading.strength is Strength.FIRM:
            continue  # 'will run from June 1 to Nov. 30': the next season
        start, end = _yearless(first.meaning), _yearless(second.meaning)
        if start is None or end is None:
            continue
        if link.fullmatch(lowered, first.end, second.start) is None:
            continue
        if any(_holds(start, end, year, dct) for year in (dct.year - 1, dct.year)):
            present = TenseReading(Tense.PRESENT, cue=reading.cue)
            shared[index] = shared[index + 1] = present
    return shared


def _yearless(meaning: object) -> tuple[int, int | None] | None:
    """The month and day (None for a whole month) of a date written without a year."""
    if not isinstance(meaning, CalendarDate) or meaning.year is not None:
        return None
    if meaning.month is None or meaning.relation is not None or meaning.nth_weekday is not None:
        return None
    return meaning.month, meaning.day


def _holds(
    start: tuple[int, int | None], end: tuple[int, int | None], year: int, dct: date
) -> bool:
    """Whether the range starting in `year` (its end in the next year when it comes earlier in
    the calendar) holds the DCT."""
    end_year = year + int((end[0], end[1] or 1) < (start[0], start[1] or 1))
    try:
        first = date(year, start[0], start[1] or 1)
        last_day = end[1] or calendar.monthrange(end_year, end[0])[1]
        last = date(end_year, end[0], last_day)
    except ValueError:
        return False
    return first <= dct <= last
