"""Refiners: steps over the whole list of mentions that single rules cannot take.

- modifiers written before a mention join it ("more than seven years ago", "the late 1990s",
  "mid-2022") and set its mod, as does "or so" after it ("the next year or so");
- a clock time and the date beside it become one time ("3 p.m. on Friday", "Friday at noon");
- "the week of" before a day, or "week" after a holiday, widens it to its week ("Easter week");
- a weekday listed after a recurring one recurs too ("every Monday and Thursday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.grammar.times import in_part_of_day
from chrono.lexicon import Lexicon
from chrono.model import Mod
from chrono.patterns import alternation
from chrono.semantics import (
    Base,
    CalendarDate,
    ClockTime,
    DateMeaning,
    DayPart,
    Deictic,
    Duration,
    HolidayRef,
    Meaning,
    Recurrence,
    Shift,
    Unit,
    WeekdayRef,
    WeekOf,
)

_LOOK_BACK = 30
_WEEKS = (Unit.WEEK, Unit.WEEKEND)
_JOIN_GAP = 6


@dataclass(frozen=True, slots=True)
class _ModPatterns:
    amount: re.Pattern[str]
    period: re.Pattern[str]
    determiner: re.Pattern[str]
    leading_determiner: re.Pattern[str]
    part_of: re.Pattern[str]
    connector: re.Pattern[str]
    approx_point: re.Pattern[str]
    approx_after: re.Pattern[str]
    week_of: re.Pattern[str]
    week_after: re.Pattern[str]
    list_link: re.Pattern[str]


@cache
def _patterns(lex: Lexicon) -> _ModPatterns:
    return _ModPatterns(
        amount=re.compile(rf"(?<![\w-])(?P<mod>{alternation(lex.amount_mods)})\s+$"),
        period=re.compile(rf"(?<![\w-])(?P<mod>{alternation(lex.period_mods)})(?:\s*-\s*|\s+)$"),
        determiner=re.compile(rf"(?<![\w-]){lex.fragment('the')}\s+$"),
        leading_determiner=re.compile(rf"(?:{lex.fragment('the')})\s"),
        part_of=_the_word_of(lex, "part", alternation(lex.day_parts)),
        connector=re.compile(rf"\s*(?:,|{lex.fragment('on')}|{lex.fragment('of')})?\s*"),
        approx_point=re.compile(rf"(?<![\w-])(?:{alternation(lex.approx_point_words)})\s+$"),
        approx_after=re.compile(rf"\s+(?:{lex.fragment('or_so')})\b"),
        week_of=_the_word_of(lex, "unit", _week_words(lex)),
        week_after=re.compile(rf"\s+(?P<unit>{_week_words(lex)})(?!\w)"),
        list_link=re.compile(rf"\s*(?:{lex.fragment('list_link')})\s*"),
    )


def _the_word_of(lex: Lexicon, group: str, words: str) -> re.Pattern[str]:
    """'(the) <word> of ' ending where a mention starts: 'the evening of', 'the week of'."""
    return re.compile(
        rf"(?<![\w-])(?:{lex.fragment('the')}\s+)?(?P<{group}>{words})"
        rf"\s+(?:{lex.fragment('of')})\s+$"
    )


def _week_words(lex: Lexicon) -> str:
    singular = (w for w, u in lex.units.items() if u in _WEEKS and w not in lex.plural_units)
    return alternation(singular)


def refine(mentions: list[Mention], source: Source) -> list[Mention]:
    """Attach modifiers, then parts of day ('the evening of June 3'), then join times with dates."""
    with_mods = _attach_modifiers(_attach_weeks(mentions, source), source)
    joined = _join_times_with_dates(_attach_day_parts(with_mods, source), source)
    return _distribute_sets(joined, source)


def _distribute_sets(mentions: list[Mention], source: Source) -> list[Mention]:
    """'every Monday and Thursday': a weekday listed after a recurring one recurs too."""
    link = _patterns(source.lexicon).list_link
    refined: list[Mention] = []
    for mention in mentions:
        previous = refined[-1] if refined else None
        day = mention.meaning
        if (
            previous is not None
            and isinstance(previous.meaning, Recurrence)
            and previous.meaning.weekday is not None
            and isinstance(day, WeekdayRef)
            and day.relation is None
            and link.fullmatch(source.lowered, previous.end, mention.start) is not None
        ):
            meaning = replace(previous.meaning, weekday=day.weekday, part=day.part)
            mention = replace(mention, meaning=meaning)
        refined.append(mention)
    return refined


def _attach_weeks(mentions: list[Mention], source: Source) -> list[Mention]:
    """'the week of March 6', 'the weekend of May 4', 'Easter week': the week a day falls in."""
    patterns = _patterns(source.lexicon)
    refined: list[Mention] = []
    for index, mention in enumerate(mentions):
        day = mention.meaning
        if not isinstance(day, CalendarDate | HolidayRef) or (
            isinstance(day, CalendarDate) and day.day is None
        ):
            refined.append(mention)
            continue
        floor = refined[-1].start if refined else 0
        before = patterns.week_of.search(
            source.lowered, max(floor, mention.start - _LOOK_BACK), mention.start
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


def _attach_day_parts(mentions: list[Mention], source: Source) -> list[Mention]:
    pattern = _patterns(source.lexicon).part_of
    refined: list[Mention] = []
    for mention in mentions:
        floor = refined[-1].end if refined else 0
        found = None
        if _names_a_day(mention.meaning):
            found = pattern.search(
                source.lowered, max(floor, mention.start - _LOOK_BACK), mention.start
            )
        if found is None:
            refined.append(mention)
            continue
        part = source.lexicon.day_parts[found.group("part")]
        meaning = ClockTime(None, part=part, date=mention.meaning)  # type: ignore[arg-type]
        refined.append(Mention(found.start(), mention.end, mention.rule, meaning, mention.mod))
    return refined


def _attach_modifiers(mentions: list[Mention], source: Source) -> list[Mention]:
    patterns = _patterns(source.lexicon)
    refined: list[Mention] = []
    for mention in mentions:
        floor = refined[-1].end if refined else 0
        refined.append(_with_suffix(_with_modifier(mention, source, patterns, floor), source))
    return refined


def _with_suffix(mention: Mention, source: Source) -> Mention:
    """'the next year or so': the hedge joins the mention, which is approximate unless a
    modifier before it already says how ('about two weeks or so')."""
    after = _patterns(source.lexicon).approx_after.match(source.lowered, mention.end)
    if after is None:
        return mention
    return replace(mention, end=after.end(), mod=mention.mod or Mod.APPROX)


def _with_modifier(mention: Mention, source: Source, patterns: _ModPatterns, floor: int) -> Mention:
    if mention.mod is not None:
        return mention
    lex = source.lexicon
    window_start = max(floor, mention.start - _LOOK_BACK)
    if isinstance(mention.meaning, Shift | Duration):
        if patterns.leading_determiner.match(source.lowered, mention.start):
            return mention
        table, pattern = lex.amount_mods, patterns.amount
    elif isinstance(mention.meaning, CalendarDate | Deictic | HolidayRef | WeekdayRef):
        table, pattern = lex.period_mods, patterns.period
    else:
        return _approximated(mention, source, patterns, window_start)
    found = pattern.search(source.lowered, window_start, mention.start)
    if found is None:
        return _approximated(mention, source, patterns, window_start)
    phrase = " ".join(found.group("mod").split())
    start = found.start()
    if table is lex.period_mods and " " not in phrase:
        the = patterns.determiner.search(source.lowered, max(floor, start - 8), start)
        start = the.start() if the else start
    return replace(mention, start=start, mod=table[phrase])


def _approximated(mention: Mention, source: Source, patterns: _ModPatterns, start: int) -> Mention:
    """'around Nov. 1', 'about 7:15 p.m.': a point in time given roughly."""
    if not isinstance(mention.meaning, CalendarDate | ClockTime | HolidayRef | WeekdayRef):
        return mention
    found = patterns.approx_point.search(source.lowered, start, mention.start)
    if found is None:
        return mention
    return replace(mention, start=found.start(), mod=Mod.APPROX)


def _join_times_with_dates(mentions: list[Mention], source: Source) -> list[Mention]:
    connector = _patterns(source.lexicon).connector
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and _adjacent(previous, mention, source, connector):
            merged = _merge(previous, mention)
            if merged is not None:
                joined[-1] = merged
                continue
        joined.append(mention)
    return joined


def _adjacent(first: Mention, second: Mention, source: Source, connector: re.Pattern[str]) -> bool:
    gap = second.start - first.end
    return (
        0 <= gap <= _JOIN_GAP
        and connector.fullmatch(source.lowered, first.end, second.start) is not None
    )


def _merge(first: Mention, second: Mention) -> Mention | None:
    """A clock time and its day: '3 p.m. on Friday'; with a part of day the part settles an
    hour written without a.m. or p.m. ('9:30 tonight' is 21:30) and gives way to the clock."""
    time, day = (first, second) if isinstance(first.meaning, ClockTime) else (second, first)
    clock = time.meaning
    if not isinstance(clock, ClockTime) or clock.date is not None or clock.hour is None:
        return None
    date, part = _day_and_part(day.meaning)
    if date is None:
        return None
    hour = in_part_of_day(clock.hour, part) if part and clock.twelve_hour else clock.hour
    meaning = replace(clock, hour=hour, date=date, twelve_hour=False)
    mod: Mod | None = time.mod or day.mod
    return Mention(first.start, second.end, time.rule, meaning, mod)


def _day_and_part(meaning: Meaning) -> tuple[DateMeaning | None, DayPart | None]:
    """The day a meaning names and the part of it, if any ('tonight': today, night)."""
    match meaning:
        case Deictic(unit=Unit.DAY, part=DayPart() as part):
            return replace(meaning, part=None), part
        case WeekdayRef(part=DayPart() as part):
            return replace(meaning, part=None), part
        case CalendarDate() | WeekdayRef() | HolidayRef() | Deictic() if _names_a_day(meaning):
            return meaning, None
    return None, None


def _names_a_day(meaning: object) -> bool:
    match meaning:
        case CalendarDate(day=int()) | WeekdayRef(part=None) | HolidayRef():
            return True
        case Deictic(unit=Unit.DAY, part=None, base=Base.DCT | Base.REF):
            return True
    return False
