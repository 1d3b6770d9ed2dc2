"""Read amounts written as digits or words ("45", "seven", "twenty-one", "a", "several")."""

from __future__ import annotations

import re

from chrono.lexicon import Lexicon
from chrono.patterns import alternation
from chrono.semantics import Amount, Unit

_DIGITS = r"\d{1,4}(?:\.\d+|\s+1/2)?"
_SPLIT = re.compile(r"[\s-]+")


def amount_pattern(lex: Lexicon, group: str = "amount") -> str:
    """A named group matching one amount: digits, number words (to 99), 'a'/'an', vague words."""
    ones = alternation(lex.number_words)
    tens = alternation(lex.tens_words)
    worded = rf"{tens}(?:[\s-]{ones})?|{ones}"
    fixed = alternation([*lex.indefinite_amounts, *lex.vague_amounts])
    return rf"(?P<{group}>{_DIGITS}|{worded}|{fixed})"


def parse_amount(text: str, lex: Lexicon) -> Amount:
    """The amount a matched group names; vague words give an Amount with no number."""
    phrase = " ".join(text.lower().split())
    if phrase in lex.vague_amounts:
        return Amount(None)
    if phrase in lex.indefinite_amounts:
        return Amount(lex.indefinite_amounts[phrase])
    if phrase[0].isdigit():
        whole, _, half = phrase.partition(" ")
        return Amount(float(whole) + (0.5 if half else 0.0))
    total = 0
    for word in _SPLIT.split(phrase):
        total += lex.tens_words.get(word, 0) + lex.number_words.get(word, 0)
    return Amount(float(total))


def amount_of_units(amount_text: str | None, unit_word: str, lex: Lexicon) -> tuple[Amount, Unit]:
    """The amount and unit of '<amount> <unit>', with words that stand for several units
    ('a fortnight') multiplied out; no amount means one."""
    amount = parse_amount(amount_text, lex) if amount_text else Amount(1.0)
    factor = lex.unit_factors.get(unit_word, 1)
    if amount.number is not None:
        amount = Amount(amount.number * factor)
    return amount, lex.units[unit_word]


def ordinal_pattern(lex: Lexicon, group: str = "ordinal") -> str:
    """A named group matching an ordinal day or rank: '5th', 'fifth', 'twenty-first'."""
    suffixes = alternation(lex.ordinal_suffixes)
    return rf"(?P<{group}>\d{{1,2}}{suffixes}|{alternation(lex.ordinals)})"


def parse_ordinal(text: str, lex: Lexicon) -> int:
    """The number an ordinal names."""
    word = text.lower()
    if word[0].isdigit():
        return int("".join(char for char in word if char.isdigit()))
    return lex.ordinals[word]
