"""Value errors for error analysis: which gold values we get wrong, how, and in what sentence.

Errors are grouped by the forms of the two values (digits written as 9), so one group gathers,
say, every day we rendered as a month (9999-99-99 vs 9999-99) whatever the dates were.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from chrono.lexicon.en import ENGLISH
from chrono.tokens import Sentences, split

_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_SENTENCE_LIMIT = 300


@dataclass(frozen=True, slots=True)
class ValueMismatch:
    """A relaxed-matched pair whose values differ."""

    doc_id: str
    gold_text: str
    gold_value: str
    system_text: str
    system_value: str
    sentence: str

    @property
    def forms(self) -> tuple[str, str]:
        """The gold and system values with every digit written as 9."""
        return _DIGIT.sub("9", self.gold_value), _DIGIT.sub("9", self.system_value)


@dataclass(frozen=True, slots=True)
class MismatchGroup:
    """All mismatches sharing a pair of value forms, in the order they were found."""

    gold_form: str
    system_form: str
    examples: tuple[ValueMismatch, ...]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) holding text[start:end], as the consistency checks split them,
    on one line and at most about 300 characters."""
    sentences = _sentences(text)
    left = sentences.around(start)[0]
    right = sentences.around(max(start, end - 1))[1]
    sentence = _SPACES.sub(" ", text[left:right]).strip()
    if len(sentence) > _SENTENCE_LIMIT:
        return sentence[: _SENTENCE_LIMIT - 1] + "…"
    return sentence


@lru_cache(maxsize=4)
def _sentences(text: str) -> Sentences:
    """A document's sentences, kept while its mismatches are listed one by one."""
    return split(text, ENGLISH)


def most_frequent(mismatches: Iterable[ValueMismatch], limit: int) -> list[MismatchGroup]:
    """The `limit` largest groups, largest first; ties keep the order they were first seen."""
    groups: defaultdict[tuple[str, str], list[ValueMismatch]] = defaultdict(list)
    for mismatch in mismatches:
        groups[mismatch.forms].append(mismatch)
    ranked = sorted(groups.items(), key=lambda item: -len(item[1]))
    return [MismatchGroup(gold, ours, tuple(found)) for (gold, ours), found in ranked[:limit]]
