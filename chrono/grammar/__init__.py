"""The grammar: every rule of every expression family, and the trigger index over them.

`RULE_FAMILIES` is the one place that lists the families. The longest match wins, then the one
with the higher `Rule.priority`; only a tie after both goes to the rule listed first, so that no
result depends on which trigger word a text happens to hold first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from chrono.grammar import (
    absolute,
    deictic,
    durations,
    holidays,
    narrative,
    offsets,
    sets,
    times,
    vague,
)
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule
from chrono.lexicon import Lexicon
from chrono.patterns import alternation

RULE_FAMILIES: tuple[Callable[[Pieces], tuple[Rule, ...]], ...] = (
    absolute.rules,
    deictic.rules,
    offsets.rules,
    narrative.rules,
    durations.rules,
    times.rules,
    sets.rules,
    holidays.rules,
    vague.rules,
)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """All rules for one language, with the index from trigger word to the rules it wakes."""

    rules: tuple[Rule, ...]
    by_trigger: dict[str, tuple[Rule, ...]]
    trigger_pattern: re.Pattern[str]
    false_friends: re.Pattern[str]


@cache
def rules_for(lexicon: Lexicon) -> RuleSet:
    """Compile every rule of the language once, and the single trigger scan over them."""
    pieces = Pieces(lexicon)
    rules = tuple(rule for family in RULE_FAMILIES for rule in family(pieces))
    index: defaultdict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        for trigger in rule.triggers:
            index[trigger].append(rule)
    words = [trigger for trigger in index if not trigger.startswith("#")]
    # A trigger word may run into digits ('FY2025').
    scan = re.compile(r"(?=[^\W_])\b(?:" + alternation(words) + r"(?![^\W_\d])|\d+)")
    # An idiom ending in a day is none before a part of day: 'arrested a man Friday night'.
    parts = alternation(lexicon.day_parts)
    names = alternation(lexicon.false_friends - lexicon.day_idioms)
    idioms = alternation(lexicon.day_idioms)
    false_friends = re.compile(
        rf"(?<!\w)(?:(?:{names})(?!\w)|(?:{idioms})(?!\w)(?!\s+(?:{parts})\b))"
    )
    return RuleSet(rules, {key: tuple(value) for key, value in index.items()}, scan, false_friends)
