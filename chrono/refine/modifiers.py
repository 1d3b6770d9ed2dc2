"""Modifiers join the mention they qualify: "more than seven years ago", "the late 1990s",
"mid-2022", "around Nov. 1", and "or so" after it ("the next year or so")."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.model import Mod
from chrono.patterns import WORD
from chrono.refine.patterns import LOOK_BACK, RefinePatterns, patterns_for
from chrono.semantics import (
    BeforeCommonEra,
    CalendarDate,
    ClockTime,
    Deictic,
    Duration,
    HolidayRef,
    Shift,
    Unit,
    WeekdayRef,
    WeekOf,
)

_LENGTH_REACH = 30  # characters back from a modifier to the 'for' of a length
_LENGTH_WORDS = 3  # 'for 41 minutes'
_AMOUNT_REACH = 40  # characters back from 'more than' past its amount to the word that leads it
_SENTENCE_GAP = 4  # characters back from a modifier to a full stop ending the sentence before


def attach_modifiers(mentions: list[Mention], source: Source) -> list[Mention]:
    patterns = patterns_for(source.lexicon)
    refined: list[Mention] = []
    for mention in mentions:
        floor = refined[-1].end if refined else 0
        refined.append(_with_suffix(_with_modifier(mention, source, patterns, floor), source))
    return refined


def _with_suffix(mention: Mention, source: Source) -> Mention:
    """'the next year or so': the hedge joins the mention, which is approximate unless a
    modifier before it already says how ('about two weeks or so')."""
    after = patterns_for(source.lexicon).approx_after.match(source.lowered, mention.end)
    if after is None:
        return mention
    return replace(mention, end=after.end(), mod=mention.mod or Mod.APPROX)


def _with_modifier(
    mention: Mention, source: Source, patterns: RefinePatterns, floor: int
) -> Mention:
    if mention.mod is not None:
        return mention
    lex = source.lexicon
    window_start = max(floor, mention.start - LOOK_BACK)
    if isinstance(mention.meaning, Shift | Duration):
        if patterns.leading_determiner.match(source.lowered, mention.start):
            return mention
        table, pattern = lex.amount_mods, patterns.amount
    elif isinstance(
        mention.meaning,
        CalendarDate | Deictic | HolidayRef | WeekdayRef | WeekOf | BeforeCommonEra,
    ):
        table, pattern = lex.period_mods, patterns.period
    else:
        return _approximated(mention, source, patterns, window_start)
    found = pattern.search(source.lowered, window_start, mention.start)
    if found is None:
        return _approximated(mention, source, patterns, window_start)
    if "hyphen_mod" in found.re.groupindex and found.group("hyphen_mod"):
        return replace(
            mention, start=found.start(), mod=lex.hyphen_period_mods[found.group("hyphen_mod")]
        )
    phrase = " ".join(found.group("mod").split())
    word_before = source.word_before(found.start())
    after_a_length = word_before in lex.units and not _lasted_for(found.start(), source)
    timing = word_before in lex.timing_verbs and not _one_day(mention.meaning)
    if table is lex.period_mods and (timing or after_a_length):
        return mention  # 'Easter falls early this year', 'a day late next week': how, not when
    if isinstance(mention.meaning, Duration) and _means_during(phrase, found.start(), source):
        return mention
    if isinstance(mention.meaning, Shift) and _compares_amounts(found.start(), source):
        return mention
    start = found.start()
    if table is lex.period_mods and " " not in phrase:
        the = patterns.determiner.search(source.lowered, max(floor, start - 8), start)
        start = the.start() if the else start
    return replace(mention, start=start, mod=table[phrase])


def _one_day(meaning: object) -> bool:
    """A day, a part of one or a week ('last night', 'Tuesday', 'next week'): 'started late last
    night' and 'arrives early next week' tell when, as a reader takes them, though 'the monsoon
    arrived late this year' tells how."""
    match meaning:
        case WeekdayRef() | CalendarDate(day=int()):
            return True
        case Deictic(unit=Unit.DAY | Unit.WEEK | Unit.WEEKEND):
            return True
    return False


