"""Dates the calendar names outright: "December 9, 2023", "the 5th of November", "2023-12-09",
"in 2014", "the 1990s", "the 19th century", "spring 2024", "the third quarter", "fiscal 2023"."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace

from chrono.grammar.calendar_words import (
    month_is_plausible,
    relation_of,
    season_is_plausible,
    year_is_plausible,
)
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import (
    NUMBER_CLASS,
    YEAR_CLASS,
    Rule,
    Source,
    make_rule,
    optional_group,
    trigger_words,
)
from chrono.numbers import parse_ordinal, parse_year, spoken_year_pattern
from chrono.patterns import alternation
from chrono.semantics import Base, CalendarDate, Meaning

# "the '20s" is read as the 2020s and "the '30s" as the 1930s: a fixed split, so the value never
# depends on when chrono runs.
_LAST_SHORT_DECADE_OF_2000S = 2


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    months = trigger_words(lex.months)
    on_weekday = rf"(?:{p.weekday()},?\s+)?"
    the = p.frag("the")
    of = p.frag("of")
    period_mod = p.words([word for word in lex.period_mods if " " not in word], "mod")
    relation = p.words(lex.relative_to_dct, "relation")
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
    year_tail = (
        rf"(?:,?\s+{of}?\s*{p.year()}"
        rf"|(?P<of_year>\s+{of}\s+(?:{the}|{year_relation})\s+{p.frag('year_word')}))?"
    )
    return (
        make_rule(
            "absolute.month_day_year",
            rf"{on_weekday}{p.month()}\s*{p.day()},?\s+{p.year()}",
            _month_day_year,
            months,
        ),
        make_rule(
            "absolute.day_month_year",
            rf"{on_weekday}(?:{the}\s+)?{p.day()}\s+(?:{of}\s+)?{p.month()},?\s+{p.year()}",
            _month_day_year,
            months,
        ),
        make_rule(
            "absolute.month_day", rf"{on_weekday}{p.month()}\s*{p.day()}", _month_day_year, months
        ),
        make_rule(
            "absolute.day_month",
            rf"{on_weekday}(?:{the}\s+)?{p.day()}\s+(?:{of}\s+)?{p.month()}",
            _month_day_year,
            months,
        ),
        make_rule(
            "absolute.month_year",
            rf"{p.month()},?\s+(?:{of}\s+)?{p.year()}",
            _month_year,
            months,
        ),
        make_rule(
            "absolute.month_relative_year",
            rf"{p.month()},?\s+(?:{of}\s+)?{year_relation}\s+{p.frag('year_word')}",
            _month_relative_year,
            months,
        ),
        make_rule("absolute.month", p.month(), _bare_month, months),
        make_rule(
            "absolute.day_of_month",
            rf"(?<={p.frag('on')}\s){the}\s+(?P<day>[0-3]?\d)(?:{alternation(lex.ordinal_suffixes)})",
            _day_of_month,
            {NUMBER_CLASS},
        ),
        make_rule(
            "absolute.month_relative",
            rf"{relation}\s+{p.month()}(?:\s*{p.day()}(?![\d,]))?",
            _bare_month,
            months,
        ),
        make_rule(
            "absolute.iso_date",
            r"(?P<year>[12]\d{3})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])",
            _numeric_date,
            {YEAR_CLASS},
        ),
        make_rule(
            "absolute.numeric_date",
            r"(?<![\d/.])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>[12]\d{3})(?![\d/])",
            _numeric_date,
            {YEAR_CLASS},
        ),
        make_rule("absolute.year", r"(?P<year>[12]\d{3})(?!\d)", _year, {YEAR_CLASS}),
        make_rule(
            "absolute.spoken_year",
            rf"(?:(?P<the_year>{the}\s+{p.frag('year_word')})\s+)?"
            rf"(?P<year>{spoken_year_pattern(lex)})(?![\w-])",
            _spoken_year,
            trigger_words(
                [*lex.fragments["spoken_century"].split("|"), lex.fragments["spoken_millennium"]]
            ),
        ),
        make_rule(
            "absolute.decade",
            rf"(?:{the}\s+)?(?:{period_mod}[\s-]+)?(?:(?P<decade>[12]\d{{2}})0|['’](?P<short>\d)0)['’]?s",
            _decade,
            {NUMBER_CLASS},
        ),
        make_rule(
            "absolute.spoken_decade",
            rf"{the}\s+(?:{period_mod}[\s-]+)?['’]?{p.words(lex.decade_words, 'spoken')}",
            _decade,
            lex.decade_words,
        ),
        make_rule(
            "absolute.century",
            rf"(?:{the}\s+)?{ordinal_rank}[\s-]+{p.frag('century')}",
            _century,
            {"century"},
        ),
        make_rule(
            "absolute.season",
            rf"(?:{relation}\s+|{the}\s+)?{p.words(lex.seasons, 'season')}{year_tail}",
            _season,
            trigger_words(lex.seasons),
        ),
        make_rule(
            "absolute.quarter",
            rf"(?:(?P<owner>{owner})\s+)?"
            rf"(?:{fiscal}\s+)?{ordinal_rank}(?P<hyphen>[\s-]+)(?:{fiscal}\s+)?"
            rf"(?P<part>{quarter_word}|{p.frag('half')}){year_tail}",
            _quarter_or_half,
            {"quarter", "half"},
        ),
        make_rule(
            "absolute.quarter_code",
            rf"(?:{the}\s+)?q(?P<code>[1-4])(?:,?\s*{p.year()})?",
            _quarter_code,
            {"q1", "q2", "q3", "q4"},
        ),
        make_rule(
            "absolute.year_end",
            rf"(?:{the}\s+)?{p.frag('year_end')}",
            lambda match, source: CalendarDate(month=12, day=31),
            {"year"},
        ),
        make_rule(
            "absolute.fiscal_year",
            rf"{fiscal}(?:\s+{p.frag('year_word')})?\s*{p.year()}",
            _fiscal_year,
            {"fiscal", "fy"},
            priority=1,
        ),
    )


def _month_number(match: re.Match[str], source: Source) -> int | None:
    """A month name counts when capitalized; in lower case only beside a day or a year, and
    never the words that are also verbs ('may', 'march')."""
    word = match.group("month").rstrip(".")
    month = source.lexicon.months[word]
    if source.is_capitalized(match, "month"):
        return month
    has_number = optional_group(match, "day") or optional_group(match, "year")
    return month if has_number and word not in source.lexicon.ambiguous_names else None


def _month_day_year(match: re.Match[str], source: Source) -> Meaning | None:
    month = _month_number(match, source)
    if month is None:
        return None
    year = (
        parse_year(match.group("year"), source.lexicon)
        if "year" in match.re.groupindex and match.group("year")
        else None
    )
    day = int(match.group("day"))
    if not _valid_day(year, month, day):
        return None
    weekday = (
        source.lexicon.weekdays[match.group("weekday").rstrip(".")]
        if match.group("weekday")
        else None
    )
    return CalendarDate(year=year, month=month, day=day, weekday=weekday)


def _valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= day <= monthrange(year if year is not None else 2000, month)[1]


def _month_relative_year(match: re.Match[str], source: Source) -> Meaning | None:
    """'June last year', 'January of this year'."""
    month = _month_number(match, source)
    if month is None:
        return None
    offset = source.lexicon.relative_to_dct[match.group("year_relation")]
    return CalendarDate(month=month, year_offset=offset)


def _month_year(match: re.Match[str], source: Source) -> Meaning | None:
    month = _month_number(match, source)
    return (
        None
        if month is None
        else CalendarDate(year=parse_year(match.group("year"), source.lexicon), month=month)
    )


def _bare_month(match: re.Match[str], source: Source) -> Meaning | None:
    month = _month_number(match, source)
    has_relation = "relation" in match.re.groupindex
    if month is None or (not has_relation and not month_is_plausible(match, source)):
        return None
    day_text = optional_group(match, "day")
    day = int(day_text) if day_text else None
    if day is not None and not _valid_day(None, month, day):
        return None
    return CalendarDate(month=month, day=day, relation=relation_of(match, source))


def _day_of_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'on the 15th': a day of a month the tense picks; not 'on the 15th floor'."""
    day = int(match.group("day"))
    following = source.word_after(match.end()).lower()
    if not 1 <= day <= 31 or (following and following not in source.lexicon.month_context_words):
        return None
    return CalendarDate(day=day)


