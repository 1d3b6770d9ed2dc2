"""Days and months the calendar names: "December 9, 2023", "the 5th of November", "June last
year", "March", "on the 15th", "2023-12-09", "12/09/2023", "year-end"."""

from __future__ import annotations

import re
from calendar import monthrange
from functools import cache

from chrono.grammar.calendar_words import (
    month_is_plausible,
    relation_of,
    year_heads_its_line,
)
from chrono.grammar.pieces import Pieces, after_any
from chrono.grammar.rule import (
    NUMBER_CLASS,
    YEAR_CLASS,
    Rule,
    Source,
    make_rule,
    optional_group,
    trigger_words,
)
from chrono.holidays import NthWeekday, holiday_date
from chrono.lexicon import Lexicon
from chrono.numbers import parse_ordinal, parse_year
from chrono.patterns import alternation
from chrono.semantics import Base, CalendarDate, ClockTime, Meaning

# "July 5-9, 2025": the year after a day range is the first day's too.
# A list of days goes on after a comma: ', 16 and 17', ' and 17'.
_LIST_GOES_ON = re.compile(r"(?:,\s*[0-3]?\d)*,?\s+and\s+[0-3]?\d\b")
_LIST_REACH = 40
_MONTHS_IN_A_YEAR = 12
# Every month has four of each weekday; a fifth only in some.
_ALWAYS_IN_A_MONTH = 4
_RANGE_YEAR = re.compile(r"[-\u2013][0-3]?\d,?\s+(?P<year>[12]\d{3})(?!\d)")


