"""Years and longer: "in 2014", "nineteen ninety-six", "fiscal 2023", "the 1990s", "the
nineties", "the 19th century"."""

from __future__ import annotations

import re

from chrono.grammar.calendar_words import year_is_plausible
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
from chrono.patterns import WORD
from chrono.semantics import BeforeCommonEra, CalendarDate, Meaning

# "the '20s" is read as the 2020s and "the '30s" as the 1930s: a fixed split, so the value never
# depends on when chrono runs; the resolver moves a decade still ahead of the DCT back a century.
_LAST_SHORT_DECADE_OF_2000S = 2
# "the 1800s" and "the 1900s" are centuries; "the 2000s" is read as the decade.
_FIRST_DECADE_NOT_A_CENTURY = 200
_READING_REACH = 40
_RANGE_DASH = "[-\u2013/]"
_LATEST_CENTURY = 30


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    the = p.frag("the")
    period_mod = p.words([word for word in lex.period_mods if " " not in word], "mod")
    ordinal_rank = p.ordinal()
    fiscal = p.frag("fiscal")
    return (
        make_rule(
            "absolute.short_year",
            r"(?<=\s)['’](?P<short>\d\d)(?![\w'’])",
            _short_year,
            {NUMBER_CLASS},
        ),
        make_rule(  # 'the year 2000' is one timex, as 'the year two thousand' is
            "absolute.year",
            rf"(?:(?P<the_year>{the}\s+{p.frag('year_word')})\s+)?(?P<year>[12]\d{{3}})(?!\d)",
            _year,
            {YEAR_CLASS},
        ),
        make_rule(
            "absolute.year_range_start",
            rf"(?<![\d,.\-/])(?P<year>[12]\d{{3}})(?={_RANGE_DASH}(?P<end>[12]\d{{3}}|\d{{2}})(?![\d\-/%]))",
            _range_start,
            {YEAR_CLASS},
            priority=1,
        ),
        make_rule(
            "absolute.year_range_end",
            rf"(?<=(?<![\d,.\-/])(?P<start>[12]\d{{3}}){_RANGE_DASH})(?P<end>[12]\d{{3}}|\d{{2}})(?![\d\-/%])",
            _range_end,
            {YEAR_CLASS, NUMBER_CLASS},
            priority=1,
        ),
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
            "absolute.bare_short_decade",
            rf"{the}\s+(?:{period_mod}[\s-]+)?(?P<short>\d)0s(?![\w'’-])",
            _bare_short_decade,
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
            rf"(?:{the}\s+)?{ordinal_rank}[\s-]+{p.frag('century')}"
            rf"(?:\s+(?P<era>{p.frag('before_era')}|{p.frag('common_era')})(?!\w))?",
            _century,
            {"century"},
        ),
        make_rule(
            "absolute.year_of_an_era",
            rf"(?<![\d,.$])(?P<number>\d{{1,2}},\d{{3}}|\d{{1,4}})\s*"
            rf"(?P<era>{p.frag('before_era')}|{p.frag('common_era')})(?!\w)"
            rf"|(?P<lead_era>{p.frag('common_era')})\s*(?P<lead_number>\d{{1,4}})(?!\d|,\d)",
            _year_of_an_era,
            {NUMBER_CLASS},
            priority=1,
        ),
        make_rule(  # 'the year 635': a year of fewer than four digits, with 'the year' before it
            "absolute.the_year_number",
            rf"{the}\s+{p.frag('year_word')}\s+(?P<number>\d{{1,3}})(?![\d,.]?\d|\s*%)"
            rf"(?:\s*(?P<era>{p.frag('before_era')}|{p.frag('common_era')})(?!\w))?",
            _the_year_number,
            {"year"},
            priority=1,
        ),
        make_rule(
            "absolute.fiscal_year",
            rf"{fiscal}(?:\s+{p.frag('year_word')})?\s*(?:{p.year()}|(?P<short>\d{{2}})(?!\d))",
            _fiscal_year,
            {"fiscal", "fy"},
            priority=1,
        ),
    )


def _range_years(
    start: str, end: str, match: re.Match[str], source: Source
) -> tuple[int, int] | None:
    """'1850-1914', '2018-19', '2024/25': two years in order, no more than a long life apart
    (with a slash, the next year); before 1900 only where a preposition or 'the' says a date
    follows ('covers 1850-1914' is not enough for page or serial numbers, 'from 1850-1914' is)."""
    first = int(start)
    second = int(end) if len(end) == 4 else first - first % 100 + int(end)
    if not first < second <= first + 150 or second > 2099:
        return None
    start_at = match.start("start") if "start" in match.re.groupindex else match.start("year")
    if source.text[start_at + 4] == "/" and second != first + 1:
        return None  # a slash joins a season or a fiscal year ('2024/25'), not a span
    before = source.word_before(match.start())
    dated = before in source.lexicon.month_context_words or source.lexicon.is_fragment(
        "the", before
    )
    return (first, second) if first >= 1900 or dated else None


def _range_start(match: re.Match[str], source: Source) -> Meaning | None:
    years = _range_years(match.group("year"), match.group("end"), match, source)
    return CalendarDate(year=years[0]) if years else None


