"""What one observation can contribute to a writing-date constraint: an event's date fixed by the
text alone, an elapsed time counted from the writing ('seven years ago'), or a calendar unit
counted from it ('last year').

Only explicit dates (anchor None) can stand for an event's date: a date computed from the DCT
would make the check circular. Only DCT-relative expressions measure the distance to the writing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from chrono.anchoring import DCT_LABEL
from chrono.consistency.observation import Observation
from chrono.consistency.ranges import Elapsed, elapsed
from chrono.dateline import is_dateline
from chrono.intervals import narrowed
from chrono.lexicon import Lexicon
from chrono.model import Evidence, Mod, TimexType
from chrono.patterns import alternation
from chrono.periods import Period
from chrono.semantics import Base, Deictic, Duration, Shift, Unit

_EVENT_MODS = (None, Mod.START, Mod.MID, Mod.END, Mod.APPROX)
_LINE = re.compile(r".*(?:\n|$)")
# What may stand between a dateline's date and its story: a wire's name, dashes, a line break.
_AFTER_DATELINE = re.compile(r"[^\w(]*(?:\([^)\n]*\)[^\w(]*)?(?=[\"“‘]?[A-Z])")
_DATED_TYPES = (TimexType.DATE, TimexType.TIME)
_VAGUE_SUFFIX = "_REF"  # 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF'


@dataclass(frozen=True, slots=True)
class Distance:
    """An elapsed time and its direction: sign -1 for the past ('ago'), +1 for the future."""

    passed: Elapsed
    sign: int


@dataclass(frozen=True, slots=True)
class CalendarOffset:
    """A calendar unit counted from the writing: 'last year' is (YEAR, -1); an anniversary
    moves it by whole years: 'a year ago today' is (DAY, 0, -1)."""

    unit: Unit
    offset: int
    moved_years: int = 0


def evidence(observation: Observation) -> Evidence:
    timex = observation.timex
    return Evidence(timex.id, timex.start, timex.end, timex.text)


def without_dateline(
    text: str, observations: Sequence[Observation], lexicon: Lexicon
) -> list[Observation]:
    """The observations less a dateline's date: it dates the report, not an event, and must not
    pair ('PORT ELLERY, March 2, 2021 (Coast Wire) -- a strike which began two years ago')."""
    index = _dateline_index(text, observations, lexicon)
    if index is None:
        return list(observations)
    return [*observations[:index], *observations[index + 1 :]]


def story_start(text: str, observations: Sequence[Observation], lexicon: Lexicon) -> int | None:
    """Where the story begins after its dateline ('HAVERFORD, April 12, 2023 (Wire) -- In
    2019, ...' at 'In'): the dateline is no part of the first sentence."""
    index = _dateline_index(text, observations, lexicon)
    if index is None:
        return None
    found = _AFTER_DATELINE.match(text, observations[index].timex.end)
    return found.end() if found else None


def _dateline_index(text: str, observations: Sequence[Observation], lexicon: Lexicon) -> int | None:
    top = _top_end(text, lexicon.dateline_max_lines)
    for index, observation in enumerate(observations):
        if observation.timex.start >= top:
            break
        if _is_dateline(text, observation):
            return index
    return None


def _is_dateline(text: str, observation: Observation) -> bool:
    """A full date on a date line, as chrono.dateline reads one when it looks for the DCT
    ('Saturday, December 9, 2023'; 'WASHINGTON, Dec. 9, 2023 (AP) --'; 'Published on ...')."""
    timex = observation.timex
    period = observation.period
    if not is_dated(observation) or period is None or period.grain is not Unit.DAY:
        return False
    return is_dateline(text, timex.start, timex.end)


def _top_end(text: str, lines: int) -> int:
    """Where the `lines`-th non-blank line ends."""
    seen = 0
    for found in _LINE.finditer(text):
        seen += bool(found.group(0).strip())
        if seen >= lines:
            return found.end()
    return len(text)


def is_dated(observation: Observation) -> bool:
    """Whether the text alone fixes the expression's date ('2014', 'March 3, 1998')."""
    timex = observation.timex
    return timex.anchor is None and timex.type in _DATED_TYPES and observation.period is not None


def names_a_year(observation: Observation) -> bool:
    """Whether the expression fixes a year of its own, written or counted ('2014', 'next year',
    'in 2014'), not a day near the writing ('on Wednesday') nor a vague reference."""
    if is_dated(observation):
        return True
    period = observation.period
    vague = observation.timex.value.endswith(_VAGUE_SUFFIX)
    return period is not None and period.grain.rank >= Unit.YEAR.rank and not vague


def event_period(observation: Observation, lexicon: Lexicon) -> Period | None:
    """The period of an explicit date that can be an event's date: not a fiscal year (which
    starts before its calendar year) and not a bound ('before 2014', 'since 2014')."""
    timex = observation.timex
    if not is_dated(observation) or observation.period is None:
        return None
    if timex.mod not in _EVENT_MODS or _patterns(lexicon).fiscal.search(timex.text.lower()):
        return None
    return narrowed(observation.period, timex.mod)


def distance(observation: Observation, lexicon: Lexicon) -> Distance | None:
    """The elapsed time of a DCT-relative offset ('more than seven years ago'), and of an
    anniversary's years when its date is coarser than its unit ('in 1951, 60 years ago this
    month')."""
    timex = observation.timex
    meaning = observation.meaning
    if not _counted_from_the_dct(timex.anchor) or not isinstance(meaning, Shift | Deictic):
        return None
    if meaning.base is not Base.DCT:
        return None
    below = is_below(timex.text, lexicon)
    if isinstance(meaning, Deictic):
        years = meaning.moved_years
        passed = elapsed(abs(years), Unit.YEAR, timex.mod, below=below) if years else None
        return Distance(passed, -1 if years < 0 else 1) if passed else None
    if meaning.amount.number is None:
        return None
    passed = elapsed(meaning.amount.number, meaning.unit, timex.mod, below=below)
    return Distance(passed, meaning.sign) if passed else None


def length(observation: Observation, lexicon: Lexicon) -> Elapsed | None:
    """The elapsed time a duration names ('the seven years' since some date)."""
    meaning = observation.meaning
    if not isinstance(meaning, Duration) or meaning.amount.number is None:
        return None
    timex = observation.timex
    return elapsed(
        meaning.amount.number, meaning.unit, timex.mod, below=is_below(timex.text, lexicon)
    )


def calendar_offset(observation: Observation) -> CalendarOffset | None:
    """'last year', 'this month', 'yesterday', '75 years ago this month' counted from the DCT
    (not 'over the weekend',
    whose offset depends on tense, nor a part of day)."""
    meaning = observation.meaning
    if not _counted_from_the_dct(observation.timex.anchor) or not isinstance(meaning, Deictic):
        return None
    if meaning.base is not Base.DCT or meaning.part is not None or meaning.by_tense:
        return None
    return CalendarOffset(meaning.unit, meaning.offset, meaning.moved_years)


def _counted_from_the_dct(anchor: str | None) -> bool:
    """Counted from the DCT, or left unresolved for want of one ('30 years ago' in a text with no
    date), which still measures the distance to the writing date."""
    return anchor in (DCT_LABEL, None)


def is_below(text: str, lexicon: Lexicon) -> bool:
    """Whether an approximate amount is said to fall short ('nearly three years')."""
    return _patterns(lexicon).below.match(text.lower()) is not None


def any_of(words: frozenset[str]) -> str:
    """A regex alternation of lexicon words; one that never matches when a language has none."""
    return alternation(words) if words else "(?!)"


@dataclass(frozen=True, slots=True)
class _Patterns:
    fiscal: re.Pattern[str]
    below: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    return _Patterns(
        fiscal=re.compile(rf"(?<!\w)(?:{lexicon.fragment('fiscal')})(?!\w)"),
        below=re.compile(rf"{any_of(lexicon.approx_below_words)}(?!\w)"),
    )
