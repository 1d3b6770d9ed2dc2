"""Parts of a year: "spring 2024", "the third quarter", "third-quarter", "the first half of
2023", "Q3 2023", "this year's fourth quarter"."""

from __future__ import annotations

import re
from dataclasses import replace

from chrono.grammar.calendar_words import (
    relation_of,
    season_is_plausible,
)
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import (
    Rule,
    Source,
    make_rule,
    optional_group,
    trigger_words,
)
from chrono.numbers import parse_ordinal, parse_year
from chrono.patterns import alternation
from chrono.semantics import Base, CalendarDate, Meaning

# A game's score: '21-3', '2-0' (not a range of percentages or money: '12-15%', '$2-3').
_SCORE = re.compile(r"(?<![\d$.,-])\d{1,3}-\d{1,3}(?![\d%.,-]|\s*(?:%|percent|cents))")
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# How far a sentence is searched either side of a half or quarter for signs of a game.
_SENTENCE_REACH = 400
_STREAK_REACH = 16  # characters after a quarter to 'in a row'


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    the = p.frag("the")
    of = p.frag("of")
    relation = p.words(lex.relative_to_dct, "relation")
    # 'The summer break': the article is the stretch's, not the season's
    its_own = rf"(?!(?:{alternation(lex.seasons)})\s+(?:{alternation(lex.season_occasions)})\b)"
    ordinal_rank = p.ordinal()
    quarter_word = p.frag("quarter")
    fiscal = p.frag("fiscal")
    year_relation = p.words(lex.relative_to_dct, "year_relation")
    owner_relation = p.words(lex.relative_to_dct, "owner_relation")
    owner = (
        rf"{owner_relation}\s+{p.frag('year_word')}{p.frag('possessive')}"
        rf"|(?:{the}\s+)?(?:(?P<year_ago>{lex.fragment('year_ago')})|{p.year('owner_year')})"
        rf"|{the}(?!\s+\w+-)"
    )
    # "the winter of 1946-47": a season or quarter that straddles two years is named by the first
    year_tail = (
        rf"(?:,?\s+{of}?\s*(?:{fiscal}\s+)?{p.year()}(?:[-\u2013](?:\d{{2}}|\d{{4}})(?![\d-]))?"
        rf"|\s+{of}\s+{fiscal}\s*(?P<fiscal_short>\d{{2}})(?!\d)"
        rf"|(?P<of_year>\s+{of}\s+(?:{the}|{year_relation})\s+{p.frag('year_word')}))?"
    )
    return (
        make_rule(
            "absolute.season",
            rf"(?:(?:{p.words(lex.within_period_mods, 'mod')}\s+)?{relation}\s+|{the}\s+{its_own})?"
            rf"{p.words(lex.seasons, 'season')}{year_tail}",
            _season,
            trigger_words(lex.seasons),
        ),
        make_rule(
            "absolute.quarter",
            rf"(?:(?P<owner>{owner})\s+)?"
            rf"(?:{fiscal}\s+)?(?:{ordinal_rank}|(?P<latter>{p.frag('latter')}))"
            rf"(?P<hyphen>[\s-]+)(?:{fiscal}\s+)?"
            rf"(?P<part>{quarter_word}|{p.frag('half')}|{p.frag('two_quarters')}){year_tail}",
            _quarter_or_half,
            {"quarter", "quarters", "half"},
        ),
        make_rule(
            "absolute.month_quarter",
            rf"(?:{the}\s+)?(?:{p.month('first_month')}[-\u2013])?{p.month()}[\s-]+{quarter_word}"
            rf"{year_tail}",
            _month_quarter,
            {"quarter"},
            priority=1,
        ),
        make_rule(
            "absolute.quarter_code",
            rf"(?:{the}\s+)?(?:q(?P<code>[1-4])|h(?P<half_code>[12]))"
            rf"(?:,?\s*(?:{fiscal}\s*)?{p.year()}|\s*{fiscal}\s*(?P<short>\d{{2}})(?!\d))?",
            _quarter_code,
            {"q1", "q2", "q3", "q4", "h1", "h2"},
        ),
    )


def _season(match: re.Match[str], source: Source) -> Meaning | None:
    season = source.lexicon.seasons[match.group("season")]
    said = _year_of(match, source)
    has_tail = said != CalendarDate()
    relation = None if has_tail else relation_of(match, source)
    if not has_tail and relation is None and not season_is_plausible(match, source):
        return None
    return replace(said, season=season, relation=relation)


def _quarter_or_half(match: re.Match[str], source: Source) -> Meaning | None:
    """'the third quarter', 'third-quarter' (an adjective: the owner pattern leaves 'the'
    outside, as TimeBank does), 'this year's third quarter', 'the first half of 2023', 'the
    first two quarters of 1990' (a half). 'The last half of 1989' counts from the end only with
    a year: 'the last quarter' alone is the latest one, left to the deictic rules. 'The first
    half of the match' is a part of something else, not of a year."""
    lex = source.lexicon
    year = _year_of(match, source)
    if year == CalendarDate() and (_part_of_something(match, source) or _in_a_game(match, source)):
        return None
    if year == CalendarDate() and _counts_a_streak(match, source):
        return None  # 'for the third quarter running' counts quarters; it names none
    part = match.group("part")
    is_half = lex.is_fragment("half", part) or lex.is_fragment("two_quarters", part)
    if optional_group(match, "latter"):
        if year == CalendarDate():
            return None
        rank = 2 if is_half else 4
    else:
        rank = parse_ordinal(match.group("ordinal"), lex)
    if is_half:
        return replace(year, half=rank) if rank in (1, 2) else None
    return replace(year, quarter=rank) if 1 <= rank <= 4 else None


