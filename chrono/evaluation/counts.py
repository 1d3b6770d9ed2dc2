"""The tallies TempEval-3 Task A scores are computed from, and the scores themselves.

Counts add up, so a corpus, a subfolder or one TIMEX type is scored by summing document counts
first (micro-averaging, as TempEval-3 does) and dividing once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Prf:
    """Precision, recall and their harmonic mean, as fractions in [0, 1]."""

    precision: float
    recall: float
    f1: float


def prf(correct: int, system: int, gold: int) -> Prf:
    """Scores for `correct` hits among `system` answers and `gold` expected ones.

    Nothing expected and nothing answered is a perfect score; any other empty denominator gives 0.
    """
    if system == 0 and gold == 0:
        return Prf(1.0, 1.0, 1.0)
    precision = correct / system if system else 0.0
    recall = correct / gold if gold else 0.0
    total = precision + recall
    return Prf(precision, recall, 2 * precision * recall / total if total else 0.0)


@dataclass(frozen=True, slots=True)
class Counts:
    """How many gold and system timexes there are, and how many of them match.

    `strict` counts exact-span pairs, `relaxed` overlapping pairs (exact ones included);
    `value` and `type` count relaxed pairs whose attribute is also equal.
    """

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.gold + other.gold,
            self.system + other.system,
            self.strict + other.strict,
            self.relaxed + other.relaxed,
            self.value + other.value,
            self.type + other.type,
        )

    @property
    def strict_scores(self) -> Prf:
        return prf(self.strict, self.system, self.gold)

    @property
    def relaxed_scores(self) -> Prf:
        return prf(self.relaxed, self.system, self.gold)

    @property
    def value_scores(self) -> Prf:
        return prf(self.value, self.system, self.gold)

    @property
    def type_scores(self) -> Prf:
        return prf(self.type, self.system, self.gold)


def total(counts: list[Counts]) -> Counts:
    """The sum of `counts` (sum() needs a start value; Counts() is the zero)."""
    return sum(counts, Counts())
