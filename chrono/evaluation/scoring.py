"""Scoring one document: gold timexes against a system's, per TempEval-3 Task A.

A system timex counts for an attribute (value, type) only when it is relaxed-matched to a gold
timex and the attribute is equal. For the per-type breakdown, a matched system timex is counted
under its gold timex's type and an unmatched one under its own type, so that the types' counts
add up to the document's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from chrono.evaluation.counts import Counts, total
from chrono.evaluation.matching import Pair, Span, align
from chrono.evaluation.mismatches import ValueMismatch, sentence_around
from chrono.model import TimexType


class Scored(Span, Protocol):
    """What scoring reads from a timex: `chrono.model.Timex` and `GoldTimex` both qualify."""

    @property
    def text(self) -> str: ...

    @property
    def type(self) -> TimexType: ...

    @property
    def value(self) -> str: ...


@dataclass(frozen=True, slots=True)
class DocumentScore:
    """One document's counts, overall and by TIMEX type, and its value errors."""

    counts: Counts
    by_type: dict[TimexType, Counts] = field(default_factory=dict)
    mismatches: tuple[ValueMismatch, ...] = ()


def score_document(
    gold: Sequence[Scored], system: Sequence[Scored], text: str, doc_id: str = ""
) -> DocumentScore:
    """Align `system` with `gold` (both over `text`) and count what agrees."""
    pairs = align(gold, system)
    by_type: dict[TimexType, Counts] = {}
    for timex in gold:
        _add(by_type, timex.type, Counts(gold=1))
    matched = {pair.system: gold[pair.gold].type for pair in pairs}
    for index, timex in enumerate(system):
        _add(by_type, matched.get(index, timex.type), Counts(system=1))
    for pair in pairs:
        _add(
            by_type, gold[pair.gold].type, _pair_counts(gold[pair.gold], system[pair.system], pair)
        )
    mismatches = tuple(
        _mismatch(gold[pair.gold], system[pair.system], text, doc_id)
        for pair in pairs
        if gold[pair.gold].value != system[pair.system].value
    )
    return DocumentScore(total(list(by_type.values())), by_type, mismatches)


def _pair_counts(gold: Scored, system: Scored, pair: Pair) -> Counts:
    return Counts(
        strict=int(pair.exact),
        relaxed=1,
        value=int(gold.value == system.value),
        type=int(gold.type == system.type),
    )


def _add(by_type: dict[TimexType, Counts], key: TimexType, counts: Counts) -> None:
    by_type[key] = by_type.get(key, Counts()) + counts


def _mismatch(gold: Scored, system: Scored, text: str, doc_id: str) -> ValueMismatch:
    return ValueMismatch(
        doc_id,
        gold.text,
        gold.value,
        system.text,
        system.value,
        sentence_around(text, min(gold.start, system.start), max(gold.end, system.end)),
    )
