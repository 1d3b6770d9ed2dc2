"""Regex pieces shared by the grammar families, built once per lexicon from its tables."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from chrono.grammar.rule import Source
from chrono.lexicon import Lexicon
from chrono.numbers import amount_of_units, amount_pattern, ordinal_pattern, year_pattern
from chrono.patterns import alternation
from chrono.semantics import Amount, Unit


@dataclass(frozen=True, slots=True)
class Pieces:
    """Named regex fragments; methods take the group name so one pattern can hold several."""

    lexicon: Lexicon

    def month(self, group: str = "month") -> str:
        return _names_or_abbreviations(self.lexicon.months, group)

    def weekday(self, group: str = "weekday") -> str:
        return _names_or_abbreviations(self.lexicon.weekdays, group)

    def unit(self, group: str = "unit") -> str:
        return rf"(?P<{group}>{alternation(self.lexicon.units)})"

    def amount(self, group: str = "amount") -> str:
        return amount_pattern(self.lexicon, group)

    def amount_unit(self) -> str:
        """'<amount> <unit>', with 'and a half' before or after the unit ('two and a half
        years', 'a year and a half'), 'half' before it ('half an hour later') and a word that
        sorts the units between ('two more weeks', 'eight trading days'); read it with
        `chrono.grammar.pieces.units_said`."""
        half = rf"[\s-]+{self.frag('and')}[\s-]+{self.frag('a')}[\s-]+{self.frag('half')}"
        sort = rf"(?:{self.frag('unit_sort')}\s+)?"
        half_of = rf"(?:(?P<half_of>{self.frag('half')})\s+)?"
        return (
            rf"{half_of}{self.amount()}(?P<half>{half})?[\s-]+{sort}{self.unit()}"
            rf"(?P<half_after>{half})?"
        )

    def ordinal(self, group: str = "ordinal") -> str:
        return ordinal_pattern(self.lexicon, group)

    def day(self, group: str = "day") -> str:
        """A day of the month: '8', '8th', 'eighth', 'twenty-first'; read it with
        `chrono.numbers.parse_ordinal`."""
        suffixes = alternation(self.lexicon.ordinal_suffixes)
        words = alternation(word for word, rank in self.lexicon.ordinals.items() if rank <= 31)
        return rf"(?P<{group}>[0-3]?\d(?:{suffixes})?|(?:{words})(?![\w-]))"

    def year(self, group: str = "year") -> str:
        """Four digits or a spoken year; read the group with `chrono.numbers.parse_year`."""
        return rf"(?P<{group}>{year_pattern(self.lexicon)})"

    def part(self, group: str = "part") -> str:
        return rf"(?P<{group}>{alternation(self.lexicon.day_parts)})"

    def words(self, table: Iterable[str], group: str) -> str:
        """A named group over the keys of a lexicon table."""
        return rf"(?P<{group}>{alternation(table)})"

    def frag(self, name: str) -> str:
        return "(?:" + self.lexicon.fragment(name) + ")"


def is_final_of(relation: str, with_the: bool, end: int, source: Source) -> bool:
    """'the last week of the campaign', 'the last day of the month', 'the last year before the
    pandemic', 'the last day for first-class post', 'the last year that the fair will be held':
    'last' ranks the unit inside (or before) what follows, or a day among the days for
    something; it does not count back from the anchor."""
    lex = source.lexicon
    following = source.word_after(end)
    unit_word = source.word_before(end)
    day = lex.units.get(unit_word) is Unit.DAY and unit_word not in lex.plural_units
    links = ("of", "earlier", "for") if day else ("of", "earlier")
    ranked = any(lex.is_fragment(link, following) for link in links)
    ranked = ranked or following.lower() in lex.ranking_relatives  # 'the last year that the fair'
    return with_the and ranked and lex.is_fragment("last_of", relation)


def after_any(phrases: Iterable[str]) -> str:
    """A zero-width test that one of `phrases` and a space come just before ('for years', 'its
    fiscal year', 'noon to 5'): one look-behind per phrase, as each must have a fixed width; a
    space inside a phrase stands for any one white-space character."""
    escaped = (re.escape(phrase).replace(re.escape(" "), r"\s") for phrase in sorted(phrases))
    return "(?:" + "|".join(rf"(?<=\b{phrase}\s)" for phrase in escaped) + ")"


def is_abbreviation(word: str, table: Iterable[str]) -> bool:
    """Whether `word` shortens another word of the table ('tues' of 'tuesday')."""
    return any(other != word and other.startswith(word) for other in table)


def _names_or_abbreviations(table: Iterable[str], group: str) -> str:
    """Full names, or abbreviations with an optional full stop ('Dec.', but never 'December.')."""
    words = list(table)
    abbreviations = [word for word in words if is_abbreviation(word, words)]
    names = [word for word in words if word not in abbreviations]
    return rf"(?P<{group}>{alternation(names)}|{alternation(abbreviations)}\.?)"


def units_said(match: re.Match[str], lex: Lexicon) -> tuple[Amount, Unit]:
    """The amount and unit an `amount_unit` match names, a half added where the text says so."""
    amount, unit = amount_of_units(match.group("amount"), match.group("unit"), lex)
    if amount.number is not None and (match.group("half") or match.group("half_after")):
        amount = Amount(amount.number + 0.5)
    if amount.number is not None and match.group("half_of"):
        amount = Amount(amount.number / 2)
    return amount, unit
