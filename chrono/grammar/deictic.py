"""Expressions counted from the document date: "today", "yesterday morning", "tonight",
"last week", "next month", "this year", "earlier this month", weekdays ("said on Friday",
"last Tuesday", "Friday evening")."""

from __future__ import annotations

import re
from functools import cache

from chrono.grammar.calendar_words import (
    follows_name,
    names_a_street,
    relation_of,
    starts_a_name,
)
from chrono.grammar.pieces import Pieces, is_abbreviation, is_final_of
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.lexicon import Lexicon
from chrono.numbers import parse_ordinal
from chrono.patterns import alternation
from chrono.semantics import Base, DayPart, Deictic, Meaning, Ref, Unit, Vague, WeekdayRef

_LONGEST_MONTH = 31
_ALWAYS_IN_A_MONTH = 4  # a fifth Monday is not in every month
_TITLE_BEFORE = re.compile(r"\b([^\W\d_]+)\.?\s+$")
_TITLE_REACH = 12
_CLAUSE_REACH = 80  # characters back to the start of the clause holding a night word
_CLAUSE_BREAK = re.compile(r"[,;.:!?\n]")
_MID_UNITS = (Unit.WEEK, Unit.MONTH, Unit.YEAR, Unit.DECADE, Unit.CENTURY)
_CALENDAR_UNITS = (
    Unit.WEEKEND,
    Unit.WEEK,
    Unit.MONTH,
    Unit.QUARTER,
    Unit.YEAR,
    Unit.DECADE,
    Unit.CENTURY,
)


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    part_after = rf"(?:\s+{p.part()})?"
    within = rf"(?:{p.words(lex.within_period_mods, 'mod')}\s+)?"
    calendar_units = p.words(_singular_units(p, _CALENDAR_UNITS), "unit")
    relation = p.words(
        [word for word, offset in lex.relative_to_dct.items() if word != "past"], "relation"
    )
    return (
        make_rule(
            "deictic.day_word",
            rf"{within}{p.words(lex.deictic_days, 'word')}{part_after}",
            _day_word,
            trigger_words(lex.deictic_days),
        ),
        make_rule(
            "deictic.night_word",
            rf"{within}{p.words(lex.night_words, 'word')}",
            _night_word,
            lex.night_words,
        ),
        make_rule(
            "deictic.this_part",
            rf"{within}{p.words(lex.relative_to_dct, 'relation')}\s+{p.part()}",
            _this_part,
            trigger_words(lex.day_parts),
        ),
        make_rule(
            "deictic.unit_of_a_mod",
            rf"{p.frag('the')}\s+{calendar_units}",
            _unit_of_a_mod,
            trigger_words(_singular_units(p, _CALENDAR_UNITS)),
            priority=-1,
        ),
        make_rule(
            "deictic.relative_unit",
            rf"(?:{p.frag('the')}\s+)?{relation}\s+{calendar_units}",
            _relative_unit,
            trigger_words(_singular_units(p, _CALENDAR_UNITS)),
        ),
        make_rule(
            "deictic.day_of_relative_month",
            rf"{p.frag('the')}\s+{p.day()}\s+{p.frag('of')}\s+{relation}\s+"
            rf"{p.words(_singular_units(p, (Unit.MONTH,)), 'unit')}",
            _day_of_relative_month,
            trigger_words(_singular_units(p, (Unit.MONTH,))),
            priority=1,
        ),
        make_rule(
            "deictic.nth_weekday_of_month",
            rf"(?:{p.frag('the')}\s+)?(?:{p.ordinal()}|(?P<last>{p.frag('last_of')}))\s+{p.weekday()}"
            rf"\s+(?:{p.frag('of')}|{p.frag('in')})\s+(?:(?P<told>{p.frag('the')})|{relation})\s+"
            rf"{p.words(_singular_units(p, (Unit.MONTH,)), 'unit')}",
            _nth_weekday_of_month,
            trigger_words(_singular_units(p, (Unit.MONTH,))),
            priority=1,
        ),
        make_rule(
            "deictic.mid_unit",
            rf"(?<![\w-])(?P<mod>{p.frag('mid')})-?"
            rf"{p.words(_singular_units(p, _MID_UNITS), 'unit')}(?![\w-])",
            lambda match, source: Deictic(source.lexicon.units[match.group("unit")], 0),
            {"midyear", "midmonth", "midweek", "midcentury", "mid"},
        ),
        make_rule(
            "deictic.this_time",
            rf"{p.frag('this_time')}\s+{relation}\s+(?P<unit>{p.frag('year_or_week')})",
            _this_time,
            {"time"},
            priority=1,
        ),
        make_rule(
            "deictic.a_week_on",
            rf"{p.frag('a')}\s+(?P<span>{p.frag('weeks_on')})\s+"
            rf"(?:(?:{p.frag('on')}|{p.frag('from')})\s+{p.weekday()}"
            rf"|(?P<day_word>{p.frag('today_or_tomorrow')}))",
            _a_week_on,
            {"week", "fortnight"},
            priority=1,
        ),
        make_rule(
            "deictic.weekday_week",
            rf"{p.weekday()}\s+(?P<span>{p.frag('weeks_on')})(?![\w-])",
            _a_week_on,
            {"week", "fortnight"},
            priority=1,
        ),
        make_rule(
            "deictic.unit_twice_removed",
            rf"{p.frag('the')}\s+{calendar_units}\s+{p.words(lex.twice_removed, 'removed')}",
            _unit_twice_removed,
            trigger_words(_singular_units(p, _CALENDAR_UNITS)),
            priority=1,
        ),
        make_rule(
            "deictic.within_this_unit",
            rf"{p.words(lex.within_period_mods, 'mod')}\s+{relation}\s+{calendar_units}",
            _relative_unit,
            lex.within_period_mods,
            priority=1,
        ),
        make_rule(
            "deictic.the_weekend",
            rf"{p.frag('the')}\s+{p.frag('week_end')}",
            lambda match, source: Deictic(Unit.WEEKEND, 0, by_tense=True),
            {lex.fragment("week_end")},
        ),
        make_rule(
            "deictic.weekday",
            rf"(?:{relation}\s+)?{p.weekday()}{part_after}",
            _weekday,
            trigger_words(lex.weekdays),
        ),
    )


