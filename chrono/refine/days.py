"""Days grow and join: "the evening of June 3", "the week of March 4", "Easter week", and a
clock time with its day ("3 p.m. on Friday", "9:30 tonight")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeGuard

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.model import Mod
from chrono.patterns import WORD
from chrono.refine.patterns import LOOK_BACK, patterns_for
from chrono.semantics import (
    AwayFrom,
    Base,
    CalendarDate,
    ClockTime,
    DateMeaning,
    DayPart,
    Deictic,
    EdgeDay,
    HolidayRef,
    Meaning,
    Unit,
    Weekday,
    WeekdayRef,
    WeekOf,
    in_part_of_day,
)

# Room for ' local time, on ' between a clock time and its day.
_JOIN_GAP = 16
_MORNING = 6  # the hour the small hours of a night end
_SENTENCE_REACH = 200
_SHORTEST_VERB = 3  # 'as' and 'its' end in -s too
_SENTENCE_STOP = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“A-Z])|\n")
_AFTER_A_DAY = re.compile(r"(?P<colon>\s*:)|\s+(?P<word>[a-z]+)\b")


def attach_weeks(mentions: list[Mention], source: Source) -> list[Mention]:
    """'the week of March 6', 'the weekend of May 4', 'Easter week': the week a day falls in."""
    patterns = patterns_for(source.lexicon)
    refined: list[Mention] = []
    for index, mention in enumerate(mentions):
        day = mention.meaning
        if not names_a_day(day) or not isinstance(day, CalendarDate | HolidayRef):
            refined.append(mention)
            continue
        floor = refined[-1].start if refined else 0
        before = patterns.week_of.search(
            source.lowered, max(floor, mention.start - LOOK_BACK), mention.start
        )
        if before is not None and refined and refined[-1].end > before.start():
            if refined[-1].start < before.start():
                before = None
            else:
                refined.pop()  # 'the weekend' of 'the weekend of May 4'
        ceiling = mentions[index + 1].start if index + 1 < len(mentions) else len(source.text)
        after = patterns.week_after.match(source.lowered, mention.end, ceiling)
        if before is not None:
            unit = source.lexicon.units[before.group("unit")]
            refined.append(replace(mention, start=before.start(), meaning=WeekOf(unit, day)))
        elif after is not None and isinstance(day, HolidayRef):
            unit = source.lexicon.units[after.group("unit")]
            refined.append(replace(mention, end=after.end(), meaning=WeekOf(unit, day)))
        else:
            refined.append(mention)
    return refined


def join_weekdays_with_weeks(mentions: list[Mention], source: Source) -> list[Mention]:
    """'Tuesday next week', 'Monday last week', 'last week on Monday': the weekday of that
    week, one timex."""
    link = patterns_for(source.lexicon).weekday_week_link
    refined: list[Mention] = []
    for mention in mentions:
        previous = refined[-1] if refined else None
        if previous is not None and link.fullmatch(source.lowered, previous.end, mention.start):
            joined = _weekday_in_week(previous.meaning, mention.meaning) or _weekday_in_week(
                mention.meaning, previous.meaning
            )
            if joined is not None:
                refined[-1] = Mention(previous.start, mention.end, previous.rule, joined)
                _share_week_with_range_start(refined, joined)
                continue
        refined.append(mention)
    return refined


def _share_week_with_range_start(refined: list[Mention], end: WeekdayRef) -> None:
    """'from Monday to Wednesday last week': the week named after the range holds its start."""
    if not end.range_end or len(refined) < 2:
        return
    start = refined[-2].meaning
    if isinstance(start, WeekdayRef) and start.range_other is not None and not start.range_end:
        refined[-2] = replace(refined[-2], meaning=replace(start, in_week=end.in_week))


def _weekday_in_week(day: Meaning, week: Meaning) -> WeekdayRef | None:
    if not isinstance(day, WeekdayRef) or not isinstance(week, Deictic):
        return None
    plain_day = day.relation is None and day.base is Base.DCT and not day.weeks_on
    plain_week = week.unit is Unit.WEEK and week.base is Base.DCT and week.part is None
    if not plain_day or not plain_week or week.by_tense or week.moved_years:
        return None
    return replace(day, in_week=week.offset)


def attach_day_parts(mentions: list[Mention], source: Source) -> list[Mention]:
    pattern = patterns_for(source.lexicon).part_of
    refined: list[Mention] = []
    for mention in mentions:
        floor = refined[-1].end if refined else 0
        found = None
        if names_a_day(mention.meaning):
            found = pattern.search(
                source.lowered, max(floor, mention.start - LOOK_BACK), mention.start
            )
        if found is None:
            refined.append(mention)
            continue
        part = source.lexicon.day_parts[found.group("part")]
        meaning = ClockTime(None, part=part, date=mention.meaning)  # type: ignore[arg-type]
        part_mod = found.group("part_mod")
        mod = source.lexicon.period_mods[part_mod] if part_mod else mention.mod
        refined.append(Mention(found.start(), mention.end, mention.rule, meaning, mod))
    return refined


def join_times_with_dates(mentions: list[Mention], source: Source) -> list[Mention]:
    connector = patterns_for(source.lexicon).connector
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _adjacent(previous, mention, source, connector)
            and not stop_ends_the_sentence(previous, mention, source)
            and not _range_after_a_comma(previous, mention, source)
        ):
            merged = _merge(previous, mention)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(mention)
    return joined


def _range_after_a_comma(time: Mention, day: Mention, source: Source) -> bool:
    """'from 9am to 5pm, Monday to Friday': a weekday after a comma that starts a range of days
    is no clock time's day ('at 11 a.m. on Saturday and Sunday' is)."""
    match day.meaning:
        case WeekdayRef(range_other=Weekday(), range_end=False):
            return "," in source.text[time.end : day.start]
    return False


