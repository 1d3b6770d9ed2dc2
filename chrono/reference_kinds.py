"""What a date the story tells is to it, beyond its period: a midnight that closes its day
('open until midnight'), the last day of a reported quarter ('the three months to Sept. 30'),
a balance date ('$131 million at Dec. 31') or a quarter set as a backdrop ('after a flat
second quarter')."""

from __future__ import annotations

import re
from functools import cache

from chrono.clauses import ends_with_phrase
from chrono.extract import Mention
from chrono.lexicon import Lexicon
from chrono.patterns import WORD
from chrono.periods import Period, containing
from chrono.semantics import DAY_END_HOUR, CalendarDate, ClockTime, Deictic, Duration, Unit

WORD_REACH = 30  # characters looked back for the words before a date
_QUARTER_MONTHS = 3
_BACKDROP_WORDS = 8  # words from 'after' to its quarter ('after a rise of 0.6 per cent in the')
_BACKDROP_REACH = 60  # characters looked back for them


def closes_its_day(mention: Mention, text: str, lexicon: Lexicon) -> bool:
    """A midnight told as the end of a stretch ('open until midnight'), which closes its day:
    an evening told after it comes before it."""
    before = WORD.findall(text, max(0, mention.start - WORD_REACH), mention.start)
    meaning = mention.meaning
    midnight = isinstance(meaning, ClockTime) and meaning.hour == DAY_END_HOUR
    return midnight and bool(before) and before[-1].lower() in lexicon.until_words


def quarter_it_closes(
    mention: Mention, previous: Mention | None, period: Period, text: str, lexicon: Lexicon
) -> Period | None:
    """The calendar quarter that the three months a report told just before, to this day or
    month, are ('earned $12 million in the three months to June 30, up from $9 million a year
    earlier'): the story is about the quarter, and a comparison after it counts from the
    quarter; not any three months ('closed for three months to Sept. 30')."""
    if previous is None or period.grain not in (Unit.DAY, Unit.MONTH):
        return None
    span = previous.meaning
    if not isinstance(span, Duration) or not span.reported or span.unit is not Unit.MONTH:
        return None
    if span.amount.number != _QUARTER_MONTHS or span.plus:
        return None
    return _quarter_ended(previous, mention, period, text, lexicon)


def ends_a_named_quarter(
    mention: Mention, previous: Mention | None, period: Period, text: str, lexicon: Lexicon
) -> bool:
    """A quarter's last day right after the quarter it ends ('earnings for the quarter to March
    31 fell'): it closes the quarter's span, no day the story is on."""
    if previous is None or period.grain is not Unit.DAY:
        return False
    match previous.meaning:
        case Deictic(unit=Unit.QUARTER) | CalendarDate(quarter=int()):
            pass
        case _:
            return False
    return _quarter_ended(previous, mention, period, text, lexicon) is not None


def ends_a_report_span(
    mention: Mention, previous: Mention | None, text: str, lexicon: Lexicon
) -> bool:
    """The last day or month of a span a report covers ('the' span, or a report's), right after
    it ('profit for the year to Feb 28', 'the six months to June'): it closes the span, no day
    the story is on."""
    if previous is None or not isinstance(previous.meaning, Duration):
        return False
    first = WORD.match(text, previous.start)
    named = first is not None and lexicon.is_fragment("the", first.group())
    if not (previous.meaning.reported or named):
        return False  # 'put back a week to 13 November' moves a date; it reports no span
    return _span_end_link(lexicon).fullmatch(text, previous.end, mention.start) is not None


def _quarter_ended(
    span: Mention, day: Mention, period: Period, text: str, lexicon: Lexicon
) -> Period | None:
    """The calendar quarter whose last day or month `period` is, when `day` follows the span it
    ends ('the three months to June 30', 'the quarter to March 31')."""
    if not _span_end_link(lexicon).fullmatch(text, span.end, day.start):
        return None
    quarter = containing(Unit.QUARTER, period.last_day)
    return quarter if quarter.end == period.end else None


def a_balance_date(mention: Mention, period: Period, text: str, lexicon: Lexicon) -> bool:
    """A quarter's last day after 'at' or 'as of' ('deposits rose from $131 million at Dec.
    31'): the day a balance was struck, which a report compares with, no day the story is on."""
    if period.grain is not Unit.DAY:
        return False
    before = tuple(
        word.lower()
        for word in WORD.findall(text, max(0, mention.start - WORD_REACH), mention.start)
    )
    if not ends_with_phrase(before, lexicon.balance_date_words):
        return False
    return containing(Unit.QUARTER, period.last_day).end == period.end


@cache
def _span_end_link(lexicon: Lexicon) -> re.Pattern[str]:
    """What joins a span to its last day: ' to ', ' ended '."""
    return re.compile(rf"\s+(?:{lexicon.fragment('period_end')})\s+", re.IGNORECASE)


def a_backdrop_quarter(mention: Mention, period: Period, text: str, lexicon: Lexicon) -> bool:
    """A quarter named in a phrase after 'after' ('After a flat second quarter, profit rose in
    ...', 'rose 0.3 per cent, after a rise of 0.6 per cent in the March quarter') is what the
    reported quarter is set against, not the quarter the report is about; but not one in a
    clause after 'after' ('after the company said profit doubled in the fourth quarter')."""
    if period.grain is not Unit.QUARTER:
        return False
    leading = text[max(0, mention.start - _BACKDROP_REACH) : mention.start]
    found = _backdrop(lexicon).search(leading)
    if found is None:
        return False
    between = WORD.findall(leading, found.end())
    return not any(
        _a_verb(word, previous, lexicon)
        for previous, word in zip(["", *between], between, strict=False)
    )


@cache
def _backdrop(lexicon: Lexicon) -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in sorted(lexicon.backdrop_words))
    return re.compile(rf"\b(?:{words})\s+(?=(?:[\w.-]+\s+){{0,{_BACKDROP_WORDS}}}$)", re.IGNORECASE)


def _a_verb(word: str, previous: str, lexicon: Lexicon) -> bool:
    """A finite verb: a listed cue, a reporting verb or a regular past form, but not an '-ed'
    adjective after a determiner or an adverb ('after a revised 0.1 per cent rise')."""
    lowered, before = word.lower(), previous.lower()
    cues = (lexicon.past_cues, lexicon.present_cues, lexicon.reporting_verbs)
    described = before in lexicon.determiners or before.endswith(lexicon.adverb_suffixes)
    past_form = lowered.endswith(lexicon.past_suffix) and word.islower() and not described
    return any(lowered in group for group in cues) or past_form
