"""Adding document results up: per corpus folder and overall, and per gold TIMEX type."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chrono.evaluation.corpus import DocumentResult
from chrono.evaluation.counts import Counts, total
from chrono.evaluation.mismatches import MismatchGroup, most_frequent
from chrono.model import TimexType

ALL = "all"


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """The micro-averaged counts of a set of documents and the system's time on them."""

    name: str
    documents: int
    counts: Counts
    seconds: float


def by_group(results: Sequence[DocumentResult]) -> list[GroupSummary]:
    """One summary per folder, in the order the folders first appear, then all of them together."""
    names = list(dict.fromkeys(result.group for result in results))
    return [_summary(name, [r for r in results if r.group == name]) for name in names] + [
        _summary(ALL, results)
    ]


def by_type(results: Sequence[DocumentResult]) -> dict[TimexType, Counts]:
    """Counts per gold TIMEX type over every document, in TimexType order."""
    return {
        kind: total([result.score.by_type.get(kind, Counts()) for result in results])
        for kind in TimexType
    }


def value_errors(results: Sequence[DocumentResult], limit: int) -> list[MismatchGroup]:
    """The `limit` most frequent kinds of value error over every document."""
    return most_frequent((m for result in results for m in result.score.mismatches), limit)


def _summary(name: str, results: Sequence[DocumentResult]) -> GroupSummary:
    return GroupSummary(
        name,
        len(results),
        total([result.score.counts for result in results]),
        sum(result.seconds for result in results),
    )