def rules(p: Pieces) -> tuple[Rule, ...]:
    lex = p.lexicon
    months = trigger_words(lex.months)
    on_weekday = rf"(?:{p.weekday()}(?:\s+{p.part('weekday_part')})?,?\s+)?"
    the = p.frag("the")
    of = p.frag("of")
    relation = p.words(lex.relative_to_dct, "relation")
    year_relation = p.words(lex.relative_to_dct, "year_relation")
    ref_relation = p.words(lex.relative_to_ref, "ref_relation")
    of_words = lex.fragment("of").split("|")
    parts = (*lex.day_parts, *lex.night_hours)
    part_of = after_any(f"{part} {of_word}" for part in parts for of_word in of_words)
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
            "absolute.weekday_day_listed",
            rf"{p.weekday()}\s+{p.day()}(?=\s+(?:{p.frag('and')}|{p.frag('or')}|{p.frag('span_link')})"
            rf"\s+(?:{p.weekday('next_weekday')}\s+)?{p.day('next_day')}\s+{p.month()})",
            _weekday_day_listed,
            trigger_words(lex.weekdays),
        ),
        make_rule(
            "absolute.month_year",
            rf"{p.month()},?\s+(?:{of}\s+)?{p.year()}",
            _month_year,
            months,
        ),
        make_rule(
            "absolute.month_relative_year",
            rf"(?:{p.day('day_first')}\s+(?:{of}\s+)?)?{p.month()}(?:\s*{p.day()}(?![\d:]))?"
            rf",?\s+(?:{of}\s+)?(?:{year_relation}|(?:{the}\s+)?{ref_relation})"
            rf"\s+{p.frag('year_word')}",
            _month_relative_year,
            months,
        ),
        make_rule(
            "absolute.nth_weekday_of_month",
            rf"(?:{the}\s+)?(?:{p.ordinal()}|(?P<last>{p.frag('last_of')}))\s+{p.weekday()}"
            rf"\s+(?:{of}|{p.frag('in')})\s+{p.month()}(?:,?\s+{p.year()})?",
            _nth_weekday_of_month,
            months,
            priority=1,
        ),
        make_rule("absolute.month", p.month(), _bare_month, months),
        make_rule(
            "absolute.day_range_end",
            rf"(?:(?<=[-\u2013])|(?<={p.frag('and')}\s)|(?<=to\s)|(?<=,\s))(?P<day>[0-3]?\d)"
            rf"(?:{alternation(lex.ordinal_suffixes)})?(?![\d/]|[:.]\d)(?:,?\s+{p.year()})?",
            _day_range_end,
            {NUMBER_CLASS},
        ),
        make_rule(
            "absolute.day_range_start",
            rf"(?<![\d.,/:$])(?P<day>[0-3]?\d)(?:{alternation(lex.ordinal_suffixes)})?"
            rf"(?=(?:\s*(?:[-\u2013,]|,?\s(?:{p.frag('and')}|{p.frag('span_link')})\s)\s*[0-3]?\d"
            rf"(?:{alternation(lex.ordinal_suffixes)})?)+\s+(?:{of}\s+)?{p.month()}(?:,?\s+{p.year()})?)",
            _day_range_start,
            months,
        ),
        make_rule(
            "absolute.day_of_month",
            rf"(?:(?<={p.frag('on')}\s)|{part_of}){the}\s+(?P<day>[0-3]?\d)"
            rf"(?:{alternation(lex.ordinal_suffixes)})",
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
            r"(?<![\d/.])(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/"
            r"(?:(?P<year>[12]\d{3})|(?P<short>\d{2}))(?![\d/])",
            _numeric_date,
            {YEAR_CLASS, NUMBER_CLASS},
        ),
        make_rule(
            "absolute.dotted_date",
            r"(?<![\d/.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>[12]\d{3})(?![\d.]\d)",
            _numeric_date,
            {YEAR_CLASS},
        ),
        make_rule(
            "absolute.year_end",
            rf"(?:{the}\s+)?{p.frag('year_end')}",
            lambda match, source: CalendarDate(month=12, day=31),
            {"year"},
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
    if year is not None and year_heads_its_line(match, source):
        return None
    ranged = _RANGE_YEAR.match(source.text, match.end()) if year is None else None
    if ranged is not None:
        year = int(ranged.group("year"))
    day = parse_ordinal(match.group("day"), source.lexicon)
    if not _valid_day(year, month, day) or (year is None and _ranks_a_month(match, source)):
        return None
    weekday = (
        source.lexicon.weekdays[match.group("weekday").rstrip(".")]
        if match.group("weekday")
        else None
    )
    said = CalendarDate(year=year, month=month, day=day, weekday=weekday)
    part = optional_group(match, "weekday_part")  # 'Sunday afternoon, Feb. 22'
    if part is None:
        return said
    return ClockTime(None, part=source.lexicon.day_parts[part], date=said)


def _weekday_day_listed(match: re.Match[str], source: Source) -> Meaning | None:
    """'on Saturday 20 and Sunday 21 January': the first day of a pair takes the month written
    after the second (its year is left to the resolver, as the second's is)."""
    lex = source.lexicon
    word = match.group("weekday").rstrip(".")
    if not source.is_capitalized(match, "weekday") or not source.is_capitalized(match, "month"):
        return None
    month = lex.months[match.group("month").rstrip(".")]
    day = parse_ordinal(match.group("day"), lex)
    if day is None or not _valid_day(None, month, day):
        return None
    return CalendarDate(month=month, day=day, weekday=lex.weekdays[word])


def _ranks_a_month(match: re.Match[str], source: Source) -> bool:
    """'the first December general election': an ordinal word before a month and a noun
    phrase ranks the month's events; 'the first of December' and 'the 1st December' are days."""
    said = match.group("day")
    if not said.isalpha() or any(
        source.lexicon.is_fragment("of", w) for w in match.group().split()
    ):
        return False
    following = source.word_after(match.end())
    return following.islower() and following not in source.lexicon.month_context_words


def _nth_weekday_of_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'the first Tuesday in November', 'the last Monday of May 2023'."""
    lex = source.lexicon
    month = _month_number(match, source)
    if month is None or not source.is_capitalized(match, "weekday"):
        return None
    n = -1 if optional_group(match, "last") else parse_ordinal(match.group("ordinal"), lex)
    year = parse_year(match.group("year"), lex) if optional_group(match, "year") else None
    weekday = lex.weekdays[match.group("weekday").rstrip(".")]
    if not (n == -1 or 1 <= n <= _ALWAYS_IN_A_MONTH or (n == _ALWAYS_IN_A_MONTH + 1 and year)):
        return None
    if year is not None and holiday_date(NthWeekday(month, weekday, n), year).month != month:
        return None
    return CalendarDate(year=year, month=month, nth_weekday=(n, weekday))


def _valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= day <= monthrange(year if year is not None else 2000, month)[1]


def _month_relative_year(match: re.Match[str], source: Source) -> Meaning | None:
    """'June last year', 'January of this year', 'Aug. 3 last year', '5 June next year'; 'Sept.
    5 of that year', 'June of the following year' count from the narrative's year."""
    month = _month_number(match, source)
    if month is None:
        return None
    lex = source.lexicon
    if optional_group(match, "ref_relation"):
        offset, base = lex.relative_to_ref[match.group("ref_relation")], Base.REF
    else:
        offset, base = lex.relative_to_dct[match.group("year_relation")], Base.DCT
    written = optional_group(match, "day") or optional_group(match, "day_first")
    if written and optional_group(match, "day") and optional_group(match, "day_first"):
        return None
    day = parse_ordinal(written, source.lexicon) if written else None
    if day is not None and not _valid_day(None, month, day):
        return None
    return CalendarDate(month=month, day=day, year_offset=offset, year_base=base)


def _month_year(match: re.Match[str], source: Source) -> Meaning | None:
    month = _month_number(match, source)
    if month is None or year_heads_its_line(match, source):
        return None
    return CalendarDate(year=parse_year(match.group("year"), source.lexicon), month=month)


def _bare_month(match: re.Match[str], source: Source) -> Meaning | None:
    month = _month_number(match, source)
    has_relation = "relation" in match.re.groupindex
    if month is None or (not has_relation and not month_is_plausible(match, source)):
        return None
    day_text = optional_group(match, "day")
    day = parse_ordinal(day_text, source.lexicon) if day_text else None
    if day is not None and not _valid_day(None, month, day):
        return None
    return CalendarDate(month=month, day=day, relation=relation_of(match, source))


def _day_range_start(match: re.Match[str], source: Source) -> Meaning | None:
    """The first day of '3-5 March 2023', '12 to 14 June': the month (and year) written after
    the second."""
    month = _month_number(match, source)
    if month is None or not source.is_capitalized(match, "month"):
        return None
    year = (
        parse_year(match.group("year"), source.lexicon) if optional_group(match, "year") else None
    )
    day = int(match.group("day"))
    return CalendarDate(year=year, month=month, day=day) if _valid_day(year, month, day) else None


def _day_range_end(match: re.Match[str], source: Source) -> Meaning | None:
    """The second day of 'July 5-9', 'March 3 and 4', 'May 1 to 3': the month (and the year, if
    it follows) of the first."""
    lex = source.lexicon
    if source.text[match.start() - 2 : match.start()] == ", " and not _LIST_GOES_ON.match(
        source.lowered, match.end()
    ):
        return None  # 'On March 3, 14 people died'; but 'March 13, 14, 16 and 17'
    head = source.lowered[max(0, match.start() - _LIST_REACH) : match.start()]
    found = _first_day_of_range(lex).search(head)
    if found is None or not source.text[match.start() - len(head) + found.start()].isupper():
        return None
    month, first, day = (
        lex.months[found.group("month")],
        int(found.group("first")),
        int(match.group("day")),
    )
    year = parse_year(match.group("year"), lex) if optional_group(match, "year") else None
    if not first < day or not _valid_day(year, month, day):
        return None
    if year is None:
        return CalendarDate(month=month, day=day, year_offset=0, year_base=Base.REF)
    return CalendarDate(year=year, month=month, day=day)


@cache
def _first_day_of_range(lex: Lexicon) -> re.Pattern[str]:
    """'July 5-', 'March 3 and ': a month and day ending where the range's second day starts."""
    link = rf"(?:[-\u2013]|,?\s+(?:{lex.fragment('and')}|to)\s+|,\s+)"
    return re.compile(
        rf"(?<![\w-])(?P<month>{alternation(lex.months)})\.?\s+(?P<first>[0-3]?\d)"
        rf"(?:{link}[0-3]?\d)*{link}$"
    )


def _day_of_month(match: re.Match[str], source: Source) -> Meaning | None:
    """'on the 15th': a day of a month the tense picks; not 'on the 15th floor'."""
    day = int(match.group("day"))
    following = source.word_after(match.end()).lower()
    if not 1 <= day <= 31 or (following and following not in source.lexicon.month_context_words):
        return None
    return CalendarDate(day=day)


def _numeric_date(match: re.Match[str], source: Source) -> Meaning | None:
    """'12/31/1999', '11/11/11', or '31/12/1999' when the order is told by --day-first or by a
    first number that cannot be a month; '15.03.2024' is always day first, as Europe writes it."""
    if source.word_before(match.start()).rstrip(".") in source.lexicon.number_labels:
        return None  # 'version 3.10.2024'
    short = optional_group(match, "short")
    year = None if short else int(match.group("year"))
    if "month" in match.re.groupindex:
        month, day = int(match.group("month")), int(match.group("day"))
    else:
        month, day = int(match.group("first")), int(match.group("second"))
        if source.day_first or month > _MONTHS_IN_A_YEAR >= day:
            month, day = day, month
    if not 1 <= month <= 12 or not _valid_day(year, month, day):
        return None
    if short:  # '11/11/11', '9/11/01': the century is the anchor's
        return CalendarDate(month=month, day=day, short_year=int(short))
    return CalendarDate(year=year, month=month, day=day)