def _singular_units(p: Pieces, units: tuple[Unit, ...]) -> list[str]:
    return [
        word
        for word, unit in p.lexicon.units.items()
        if unit in units and word not in p.lexicon.plural_units
    ]


def _day_word(match: re.Match[str], source: Source) -> Meaning | None:
    """'today', 'yesterday morning'; not a title ('VOA Today', 'USA Today'). 'today's youth'
    and 'the world of tomorrow' speak of the present or future at large, not of a day."""
    if source.is_capitalized(match, "word") and follows_name(source, match.start()):
        return None
    lex = source.lexicon
    offset = lex.deictic_days[" ".join(match.group("word").split())]
    part = lex.day_parts.get(match.group("part") or "")
    if part is None and offset in (0, 1) and _is_generic(match, source):
        return Vague(Ref.FUTURE if offset else Ref.PRESENT)
    return Deictic(Unit.DAY, offset, part=part)


def _is_generic(match: re.Match[str], source: Source) -> bool:
    lex = source.lexicon
    owned = lex.past_possessive(source.text, match.end())
    if owned > match.end():
        return source.word_after(owned).lower() in lex.generic_day_nouns
    before = source.word_before(match.start())
    owner = source.word_before(match.start() - len(before) - 1)
    return lex.is_fragment("of", before) and owner in lex.generic_day_nouns


