"""Sets gather what is said beside them: "every Monday and Thursday" makes Thursday recur too,
as "every March and September" does September; "8 a.m. every day" and "every Monday at 9 a.m."
repeat at a clock time, "every year on July 4" on a calendar day."""

from __future__ import annotations

import re
from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.refine.days import stop_ends_the_sentence
from chrono.refine.patterns import patterns_for
from chrono.semantics import CalendarDate, ClockTime, Recurrence, Unit, WeekdayRef, in_part_of_day


def distribute_sets(mentions: list[Mention], source: Source) -> list[Mention]:
    """'every Monday and Thursday': a weekday listed after a recurring one recurs too. A clock
    time on the last day of the list holds for the whole list ('every Monday and Thursday at
    7 p.m.' is XXXX-WXX-1T19:00 and XXXX-WXX-4T19:00)."""
    link = patterns_for(source.lexicon).list_link
    refined: list[Mention] = []
    listed: list[int] = []
    for mention in mentions:
        previous = refined[-1] if refined else None
        month = _listed_month(previous, mention, source)
        if month is not None:
            refined.append(month)
            continue
        day, at = _listed_day(mention.meaning)
        if (
            previous is not None
            and isinstance(previous.meaning, Recurrence)
            and previous.meaning.weekday is not None
            and day is not None
            and link.fullmatch(source.lowered, previous.end, mention.start) is not None
        ):
            listed = listed or [len(refined) - 1]
            meaning = replace(previous.meaning, weekday=day.weekday, part=day.part, at=at)
            mention = replace(mention, meaning=meaning)
            if at is not None:
                for index in listed:
                    earlier = refined[index].meaning
                    assert isinstance(earlier, Recurrence)
                    if earlier.at is None:
                        refined[index] = replace(refined[index], meaning=replace(earlier, at=at))
            listed.append(len(refined))
        else:
            listed = []
        refined.append(mention)
    return refined


def share_listed_clocks(mentions: list[Mention], source: Source) -> list[Mention]:
    """'on Mondays and Thursdays at 7 p.m.': a clock time on the last of a list of recurring
    days holds for the days listed before it."""
    link = patterns_for(source.lexicon).list_link
    refined = list(mentions)
    for index in range(len(refined) - 1, 0, -1):
        later, earlier = refined[index], refined[index - 1]
        at = later.meaning.at if isinstance(later.meaning, Recurrence) else None
        listed = link.fullmatch(source.lowered, earlier.end, later.start) is not None
        if at is None or not listed or not isinstance(earlier.meaning, Recurrence):
            continue
        if earlier.meaning.weekday is not None and earlier.meaning.at is None:
            refined[index - 1] = replace(earlier, meaning=replace(earlier.meaning, at=at))
    return refined


def _listed_month(previous: Mention | None, mention: Mention, source: Source) -> Mention | None:
    """'every March, June, September and December': a bare month listed after a recurring one
    recurs too."""
    if previous is None or not isinstance(previous.meaning, Recurrence):
        return None
    repeated, listed = previous.meaning.on, mention.meaning
    if not (_bare_month(repeated) and _bare_month(listed)):
        return None
    if patterns_for(source.lexicon).list_link.fullmatch(
        source.lowered, previous.end, mention.start
    ):
        assert isinstance(listed, CalendarDate)
        return replace(mention, meaning=replace(previous.meaning, on=listed))
    return None


def _bare_month(meaning: object) -> bool:
    return (
        isinstance(meaning, CalendarDate)
        and meaning.month is not None
        and meaning == CalendarDate(month=meaning.month)
    )


def _listed_day(meaning: object) -> tuple[WeekdayRef | None, tuple[int, int] | None]:
    """The bare weekday of a list item ('Thursday'), and its clock time if it has one
    ('Thursday at 7 p.m.')."""
    if isinstance(meaning, WeekdayRef) and meaning.relation is None:
        return meaning, None
    if (
        isinstance(meaning, ClockTime)
        and meaning.hour is not None
        and isinstance(meaning.date, WeekdayRef)
        and meaning.date.relation is None
    ):
        return meaning.date, (meaning.hour % 24, meaning.minute)
    return None, None


