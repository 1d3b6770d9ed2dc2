"""Consistency checks over a resolved document: they read what the text says about time and flag
what does not fit together (a dateline the content contradicts, a weekday that is not its date)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chrono.lexicon import Lexicon
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


def check_document(
    text: str, observations: Sequence[Observation], dct: date | None, lexicon: Lexicon
) -> Verdict:
    """Run every check; a placeholder until the checks land."""
    return Verdict()
