"""What the checks read and what they return, and the observations in text order: kept apart
from the checks so every check module can import them without importing the others."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from chrono.model import Flag, Timex
from chrono.periods import Period
from chrono.semantics import Meaning


@dataclass(frozen=True, slots=True)
class Observation:
    """One resolved expression with what the checks need beyond the public Timex: the meaning the
    grammar read (amounts, units, explicit fields) and the calendar period it resolved to."""

    timex: Timex
    meaning: Meaning
    period: Period | None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The flags of a document and the writing period its text allows (ISO interval or None)."""

    flags: tuple[Flag, ...] = ()
    implied_dct: str | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    """Observations in text order with their offsets, so that the checks find the ones near a
    position by bisection rather than by a scan per expression. Timex spans never overlap
    (extraction settles overlaps), so their ends are in order too."""

    items: tuple[Observation, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def first_from(self, position: int) -> Observation | None:
        """The first observation that starts at or after `position`."""
        index = bisect.bisect_left(self.starts, position)
        return self.items[index] if index < len(self.items) else None

    def inside(self, start: int, end: int, limit: int) -> list[Observation]:
        """The first `limit` observations that lie wholly inside [start, end)."""
        found: list[Observation] = []
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.items) and self.starts[index] < end and len(found) < limit:
            if self.ends[index] <= end:
                found.append(self.items[index])
            index += 1
        return found

    def overlapping(self, start: int, end: int) -> tuple[Observation, ...]:
        """The observations that share a character with [start, end)."""
        first = bisect.bisect_right(self.ends, start)
        return self.items[first : bisect.bisect_left(self.starts, end, lo=first)]


def timeline(observations: Iterable[Observation]) -> Timeline:
    """The observations sorted by where they start."""
    items = tuple(sorted(observations, key=lambda item: item.timex.start))
    return Timeline(
        items,
        tuple(item.timex.start for item in items),
        tuple(item.timex.end for item in items),
    )
