"""The document's verdict on its writing date: the period most of its constraints allow, and flags
for the DCT when it falls outside and for each constraint that disagrees with the rest.

The most likely writing period is the intersection of the largest set of constraints that share
a day. Ties go to the set whose intersection holds the DCT (the text does not contradict the
dateline then), then to the one nearest the DCT, then to the earliest. Disagreement lowers the
severity instead of changing the verdict: the DCT is flagged as an error when every constraint
excludes it, as a warning when some support it.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chrono.consistency.pairing import Constraint
from chrono.consistency.ranges import DateRange
from chrono.model import Evidence, Flag, Severity

DATELINE = "dateline-contradicted"
ELAPSED = "elapsed-time-conflict"


@dataclass(frozen=True, slots=True)
class Judgement:
    """The most likely writing period (None without constraints) and the flags it leads to."""

    period: DateRange | None
    flags: tuple[Flag, ...]


def judge(constraints: Sequence[Constraint], dct: date | None) -> Judgement:
    """Weigh every constraint against the others and against the DCT."""
    if not constraints:
        return Judgement(None, ())
    members = _largest_agreement(constraints, dct)
    period = _intersection([constraints[index].period for index in members])
    flags: list[Flag] = []
    if dct is not None and not period.contains(dct):
        flags.append(_dateline_flag(constraints, members, period, dct))
    for index, constraint in enumerate(constraints):
        if index not in members:
            flags.append(_outlier_flag(constraint, period, dct))
    return Judgement(period, tuple(flags))


def _largest_agreement(constraints: Sequence[Constraint], dct: date | None) -> frozenset[int]:
    """The indexes of the largest set of constraints that share a day, ties broken as above.

    Such a set is the constraints holding some candidate day (the start of a constraint, or the
    DCT). One sweep over the candidates in order finds the best: the constraints that hold a day
    are those started on or before it that have not ended, kept in two heaps (by end, and by
    start for the latest one), so a text with thousands of statements is not quadratic."""
    firsts = [item.period.first or date.min for item in constraints]
    lasts = [item.period.last or date.max for item in constraints]
    starting = sorted(range(len(constraints)), key=firsts.__getitem__)
    points = sorted({*firsts, *([dct] if dct is not None else [])})
    ending: list[tuple[date, int]] = []  # (last, index) of every constraint still running
    latest: list[tuple[int, int]] = []  # (-first as a day number, index), ended ones popped lazily
    best: tuple[tuple[int, int, date], date] | None = None
    added = 0
    for point in points:
        while added < len(starting) and firsts[starting[added]] <= point:
            index = starting[added]
            heapq.heappush(ending, (lasts[index], index))
            heapq.heappush(latest, (-firsts[index].toordinal(), index))
            added += 1
        while ending and ending[0][0] < point:
            heapq.heappop(ending)
        while latest and lasts[latest[0][1]] < point:
            heapq.heappop(latest)
        if not ending:
            continue
        first = firsts[latest[0][1]]
        gap = DateRange(first, ending[0][0]).distance(dct) if dct is not None else 0
        preference = (-len(ending), gap, first)
        if best is None or preference < best[0]:
            best = (preference, point)
    assert best is not None, "every constraint holds its own first day"
    return frozenset(i for i, item in enumerate(constraints) if item.period.contains(best[1]))


def _intersection(periods: Sequence[DateRange]) -> DateRange:
    shared = periods[0]
    for period in periods[1:]:
        narrower = shared.intersect(period)
        assert narrower is not None, "constraints chosen for sharing a day"
        shared = narrower
    return shared


def _dateline_flag(
    constraints: Sequence[Constraint], members: frozenset[int], period: DateRange, dct: date
) -> Flag:
    supporting = [constraints[index] for index in sorted(members)]
    dissent = sum(1 for item in constraints if item.period.contains(dct))
    sure = any(item.confident for item in supporting)
    severity = Severity.ERROR if dissent == 0 and sure else Severity.WARNING
    others = f"; {dissent} other statement(s) agree with the document date" if dissent else ""
    message = (
        f"The document date {dct.isoformat()} does not fit the text, which implies it was written"
        f" {period.describe()} ({_quotes(supporting)}){others}."
    )
    return Flag(DATELINE, message, severity, _evidence(supporting), period.render())


def _outlier_flag(constraint: Constraint, period: DateRange, dct: date | None) -> Flag:
    fits_dct = dct is not None and constraint.period.contains(dct)
    severity = Severity.INFO if fits_dct else Severity.WARNING
    message = (
        f"{_quotes([constraint])} implies the text was written {constraint.period.describe()},"
        f" unlike the rest of the text ({period.describe()})."
    )
    return Flag(ELAPSED, message, severity, constraint.evidence, constraint.period.render())


def _quotes(constraints: Sequence[Constraint]) -> str:
    return "; ".join(
        " with ".join(f'"{item.text}"' for item in constraint.evidence)
        for constraint in constraints
    )


def _evidence(constraints: Sequence[Constraint]) -> tuple[Evidence, ...]:
    seen: dict[tuple[str, int, int], Evidence] = {}
    for constraint in constraints:
        for item in constraint.evidence:
            seen.setdefault((item.timex_id, item.start, item.end), item)
    return tuple(sorted(seen.values(), key=lambda item: item.start))
