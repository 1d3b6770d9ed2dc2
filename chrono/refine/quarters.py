"""A quarter and the day it ended: "its fourth quarter ended June 30", "the fiscal fourth quarter,
the three months to March 31". The day tells which three months the quarter is, in a fiscal year
that need not be the calendar's; both stay timexes of their own, as TimeBank tags them."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.refine.patterns import patterns_for
from chrono.semantics import CalendarDate


def attach_quarter_ends(mentions: list[Mention], source: Source) -> list[Mention]:
    """A numbered quarter without a year takes the day written after 'ended' or 'to' as its
    last day."""
    link = patterns_for(source.lexicon).quarter_end_link
    refined = list(mentions)
    for index, mention in enumerate(mentions):
        quarter = mention.meaning
        if not isinstance(quarter, CalendarDate) or quarter.quarter is None:
            continue
        if quarter.year is not None or quarter.year_offset is not None or quarter.ends:
            continue
        for after in mentions[index + 1 : index + 3]:
            day = after.meaning
            if (
                isinstance(day, CalendarDate)
                and day.month is not None
                and day.day is not None
                and link.fullmatch(source.lowered, mention.end, after.start)
            ):
                refined[index] = replace(mention, meaning=replace(quarter, ends=day))
                break
    return refined
