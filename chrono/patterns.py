"""Build regex pieces from lexicon tables: one helper, so every alternation is escaped, ordered
longest first (so "sept" wins over "sep") and tolerant of any run of spaces between words."""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = r"\s+"
# A word of running text, apostrophes included ("don't", "Britain’s").
WORD = re.compile(r"[A-Za-z’']+")


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing group matching any of `phrases` (lower case), longest first."""
    ordered = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    escaped = (_SPACE.join(_word(word) for word in phrase.split()) for phrase in ordered)
    return "(?:" + "|".join(escaped) + ")"


def _word(word: str) -> str:
    """One word, escaped, with either apostrophe accepted (typeset text uses the curly one)."""
    return re.escape(word).replace("'", "['’]")


def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern: verbose, matched against lowered text, bounded by word edges."""
    return re.compile(r"(?<!\w)" + pattern + r"(?!\w)", re.VERBOSE)