def _adjacent(first: Mention, second: Mention, source: Source, connector: re.Pattern[str]) -> bool:
    gap = second.start - first.end
    return (
        0 <= gap <= _JOIN_GAP
        and connector.fullmatch(source.lowered, first.end, second.start) is not None
    )


def stop_ends_the_sentence(time: Mention, day: Mention, source: Source) -> bool:
    """'The last train leaves at 11:40 p.m. On Saturdays ...', '... from 6 p.m.' then a line
    'Wednesday: no service', 'The service starts at 6 p.m. Friday is a holiday': the stop of
    'p.m.' ended the sentence when a line break or a capitalized word follows it, or when the
    day is the subject of the next sentence (a verb after it) or a heading (a colon) and the
    clock's own clause already had its verb. 'The deadline of 5 p.m. Friday was extended' has
    none before; '11:40 p.m. on Wednesday as ...' is one time."""
    text, lex = source.text, source.lexicon
    if not isinstance(time.meaning, ClockTime) or not text[: time.end].endswith("."):
        return False
    gap = text[time.end : day.start]
    if "\n" in gap or any(word[:1].isupper() for word in gap.split()):
        return True
    if gap.strip():
        return False
    after = _AFTER_A_DAY.match(text, day.end)
    if after is None:
        return False
    if after.group("colon"):
        return True
    verb = after.group("word")
    cues = lex.past_cues | lex.present_cues | lex.future_cues | lex.weak_future_cues
    verb_in_s = len(verb) > _SHORTEST_VERB and lex.looks_plural(verb)
    if verb not in cues and not verb_in_s:
        return False
    words = WORD.findall(text, _sentence_start(text, time.start), time.start)
    return any(word.lower() in cues for word in words)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding `position` starts, looking back a little way."""
    start = max(0, position - _SENTENCE_REACH)
    for stop in _SENTENCE_STOP.finditer(text, start, position):
        start = stop.end()
    return start


def _merge(first: Mention, second: Mention) -> Mention | None:
    """A clock time and its day: '3 p.m. on Friday'; with a part of day the part settles an
    hour written without a.m. or p.m. ('9:30 tonight' is 21:30) and gives way to the clock.
    'overnight' before a day is that day's night ('overnight Tuesday'), and a part of the
    narrative's day before a weekday that weekday's part ('by mid-afternoon on Sunday')."""
    night = first.meaning
    if isinstance(night, Deictic) and night.by_tense and night.part is not None:
        named = second.meaning
        if isinstance(named, WeekdayRef) and named.part is None:
            night_of = replace(named, part=night.part)
            return Mention(first.start, second.end, second.rule, night_of, first.mod)
        return None
    if _told_part(night) and names_a_day(second.meaning):
        assert isinstance(night, Deictic)  # 'by mid-afternoon on Sunday': Sunday's
        named = second.meaning
        part_of: Meaning = (
            replace(named, part=night.part)
            if isinstance(named, WeekdayRef)
            else ClockTime(None, part=night.part, date=named)
        )
        return Mention(first.start, second.end, second.rule, part_of, first.mod)
    time, day = (first, second) if isinstance(first.meaning, ClockTime) else (second, first)
    clock = time.meaning
    if not isinstance(clock, ClockTime) or clock.date is not None or clock.hour is None:
        return None
    date, part = _day_and_part(day.meaning)
    if date is None:
        return None
    hour = in_part_of_day(clock.hour, part) if part and clock.twelve_hour else clock.hour
    small_hours = part is DayPart.NIGHT and hour < _MORNING  # '2.20am on the night of 14 April'
    meaning = replace(
        clock,
        hour=hour,
        date=date,
        twelve_hour=clock.twelve_hour and not part,
        days_on=clock.days_on + int(small_hours),
    )
    mod: Mod | None = time.mod or day.mod
    return Mention(first.start, second.end, time.rule, meaning, mod)


def _told_part(meaning: Meaning) -> bool:
    """A part of the narrative's day ('in the afternoon', 'by mid-afternoon'), which a day
    written after it names."""
    match meaning:
        case Deictic(unit=Unit.DAY, offset=0, base=Base.REF, part=DayPart()):
            return True
    return False


def _day_and_part(meaning: Meaning) -> tuple[DateMeaning | None, DayPart | None]:
    """The day a meaning names and the part of it, if any ('tonight': today, night)."""
    match meaning:
        case Deictic(unit=Unit.DAY, part=DayPart() as part):
            return replace(meaning, part=None), part
        case WeekdayRef(part=DayPart() as part):
            return replace(meaning, part=None), part
        case ClockTime(hour=None, part=DayPart() as part, date=date) if names_a_day(date):
            return date, part  # '6 a.m. on the morning of 9 October 2018'
        case CalendarDate() | WeekdayRef() | HolidayRef() | Deictic() if names_a_day(meaning):
            return meaning, None
        case EdgeDay():
            return meaning, None
        case AwayFrom(day=day) if names_a_day(day):
            return meaning, None  # '5 a.m. on the day after Thanksgiving'
    return None, None


def names_a_day(meaning: object) -> TypeGuard[CalendarDate | WeekdayRef | HolidayRef | Deictic]:
    """A day the calendar or the anchor pins down: 'June 3', 'Friday', 'Christmas', 'today',
    'the first Tuesday in November'."""
    match meaning:
        case CalendarDate(day=int()) | WeekdayRef(part=None) | HolidayRef():
            return True
        case CalendarDate(nth_weekday=(int(), _)) | Deictic(nth_weekday=(int(), _)):
            return True
        case Deictic(unit=Unit.DAY, part=None, base=Base.DCT | Base.REF):
            return True
    return False
