"""A date counted from a named one is one date, not a length and a second date: "the day after
Christmas", "a week before March 5", "the night before Election Day", "the Friday before
Easter", "a year after June 2019"; and the first or last day of a month or year ("the last day
of March")."""

from __future__ import annotations

import re
from functools import cache

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.refine.days import names_a_day
from chrono.refine.patterns import LOOK_BACK, patterns_for
from chrono.semantics import (
    AwayFrom,
    Base,
    CalendarDate,
    ClockTime,
    Deictic,
    Duration,
    EdgeDay,
    HolidayRef,
    Meaning,
    Unit,
    WeekdayRef,
)

# The units a length may step by from a day, a month or a year the text names.
_STEPS_FROM_DAY = frozenset({Unit.DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR})
_STEPS_FROM_MONTH = frozenset({Unit.MONTH, Unit.YEAR})
_STEPS_FROM_YEAR = frozenset({Unit.YEAR, Unit.DECADE})


def join_days_away(mentions: list[Mention], source: Source) -> list[Mention]:
    """Join a length or a weekday before 'before'/'after' and a named date into one date; and
    'the day (night) before' with the date after it."""
    patterns = patterns_for(source.lexicon)
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        link = None
        if previous is not None:
            link = patterns.day_away_link.fullmatch(source.lowered, previous.end, mention.start)
        if previous is not None and link is not None:
            lead = _from_lead(previous, mention.meaning, _sign(link, source), source)
            if lead is not None:
                joined[-1] = Mention(lead[0], mention.end, mention.rule, lead[1], previous.mod)
                continue
        day_before = _day_before(mention, joined, source) or _day_at_edge(mention, joined, source)
        joined.append(day_before if day_before is not None else mention)
    return joined


def _day_at_edge(mention: Mention, joined: list[Mention], source: Source) -> Mention | None:
    """'the last day of March', 'the first day of next month', 'the final day of 2024': the
    first or last day of a month or a year."""
    if not _month_or_year(mention.meaning) or mention.mod is not None:
        return None
    lead = _lead_before(mention, joined, source, patterns_for(source.lexicon).day_edge_lead)
    if lead is None:
        return None
    assert isinstance(mention.meaning, CalendarDate | Deictic)
    edge = EdgeDay(mention.meaning, last=lead.group("first") is None)
    return Mention(lead.start(), mention.end, mention.rule, edge)


def _lead_before(
    mention: Mention, joined: list[Mention], source: Source, lead: re.Pattern[str]
) -> re.Match[str] | None:
    """`lead` ending where the mention starts, after the mention before it."""
    floor = joined[-1].end if joined else 0
    return lead.search(source.lowered, max(floor, mention.start - LOOK_BACK), mention.start)


def _month_or_year(meaning: Meaning) -> bool:
    """A whole month or year, named or counted: 'March', '2024', 'next month', 'the year'."""
    match meaning:
        case CalendarDate(day=None, quarter=None, half=None, season=None, decade=None):
            return meaning.century is None and meaning.nth_weekday is None
        case Deictic(unit=Unit.MONTH | Unit.YEAR, part=None):
            return True
    return False


@cache
def _sorted_units(lex: Lexicon) -> re.Pattern[str]:
    """'eight trading days' counts days the calendar does not: no date comes of it."""
    return re.compile(rf"\b(?:{lex.fragment('unit_sort')})\b")


def _sign(found: re.Match[str], source: Source) -> int:
    if found.groupdict().get("eve"):
        return -1  # 'the eve of Passover': the day before
    return -1 if source.lexicon.is_fragment("earlier", found.group("direction")) else 1


def _from_lead(
    lead: Mention, base: Meaning, sign: int, source: Source
) -> tuple[int, Meaning] | None:
    """'a week' or 'Friday' before the link, as the start of the joined span and its meaning."""
    match lead.meaning:
        case Duration(amount=amount, unit=unit, reported=False, plus=()):
            number = amount.number
            if number is None or not number.is_integer() or unit not in _steps_from(base):
                return None
            if source.word_before(lead.start) in source.lexicon.stretch_openers:
                return None
            if _sorted_units(source.lexicon).search(source.lowered, lead.start, lead.end):
                return None
            assert isinstance(base, CalendarDate | HolidayRef | WeekdayRef | Deictic)
            return lead.start, AwayFrom(base, sign, int(number), unit)
        case WeekdayRef(relation=None, part=None, base=Base.DCT, weeks_on=0, in_week=None):
            if lead.meaning.range_other is not None or not names_a_day(base):
                return None
            the = patterns_for(source.lexicon).determiner.search(
                source.lowered, max(0, lead.start - LOOK_BACK), lead.start
            )
            start = the.start() if the is not None else lead.start
            return start, AwayFrom(base, sign, weekday=lead.meaning.weekday)
        case Deictic(unit=Unit.WEEKEND | Unit.WEEK as unit, offset=0, by_tense=True):
            if not names_a_day(base):
                return None
            return lead.start, AwayFrom(base, sign, whole=unit)  # 'the weekend after Easter'
        case Deictic(unit=Unit.DAY, offset=0, base=Base.REF, part=part) if part is not None:
            if not names_a_day(base):
                return None
            return lead.start, ClockTime(None, part=part, date=AwayFrom(base, sign))
    return None


def _day_before(mention: Mention, joined: list[Mention], source: Source) -> Mention | None:
    """'the day after Christmas', 'the night before Election Day', 'the eve of Passover': one
    day away, or that day's part; 'the week before Christmas': the calendar week before it."""
    base = mention.meaning
    if not names_a_day(base):
        return None
    lead = _lead_before(mention, joined, source, patterns_for(source.lexicon).day_away_lead)
    if lead is None or _names_a_kind_of_day(lead, source):
        return None
    week = lead.group("week")
    whole = source.lexicon.units[week] if week else None
    if whole is not None and lead.group().split()[0] not in source.lexicon.articles:
        return None  # 'a week before Christmas' is a day, which the length joins
    away = AwayFrom(base, _sign(lead, source), whole=whole)
    part = lead.group("part")
    meaning: Meaning = away
    if part is not None:
        meaning = ClockTime(None, part=source.lexicon.day_parts[part], date=away)
    return Mention(lead.start(), mention.end, mention.rule, meaning, mention.mod)


def _names_a_kind_of_day(lead: re.Match[str], source: Source) -> bool:
    """'the last posting day before Christmas': 'day' after a noun without 'the' is a kind of
    day, not 'the day before'."""
    lex = source.lexicon
    if lex.is_fragment("the", lead.group().split()[0]):
        return False
    before = source.word_before(lead.start())
    return before.isalpha() and before not in lex.month_context_words


def _steps_from(base: Meaning) -> frozenset[Unit]:
    if names_a_day(base):
        return _STEPS_FROM_DAY
    match base:
        case CalendarDate(month=int(), day=None, quarter=None, half=None, season=None):
            return _STEPS_FROM_MONTH
        case CalendarDate(year=int(), month=None, day=None, quarter=None, half=None, season=None):
            return _STEPS_FROM_YEAR
    return frozenset()
