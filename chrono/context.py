"""The tense around an expression, from a light heuristic over cue words in its sentence.

The nearest cue wins: a past-tense verb ("said", "-ed"), a future marker ("will", "expects",
"plans"), or a present one ("is"). No tagger is needed, so it costs a few dictionary lookups per
expression.
"""

from __future__ import annotations

import re

from chrono.lexicon import Lexicon
from chrono.model import Tense

_WORD = re.compile(r"[A-Za-z’']+")
_SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
_REACH = 160
_MAX_DISTANCE = 12


def tense_around(
    text: str,
    start: int,
    end: int,
    lexicon: Lexicon,
    *,
    leftward: bool = True,
    rightward: bool = True,
) -> Tense | None:
    """The tense the nearest cue word suggests, looking both ways inside the sentence.

    An intention ("expects", "plans to", "must") points forward only to what follows it:
    "On Friday, the Kremlin expects ..." dates the statement, not the expected event."""
    left = _sentence_left(text, start)
    right = _sentence_right(text, end)
    before = _WORD.findall(text, left, start)[::-1][:_MAX_DISTANCE] if leftward else []
    after = _WORD.findall(text, end, right)[:_MAX_DISTANCE] if rightward else []
    for _, word, previous, following, leftward in _cues(before, after):
        tense = _cue(word, previous, following, leftward, lexicon)
        if tense is not None:
            return tense
    return None


def governing_tense(text: str, start: int, end: int, lexicon: Lexicon) -> Tense | None:
    """The tense of the clause an expression sits in: the verb before it when there is one
    ("will brief the assembly on Tuesday, he added"), else the one after it ("On Thursday,
    Putin urged"). A deadline ("by Jan. 14", "effective June 1", "as early as Tuesday") points
    forward whatever the reporting verb's tense."""
    if _word_before(text, start).lower() in lexicon.deadline_words:
        return Tense.FUTURE
    tense = tense_around(text, start, start, lexicon, rightward=False)
    if tense is None:
        tense = tense_around(text, end, end, lexicon, leftward=False)
    return tense


def _word_before(text: str, position: int) -> str:
    words = _WORD.findall(text, max(0, position - 20), position)
    return words[-1] if words else ""


def _cues(before: list[str], after: list[str]) -> list[tuple[int, str, str, str, bool]]:
    """(distance, word, the word before it, the word after it, whether it precedes the span) for
    each word near the span, nearest first."""
    cues = [
        (
            i + 1,
            word,
            before[i + 1] if i + 1 < len(before) else "",
            before[i - 1] if i else "",
            True,
        )
        for i, word in enumerate(before)
    ]
    cues += [
        (i + 1, word, after[i - 1] if i else "", after[i + 1] if i + 1 < len(after) else "", False)
        for i, word in enumerate(after)
    ]
    return sorted(cues, key=lambda cue: cue[0])


def _cue(word: str, previous: str, following: str, leftward: bool, lex: Lexicon) -> Tense | None:
    lowered = word.lower()
    if lowered in lex.future_cues:
        return Tense.FUTURE
    if lowered in lex.weak_future_cues:
        return Tense.FUTURE if leftward else None
    if lowered in lex.past_cues:
        return Tense.PAST
    if lowered in lex.present_cues:
        return Tense.PRESENT
    is_participle = previous.lower() in lex.passive_auxiliaries
    if word.islower() and len(word) > 4 and word.endswith(lex.past_suffix) and not is_participle:
        return Tense.PAST
    return None


def _sentence_left(text: str, start: int) -> int:
    low = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    return ends[-1].end() if ends else low


def _sentence_right(text: str, end: int) -> int:
    found = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return found.start() + 1 if found else min(len(text), end + _REACH)
