"""The compiled patterns the refiners look for around mentions, built once per lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from chrono.lexicon import Lexicon
from chrono.patterns import alternation
from chrono.semantics import Unit

LOOK_BACK = 30
_WEEKS = (Unit.WEEK, Unit.WEEKEND)


@dataclass(frozen=True, slots=True)
class RefinePatterns:
    """Regexes over the lowered text, each anchored where a mention starts or ends."""

    amount: re.Pattern[str]
    period: re.Pattern[str]
    determiner: re.Pattern[str]
    leading_determiner: re.Pattern[str]
    part_of: re.Pattern[str]
    connector: re.Pattern[str]
    approx_point: re.Pattern[str]
    approx_after: re.Pattern[str]
    week_of: re.Pattern[str]
    week_after: re.Pattern[str]
    list_link: re.Pattern[str]
    weekday_week_link: re.Pattern[str]
    date_range_link: re.Pattern[str]
    weekday_range_link: re.Pattern[str]
    compound_link: re.Pattern[str]
    set_beside: re.Pattern[str]
    set_before_range: re.Pattern[str]
    set_on_day: re.Pattern[str]
    day_away_link: re.Pattern[str]
    zone_open: re.Pattern[str]
    zone_close: re.Pattern[str]
    zone_place: re.Pattern[str]
    zone: re.Pattern[str]
    local_time: re.Pattern[str]
    opening_quote: re.Pattern[str]
    closing_quote: re.Pattern[str]
    quarter_end_link: re.Pattern[str]
    day_away_lead: re.Pattern[str]
    day_edge_lead: re.Pattern[str]


@cache
def patterns_for(lex: Lexicon) -> RefinePatterns:
    range_link = rf"\s*[-\u2013]\s*|\s+(?:{lex.fragment('span_link')}|{lex.fragment('and')})\s+"
    return RefinePatterns(
        amount=re.compile(rf"(?<![\w-])(?P<mod>{alternation(lex.amount_mods)})\s+$"),
        period=re.compile(
            rf"(?<![\w-])(?:(?P<mod>{alternation(lex.period_mods)})"
            rf"(?:\s*-\s*|\s+(?:(?:{lex.fragment('mod_link')})\s+)?)"
            rf"|(?P<hyphen_mod>{alternation(lex.hyphen_period_mods)})-)$"
        ),
        determiner=re.compile(rf"(?<![\w-]){lex.fragment('the')}\s+$"),
        leading_determiner=re.compile(rf"(?:{lex.fragment('the')})\s"),
        part_of=_part_of_day(lex),
        connector=re.compile(
            rf"\s*(?:{lex.fragment('local_time')}\s*)?(?:,|{lex.fragment('on')}|{lex.fragment('of')})?\s*"
        ),
        approx_point=re.compile(rf"(?<![\w-])(?:{alternation(lex.approx_point_words)})\s+$"),
        approx_after=re.compile(rf"\s+(?:{lex.fragment('or_so')})\b"),
        week_of=_the_word_of(lex, "unit", _week_words(lex)),
        week_after=re.compile(rf"\s+(?P<unit>{_week_words(lex)})(?!\w)"),
        list_link=re.compile(rf"\s*(?:{lex.fragment('list_link')})\s*"),
        weekday_week_link=re.compile(rf"\s+(?:(?:{lex.fragment('on')})\s+)?"),
        date_range_link=re.compile(
            rf"(?:{range_link})(?:(?:{alternation(lex.period_mods)})"
            rf"(?:\s*-\s*|\s+(?:(?:{lex.fragment('mod_link')})\s+)?))?"
        ),
        compound_link=re.compile(rf"\s+(?:{lex.fragment('and')})\s+|,\s+|\s+"),
        weekday_range_link=re.compile(
            rf"(?:{range_link}|\s+(?P<into>{lex.fragment('night_into')})\s+)"
            rf"(?:(?:{lex.fragment('on')})\s+)?"
        ),
        set_beside=re.compile(rf"\s*,?\s*(?:(?:{lex.fragment('on')})\s+)?"),
        # 'every day from', 'On weekdays, classes will run from': words of the clause only
        set_before_range=re.compile(r"\s*,?\s*(?:[^\W\d][\w’'-]*\s+){0,8}"),
        set_on_day=re.compile(rf"\s+(?:{lex.fragment('on')}|{lex.fragment('in')})\s+"),
        zone_open=re.compile(rf"\s*(?:(?:{lex.fragment('local_time')})\s*)?(?:\(|,)\s*"),
        zone_close=re.compile(r"\s*\)|(?=[\s.,;:]|$)"),
        # '(10 p.m. in Toronto)': the bracketed time told by a place, not a zone
        zone_place=re.compile(
            rf"\s+(?:{lex.fragment('in')})\s+[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,2}}\s*\)"
        ),
        zone=re.compile(rf"\b(?:{lex.fragment('zone')})\b"),
        local_time=re.compile(rf"\s+(?:{lex.fragment('local_time_words')})\b"),
        opening_quote=re.compile(lex.fragment("opening_quote")),
        closing_quote=re.compile(lex.fragment("closing_quote")),
        quarter_end_link=re.compile(
            rf",?\s+(?:(?:{lex.fragment('quarter_length')}),?\s+)?"
            rf"(?:{lex.fragment('period_end')})\s+"
        ),
        day_away_link=re.compile(rf"\s+(?P<direction>{lex.fragment('day_away')})\s+"),
        day_away_lead=re.compile(
            rf"(?<![\w-])(?:{lex.fragment('the')}\s+)?"
            rf"(?:(?:{lex.fragment('day_away_unit')}|(?P<part>{alternation(lex.day_parts)})"
            rf"|(?P<week>{lex.fragment('week_away_unit')}))"
            rf"\s+(?P<direction>{lex.fragment('day_away')})"
            rf"|(?P<eve>{lex.fragment('eve')})\s+(?:{lex.fragment('of')}))\s+$"
        ),
        day_edge_lead=re.compile(
            rf"(?<![\w-])(?:{lex.fragment('the')}\s+)?(?:(?P<first>{lex.fragment('edge_first')})"
            rf"|{lex.fragment('edge_last')})\s+(?:{lex.fragment('day_away_unit')})"
            rf"\s+(?:{lex.fragment('of')})\s+$"
        ),
    )


def _the_word_of(lex: Lexicon, group: str, words: str) -> re.Pattern[str]:
    """'(the) <word> of ' ending where a mention starts: 'the evening of', 'the week of'."""
    return re.compile(
        rf"(?<![\w-])(?:{lex.fragment('the')}\s+)?(?P<{group}>{words})"
        rf"\s+(?:{lex.fragment('of')})\s+$"
    )


def _part_of_day(lex: Lexicon) -> re.Pattern[str]:
    """'the evening of June 3' ending where a mention starts; with a mod the 'of' may go:
    'mid-afternoon yesterday', 'late evening Friday'."""
    mods = alternation(word for word in lex.period_mods if " " not in word)
    of = lex.fragment("of")
    return re.compile(
        rf"(?<![\w-])(?:{lex.fragment('the')}\s+)?(?:(?P<part_mod>{mods})(?:\s*-\s*|\s*))?"
        rf"(?P<part>{alternation(lex.day_parts)})\s+(?(part_mod)(?:(?:{of})\s+)?|(?:{of})\s+)$"
    )


def _week_words(lex: Lexicon) -> str:
    singular = (w for w, u in lex.units.items() if u in _WEEKS and w not in lex.plural_units)
    return alternation(singular)