def attach_set_details(mentions: list[Mention], source: Source) -> list[Mention]:
    """A clock time beside a daily or weekly set, or a calendar day beside 'every year' ('every
    year on July 4', 'on July 1 each year'), belongs to the set: one SET timex ('8 a.m. every
    day' is XXXX-XX-XXT08:00)."""
    patterns = patterns_for(source.lexicon)
    beside, on_a_day = patterns.set_beside, patterns.set_on_day
    refined: list[Mention] = []
    for index, mention in enumerate(mentions):
        previous = refined[-1] if refined else None
        if previous is not None and _ends_a_clock_range(refined, source):
            if _repeats_beside(mention, previous.end, mention.start, source):
                _on_any_day(refined)  # 'from 9 a.m. to 5 p.m. every Monday': hours, not a time
            refined.append(mention)
            continue
        if len(refined) > 1 and _ends_a_clock_range([*refined[-1:], mention], source):
            before, first = _set_before(refined, source), refined[-1]
            if _repeats_beside(before, refined[-2].end, first.start, source, leading=True):
                refined.append(mention)  # 'every day from 6 a.m. to 9 p.m.'
                _on_any_day(refined)
                continue
        parted = previous is not None and stop_ends_the_sentence(previous, mention, source)
        following = mentions[index + 1 : index + 2]
        opens_a_range = bool(following) and _ends_a_clock_range([mention, *following], source)
        merged = (
            _merged(previous, mention, source, beside, on_a_day)
            if previous and not parted and not opens_a_range  # 'every Sunday, 7am to 9am'
            else None
        )
        if merged is not None:
            refined[-1] = merged
        else:
            refined.append(mention)
    return refined


def _repeats_beside(
    mention: Mention, gap_start: int, gap_end: int, source: Source, *, leading: bool = False
) -> bool:
    """Whether a set of days stands beside a clock range, after it ('from 6 a.m. to 9 p.m. every
    day', 'on weekdays') or before it ('every day from 6 a.m. to 9 p.m.')."""
    meaning = mention.meaning
    if not isinstance(meaning, Recurrence) or meaning.at is not None:
        return False
    days = (Unit.DAY, Unit.WEEK, Unit.WEEKEND)
    if meaning.unit not in days and not _repeats_daily_or_weekly(meaning):
        return False
    patterns = patterns_for(source.lexicon)
    gap = patterns.set_before_range if leading else patterns.set_beside
    return gap.fullmatch(source.lowered, gap_start, gap_end) is not None


def _set_before(refined: list[Mention], source: Source) -> Mention:
    """The mention before a clock range's first time, or the set of days the months it names
    narrow ('every Sunday in December, 7am to 9am', 'every Saturday in October and November
    from 9am')."""
    before = refined[-2]
    index = len(refined) - 2
    patterns = patterns_for(source.lexicon)
    while index > 0 and _bare_month(refined[index].meaning):
        earlier = refined[index - 1]
        listed = patterns.list_link.fullmatch(source.lowered, earlier.end, refined[index].start)
        if not (_bare_month(earlier.meaning) and listed):
            break
        index -= 1
    if index < 1 or not _bare_month(refined[index].meaning):
        return before
    narrowed = refined[index - 1]
    on_a_day = patterns.set_on_day.fullmatch(source.lowered, narrowed.end, refined[index].start)
    return narrowed if on_a_day else before


