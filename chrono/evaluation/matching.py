"""Pairing gold and system timexes by their spans, one-to-one, as TempEval-3 Task A requires.

Exact-span pairs are made first, so that a strict match is always also the relaxed pair whose
attributes get scored. The remaining timexes are paired by overlap with a sweep over gold spans
in order of their end, each taking the free overlapping system span that ends first; for
intervals this greedy choice yields a largest possible set of pairs among what remains.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class Span(Protocol):
    """Anything with character offsets: gold and system timexes alike."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True, order=True)
class Pair:
    """Gold timex number `gold` matched to system timex number `system`; `exact`: same span."""

    gold: int
    system: int
    exact: bool


def align(gold: Sequence[Span], system: Sequence[Span]) -> tuple[Pair, ...]:
    """The matched pairs, in gold order; no gold and no system timex appears twice."""
    exact = _exact_pairs(gold, system)
    gold_taken = {pair.gold for pair in exact}
    system_taken = {pair.system for pair in exact}
    free_gold = [index for index in range(len(gold)) if index not in gold_taken]
    free_system = [index for index in range(len(system)) if index not in system_taken]
    return tuple(sorted(exact + _overlap_pairs(gold, system, free_gold, free_system)))


def _exact_pairs(gold: Sequence[Span], system: Sequence[Span]) -> list[Pair]:
    by_span: defaultdict[tuple[int, int], list[int]] = defaultdict(list)
    for index, timex in enumerate(system):
        by_span[(timex.start, timex.end)].append(index)
    pairs: list[Pair] = []
    for index, timex in enumerate(gold):
        candidates = by_span[(timex.start, timex.end)]
        if candidates:
            pairs.append(Pair(index, candidates.pop(0), exact=True))
    return pairs


def _overlap_pairs(
    gold: Sequence[Span], system: Sequence[Span], free_gold: list[int], free_system: list[int]
) -> list[Pair]:
    pairs: list[Pair] = []
    remaining = sorted(free_system, key=lambda index: (system[index].end, system[index].start))
    for g in sorted(free_gold, key=lambda index: (gold[index].end, gold[index].start)):
        for s in remaining:
            if system[s].start < gold[g].end and gold[g].start < system[s].end:
                pairs.append(Pair(g, s, exact=False))
                remaining.remove(s)
                break
    return pairs
