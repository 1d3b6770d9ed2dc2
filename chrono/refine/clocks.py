"""Two clock times side by side, joined by a link the caller names: the ends of a range ('from
2 to 4 p.m.'), or one moment in two zones ('9 p.m. (0100 GMT)')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from chrono.extract import Mention
from chrono.grammar.rule import Source
from chrono.semantics import ClockTime


def linked_clock_pairs(
    mentions: list[Mention], source: Source, link: re.Pattern[str]
) -> Iterator[tuple[int, ClockTime, ClockTime]]:
    """Each index whose mention and the next are clock times with hours, `link` filling the gap
    between them, with the two meanings as they are when reached (the caller may replace them)."""
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        start, end = first.meaning, second.meaning
        if not isinstance(start, ClockTime) or not isinstance(end, ClockTime):
            continue
        if start.hour is None or end.hour is None:
            continue
        if link.fullmatch(source.lowered, first.end, second.start) is None:
            continue
        yield index, start, end
