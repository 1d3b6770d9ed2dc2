"""The tense around an expression, from a light heuristic over cue words in its sentence.

The nearest cue wins: a past-tense verb ("said", "-ed"), a future marker ("will", "expects", an
infinitive "to discuss"), or a present one ("is"). No tagger is needed, so it costs a few
dictionary lookups per expression.
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
class TenseCue:
    """The tense the nearest cue suggests; `firm` is False for a future read off an intention
    ('expects', 'plans', 'to discuss'), which places a month but not a weekday."""

    tense: Tense
    firm: bool = True


def tense_around(text: str, start: int, end: int, lexicon: Lexicon) -> TenseCue | None:
    """The tense the nearest cue word suggests, looking both ways inside the sentence."""
    left = _sentence_left(text, start)
    right = _sentence_right(text, end)
    before = _WORD.findall(text, left, start)[::-1][:_MAX_DISTANCE]
    after = _WORD.findall(text, end, right)[:_MAX_DISTANCE]
    for _, word, following in _cues(before, after):
        cue = _cue(word, following, lexicon)
        if cue is not None:
            return cue
    return None


def _cues(before: list[str], after: list[str]) -> list[tuple[int, str, str]]:
    """(distance, word, the word after it) for each word near the span, nearest first."""
    before_pairs = [(i + 1, word, before[i - 1] if i else "") for i, word in enumerate(before)]
    after_pairs = [(i + 1, word, after[i + 1] if i + 1 < len(after) else "") for i, word in enumerate(after)]
    return sorted(before_pairs + after_pairs, key=lambda item: item[0])


def _cue(word: str, following: str, lex: Lexicon) -> TenseCue | None:
    lowered = word.lower()
    if lowered in lex.future_cues:
        return TenseCue(Tense.FUTURE)
    if lowered in lex.weak_future_cues:
        return TenseCue(Tense.FUTURE, firm=False)
    if lowered in lex.infinitive_markers:
        is_verb = following.islower() and following not in lex.not_verbs and len(following) > 2
        return TenseCue(Tense.FUTURE, firm=False) if is_verb else None
    if lowered in lex.past_cues:
        return TenseCue(Tense.PAST)
    if lowered in lex.present_cues:
        return TenseCue(Tense.PRESENT)
    if word.islower() and len(word) > 4 and word.endswith(lex.past_suffix):
        return TenseCue(Tense.PAST)
    return None


def _sentence_left(text: str, start: int) -> int:
    low = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    return ends[-1].end() if ends else low


def _sentence_right(text: str, end: int) -> int:
    found = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    return found.start() + 1 if found else min(len(text), end + _REACH)
