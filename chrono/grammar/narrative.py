"""Expressions counted from the narrative's last date: "the following year", "the next day",
"the previous week", "that month", "the next morning"."""

from __future__ import annotations

import re
from functools import cache

from chrono.grammar.pieces import Pieces, after_any, is_abbreviation
from chrono.grammar.rule import Rule, Source, make_rule, optional_group, trigger_words
from chrono.lexicon import Lexicon
from chrono.numbers import amount_of_units, parse_year
from chrono.patterns import WORD
from chrono.semantics import (
    Amount,
    Base,
    CalendarDate,
    Deictic,
    Duration,
    Meaning,
    Relation,
    Unit,
    WeekdayRef,
)

# A year written just before, then a comma, a dash or a bracket: 'in 2008, the year ...'.
# A year written right after the unit: 'the full fiscal year 2024'.
_YEAR_AFTER = re.compile(r"\s+[12]\d{3}(?!\d)")
_APPOSITION = re.compile(r"(?<![\d,.])\d{4}\s*[,(\u2013\u2014-]\s*$")
_NARRATIVE_UNITS = (
    Unit.DAY,
    Unit.WEEKEND,
    Unit.WEEK,
    Unit.MONTH,
    Unit.QUARTER,
    Unit.YEAR,
    Unit.DECADE,
)

# Fragments of the word between a span and the date it ends or starts on.
_ENDS = ("period_end",)
_MONTHS_A_YEAR = 12
_QUARTERS_A_YEAR = 4
_ENDS_OR_STARTS = ("period_end", "period_start")
_SAYING_WORDS = 4  # 'told', 'reporters', 'on', 'Tuesday' before 'that Friday would'
_SAYING_REACH = 50  # characters holding them


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    owners = lex.fragment("owner_determiner").split("|")  # their possessive stays outside
    unit_words = [
        w for w, unit in lex.units.items() if unit in _NARRATIVE_UNITS and w not in lex.plural_units
    ]
    unit_or_part = rf"(?:{p.words(unit_words, 'unit')}|{p.part()})"
    relation = p.words([w for w in lex.relative_to_ref if w != "that"], "relation")
    stepping = [word for word, step in lex.relative_to_ref.items() if step != 0]
    return (
        make_rule(
            "narrative.relative_unit",
            rf"{p.frag('the')}\s+{relation}\s+{unit_or_part}",
            _relative_unit,
            trigger_words([*unit_words, *lex.day_parts]),
            priority=1,
        ),
        make_rule(
            "narrative.relative_month",
            rf"(?:{p.frag('the')}\s+{p.words(stepping, 'relation')}|(?P<that>{p.frag('that')}))"
            rf"\s+{p.month()}",
            _relative_month,
            trigger_words(lex.months),
            priority=1,
        ),
        make_rule(
            "narrative.relative_season",
            rf"(?:{p.frag('the')}\s+{p.words(stepping, 'relation')}|(?P<that>{p.frag('that')}))"
            rf"\s+{p.words(lex.seasons, 'season')}",
            _relative_season,
            trigger_words(lex.seasons),
            priority=1,
        ),
        make_rule(
            "narrative.relative_weekday",
            rf"{p.frag('the')}\s+{p.words(stepping, 'relation')}\s+{p.weekday()}",
            _relative_weekday,
            trigger_words(lex.weekdays),
            priority=1,
        ),
        make_rule(
            "narrative.that_weekday",
            rf"{p.frag('that')}\s+{p.weekday()}(?:\s+{p.part()})?",
            _that_weekday,
            trigger_words(lex.weekdays),
            priority=1,
        ),
        make_rule(
            "narrative.the_unit",
            rf"(?:(?P<the>{p.frag('the')})\s+|{after_any(owners)})"
            rf"(?:(?:{p.frag('current')})\s+)?(?:{p.frag('fiscal')}\s+)?"
            rf"(?P<unit>{lex.fragment('reported_unit')})",
            _the_unit,
            {"quarter", "year"},
            priority=-1,
        ),
        make_rule(
            "narrative.span_to_a_date",
            rf"{p.frag('the')}\s+(?P<unit>{p.frag('week_or_month')})",
            _span_to_a_date,
            {word for word, unit in lex.units.items() if unit in (Unit.WEEK, Unit.MONTH)},
        ),
        make_rule(
            "narrative.latest_unit",
            rf"{p.frag('the')}\s+{p.frag('latest')}\s+(?:{p.frag('fiscal')}\s+)?"
            rf"(?P<unit>{lex.fragment('reported_unit')}|{p.frag('period')})",
            _latest_unit,
            {"latest", "recent"},
        ),
        make_rule(
            "narrative.reported_period",
            rf"(?:{p.frag('the')}\s+)?(?:{p.frag('matching')}\s+)?"
            rf"(?:{p.frag('year_ago')}|{p.year()}|{p.frag('last_year')}{p.frag('possessive')})"
            rf"\s+{p.frag('period')}"
            rf"|{p.frag('the')}\s+(?:{p.frag('matching')}\s+)?{p.frag('period')}\s+"
            rf"(?:{p.frag('a')}\s+{p.frag('year_ago')}|{p.frag('last_year')})",
            _reported_period,
            {"quarter", "period"},
            priority=1,
        ),
        make_rule(  # 'the same quarter of 2027', 'the same month last year'
            "narrative.same_unit_of_a_year",
            rf"{p.frag('the')}\s+{p.frag('matching')}\s+(?P<unit>{p.frag('quarter')}|{p.frag('month_word')})"
            rf"\s+(?:{p.frag('of')}\s+{p.year()}|(?P<last>{p.frag('last_year')}|{p.frag('a')}\s+{p.frag('year_ago')}))",
            _same_unit_of_a_year,
            {"quarter", "month"},
            priority=2,
        ),
        make_rule(
            "narrative.unit_before",
            rf"{p.frag('the')}\s+{p.words(unit_words, 'unit')}"
            rf"\s+(?P<direction>{lex.fragment('before_after')})",
            _unit_before,
            trigger_words(unit_words),
            priority=1,
        ),
        make_rule(
            "narrative.within_that_unit",
            rf"{p.words(lex.within_period_mods, 'mod')}\s+"
            rf"(?:{p.frag('that')}|{p.frag('the')}\s+{p.frag('same')}"
            rf"|{p.frag('in')}\s+{p.frag('the')})\s+{unit_or_part}",
            _that_unit,
            lex.within_period_mods,
            priority=1,
        ),
        make_rule(
            "narrative.part_of_the_day",
            rf"(?:(?P<the>{p.frag('the')})\s+)?"
            rf"(?:(?P<mod>{p.frag('mid')}|{p.frag('part_edge')})(?:[-\s]|(?!night)))?{p.part()}"
            rf"(?![-\w])",
            _part_of_the_day,
            trigger_words(lex.day_parts),
        ),
        make_rule(
            "narrative.that_unit",
            rf"{p.frag('that')}\s+{unit_or_part}",
            _that_unit,
            trigger_words([*unit_words, *lex.day_parts]),
        ),
    )


