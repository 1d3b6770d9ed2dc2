"""What the checks read and what they return: kept apart from the checks so every check module
can import them without importing the others."""

from __future__ import annotations

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