def _night_word(match: re.Match[str], source: Source) -> Meaning | None:
    """'tonight'; 'overnight' is last night when told in the past ('shares fell overnight'),
    before a noun an adjective ('overnight losses'), and in a clause opened by 'and' the night
    after what the clause before told ('..., and it was contained overnight')."""
    word = match.group("word")
    lex = source.lexicon
    offset = lex.night_words[word]
    by_tense = word in lex.tense_led_night_words
    following = source.word_after(match.end())
    lowered = following.lower()
    function = lowered in lex.month_context_words or lowered in lex.conjunctions
    before_a_noun = following.isalpha() and following.islower() and not function
    clause = _CLAUSE_BREAK.split(
        source.lowered[max(0, match.start() - _CLAUSE_REACH) : match.start()]
    )
    words = clause[-1].split()
    dated = any(word in lex.weekdays or word in lex.deictic_days for word in words)
    in_sequence = bool(words) and words[0] in lex.sequence_words and not dated
    return Deictic(
        Unit.DAY,
        offset,
        part=DayPart.NIGHT,
        by_tense=by_tense,
        before_a_noun=before_a_noun,
        in_sequence=in_sequence,
    )


def _this_part(match: re.Match[str], source: Source) -> Meaning | None:
    offset = source.lexicon.relative_to_dct[match.group("relation")]
    if offset > 0:
        return None
    return Deictic(Unit.DAY, offset, part=source.lexicon.day_parts[match.group("part")])


def _relative_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'last week', 'this year'; a capitalized unit is a title ('ABC's "This Week"'), and 'the
    last week of the campaign' ranks a week rather than counting one back."""
    if source.is_capitalized(match, "unit"):
        return None
    with_the = match.start() < match.start("relation")
    if is_final_of(match.group("relation"), with_the, match.end(), source):
        return None
    if match.group("unit") in source.lexicon.unit_factors:
        return None
    unit = source.lexicon.units[match.group("unit")]
    offset = source.lexicon.relative_to_dct[match.group("relation")]
    return Deictic(unit, offset, Base.DCT)


def _day_of_relative_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'the 15th of next month', 'the first of this month'."""
    day = parse_ordinal(match.group("day"), source.lexicon)
    if not 1 <= day <= _LONGEST_MONTH:
        return None
    offset = source.lexicon.relative_to_dct[match.group("relation")]
    return Deictic(Unit.MONTH, offset, Base.DCT, day_of_month=day)


def _nth_weekday_of_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'the first Monday of next month', 'the last Friday of the month' (this month, or the one
    the sentence has just told)."""
    lex = source.lexicon
    if not source.is_capitalized(match, "weekday"):
        return None
    n = -1 if optional_group(match, "last") else parse_ordinal(match.group("ordinal"), lex)
    if not (n == -1 or 1 <= n <= _ALWAYS_IN_A_MONTH):
        return None
    weekday = lex.weekdays[match.group("weekday").rstrip(".")]
    told = bool(optional_group(match, "told"))
    offset = 0 if told else lex.relative_to_dct[match.group("relation")]
    return Deictic(Unit.MONTH, offset, nth_weekday=(n, weekday), of_the_told=told)


def _unit_of_a_mod(match: re.Match[str], source: Source) -> Meaning | None:
    """'by the end of the week', 'the middle of the month': the current one, or the one holding
    the date just told ('the end of the decade' after a named decade is that one; the resolver
    decides). Alone, 'the week' is the narrative rules'."""
    lex = source.lexicon
    before = source.lowered[max(0, match.start() - 30) : match.start()].rstrip()
    if _phrase_mod_at_end(lex).search(before) is None:
        return None
    return Deictic(lex.units[match.group("unit")], 0, of_the_told=True)


@cache
def _phrase_mod_at_end(lex: Lexicon) -> re.Pattern[str]:
    """A many-word period mod ('the end of') ending a stretch of text."""
    phrases = [phrase for phrase in lex.period_mods if " " in phrase]
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})$")


