"""Read amounts written as digits or words ("45", "seven", "twenty-one", "a", "several")."""

from __future__ import annotations

import re

from chrono.lexicon import Lexicon
from chrono.patterns import alternation
from chrono.semantics import Amount, Unit

_FRACTION_SIGNS = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_DIGITS = r"(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d+|\s+1/2|[½¼¾])?"
_SPLIT = re.compile(r"[\s-]+")


def amount_pattern(lex: Lexicon, group: str = "amount") -> str:
    """A named group matching one amount: digits, number words (to 99, or times a scale word:
    'a hundred', 'two thousand'), 'a'/'an', vague words."""
    ones = alternation(lex.number_words)
    tens = alternation(lex.tens_words)
    worded = rf"{tens}(?:[\s-]{ones})?|{ones}"
    single = alternation(word for word, value in lex.indefinite_amounts.items() if value == 1)
    scaled = rf"(?:{worded}|{single})\s+{alternation(lex.scale_words)}"
    fixed = alternation([*lex.indefinite_amounts, *lex.vague_amounts])
    return rf"(?P<{group}>{_DIGITS}|{scaled}|{worded}|{fixed})"


def parse_amount(text: str, lex: Lexicon) -> Amount:
    """The amount a matched group names ('45', 'twenty-one', 'a hundred', 'two thousand');
    vague words give an Amount with no number."""
    phrase = " ".join(text.lower().split())
    if phrase in lex.vague_amounts:
        return Amount(None)
    if phrase in lex.indefinite_amounts:
        return Amount(float(lex.indefinite_amounts[phrase]))
    if phrase[0].isdigit():
        sign = _FRACTION_SIGNS.get(phrase[-1], 0.0)
        whole, _, half = phrase.rstrip("".join(_FRACTION_SIGNS)).partition(" ")
        return Amount(float(whole.replace(",", "")) + (0.5 if half else sign))
    words = _SPLIT.split(phrase)
    if words[-1] in lex.scale_words:
        head = " ".join(words[:-1])
        count = lex.indefinite_amounts.get(head) or _words_value(words[:-1], lex)
        return Amount(float(count * lex.scale_words[words[-1]]))
    return Amount(float(_words_value(words, lex)))


def is_count(word: str, lex: Lexicon) -> bool:
    """Whether a word counts things: digits ('1,200') or a number word ('eighty')."""
    return word.replace(",", "").isdigit() or word in lex.number_words


def year_pattern(lex: Lexicon) -> str:
    """A year in digits ('1996') or as spoken; no group, so callers name it."""
    return rf"[12]\d{{3}}|{spoken_year_pattern(lex)}"


def spoken_year_pattern(lex: Lexicon) -> str:
    """A year as it is said: 'nineteen ninety-six', 'twenty oh five', 'two thousand and one'."""
    ones = alternation(word for word, value in lex.number_words.items() if 1 <= value <= 9)
    teens = alternation(word for word, value in lex.number_words.items() if 10 <= value <= 19)
    tens = alternation(lex.tens_words)
    two_digits = rf"{tens}(?:[\s-]{ones})?|{teens}|(?:{lex.fragment('spoken_zero')})[\s-]{ones}"
    hundreds = rf"(?:{lex.fragment('spoken_century')})\s+(?:{two_digits}|{lex.fragment('hundred')})"
    thousands = (
        rf"(?:{lex.fragment('spoken_millennium')})"
        rf"(?:\s+(?:{lex.fragment('and')}\s+)?(?:{two_digits}|{ones}))?"
    )
    return rf"{hundreds}|{thousands}"


def parse_year(text: str, lex: Lexicon) -> int:
    """The year `year_pattern` matched: 'nineteen ninety-six' is 19 hundreds and 96."""
    if text[0].isdigit():
        return int(text)
    words = _SPLIT.split(text.lower())
    for index, word in enumerate(words):
        if index and word in lex.scale_words:
            head, tail = words[:index], words[index + 1 :]
            return _words_value(head, lex) * lex.scale_words[word] + _words_value(tail, lex)
    return _words_value(words[:1], lex) * 100 + _words_value(words[1:], lex)


def _words_value(words: list[str], lex: Lexicon) -> int:
    """The sum of the number words among `words` ('ninety', 'six'); other words count nothing."""
    return sum(lex.tens_words.get(word, 0) + lex.number_words.get(word, 0) for word in words)


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
