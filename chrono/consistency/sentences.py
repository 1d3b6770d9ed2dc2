"""Sentence bounds, for the checks that pair expressions 'in the same or the adjacent sentence'
and read a sentence's tense cues.

A light splitter: a sentence ends at '.', '!' or '?' before a capital letter, or at a blank line,
unless the word before the stop is an abbreviation (an honorific from the lexicon, a single
letter, or a dotted form such as "U.S.").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from chrono.lexicon import Lexicon

_STOP = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z])|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]?$")


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of a text as sorted start offsets."""

    starts: tuple[int, ...]
    length: int

    def index(self, position: int) -> int:
        """The number of the sentence holding `position`."""
        return bisect.bisect_right(self.starts, position) - 1

    def bounds(self, index: int) -> tuple[int, int]:
        """[start, end) of sentence `index`, clamped to the text."""
        index = max(0, min(index, len(self.starts) - 1))
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.length
        return self.starts[index], end


def split(text: str, lexicon: Lexicon) -> Sentences:
    """Where each sentence of `text` starts."""
    starts = [0]
    for stop in _STOP.finditer(text):
        if stop.group(0)[0] in ".!?" and _is_abbreviation(text, stop.start(), lexicon):
            continue
        starts.append(stop.end())
    return Sentences(tuple(starts), len(text))


def _is_abbreviation(text: str, stop: int, lexicon: Lexicon) -> bool:
    if text[stop] != ".":
        return False
    found = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if found is None:
        return False
    word = found.group(1)
    return len(word) == 1 or "." in word or word.lower() in lexicon.honorifics