def _meaning(match: re.Match[str], source: Source, offset: int) -> Deictic:
    part = optional_group(match, "part")
    if part:
        return Deictic(Unit.DAY, offset, Base.REF, part=source.lexicon.day_parts[part])
    return Deictic(source.lexicon.units[match.group("unit")], offset, Base.REF)


def _relative_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'the following year', 'the next morning'; 'the next fortnight' is a stretch of two weeks,
    left to the duration rules, and 'over the next decade' or 'spent the next decade' a length
    ('over the next year' stays the year, as TimeBank writes it)."""
    lex = source.lexicon
    if optional_group(match, "unit") in lex.unit_factors:
        return None
    offset = lex.relative_to_ref[match.group("relation")]
    unit = optional_group(match, "unit")
    before = source.word_before(match.start())
    over = lex.is_fragment("span_over", before) or before in lex.time_spending_verbs
    if unit is not None and over and offset > 0 and lex.units[unit].rank >= Unit.DECADE.rank:
        return Duration(Amount(1), lex.units[unit])  # 'will fall over the next decade'
    return _meaning(match, source, offset)


def _the_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'the quarter', 'the latest quarter': the one the report is about; 'the year', 'the
    current fiscal year': the year of the document (TBAQ: a report's narrative dates are mostly
    earlier years it compares with, not the year it speaks of). 'The year ended March 31' is a
    year's length ending then: a duration, as TimeBank annotates it. 'The quarter-to-quarter
    comparison' is no quarter at all. After a year in apposition ('in 2008, the year of the
    crash') it is that year; in a report on last year's fourth quarter, that year."""
    if source.text.startswith("-", match.end()) or _names_a_title(match, source):
        return None
    unit = source.lexicon.units[match.group("unit")]
    if unit is Unit.YEAR and _bounded_by_a_date(match, source, _ENDS):
        return Duration(Amount(1), unit)
    if not optional_group(match, "the") or _YEAR_AFTER.match(source.text, match.end()):
        return None  # 'its year' unless it ends on a date; 'the fiscal year 2024' is the year's
    in_apposition = _APPOSITION.search(source.text, max(0, match.start() - 12), match.start())
    if unit is Unit.QUARTER or in_apposition is not None:
        return Deictic(unit, 0, Base.REF)
    return Deictic(unit, 0, Base.DCT, of_a_report=True)