def _numeric_date(match: re.Match[str], source: Source) -> Meaning | None:
    year = int(match.group("year"))
    if "month" in match.re.groupindex:
        month, day = int(match.group("month")), int(match.group("day"))
    else:
        month, day = int(match.group("first")), int(match.group("second"))
        if source.day_first:
            month, day = day, month
    if not 1 <= month <= 12 or not _valid_day(year, month, day):
        return None
    return CalendarDate(year=year, month=month, day=day)


def _year(match: re.Match[str], source: Source) -> Meaning | None:
    return CalendarDate(year=int(match.group("year"))) if year_is_plausible(match, source) else None


def _spoken_year(match: re.Match[str], source: Source) -> Meaning | None:
    """'the year two thousand', 'in nineteen ninety-six'; but a bare 'two thousand ...' and a
    spoken number before a plural ('nineteen ninety-nine tickets') count something."""
    spoken = match.group("year")
    lex = source.lexicon
    if not match.group("the_year"):
        if re.match(lex.fragment("spoken_millennium"), spoken, re.IGNORECASE):
            return None
        following = source.word_after(match.end())
        if following in lex.quantity_nouns or lex.looks_plural(following):
            return None
    return CalendarDate(year=parse_year(spoken, lex))


def _decade(match: re.Match[str], source: Source) -> Meaning | None:
    """'the 1990s'; a decade said short ("the '90s", 'the nineties') with a fixed split: the
    '00s to the '20s are in the 2000s, the '30s to the '90s in the 1900s."""
    spoken = optional_group(match, "spoken")
    short = optional_group(match, "short")
    if spoken is None and short is None:
        return CalendarDate(decade=int(match.group("decade")))
    digit = source.lexicon.decade_words[spoken] if spoken else int(short or 0)
    return CalendarDate(decade=(200 if digit <= _LAST_SHORT_DECADE_OF_2000S else 190) + digit)


