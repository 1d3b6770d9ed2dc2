"""Named holidays: "Christmas", "New Year's Day", "Easter 2024", "last Thanksgiving", "Christmas
morning" (its part of day), "Christmas last year", "Easter the following year"; and "the new
year", the year that begins on the New Year's Day the tense points to."""

from __future__ import annotations

import re

from chrono.grammar.calendar_words import relation_of, starts_a_name
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.numbers import parse_year
from chrono.semantics import Base, ClockTime, HolidayRef, Meaning, Relation, Unit, WeekOf

_SHORTEST_REGULAR_PAST = 4  # letters: 'moved' is a past form, 'bed' and 'shed' are read as words
# The lexicon's key for New Year's Day, whose year 'the new year' is.
_NEW_YEAR = "new_year"


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    relation = p.words([word for word in lex.relative_to_dct if word != "past"], "relation")
    year = rf"(?:,?\s+(?:{p.frag('of')}\s+)?{p.year()})?"
    # 'Christmas last year', 'Easter the following year', and with no comma or article 'by Easter
    # that year' (not 'at Christmas that year-end bonuses', 'Easter, that year's')
    counted_year = (
        rf"(?:,?\s+(?:{p.words(lex.relative_to_dct, 'year_relation')}"
        rf"|{p.frag('the')}\s+{p.words(lex.relative_to_ref, 'ref_relation')})"
        rf"\s+{p.frag('year_word')}"
        rf"|\s+{p.words(lex.relative_to_ref, 'bare_relation')}\s+{p.frag('year_word')}"
        rf"(?![\w'’-]))?"
    )
    return (
        make_rule(
            "holidays.named",
            rf"(?:{relation}\s+)?{p.words(lex.holidays, 'holiday')}{year}{counted_year}"
            rf"(?:\s+{p.part()})?",
            _holiday,
            trigger_words(lex.holidays),
        ),
        make_rule(
            "holidays.the_new_year",
            p.frag("the_new_year"),
            lambda match, source: WeekOf(Unit.YEAR, HolidayRef(_NEW_YEAR)),
            {"new"},
        ),
    )


def _holiday(match: re.Match[str], source: Source) -> Meaning | None:
    start = match.start("holiday")
    words = source.text[start : match.end("holiday")].split()
    name = " ".join(match.group("holiday").replace("’", "'").split())
    plain = name in source.lexicon.lowercase_holidays  # 'the spring bank holiday'
    if not plain and not any(word[:1].isupper() for word in words):
        return None
    if name in source.lexicon.word_like_holidays and not _mid_sentence(source, start):
        return None
    key = source.lexicon.holidays[name]
    year = parse_year(match.group("year"), source.lexicon) if match.group("year") else None
    if year is None and starts_a_name(source, match.end()) and not _subject_after(source, match):
        return None
    relation: Relation | None = relation_of(match, source)
    holiday = HolidayRef(key, year, relation, *_counted_year(match, source))
    part = optional_group(match, "part")
    return ClockTime(None, part=source.lexicon.day_parts[part], date=holiday) if part else holiday


def _counted_year(match: re.Match[str], source: Source) -> tuple[int | None, Base]:
    """'Christmas last year' (-1 from the DCT), 'Easter the following year' (+1 from the
    narrative's year), 'Christmas that year' (the narrative's year), else no offset."""
    lex = source.lexicon
    if optional_group(match, "year_relation"):
        return lex.relative_to_dct[match.group("year_relation")], Base.DCT
    relation = optional_group(match, "ref_relation") or optional_group(match, "bare_relation")
    if relation:
        return lex.relative_to_ref[relation], Base.REF
    return None, Base.DCT


def _subject_after(source: Source, match: re.Match[str]) -> bool:
    """'At Christmas Tom stayed home': after a preposition, a capitalized word between the
    holiday and a past verb is the clause's subject, no part of a name ('Easter Island', 'A
    Christmas Carol opened')."""
    lex = source.lexicon
    name = source.word_after(match.end())
    verb = source.word_after(source.text.index(name, match.end()) + len(name))
    regular = verb.endswith(lex.past_suffix) and len(verb) > _SHORTEST_REGULAR_PAST  # not 'bed'
    past = verb in lex.past_cues or regular
    after_a_preposition = source.word_before(match.start()) in lex.month_context_words
    return after_a_preposition and verb.islower() and past


def _mid_sentence(source: Source, start: int) -> bool:
    """Whether a word follows another in its sentence: a holiday name that is also a word
    ('Lent') is the holiday only there ('for Lent'), not capitalized at the start ('Lent money
    to ...')."""
    before = source.text[:start].rstrip(" \t")
    return bool(before) and before[-1].isalnum()
