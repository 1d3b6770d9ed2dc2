"""The tense around an expression, from a light heuristic over cue words in its sentence.

The nearest cue wins: a past-tense verb ("said", "-ed"), a future marker ("will"), an intention
("expects", "plans"), or a present one ("is"). No tagger is needed, so it costs a few dictionary
lookups per expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chrono.lexicon import Lexicon
from chrono.model import Tense

_WORD = re.compile(r"[A-Za-z’']+")
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
_REACH = 160
_MAX_DISTANCE = 12


@dataclass(frozen=True, slots=True)
class TenseReading:
    """A tense and how sure the cue is: an intention ("expects to report third-quarter profit")
    points forward less firmly than "will", and does not move a reported period."""

    tense: Tense
    firm: bool = True


def governing_tense(text: str, start: int, end: int, lexicon: Lexicon) -> TenseReading | None:
    """The tense of the clause an expression sits in: the verb before it when there is one
    ("will brief the assembly on Tuesday, he added"), else the one after it ("On Thursday,
    Putin urged"). A deadline ("by Jan. 14", "effective June 1", "as early as Tuesday") points
    forward whatever the reporting verb's tense. An intention points forward only to what
    follows it: "On Friday, the Kremlin expects ..." dates the statement, not the expectation."""
    if _word_before(text, start).lower() in lexicon.deadline_words:
        return TenseReading(Tense.FUTURE)
    before = _WORD.findall(text, _sentence_left(text, start), start)[::-1][:_MAX_DISTANCE]
    reading = _nearest(before, lexicon, leftward=True)
    if reading is None:
        after = _WORD.findall(text, end, _sentence_right(text, end))[:_MAX_DISTANCE]
        reading = _nearest(after, lexicon, leftward=False)
    return reading


def _nearest(words: list[str], lex: Lexicon, *, leftward: bool) -> TenseReading | None:
    """The first cue among `words`, listed from the expression outwards."""
    for index, word in enumerate(words):
        outer = words[index + 1] if index + 1 < len(words) else ""
        inner = words[index - 1] if index else ""
        previous = outer if leftward else inner
        reading = _cue(word, previous, lex, leftward=leftward)
        if reading is not None:
            return reading
    return None


def _cue(word: str, previous: str, lex: Lexicon, *, leftward: bool) -> TenseReading | None:
    lowered = word.lower()
    if lowered in lex.future_cues:
        return TenseReading(Tense.FUTURE)
    if lowered in lex.weak_future_cues:
        return TenseReading(Tense.FUTURE, firm=False) if leftward else None
    if lowered in lex.past_cues:
        return TenseReading(Tense.PAST)
    if lowered in lex.present_cues:
        return TenseReading(Tense.PRESENT)
    is_participle = previous.lower() in lex.passive_auxiliaries
    if word.islower() and len(word) > 4 and word.endswith(lex.past_suffix) and not is_participle:
        return TenseReading(Tense.PAST)
    return None


def _word_before(text: str, position: int) -> str:
    words = _WORD.findall(text, max(0, position - 20), position)
    return words[-1] if words else ""


def _sentence_left(text: str, start: int) -> int:
    low = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    return ends[-1].end() if ends else low


def _sentence_right(text: str, end: int) -> int:
    found = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return found.start() + 1 if found else min(len(text), end + _REACH)
