"""Elapsed times the grammar does not treat as timexes: ages of things ('a 15-year-old dispute')
and anniversaries ('its 10th anniversary'), each paired with the date of the thing they measure.

- an age pairs with the first date after it in its sentence when a word of beginning stands
  between them ("a 15-year-old dispute that began in 2009"); an age alone says nothing of the
  writing (a person's age is usually their age at the event);
- an anniversary pairs with the date right after 'of' ("the 20th anniversary of the 1978
  accord"), else with the only date before it in its sentence when a word of beginning governs
  that date ("founded in 2001, ... its 10th anniversary").

A cue is no timex, so its Evidence has an empty timex_id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from chrono.consistency.observation import Observation
from chrono.consistency.pairing import Constraint, constraint
from chrono.consistency.ranges import anniversary, elapsed, writing_period
from chrono.consistency.readings import any_of, event_period, evidence, is_dated
from chrono.consistency.sentences import Sentences
from chrono.lexicon import Lexicon
from chrono.model import Evidence
from chrono.numbers import amount_pattern, parse_amount, parse_ordinal
from chrono.patterns import alternation

_WORD = re.compile(r"[A-Za-z’']+")
_AGE_GAP_WORDS = 8
_INCEPTION_REACH = 2


def cue_constraints(
    text: str, observations: Sequence[Observation], sentences: Sentences, lexicon: Lexicon
) -> list[Constraint]:
    """The constraints of every age and anniversary the text pairs with a date."""
    ordered = sorted(observations, key=lambda item: item.timex.start)
    return [
        *_ages(text, ordered, sentences, lexicon),
        *_anniversaries(text, ordered, sentences, lexicon),
    ]


def _ages(
    text: str, ordered: Sequence[Observation], sentences: Sentences, lexicon: Lexicon
) -> Iterator[Constraint]:
    lowered = text.lower()
    for match in _patterns(lexicon).age.finditer(lowered):
        amount = parse_amount(match.group("amount"), lexicon).number
        passed = elapsed(amount, lexicon.units[match.group("unit")], None) if amount else None
        after = _next_in_sentence(ordered, match.end(), sentences)
        if passed is None or after is None:
            continue
        event = event_period(after, lexicon)
        words = _WORD.findall(text, match.end(), after.timex.start)
        if event is None or len(words) > _AGE_GAP_WORDS or not _has_inception(words, lexicon):
            continue
        period = writing_period(event, passed)
        if period is not None:
            yield constraint(period, _cue(text, match), evidence(after))


def _anniversaries(
    text: str, ordered: Sequence[Observation], sentences: Sentences, lexicon: Lexicon
) -> Iterator[Constraint]:
    patterns = _patterns(lexicon)
    for match in patterns.anniversary.finditer(text.lower()):
        count = parse_ordinal(match.group("ordinal"), lexicon)
        after = _next_in_sentence(ordered, match.end(), sentences)
        of_date = after is not None and patterns.of_gap.match(
            text[match.end() : after.timex.start].lower()
        )
        if not of_date:
            after = _founding_before(text, ordered, match.start(), sentences, lexicon)
        event = event_period(after, lexicon) if after is not None else None
        period = writing_period(event, anniversary(count)) if event is not None else None
        if after is not None and period is not None:
            yield constraint(period, evidence(after), _cue(text, match))


def _founding_before(
    text: str,
    ordered: Sequence[Observation],
    position: int,
    sentences: Sentences,
    lexicon: Lexicon,
) -> Observation | None:
    """The only date before `position` in its sentence, if a word of beginning governs it."""
    start = sentences.bounds(sentences.index(position))[0]
    dated = [item for item in ordered if start <= item.timex.start and item.timex.end <= position]
    dated = [item for item in dated if is_dated(item)]
    if len(dated) != 1:
        return None
    words = _WORD.findall(text, start, dated[0].timex.start)[-_INCEPTION_REACH:]
    return dated[0] if _has_inception(words, lexicon) else None


def _next_in_sentence(
    ordered: Sequence[Observation], position: int, sentences: Sentences
) -> Observation | None:
    end = sentences.bounds(sentences.index(position))[1]
    for item in ordered:
        if item.timex.start >= position:
            return item if item.timex.end <= end else None
    return None


def _has_inception(words: Sequence[str], lexicon: Lexicon) -> bool:
    return any(word.lower() in lexicon.inception_words for word in words)


def _cue(text: str, match: re.Match[str]) -> Evidence:
    return Evidence("", match.start(), match.end(), text[match.start() : match.end()])


@dataclass(frozen=True, slots=True)
class _Patterns:
    age: re.Pattern[str]
    anniversary: re.Pattern[str]
    of_gap: re.Pattern[str]


@cache
def _patterns(lexicon: Lexicon) -> _Patterns:
    units = alternation(lexicon.units)
    suffixes = alternation(lexicon.ordinal_suffixes)
    ordinal = rf"(?P<ordinal>\d{{1,3}}{suffixes}|{alternation(lexicon.ordinals)})"
    return _Patterns(
        age=re.compile(
            rf"(?<![\w-]){amount_pattern(lexicon)}[\s-]+(?P<unit>{units})"
            rf"-(?:{lexicon.fragment('old')})(?![\w-])"
        ),
        anniversary=re.compile(rf"(?<![\w-]){ordinal}\s+{any_of(lexicon.anniversary_words)}(?!\w)"),
        of_gap=re.compile(rf"\s+(?:{lexicon.fragment('of')})\s+(?:[\w'’.-]+\s+){{0,2}}$"),
    )
