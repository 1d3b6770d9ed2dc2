"""Run the grammar over a text: find trigger words in one pass, then run only the rules they
trigger, only in windows around them, and keep the longest non-overlapping matches.

A single scan for trigger words is several times cheaper than running every rule over the
whole text, and most rules never run at all on a typical paragraph.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from chrono.grammar import RuleSet
from chrono.grammar.rule import CLOCK_CLASS, NUMBER_CLASS, YEAR_CLASS, Rule, Source
from chrono.model import Mod
from chrono.semantics import Meaning

_WINDOW = 48


@dataclass(frozen=True, slots=True)
class Mention:
    """A matched expression: its span, the rule that found it, what it means, and its mod."""

    start: int
    end: int
    rule: str
    meaning: Meaning
    mod: Mod | None = None


def lower_same_length(text: str) -> str:
    """The text in lower case with every offset kept (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def find_mentions(source: Source, rules: RuleSet) -> list[Mention]:
    """All rule matches in the text, overlaps settled in favour of the longest."""
    candidates: list[tuple[Mention, int]] = []
    windows_by_rule = _windows_by_rule(source.lowered, rules)
    # rules in their listed order, so that a tie never depends on which trigger the text has first
    for rule in (rule for rule in rules.rules if rule in windows_by_rule):
        for start, end in windows_by_rule[rule]:
            for match in rule.pattern.finditer(source.lowered, start, end):
                meaning = rule.build(match, source)
                if meaning is not None:
                    mention = Mention(
                        match.start(), match.end(), rule.id, meaning, _mod(match, source)
                    )
                    candidates.append((mention, rule.priority))
    blocked = [(m.start(), m.end()) for m in rules.false_friends.finditer(source.lowered)]
    if blocked:
        candidates = [(m, p) for m, p in candidates if not _overlaps_any(m, blocked)]
    return _longest_first(candidates, len(source.text))


def _overlaps_any(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    """Names that contain a time word ('Sheffield Wednesday', 'Easter Island') are not times."""
    return any(start < mention.end and mention.start < end for start, end in spans)


def _mod(match: re.Match[str], source: Source) -> Mod | None:
    """A mod the rule's own pattern captured in a group named 'mod' ('the late 1990s', 'a week or
    so ago')."""
    if "mod" not in match.re.groupindex or match.group("mod") is None:
        return None
    phrase = " ".join(match.group("mod").split())
    lex = source.lexicon
    if lex.is_fragment("or_so", phrase):
        return Mod.APPROX
    return (
        lex.period_mods.get(phrase)
        or lex.within_period_mods.get(phrase)
        or lex.amount_mods.get(phrase)
    )


def _windows_by_rule(lowered: str, rules: RuleSet) -> dict[Rule, list[tuple[int, int]]]:
    hits: dict[Rule, list[tuple[int, int]]] = defaultdict(list)
    for match in rules.trigger_pattern.finditer(lowered):
        word = match.group()
        keys = _digit_classes(word, lowered, match.end()) if word[0].isdigit() else (word,)
        for key in keys:
            for rule in rules.by_trigger.get(key, ()):
                hits[rule].append((match.start(), match.end()))
    return {rule: _merge(spans, lowered) for rule, spans in hits.items()}


def _digit_classes(digits: str, lowered: str, end: int) -> tuple[str, ...]:
    classes = [NUMBER_CLASS]
    if len(digits) == 4 and digits[0] in "12":
        classes.append(YEAR_CLASS)
    following = lowered[end : end + 1]
    if following in (":", ".") or following.isalpha():
        classes.append(CLOCK_CLASS)
    return tuple(classes)


def _merge(spans: list[tuple[int, int]], lowered: str) -> list[tuple[int, int]]:
    """Windows around the trigger hits, merged, each ending on a word edge so that the end of a
    window never passes for the end of a word."""
    windows: list[tuple[int, int]] = []
    length = len(lowered)
    for start, end in spans:
        low, high = max(0, start - _WINDOW), min(length, end + _WINDOW)
        while high < length and lowered[high].isalnum():
            high += 1
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


def _longest_first(candidates: list[tuple[Mention, int]], length: int) -> list[Mention]:
    taken = bytearray(length)
    chosen: list[Mention] = []
    ranked = sorted(
        candidates, key=lambda item: (item[0].start - item[0].end, -item[1], item[0].start)
    )
    for mention, _ in ranked:
        if not any(taken[mention.start : mention.end]):
            taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
            chosen.append(mention)
    return sorted(chosen, key=lambda mention: mention.start)