def _span_to_a_date(match: re.Match[str], source: Source) -> Meaning | None:
    """'the week to Jan. 7', 'the month ended June 30', 'the fortnight from April 29': a unit's
    length ending or starting on that date; otherwise 'the week' ('the index fell 3.8% for the
    week', 'the week's busiest session', 'part of the week's gains') is the narrative's, as
    TimeBank tags it; not 'the week of March 6' or 'the week before', which other rules read,
    nor 'the day of the week'."""
    lex = source.lexicon
    word = match.group("unit")
    if _bounded_by_a_date(match, source, _ENDS_OR_STARTS):
        return Duration(*amount_of_units(None, word, lex))
    if word in lex.unit_factors:
        return None  # 'the fortnight' alone is no calendar unit of the narrative
    unit = lex.units[word]
    following = source.word_after(match.end()).lower()
    owns = lex.past_possessive(source.text, match.end()) > match.end()  # 'part of the week's'
    of_word = source.word_before(match.start())
    of_start = source.lowered.rfind(of_word, 0, match.start())
    ranked = source.word_before(of_start) in lex.units  # 'the first day of the month's festival'
    after_of = lex.is_fragment("of", of_word) and (ranked or not owns)
    if following in lex.week_followers or after_of:
        return None
    return Deictic(unit, 0, Base.REF)


def _names_a_title(match: re.Match[str], source: Source) -> bool:
    """'Player of the Year', 'coach of the year award', 'the Year of the Dragon': a title or an
    award, not the year of the document."""
    if source.is_capitalized(match, "unit"):
        return True
    lex = source.lexicon
    if not lex.is_fragment("of", source.word_before(match.start())):
        return False
    of_start = source.lowered.rfind(source.word_before(match.start()), 0, match.start())
    holder = source.word_before(of_start)
    return holder in lex.award_nouns or source.text[of_start - len(holder) - 1 : of_start].istitle()


def _bounded_by_a_date(match: re.Match[str], source: Source, links: tuple[str, ...]) -> bool:
    """'the year ended June 30', 'the year to 30 June', 'the week to Saturday', 'the year ending
    tomorrow' (but not 'the year ended badly'); with the start links, 'the fortnight from April
    29'. `links` names the lexicon fragments of the word between."""
    verb = source.word_after(match.end())
    lex = source.lexicon
    if not any(lex.is_fragment(link, verb) for link in links):
        return False
    after_verb = source.text.find(verb, match.end()) + len(verb)
    day = source.word_after(after_verb).lower().rstrip(".")
    if day.isdigit():  # 'the year to 30 June'
        after_day = source.text.find(day, after_verb) + len(day)
        day = source.word_after(after_day).lower().rstrip(".")
    return day in lex.months or day in lex.deictic_days or day in lex.weekdays


def _relative_weekday(match: re.Match[str], source: Source) -> Meaning | None:
    """'the following Monday', 'the previous Friday': the first one after (before) the
    narrative's day."""
    lex = source.lexicon
    word = match.group("weekday").rstrip(".")
    if is_abbreviation(word, lex.weekdays):
        return None
    step = lex.relative_to_ref[match.group("relation")]
    relation = Relation.NEXT if step > 0 else Relation.LAST
    return WeekdayRef(lex.weekdays[word], relation, base=Base.REF)