def _lasted_for(start: int, source: Source) -> bool:
    """'fired for 41 minutes early on Sunday': a length after 'for' is how long something lasted,
    so the modifier after it belongs to the day; in 'open two hours early on Boxing Day' the
    length says how early."""
    before = WORD.findall(source.lowered, max(0, start - _LENGTH_REACH), start)
    return any(source.lexicon.is_fragment("for", word) for word in before[-_LENGTH_WORDS:])


def _compares_amounts(start: int, source: Source) -> bool:
    """'40,000 cars, a third more than a year earlier', '10% less than a year ago', '9 per cent
    more than a year earlier', '$2 million more than a year ago': the words
    compare two amounts, and the offset is the date of the other one. A number ending the
    sentence before ('at 07:42. About 20 minutes later') is not one of them."""
    if source.text[max(0, start - _SENTENCE_GAP) : start].rstrip().endswith((".", "!", "?")):
        return False
    before = source.word_before(start).lower()
    lex = source.lexicon
    if _sets_a_level(start, source):
        return False
    counted = before.replace(",", "").replace(".", "").isdigit() or before in lex.number_words
    measured = before in lex.amount_words or before in lex.scale_words  # '9 per cent more than'
    return (
        counted
        or measured
        or before in lex.fraction_words
        or source.text[:start].rstrip().endswith("%")
    )


def _sets_a_level(start: int, source: Source) -> bool:
    """'peaked at 15 per cent more than four decades ago', 'hit 1.2 million more than three years
    ago': after a word that sets a level, the amount is the level then, and 'more than' belongs
    to the time; after a comma it compares ('..., 9 per cent more than a year earlier')."""
    lex = source.lexicon
    tokens = source.lowered[max(0, start - _AMOUNT_REACH) : start].split()
    for at in range(len(tokens) - 1, -1, -1):
        if tokens[at].endswith(","):
            return False
        word = tokens[at].strip("£$€%")
        amount = not word or word[0].isdigit() or word in lex.number_words
        if amount or word in lex.amount_words or word in lex.scale_words:
            continue
        bound = at > 0 and f"{tokens[at - 1]} {word}" in lex.amount_mods  # 'up to £300 more'
        return word in lex.level_words and not bound
    return False


def _means_during(phrase: str, start: int, source: Source) -> bool:
    """'built over 18 months', 'can be used over three years': 'over' spans the time rather than
    exceeds it, unless a word that measures comes before ('for over a year', 'last over a week')."""
    measuring = source.lexicon.comparison_only_after.get(phrase)
    if measuring is None:
        return False
    before = WORD.findall(source.text, max(0, start - 20), start)
    return not before or before[-1].lower() not in measuring


def _approximated(
    mention: Mention, source: Source, patterns: RefinePatterns, start: int
) -> Mention:
    """'around Nov. 1', 'about 7:15 p.m.': a point in time given roughly; but in 'to get around
    Wednesday's ruling' the word qualifies the thing the date owns, and in 'a book about the
    1960s' it names the topic."""
    points = CalendarDate | ClockTime | HolidayRef | WeekdayRef | BeforeCommonEra
    if not isinstance(mention.meaning, points):
        return mention
    if source.lexicon.past_possessive(source.text, mention.end) > mention.end:
        return mention
    if patterns.leading_determiner.match(source.lowered, mention.start):
        return mention  # 'a book about the 1960s' is on the topic, not near the date
    found = patterns.approx_point.search(source.lowered, start, mention.start)
    if found is None or _describes_a_plural(mention, source):
        return mention
    return replace(mention, start=found.start(), mod=Mod.APPROX)


def _describes_a_plural(mention: Mention, source: Source) -> bool:
    """'nearly 2019 levels', 'around 2019 prices': the word qualifies the amount the year
    describes, not the year."""
    lex = source.lexicon
    following = source.word_after(mention.end)
    year_only = isinstance(mention.meaning, CalendarDate) and mention.meaning.month is None
    verb = any(
        following in words
        for words in (lex.passive_auxiliaries, lex.perfect_auxiliaries, lex.present_cues)
    )  # 'circa AD 270 was found', 'around 1900 has'
    return year_only and following.islower() and lex.looks_plural(following) and not verb
