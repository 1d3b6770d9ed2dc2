"""Choosing which occurrence a yearless date, a weekday or a holiday means, by tense.

The policy is written down in docs/conventions.md ("Choosing among candidates: tense"): past
tense takes the most recent occurrence on or before the anchor, future tense the nearest on or
after it, and without a cue the nearer of the two (weekdays count as past: news reports).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from chrono.model import Tense
from chrono.periods import Period, at_midnight
from chrono.semantics import Relation, Weekday

_YEARS_AROUND = range(-4, 5)  # wide enough to hold a Feb. 29 on either side
_REACH_DAYS = 183
# A weak past cue (the verb of a clause in which the date is an adjective: "gave no reason for the
# Jan. 14 deadline") does not reach over an occurrence less than two months ahead.
_WEAK_PAST_REACH_DAYS = 62
_MONTHS_AROUND = range(-6, 7)


def pick_year(
    period_in: Callable[[int], Period],
    anchor: date,
    tense: Tense | None,
    relation: Relation | None,
    *,
    firm: bool = True,
) -> Period:
    """The occurrence of a yearly period (a month, a season, a holiday) the context points to.

    A weak future cue (an infinitive, a deadline word) looks ahead only half a year: "ordered
    him to go home by Jan. 14" in a paper of Jan. 15 is the day before, not a year on; a weak
    past cue gives way to an occurrence less than two months ahead."""
    candidates = _candidates(period_in, anchor.year)
    chosen = _pick(candidates, anchor, tense, relation, firm=firm)
    return chosen if chosen is not None else period_in(anchor.year)


def pick_month(
    day_in: Callable[[int, int], Period], anchor: date, tense: Tense | None, *, firm: bool = True
) -> Period:
    """The occurrence of a day of the month ('on the 15th') the context points to, by the same
    rules as `pick_year`, among the months around the anchor."""
    candidates = []
    for offset in _MONTHS_AROUND:
        year, month = divmod(anchor.year * 12 + anchor.month - 1 + offset, 12)
        try:
            candidates.append(day_in(year, month + 1))
        except ValueError:
            continue
    chosen = _pick(candidates, anchor, tense, None, firm=firm)
    assert chosen is not None, "only 'this' can leave no occurrence"
    return chosen


def _pick(
    candidates: list[Period],
    anchor: date,
    tense: Tense | None,
    relation: Relation | None,
    *,
    firm: bool,
) -> Period | None:
    moment = at_midnight(anchor)
    if relation is Relation.THIS:
        current = [c for c in candidates if c.start <= moment < c.end]
        return current[0] if current else None
    if relation is Relation.LAST:
        return max((c for c in candidates if c.end <= moment), key=lambda c: c.start)
    if relation is Relation.NEXT:
        return min((c for c in candidates if c.start > moment), key=lambda c: c.start)
    past = max((c for c in candidates if c.start <= moment), key=lambda c: c.start)
    future = min((c for c in candidates if c.end > moment), key=lambda c: c.start)
    past_distance = max(0, (moment - past.end).days + 1)
    future_distance = max(0, (future.start - moment).days)
    if tense is Tense.PAST and (firm or future_distance > _WEAK_PAST_REACH_DAYS):
        return past
    if tense is Tense.FUTURE and (firm or future_distance <= _REACH_DAYS):
        return future
    return past if past_distance <= future_distance else future


def _candidates(period_in: Callable[[int], Period], year: int) -> list[Period]:
    found = []
    for offset in _YEARS_AROUND:
        try:
            found.append(period_in(year + offset))
        except ValueError:
            continue
    return found


def pick_weekday(
    weekday: Weekday, anchor: date, tense: Tense | None, relation: Relation | None
) -> date:
    """The day a weekday name points to: 'last Friday' strictly before, 'next Friday' strictly
    after, 'this Friday' in the anchor's ISO week; otherwise by tense, today included: the past
    one without a cue, the nearer one for a present cue ('the vote is on Tuesday')."""
    today = anchor.isoweekday()
    match relation:
        case Relation.LAST:
            return anchor - timedelta(days=(today - weekday - 1) % 7 + 1)
        case Relation.NEXT:
            return anchor + timedelta(days=(weekday - today - 1) % 7 + 1)
        case Relation.THIS:
            return anchor + timedelta(days=weekday - today)
    ahead = (weekday - today) % 7
    back = (today - weekday) % 7
    if tense is Tense.FUTURE or (tense is Tense.PRESENT and ahead < back):
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)
