"""The two ends of a range are read together: "from March to May 2023" puts March in 2023,
"March 3 and 4, 2019" both days in 2019, "from June 2010 to August" August in 2010; "from Monday
to Thursday" keeps the two weekdays in order, four days apart, in the week the tense picks;
"between 9 a.m. and 5 p.m. on Tuesday" puts both times on Tuesday, and "7:30-10 p.m." both in
the evening."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.patterns import WORD
from chrono.refine.clocks import linked_clock_pairs
from chrono.refine.patterns import patterns_for
from chrono.semantics import (
    NOON_HOUR,
    Base,
    CalendarDate,
    ClockTime,
    Meaning,
    WeekdayRef,
)
from chrono.tokens import heads_a_line

# The most days a listed weekday may follow the one before it and still run on from it.
_LISTED_DAYS_APART = 3

_HALF_YEAR_MONTHS = 6
_MOVE_REACH = 40  # characters back from a range's first day to 'moved from'
_COMMA_REACH = 8  # characters back to the comma before a range's first day


def share_range_years(mentions: list[Mention], source: Source) -> list[Mention]:
    """A yearless end of a date range or list takes the other end's year; one that comes
    earlier in the calendar than a later-written end is in the year before ('Dec. 30 to
    Jan. 2, 2020'), one after an earlier-written end in the year after. With no year written,
    the second end follows the first ('Dec. 1-Dec. 3')."""
    link = patterns_for(source.lexicon).date_range_link
    refined = list(mentions)
    for index in range(len(refined) - 1):
        first, second = refined[index], refined[index + 1]
        if link.fullmatch(source.lowered, first.end, second.start) is None:
            continue
        start, end = first.meaning, second.meaning
        if not isinstance(start, CalendarDate) or not isinstance(end, CalendarDate):
            continue
        if _yearless(start) and _dated(end):
            assert end.year is not None
            year = end.year - (_key(start) > _key(end))
            refined[index] = replace(first, meaning=replace(start, year=year))
        elif _yearless(start) and end.month is not None and _said_relative_year(end):
            assert end.year_offset is not None
            offset = end.year_offset - (_key(start) > _key(end))
            moved = replace(start, year_offset=offset, year_base=end.year_base)
            refined[index] = replace(first, meaning=moved)
        elif _yearless(start) and _yearless(end) and not _a_list(first, second, source):
            # 'Dec. 1-Dec. 3': the end lies in the start's year, or the next one
            offset = int(_key(end) < _key(start))
            move = _a_move(first, source)
            if move is not None:  # 'brought forward from 10 May to 3 May': the new slot
                offset = _slot_year(start, end, move)
            later = replace(end, year_offset=offset, year_base=Base.REF)
            refined[index + 1] = replace(second, meaning=later)
        elif _dated(start) and _yearless(end):
            assert start.year is not None
            year = start.year + (_key(end) < _key(start))
            refined[index + 1] = replace(second, meaning=replace(end, year=year))
    return refined


def pair_weekday_ranges(mentions: list[Mention], source: Source) -> list[Mention]:
    """'from Monday to Thursday', 'Friday-Sunday', and two days listed ('on Friday and
    Saturday'): each end learns the other, so that the resolver places them in one stretch."""
    link = patterns_for(source.lexicon).weekday_range_link
    refined = list(mentions)
    for index in range(len(refined) - 1):
        first, second = refined[index], refined[index + 1]
        start, end = first.meaning, second.meaning
        if not (_plain_weekday(start) and _plain_weekday(end)):
            continue
        listed = _two_listed(first, second, source)
        linked = link.fullmatch(source.lowered, first.end, second.start)
        if linked is None and not listed:
            continue
        into = linked is not None and linked.group("into") is not None
        if into and not _next_day(start, end):
            continue
        if not (into or _opens_a_range(first, second, source) or listed):
            continue
        assert isinstance(start, WeekdayRef) and isinstance(end, WeekdayRef)
        refined[index] = replace(first, meaning=replace(start, range_other=end.weekday))
        refined[index + 1] = replace(
            second, meaning=replace(end, range_other=start.weekday, range_end=True)
        )
    return refined


def share_clock_ranges(mentions: list[Mention], source: Source) -> list[Mention]:
    """The first clock time of a range takes the day written after the second, and its half
    of the day when it gives none ('from 2 to 4 p.m. yesterday')."""
    link = patterns_for(source.lexicon).date_range_link
    refined = list(mentions)
    for index, start, end in linked_clock_pairs(refined, source, link):
        assert start.hour is not None and end.hour is not None
        if start.date is not None:
            continue
        hour = start.hour
        if (
            start.twelve_hour
            and hour < NOON_HOUR
            and end.hour >= NOON_HOUR
            and hour + NOON_HOUR <= end.hour
        ):
            hour += NOON_HOUR
        shared = replace(start, hour=hour, date=end.date, twelve_hour=False)
        refined[index] = replace(refined[index], meaning=shared)
    return refined


def follow_range_starts(mentions: list[Mention], source: Source) -> list[Mention]:
    """'from 10pm Friday until 6am Monday', 'from Saturday, Dec. 5 to Monday': a weekday that
    ends a range whose start names a day comes after it. After a date the tense places it, but
    never before that date; after a weekday under a clock time the two pair as a bare range of
    days does."""
    link = patterns_for(source.lexicon).date_range_link
    refined = list(mentions)
    for index in range(len(refined) - 1):
        first, second = refined[index], refined[index + 1]
        end = day_of(second.meaning)
        if not isinstance(end, WeekdayRef) or not _unpaired_weekday(end):
            continue
        if link.fullmatch(source.lowered, first.end, second.start) is None:
            continue
        if not _opens_a_range(first, second, source):
            continue
        match day_of(first.meaning):
            case CalendarDate(month=int(), day=int()):
                refined[index + 1] = _with_day(second, replace(end, after_ref=True))
            case WeekdayRef() as start if _unpaired_weekday(start) and start.weekday != end.weekday:
                paired_end = replace(end, range_other=start.weekday, range_end=True)
                refined[index] = _with_day(first, replace(start, range_other=end.weekday))
                refined[index + 1] = _with_day(second, paired_end)
    return refined


def day_of(meaning: Meaning) -> Meaning | None:
    """The day a mention names: its own meaning, or a clock time's date."""
    return meaning.date if isinstance(meaning, ClockTime) else meaning


def _with_day(mention: Mention, day: WeekdayRef) -> Mention:
    meaning = mention.meaning
    if isinstance(meaning, ClockTime):
        return replace(mention, meaning=replace(meaning, date=day))
    return replace(mention, meaning=day)


def _unpaired_weekday(day: WeekdayRef) -> bool:
    return _plain_weekday(day) and day.range_other is None


def _a_list(first: Mention, second: Mention, source: Source) -> bool:
    """'May and March' lists two dates in no order; a dash or 'to' runs from one to the other,
    and so does 'and' after 'between' ('between November and March')."""
    lex = source.lexicon
    if lex.is_fragment("range_opener", source.word_before(first.start)):
        return False
    return lex.is_fragment("and", source.lowered[first.end : second.start].strip())


def _a_move(first: Mention, source: Source) -> int | None:
    """'brought forward from 10 May to 2 May': 'from' and 'to' after a verb that moves an event
    name its old and new slots, no stretch of days; the move's way, as `Lexicon.event_move`."""
    lex = source.lexicon
    before = WORD.findall(source.lowered, max(0, first.start - _MOVE_REACH), first.start)
    if not before or not lex.is_fragment("from", before[-1]):
        return None
    return lex.event_move(before[-2::-1])


def _slot_year(old: CalendarDate, new: CalendarDate, way: int) -> int:
    """The year of a new slot against the old one's: after it when the event was put off,
    before it when brought forward, else in the old one's year unless that is more than half a
    year back ('moved from December to January', 'rescheduled from 14 February to 28 November')."""
    if way > 0:
        return int(_key(new) <= _key(old))
    if way < 0:
        return -int(_key(new) >= _key(old))
    assert old.month is not None and new.month is not None
    return int(old.month - new.month > _HALF_YEAR_MONTHS)


def _two_listed(first: Mention, second: Mention, source: Source) -> bool:
    """'on Friday and Saturday', 'Thursday or Friday': two days told in order, one stretch, when
    the second comes a few days after the first ('statements made Friday and Thursday' lists
    two days in no order)."""
    gap = source.lowered[first.end : second.start].strip()
    lex = source.lexicon
    if not (lex.is_fragment("and", gap) or lex.is_fragment("or", gap)):
        return False
    start, end = first.meaning, second.meaning
    assert isinstance(start, WeekdayRef) and isinstance(end, WeekdayRef)
    return 0 < (end.weekday - start.weekday) % 7 <= _LISTED_DAYS_APART


def _next_day(start: Meaning, end: Meaning) -> bool:
    """'Tuesday night into Wednesday': the night runs into the day after it."""
    return (
        isinstance(start, WeekdayRef)
        and isinstance(end, WeekdayRef)
        and start.part is not None
        and end.weekday == start.weekday % 7 + 1
    )


def _opens_a_range(first: Mention, second: Mention, source: Source) -> bool:
    """A dash needs nothing more ('Friday-Sunday'); a word needs 'from' or 'between' before
    the first day ('from Monday to Thursday', not 'moved Monday to Thursday'), or the two days
    must head a line of a timetable ('Tuesday to Friday: reduced timetable') or follow a comma
    ('open from 9am to 5pm, Monday to Friday')."""
    gap = source.lowered[first.end : second.start].strip()
    if gap in ("-", "\u2013"):
        return True
    if heads_a_line(source.text, first.start, first.end, source.lexicon):
        return True  # 'Tuesday to Friday: reduced timetable'
    if source.text[max(0, first.start - _COMMA_REACH) : first.start].rstrip().endswith(","):
        return True
    return source.lexicon.is_fragment("range_opener", source.word_before(first.start))


def _plain_weekday(meaning: Meaning) -> bool:
    return (
        isinstance(meaning, WeekdayRef)
        and meaning.relation is None
        and meaning.base is Base.DCT
        and not meaning.weeks_on
        and meaning.in_week is None
    )


def _yearless(date: CalendarDate) -> bool:
    return (
        date.month is not None
        and date.year is None
        and date.year_offset is None
        and date.relation is None
    )


def _said_relative_year(date: CalendarDate) -> bool:
    """'Sept. 2 last year': a year counted from the document date, as written."""
    return date.year_offset is not None and date.year_base is Base.DCT


def _dated(date: CalendarDate) -> bool:
    return date.month is not None and date.year is not None


def _key(date: CalendarDate) -> tuple[int, int]:
    assert date.month is not None
    return date.month, date.day or 0
