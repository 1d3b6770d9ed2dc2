"""A grammar rule: a named pattern and a function from its match to a meaning (never a date)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from chrono.lexicon import Lexicon
from chrono.patterns import compile_rule
from chrono.semantics import Meaning

_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")

YEAR_CLASS = "#year"
NUMBER_CLASS = "#num"
CLOCK_CLASS = "#clock"


@dataclass(frozen=True, slots=True)
class Source:
    """What a rule's build function may look at: the original text (for case), the lexicon and
    the reading options."""

    text: str
    lowered: str
    lexicon: Lexicon
    day_first: bool = False

    def original(self, match: re.Match[str], group: str | int = 0) -> str:
        """The matched group as written, with its original capitalization."""
        return self.text[match.start(group) : match.end(group)]

    def is_capitalized(self, match: re.Match[str], group: str) -> bool:
        start = match.start(group)
        return start >= 0 and self.text[start].isupper()

    def word_before(self, position: int) -> str:
        """The lower-case word that ends just before `position` (skipping spaces), or ''."""
        end = position
        while end > 0 and self.text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and (self.lowered[start - 1].isalnum() or self.lowered[start - 1] == "."):
            start -= 1
        return self.lowered[start:end].strip(".")

    def dangles(self, match: re.Match[str], group: str) -> bool:
        """False for 'two days before the vote': a word such as 'before' or 'after' that relates
        to an event rather than ending its clause ('a week before,'). Other words pass."""
        word = match.group(group)
        if not re.fullmatch(self.lexicon.fragment("clause_final"), word):
            return True
        return _CLAUSE_END.match(self.text, match.end()) is not None

    def word_after(self, position: int) -> str:
        """The word that starts just after `position` (skipping spaces), as written, or ''."""
        start = position
        while start < len(self.text) and self.text[start] in " \t":
            start += 1
        end = start
        while end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "'’"):
            end += 1
        return self.text[start:end]


def optional_group(match: re.Match[str], name: str) -> str | None:
    """A named group's text, or None when it did not take part or the pattern lacks it."""
    return match.group(name) if name in match.re.groupindex else None


Build = Callable[[re.Match[str], Source], Meaning | None]


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """One way of saying something temporal (hashed by identity: the extractor keys on rules).

    `triggers` are lower-case words (or the digit classes of `chrono.extract`) of which every match
    contains at least one: the extractor runs the pattern only near them, which keeps the scan fast.
    `priority` breaks ties between overlapping matches of equal length.
    """

    id: str
    pattern: re.Pattern[str]
    build: Build
    triggers: frozenset[str]
    priority: int = 0


def make_rule(
    rule_id: str, pattern: str, build: Build, triggers: Iterable[str], priority: int = 0
) -> Rule:
    """A rule with its pattern compiled once (verbose, word-bounded, for lowered text)."""
    return Rule(rule_id, compile_rule(pattern), build, frozenset(triggers), priority)


def trigger_words(phrases: Iterable[str]) -> frozenset[str]:
    """One trigger per phrase: its longest word, which every match of the phrase contains."""
    return frozenset(max(re.split(r"[\s'’-]+", phrase), key=len) for phrase in phrases)
