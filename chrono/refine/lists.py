"""Lists share a recurrence: "every Monday and Thursday" makes Thursday recur too."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.refine.patterns import patterns_for
from chrono.semantics import Recurrence, WeekdayRef


def distribute_sets(mentions: list[Mention], source: Source) -> list[Mention]:
    """'every Monday and Thursday': a weekday listed after a recurring one recurs too."""
    link = patterns_for(source.lexicon).list_link
    refined: list[Mention] = []
    for mention in mentions:
        previous = refined[-1] if refined else None
        day = mention.meaning
        if (
            previous is not None
            and isinstance(previous.meaning, Recurrence)
            and previous.meaning.weekday is not None
            and isinstance(day, WeekdayRef)
            and day.relation is None
            and link.fullmatch(source.lowered, previous.end, mention.start) is not None
        ):
            meaning = replace(previous.meaning, weekday=day.weekday, part=day.part)
            mention = replace(mention, meaning=meaning)
        refined.append(mention)
    return refined