def _on_any_day(refined: list[Mention]) -> None:
    """Opening hours: the two clock times of the range hold on every day of the set, so they
    are times of no one day (XXXX-XX-XXT06:00), not times of the day they are told on; a range
    with a day of its own ('from noon to 11pm on Saturday') stays on that day."""
    clocks = [refined[index].meaning for index in (-2, -1)]
    if any(not isinstance(clock, ClockTime) or clock.date is not None for clock in clocks):
        return
    for index, clock in zip((-2, -1), clocks, strict=True):
        assert isinstance(clock, ClockTime)
        refined[index] = replace(refined[index], meaning=replace(clock, any_day=True))


def _ends_a_clock_range(refined: list[Mention], source: Source) -> bool:
    """Whether the last mention is the closing time of a clock range."""
    if len(refined) < 2:
        return False
    first, last = refined[-2], refined[-1]
    if not isinstance(first.meaning, ClockTime) or not isinstance(last.meaning, ClockTime):
        return False
    link = patterns_for(source.lexicon).date_range_link
    return link.fullmatch(source.lowered, first.end, last.start) is not None


def _merged(
    first: Mention,
    second: Mention,
    source: Source,
    beside: re.Pattern[str],
    on_a_day: re.Pattern[str],
) -> Mention | None:
    gap = (source.lowered, first.end, second.start)
    meaning: Recurrence | None = None
    if isinstance(first.meaning, Recurrence) and _clock_alone(second.meaning):
        if _repeats_daily_or_weekly(first.meaning) and beside.fullmatch(*gap):
            meaning = _at(first.meaning, second.meaning)
    elif isinstance(second.meaning, Recurrence) and _clock_alone(first.meaning):
        if _repeats_daily_or_weekly(second.meaning) and beside.fullmatch(*gap):
            meaning = _at(second.meaning, first.meaning)
    elif isinstance(first.meaning, Recurrence) and _yearless_day(second.meaning):
        if _yearly(first.meaning) and on_a_day.fullmatch(*gap):
            assert isinstance(second.meaning, CalendarDate)
            meaning = replace(first.meaning, unit=None, on=second.meaning)
    elif (
        isinstance(second.meaning, Recurrence)
        and _yearless_day(first.meaning)
        and _yearly(second.meaning)
        and not source.lowered[first.end : second.start].strip()
    ):
        assert isinstance(first.meaning, CalendarDate)  # 'on July 1 each year'
        meaning = replace(second.meaning, unit=None, on=first.meaning)
    if meaning is None:
        return None
    return Mention(first.start, second.end, first.rule, meaning, first.mod or second.mod)


def _yearly(recurrence: Recurrence) -> bool:
    """'every year', 'each year', with no day of its own yet."""
    every_year = recurrence.unit is Unit.YEAR and recurrence.every == 1
    return every_year and recurrence.on is None


def _clock_alone(meaning: object) -> bool:
    return isinstance(meaning, ClockTime) and meaning.hour is not None and meaning.date is None


def _repeats_daily_or_weekly(recurrence: Recurrence) -> bool:
    """'every day', 'daily', 'each morning' (the clock time takes the part's place), 'every
    Monday'."""
    daily = recurrence.unit is Unit.DAY and recurrence.every == 1
    each_part = recurrence.unit is None and recurrence.weekday is None and recurrence.part
    return recurrence.at is None and (daily or bool(each_part) or recurrence.weekday is not None)


def _at(recurrence: Recurrence, clock: object) -> Recurrence:
    assert isinstance(clock, ClockTime) and clock.hour is not None
    unit = None if recurrence.weekday is not None else recurrence.unit or Unit.DAY
    hour = clock.hour
    if recurrence.part is not None and clock.twelve_hour:
        hour = in_part_of_day(hour, recurrence.part)
    return replace(recurrence, unit=unit, part=None, at=(hour % 24, clock.minute))


def _yearless_day(meaning: object) -> bool:
    return (
        isinstance(meaning, CalendarDate)
        and meaning.month is not None
        and meaning.year is None
        and meaning.relation is None
        and meaning.year_offset is None
    )