def _this_time(match: re.Match[str], source: Source) -> Meaning | None:
    """'this time last year' is the DCT's day a year back; 'this time next week' seven days on."""
    lex = source.lexicon
    step = lex.relative_to_dct[match.group("relation")]
    if step == 0:
        return None
    if lex.units[match.group("unit")] is Unit.WEEK:
        return Deictic(Unit.DAY, 7 * step)
    return Deictic(Unit.DAY, 0, moved_years=step)


def _a_week_on(match: re.Match[str], source: Source) -> Meaning | None:
    """'a week on Friday', 'a week from Friday', 'Friday week' (the Friday after the coming
    one), 'a fortnight on Friday', 'Friday fortnight' (a week later still), 'a week today', 'a
    week tomorrow' ('a week from today' counts as 'from now' does)."""
    lex = source.lexicon
    weeks = lex.unit_factors.get(match.group("span"), 1)
    day_word = optional_group(match, "day_word")
    if day_word:
        return Deictic(Unit.DAY, 7 * weeks + lex.deictic_days[day_word])
    word = match.group("weekday").rstrip(".")
    if is_abbreviation(word, lex.weekdays) or not source.is_capitalized(match, "weekday"):
        return None
    return WeekdayRef(lex.weekdays[word], weeks_on=weeks)


def _unit_twice_removed(match: re.Match[str], source: Source) -> Meaning | None:
    """'the week before last', 'the year after next': two units from the document date."""
    lex = source.lexicon
    offset = lex.twice_removed[" ".join(match.group("removed").split())]
    return Deictic(lex.units[match.group("unit")], offset, Base.DCT)


def _weekday(match: re.Match[str], source: Source) -> Meaning | None:
    lex = source.lexicon
    word = match.group("weekday").rstrip(".")
    if is_abbreviation(word, lex.weekdays) and not _clear_abbreviation(match, source):
        return None
    if names_a_street(source, match.end()):
        return None  # 'Sunday Lane'
    if _after_a_title(match, source):
        return None  # 'Rev. Sunday Okoro'
    following = source.word_after(match.end())
    if not match.group("part") and following.lower() in lex.weekday_compound_nouns:
        return None  # 'Sunday school teachers'
    observance = following.lower() in lex.weekday_observances  # 'his Sunday Mass'
    if _owned(match.start(), source) and following[:1].isupper() and not observance:
        return None  # 'The Saturday Special', 'the bakery's Saturday Special': a name
    relation = relation_of(match, source)
    if (
        match.group("part")
        and source.is_capitalized(match, "part")
        and starts_a_name(source, match.end())
    ):
        return None
    part = lex.day_parts.get(match.group("part") or "")
    return WeekdayRef(lex.weekdays[word], relation, part)


def _owned(start: int, source: Source) -> bool:
    """Whether a determiner or a possessive stands right before `start` ('the', 'its', 'the
    bakery's')."""
    before = source.word_before(start)
    lex = source.lexicon
    possessive = lex.ends_a_possessive(source.text, start)
    return lex.is_fragment("the", before) or before in lex.determiners or possessive


def _after_a_title(match: re.Match[str], source: Source) -> bool:
    """A capitalized honorific right before the weekday ('Rev. Sunday Okoro'), not a lower-case
    word that happens to be one ('appeared before a judge Monday')."""
    title = _TITLE_BEFORE.search(source.text, max(0, match.start() - _TITLE_REACH), match.start())
    if title is None or not title.group(1)[0].isupper():
        return False
    return title.group(1).lower() in source.lexicon.honorifics


def _clear_abbreviation(match: re.Match[str], source: Source) -> bool:
    """'on Tues.' is a weekday; 'sat', 'Wed' (a verb, a name) and a bare 'Fri' are too unsure."""
    word = match.group("weekday").rstrip(".")
    return (
        match.group("weekday").endswith(".")
        and source.is_capitalized(match, "weekday")
        and word not in source.lexicon.ambiguous_names
    )