def _range_end(match: re.Match[str], source: Source) -> Meaning | None:
    """The second year of a range: the digits after the dash."""
    years = _range_years(match.group("start"), match.group("end"), match, source)
    return CalendarDate(year=years[1]) if years else None


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


def _bare_short_decade(match: re.Match[str], source: Source) -> Meaning | None:
    """'the 90s' without its apostrophe; not a reading on a scale ('highs in the 90s',
    'temperatures hit the 80s')."""
    before = WORD.findall(source.lowered, max(0, match.start() - _READING_REACH), match.start())
    if any(word in source.lexicon.scale_readings for word in before):
        return None
    return _decade(match, source)


def _decade(match: re.Match[str], source: Source) -> Meaning | None:
    """'the 1990s'; 'the 1800s' is the century, as it is used (but 'the 2000s' the decade); a
    decade said short ("the '90s", 'the nineties') with a fixed split: the '00s to the '20s are
    in the 2000s, the '30s to the '90s in the 1900s (the resolver may move it back a century)."""
    spoken = optional_group(match, "spoken")
    short = optional_group(match, "short")
    if spoken is None and short is None:
        decade = int(match.group("decade"))
        if decade % 10 == 0 and decade < _FIRST_DECADE_NOT_A_CENTURY:
            return CalendarDate(century=decade // 10)
        return CalendarDate(decade=decade)
    digit = source.lexicon.decade_words[spoken] if spoken else int(short or 0)
    decade = (200 if digit <= _LAST_SHORT_DECADE_OF_2000S else 190) + digit
    return CalendarDate(decade=decade, short_decade=True)


def _a_score(match: re.Match[str], source: Source) -> bool:
    """'his third century this year', 'her 30th century in Tests': a person's ranked century
    before punctuation or a function word is a hundred runs; 'her 19th century novels' and 'his
    18th century French furniture' are a period."""
    lex = source.lexicon
    if source.word_before(match.start()) not in lex.personal_possessives:
        return False
    following = source.word_after(match.end()).lower()
    return not following or following in lex.month_context_words or following in lex.determiners


def _century(match: re.Match[str], source: Source) -> Meaning | None:
    """'the 19th century' (18, TimeML's leading digits), 'the third century BC' (BC02); not a
    score ('his third century this year')."""
    rank = parse_ordinal(match.group("ordinal"), source.lexicon)
    if not 1 <= rank <= _LATEST_CENTURY:
        return None
    if _a_score(match, source):
        return None
    era = optional_group(match, "era")
    if era and source.lexicon.is_fragment("before_era", era):
        return BeforeCommonEra(century=rank - 1)
    return CalendarDate(century=rank - 1)


def _year_of_an_era(match: re.Match[str], source: Source) -> Meaning | None:
    """'2500 BC', '12,000 BCE', 'AD 79', '79 CE': a year counted in its era, the era written in
    capitals (an 'ad' is an advertisement)."""
    era_group = "era" if match.group("era") else "lead_era"
    if not source.text[match.start(era_group)].isupper():
        return None
    era = match.group(era_group)
    year = int((match.group("number") or match.group("lead_number")).replace(",", ""))
    if year < 1:
        return None
    if source.lexicon.is_fragment("before_era", era):
        return BeforeCommonEra(year=year)
    return CalendarDate(year=year)


def _the_year_number(match: re.Match[str], source: Source) -> Meaning | None:
    """'in the year 635', 'the year 35 AD': 'the year' tells that the short number is a year
    when the clause goes on after it; not before a noun it would qualify ('the year 400
    pupils enrolled', 'the year 7 curriculum')."""
    year = int(match.group("number"))
    following = source.word_after(match.end())
    lex = source.lexicon
    function_words = (
        lex.month_context_words,
        lex.articles,
        lex.determiners,
        lex.conjunctions,
        lex.subject_pronouns,
        lex.clause_openers,
    )
    goes_on = not following.islower() or any(following in words for words in function_words)
    counted = lex.is_fragment("of", following)  # 'during the year 40 of the staff left'
    school_year = source.text[match.start() : match.start("number")].rstrip()[-4:].istitle()
    if year < 1 or not goes_on or counted or school_year:  # 'the Year 6 cohort'
        return None
    era = match.group("era")
    if era and source.text[match.start("era")].isupper() and lex.is_fragment("before_era", era):
        return BeforeCommonEra(year=year)
    return CalendarDate(year=year)


def _short_year(match: re.Match[str], source: Source) -> Meaning | None:
    """ "the Blizzard of '77", "in '98": a year's last two digits after a time preposition."""
    start = match.start()
    if source.word_before(start) not in source.lexicon.month_context_words:
        return None
    return CalendarDate(short_year=int(match.group("short")))


def _fiscal_year(match: re.Match[str], source: Source) -> Meaning | None:
    """'fiscal 1988', 'FY2025', 'FY23' (the nearest year ending in 23)."""
    if match.group("short"):
        return CalendarDate(short_year=int(match.group("short")), fiscal=True)
    return CalendarDate(year=parse_year(match.group("year"), source.lexicon))