def _counts_a_streak(match: re.Match[str], source: Source) -> bool:
    """'the third quarter running', 'the second half in a row': how many in a streak."""
    rest = source.lowered[match.end() : match.end() + _STREAK_REACH].split()
    following = [word.rstrip(".,;:") for word in rest]
    return any(
        following[: len(phrase.split())] == phrase.split() for phrase in source.lexicon.streak_words
    )


def _part_of_something(match: re.Match[str], source: Source) -> bool:
    """'the first half of the match', 'the third quarter of its season', 'the second half of
    January', a month's part that the modifiers read (but 'a loss for the third quarter of $226
    million' names an amount); and a half or quarter of a game on a named day
    ('scored twice in the first half on Tuesday night', 'the second half yesterday'), not one a
    result is given for ('a rise in profit for the second quarter on Thursday')."""
    lex = source.lexicon
    end = match.end()
    of = source.word_after(end)
    reported_for = source.word_before(match.start()).lower() in lex.vague_span_preps
    if _on_a_day(of, end, source) and not reported_for:
        return True
    if not lex.is_fragment("of", of):
        return False
    owner = source.word_after(source.text.index(of, end) + len(of))
    month = owner[:1].isupper() and owner.lower() in lex.months  # 'the second half of January'
    return owner.lower() in lex.determiners or month


def _in_a_game(match: re.Match[str], source: Source) -> bool:
    """A half or quarter in a sentence that tells of a game: a score ('led 21-3') or a word of
    play ('yards', 'goals'): 'threw for 342 yards in the first half'."""
    text = source.lowered
    low = max(0, match.start() - _SENTENCE_REACH)
    start = max(text.rfind(".", low, match.start()), text.rfind("\n", low, match.start()), low - 1)
    high = min(len(text), match.end() + _SENTENCE_REACH)
    end = text.find(".", match.end(), high)
    sentence = text[start + 1 : end if end >= 0 else high]
    if _SCORE.search(sentence):
        return True
    return any(word in source.lexicon.game_words for word in _WORD.findall(sentence))


def _on_a_day(following: str, end: int, source: Source) -> bool:
    """A day right after the part: 'on Tuesday', 'yesterday', 'tonight', 'last night'."""
    lex = source.lexicon
    lowered = following.lower()
    if lowered in lex.deictic_days or lowered in lex.night_words:
        return True
    after = (
        source.word_after(source.text.index(following, end) + len(following)) if following else ""
    )
    if lex.is_fragment("on", following):
        return after.lower() in lex.weekdays and after[:1].isupper()
    return lowered in lex.relative_to_dct and after.lower() in lex.day_parts


def _year_of(match: re.Match[str], source: Source) -> CalendarDate:
    """The year a quarter or season is in: written out, 'of last year' (from the document date),
    'of the year' (the narrative's year), or left to the resolver."""
    if match.group("year"):
        return CalendarDate(year=parse_year(match.group("year"), source.lexicon))
    if optional_group(match, "fiscal_short"):  # 'the first quarter of FY25'
        return CalendarDate(short_year=int(match.group("fiscal_short")), fiscal=True)
    if optional_group(match, "owner_year"):
        return CalendarDate(year=parse_year(match.group("owner_year"), source.lexicon))
    if optional_group(match, "year_ago"):
        return CalendarDate(year_offset=-1)
    relation = match.group("year_relation") or optional_group(match, "owner_relation")
    if relation:
        return CalendarDate(year_offset=source.lexicon.relative_to_dct[relation])
    if match.group("of_year"):
        return CalendarDate(year_offset=0, year_base=Base.REF)
    return CalendarDate()


def _month_quarter(match: re.Match[str], source: Source) -> Meaning | None:
    """'the December quarter', 'the April-June quarter of 2024': the calendar quarter that ends
    with (or holds) the month, as Australian and business news name quarters."""
    lex = source.lexicon
    word = match.group("month").rstrip(".").lower()
    if word not in lex.months or not source.text[match.start("month")].isupper():
        return None
    return replace(_year_of(match, source), quarter=(lex.months[word] - 1) // 3 + 1)


def _quarter_code(match: re.Match[str], source: Source) -> Meaning | None:
    """'Q3', 'Q3 2024', 'Q2 FY25', 'H1 2024' (a half needs its year: 'H1' alone is often a
    name). A fiscal quarter is written as the calendar one of its fiscal year's number."""
    year = parse_year(match.group("year"), source.lexicon) if match.group("year") else None
    short = int(match.group("short")) if match.group("short") else None
    if optional_group(match, "half_code"):
        said = year is not None or short is not None
        half = int(match.group("half_code"))
        return CalendarDate(year=year, half=half, short_year=short, fiscal=True) if said else None
    return CalendarDate(
        year=year, quarter=int(match.group("code")), short_year=short, fiscal=short is not None
    )
