"""A length told in parts is one duration: "six years and eight months", "an hour and 45
minutes", "two days, six hours"."""

from __future__ import annotations

from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.refine.patterns import patterns_for
from chrono.semantics import Duration, Meaning, Unit

# Parts that ISO 8601 cannot hold beside others ('two weekends') or that carry no fixed
# length in the calendar's smaller units.
_UNJOINABLE = frozenset({Unit.WEEKEND, Unit.SEASON, Unit.HALF, Unit.QUARTER})


def join_compound_durations(mentions: list[Mention], source: Source) -> list[Mention]:
    """Join a duration to a smaller one right after it with 'and' or a comma between."""
    link = patterns_for(source.lexicon).compound_link
    refined: list[Mention] = []
    for mention in mentions:
        previous = refined[-1] if refined else None
        if (
            previous is not None
            and previous.mod is None
            and mention.mod is None
            and _joinable(previous.meaning, mention.meaning)
            and link.fullmatch(source.lowered, previous.end, mention.start) is not None
        ):
            assert isinstance(previous.meaning, Duration) and isinstance(mention.meaning, Duration)
            smaller = mention.meaning
            assert smaller.amount.number is not None
            parts = (*previous.meaning.plus, (smaller.amount.number, smaller.unit))
            joined = replace(previous.meaning, plus=parts)
            refined[-1] = Mention(previous.start, mention.end, previous.rule, joined)
            continue
        refined.append(mention)
    return refined


def _joinable(first: Meaning, second: Meaning) -> bool:
    if not isinstance(first, Duration) or not isinstance(second, Duration):
        return False
    if first.amount.number is None or second.amount.number is None:
        return False
    if first.reported or second.reported or second.plus:
        return False
    if first.unit in _UNJOINABLE or second.unit in _UNJOINABLE:
        return False
    last = first.plus[-1][1] if first.plus else first.unit
    return second.unit.rank < last.rank
