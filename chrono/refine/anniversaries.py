"""Anniversaries: "75 years ago this month", "a year ago today", "ten years ago last week" are
one date, the deictic period moved by whole years, not an offset and a second timex."""

from __future__ import annotations

import re
from dataclasses import replace

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.semantics import Base, Deictic, Shift, Unit

_YEARS_PER_UNIT = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100}
_GAP = re.compile(r"[ \t]+")


def join_anniversaries(mentions: list[Mention], source: Source) -> list[Mention]:
    joined: list[Mention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        years = _whole_years_away(previous) if previous else None
        meaning = mention.meaning
        if (
            previous is not None
            and years is not None
            and isinstance(meaning, Deictic)
            and meaning.base is Base.DCT
            and not meaning.moved_years
            and _GAP.fullmatch(source.text, previous.end, mention.start) is not None
        ):
            moved = replace(meaning, moved_years=years)
            joined[-1] = Mention(previous.start, mention.end, mention.rule, moved, previous.mod)
            continue
        joined.append(mention)
    return joined


def _whole_years_away(mention: Mention) -> int | None:
    """'75 years ago' is -75, 'two decades from now' +20; other offsets are None."""
    shift = mention.meaning
    if (
        not isinstance(shift, Shift)
        or shift.base is not Base.DCT
        or shift.unit not in _YEARS_PER_UNIT
    ):
        return None
    number = shift.amount.number
    if number is None or number != int(number):
        return None
    return shift.sign * int(number) * _YEARS_PER_UNIT[shift.unit]
