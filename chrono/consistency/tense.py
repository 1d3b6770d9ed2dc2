"""An explicit date told in the past tense that lies after the document date, or one told in the
future tense that lies before it.

Tense comes from a cue-word heuristic, so the check is conservative: the date must be the time of
its clause (after 'on', 'in'...: not 'the 1969 landing'), the whole period must lie more than a
day beyond the DCT (time zones, late editions), and the sentence must hold no cue of
the other direction: a past-tense sentence with 'would', 'forecast' or 'will' may report a plan,
a future-tense sentence needs a firm cue ('will', not 'plans'), and one with 'said' is reported
speech ("said on May 3 he will...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from chrono.consistency.observation import Observation
from chrono.consistency.readings import event_period, evidence
from chrono.consistency.sentences import Sentences
from chrono.context import is_past_form, looks_like_a_verb
from chrono.lexicon import Lexicon
from chrono.model import Flag, Severity, Tense

PAST_AFTER = "past-event-after-dct"
FUTURE_BEFORE = "future-event-before-dct"
_SLACK = timedelta(days=1)
_WORD = re.compile(r"[A-Za-z’']+")


def tense_flags(
    text: str,
    observations: Sequence[Observation],
    dct: date,
    sentences: Sentences,
    lexicon: Lexicon,
) -> Iterator[Flag]:
    """A flag for each explicit date whose tense points the other way from the DCT."""
    for observation in observations:
        timex = observation.timex
        period = event_period(observation, lexicon)
        if period is None or not _is_adverbial(text, timex.start, lexicon):
            continue
        past = timex.tense is Tense.PAST and period.first_day > dct + _SLACK
        future = timex.tense is Tense.FUTURE and period.last_day < dct - _SLACK
        if not past and not future:
            continue
        words = _cue_words(text, sentences.bounds(sentences.index(timex.start)), observations)
        if past and not _looks_ahead(words, lexicon):
            yield _flag(PAST_AFTER, observation, "past", "after", dct)
        firm = any(word in lexicon.future_cues for word in words)
        if future and firm and not _looks_back(words, lexicon):
            yield _flag(FUTURE_BEFORE, observation, "future", "before", dct)


def _is_adverbial(text: str, start: int, lexicon: Lexicon) -> bool:
    """Whether the date is the time of the clause ('will vote on March 3'), not a label of a
    thing ('to mark the anniversary of the July 1969 landing', 'approved the 2025 budget'),
    whose tense says nothing about the date."""
    before = _WORD.findall(text, max(0, start - 20), start)
    return bool(before) and before[-1].lower() in lexicon.event_prepositions


def _cue_words(
    text: str, bounds: tuple[int, int], observations: Sequence[Observation]
) -> list[str]:
    """The sentence's words outside every timex, lowered: the month 'May' is no 'may'."""
    first, last = bounds
    inside = [
        (item.timex.start, item.timex.end)
        for item in observations
        if item.timex.end > first and item.timex.start < last
    ]
    return [
        word.group(0).lower()
        for word in _WORD.finditer(text, *bounds)
        if not any(start <= word.start() < end for start, end in inside)
    ]


def _looks_ahead(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the words hold a future, conditional or projection cue, or an infinitive
    ('is set to begin in early 1991')."""
    ahead = lexicon.future_cues | lexicon.weak_future_cues | lexicon.projection_words
    return any(
        word in ahead
        or (word in lexicon.infinitive_markers and looks_like_a_verb(following, lexicon))
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


def _looks_back(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether a past-tense verb (not 'will be held', not 'the proposed bypass') is in the words."""
    return any(
        is_past_form(word, words[index - 1] if index else "", lexicon)
        for index, word in enumerate(words)
    )


def _flag(kind: str, observation: Observation, tense: str, side: str, dct: date) -> Flag:
    timex = observation.timex
    message = (
        f'"{timex.text}" is told in the {tense} tense, but it lies {side} the document date'
        f" {dct.isoformat()}."
    )
    return Flag(kind, message, Severity.WARNING, (evidence(observation),))