def _that_weekday(match: re.Match[str], source: Source) -> Meaning | None:
    """'that Friday', 'that Monday night': the day of the narrative with that name; not before
    a possessive, where 'that' opens a clause."""
    lex = source.lexicon
    word = match.group("weekday").rstrip(".")
    if is_abbreviation(word, lex.weekdays) or not source.is_capitalized(match, "weekday"):
        return None
    if lex.past_possessive(source.text, match.end()) > match.end():
        return None  # 'estimated that Monday's disruption cost': 'that' opens a clause
    if _subject_of_a_clause(match, source):
        return None  # 'told reporters that Friday would be key'
    part = lex.day_parts.get(optional_group(match, "part") or "")
    return WeekdayRef(lex.weekdays[word], Relation.THIS, part=part, base=Base.REF)


def _subject_of_a_clause(match: re.Match[str], source: Source) -> bool:
    """'said that May was busy', 'told reporters on Tuesday that Friday would be key': right
    after a verb that takes a clause, after its date, or after the object of a verb that tells
    someone, and before a modal or a form of 'be', 'that' opens a clause whose subject is the
    named month or day; elsewhere it points ('Flights that Monday were cancelled', 'said roads
    that Monday were impassable', 'For many here, that Tuesday morning is still close')."""
    lex = source.lexicon
    following = source.word_after(match.end()).lower()
    if following not in lex.modal_verbs and following not in lex.passive_auxiliaries:
        return False
    floor = max(0, match.start() - _SAYING_REACH)
    clause_start = max(source.text.rfind(stop, floor, match.start()) for stop in ",.;:!?\n")
    left = max(clause_start + 1, floor)
    leading = WORD.findall(source.lowered, left, match.start())[-_SAYING_WORDS:]
    verbs = [at for at, word in enumerate(leading) if word in lex.clause_taking_verbs]
    if not verbs:
        return False
    between = leading[verbs[-1] + 1 :]
    opened = any(word in lex.clause_links or word in lex.aside_openers for word in between)
    if not between or (leading[verbs[-1]] in lex.directive_verbs and not opened):
        return True  # 'said that May was', 'told the House that Monday would be'
    # 'said on Friday that', 'said again that'; not 'said roads that Monday were impassable'
    return lex.is_fragment("on", between[0]) or all(_when_or_how(word, lex) for word in between)


def _when_or_how(word: str, lex: Lexicon) -> bool:
    """A weekday, a month, a deictic day or night ('yesterday', 'overnight'), a part of the day
    or an adverb ('again', 'unanimously'), which may stand between a verb of saying and its
    'that'."""
    when = word in lex.weekdays or word in lex.months or word in lex.deictic_days
    when = when or word in lex.night_words or word in lex.day_parts
    return when or word in lex.verb_adverbs or word.endswith(lex.adverb_suffixes)


def _relative_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'the following January', 'the previous March': the first one after (before) the date the
    narrative is at ('signed on 14 March 1951 ... the following January' is January 1952);
    'that June' in the narrative's year."""
    lex = source.lexicon
    word = match.group("month").rstrip(".")
    if is_abbreviation(word, lex.months) or not source.is_capitalized(match, "month"):
        return None
    if optional_group(match, "that"):
        if _subject_of_a_clause(match, source):
            return None  # 'said that May was busy'
        return CalendarDate(month=lex.months[word], year_offset=0, year_base=Base.REF)
    relation = Relation.NEXT if lex.relative_to_ref[match.group("relation")] > 0 else Relation.LAST
    return CalendarDate(month=lex.months[word], relation=relation, year_base=Base.REF)


def _relative_season(match: re.Match[str], source: Source) -> Meaning | None:
    """'the following spring' after the narrative's date; 'that summer' in its year."""
    lex = source.lexicon
    season = lex.seasons[match.group("season")]
    if match.group("that"):
        return CalendarDate(season=season, year_offset=0, year_base=Base.REF)
    relation = Relation.NEXT if lex.relative_to_ref[match.group("relation")] > 0 else Relation.LAST
    return CalendarDate(season=season, relation=relation, year_base=Base.REF)


def _latest_unit(match: re.Match[str], source: Source) -> Meaning | None:
    """'the latest quarter', 'the most recent period', 'the latest fiscal year': the last one
    completed by the document date."""
    unit = source.lexicon.units.get(match.group("unit"), Unit.QUARTER)
    return Deictic(unit, -1, Base.DCT)