def _century(match: re.Match[str], source: Source) -> Meaning | None:
    rank = parse_ordinal(match.group("ordinal"), source.lexicon)
    return CalendarDate(century=rank - 1) if 1 <= rank <= 30 else None


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
    outside, as TimeBank does), 'this year's third quarter', 'the first half of 2023'."""
    rank = parse_ordinal(match.group("ordinal"), source.lexicon)
    year = _year_of(match, source)
    is_half = re.fullmatch(source.lexicon.fragment("half"), match.group("part")) is not None
    if is_half:
        return replace(year, half=rank) if rank in (1, 2) else None
    return replace(year, quarter=rank) if 1 <= rank <= 4 else None


def _year_of(match: re.Match[str], source: Source) -> CalendarDate:
    """The year a quarter or season is in: written out, 'of last year' (from the document date),
    'of the year' (the narrative's year), or left to the resolver."""
    if match.group("year"):
        return CalendarDate(year=parse_year(match.group("year"), source.lexicon))
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


def _quarter_code(match: re.Match[str], source: Source) -> Meaning | None:
    year = parse_year(match.group("year"), source.lexicon) if match.group("year") else None
    return CalendarDate(year=year, quarter=int(match.group("code")))


def _fiscal_year(match: re.Match[str], source: Source) -> Meaning | None:
    return CalendarDate(year=parse_year(match.group("year"), source.lexicon))