def _reported_period(match: re.Match[str], source: Source) -> Meaning | None:
    """'the year-ago quarter', 'the comparable period last year', 'the 1988 quarter': the
    quarter the report is about, a year back or in the year named. A 'period' in a text that has
    not spoken of quarters is only known to its year ('footfall fell in January and February
    compared with the same period last year')."""
    year = optional_group(match, "year")
    if not _speaks_of_quarters(source, match.end()):
        return (
            CalendarDate(year=parse_year(year, source.lexicon)) if year else Deictic(Unit.YEAR, -1)
        )
    if year:
        return Deictic(Unit.QUARTER, 0, Base.REF, in_year=parse_year(year, source.lexicon))
    return Deictic(Unit.QUARTER, -4, Base.REF)


def _same_unit_of_a_year(match: re.Match[str], source: Source) -> Meaning | None:
    """'the same quarter of 2027', 'the same month last year': the quarter or month the text
    just told, in the year named or a year back."""
    lex = source.lexicon
    year = optional_group(match, "year")
    if lex.units.get(match.group("unit")) is Unit.MONTH:
        return None if year else Deictic(Unit.MONTH, -_MONTHS_A_YEAR, Base.REF)
    if year:
        return Deictic(Unit.QUARTER, 0, Base.REF, in_year=parse_year(year, lex))
    return Deictic(Unit.QUARTER, -_QUARTERS_A_YEAR, Base.REF)


def _speaks_of_quarters(source: Source, end: int) -> bool:
    """Whether the word 'quarter' occurs in the text up to `end` (this phrase included)."""
    return _quarter_word(source.lexicon).search(source.lowered, 0, end) is not None


@cache
def _quarter_word(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.fragment('quarter')})")


def _unit_before(match: re.Match[str], source: Source) -> Meaning | None:
    """'the year before', 'the day after': one unit away from the narrative's date."""
    if not source.dangles(match, "direction"):
        return None
    offset = source.lexicon.relative_to_ref.get(match.group("direction"))
    if offset is None:
        offset = -1 if source.lexicon.is_fragment("earlier", match.group("direction")) else 1
    return Deictic(source.lexicon.units[match.group("unit")], offset, Base.REF)


def _part_of_the_day(match: re.Match[str], source: Source) -> Meaning | None:
    """'in the morning', 'by mid-afternoon', 'by late afternoon': a part of the narrative's day,
    as TimeBank reads it; not 'the morning of June 3' or 'the evening news', which other rules
    or nothing read, nor 'early morning fog' with no preposition."""
    lex = source.lexicon
    if not (optional_group(match, "the") or optional_group(match, "mod")):
        return None  # a bare 'afternoon'
    if not lex.is_fragment("part_preps", source.word_before(match.start())):
        return None
    following = source.word_after(match.end())
    noun_follows = following not in lex.month_context_words and following not in lex.determiners
    noun_follows = noun_follows and not _a_verb_or_link(following, lex)
    new_clause = not optional_group(match, "the") and _subject_then_verb(match.end(), source)
    if following.islower() and noun_follows and not new_clause:
        return None
    if lex.is_fragment("of", following):
        return None
    return _meaning(match, source, 0)


def _a_verb_or_link(word: str, lex: Lexicon) -> bool:
    """A verb, a conjunction or a subject pronoun after a part of day ('queued since the
    afternoon were angry', 'the morning and', 'by mid-morning they had'): the part's phrase ends
    there, no noun follows."""
    groups = (lex.passive_auxiliaries, lex.modal_verbs, lex.past_cues, lex.present_cues)
    return (
        any(word in group for group in groups)
        or word in lex.conjunctions
        or word in lex.subject_pronouns
    )


def _subject_then_verb(end: int, source: Source) -> bool:
    """A noun and then an auxiliary or a past form after a part of day with no article ('by
    mid-morning staff had treated', 'By late afternoon roads were closed'): the noun is the
    subject of a new clause; after 'the' it may be a word the part modifies ('in the morning
    paper was')."""
    lex = source.lexicon
    subject = source.word_after(end)
    verb = source.word_after(source.text.index(subject, end) + len(subject))
    auxiliaries = (lex.passive_auxiliaries, lex.modal_verbs, lex.past_cues)
    listed = any(verb in group for group in auxiliaries)
    return verb.islower() and (listed or verb.endswith(lex.past_suffix))


def _that_unit(match: re.Match[str], source: Source) -> Meaning | None:
    return _meaning(match, source, 0)
