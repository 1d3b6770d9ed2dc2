"""What resolution works with: the anchor it resolves against (document date, tense,
narrative references) and the result it hands to the pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chrono.model import Mod, Tense, TimexType
from chrono.periods import Period, day_period
from chrono.semantics import Base, Relation, Unit
from chrono.tense_words import Strength

DCT_LABEL = "dct"
# A date this fine goes on framing the past-tense sentences after it ('in January 1997 ... on
# Jan. 19'); a year does not.
FRAMING_GRAINS = (Unit.MINUTE, Unit.HOUR, Unit.DAY, Unit.MONTH)
_HOLDING_LOOK_BACK = 4  # references back to the period a report or a story is about


@dataclass(frozen=True, slots=True)
class Reference:
    """A date the narrative has already mentioned, for 'the following year' and 'two days later',
    with the tense it was told in (a forecast is no period a report compares with) and whether
    it was a possessive ('recovering Monday's losses'), which names a thing rather than the day
    the story is about; `ends_its_day` marks a midnight that closes the day before its instant
    ('open until midnight'); `closes_a_span` the last day of a reported span ('the three months
    to Sept. 30'), which bounds the span but is no day the story is on; `opens_a_stretch` the
    first day of a stretch told after 'since' ('home for the first time since a storm on Aug.
    5'), no day the story is on either, though 'two days later' may count from it."""

    timex_id: str
    period: Period
    tense: Tense | None = None
    possessive: bool = False
    ends_its_day: bool = False
    closes_a_span: bool = False
    opens_a_stretch: bool = False


@dataclass(frozen=True, slots=True)
class Anchor:
    """Everything resolution depends on besides the meaning itself. `frame` is an explicit date
    that opens the expression's sentence ('In 2014, deaths peaked in January'): a yearless
    month or day in that sentence is in its year. A frame `carried` on from an earlier sentence
    holds only days of its own month ('Fifty years ago this month ... The rain began on June 8').
    `said_before` is the date told last before the expression in its own sentence. `seen_from`
    is the past date a future told in the past looks ahead from ('In January, officials said
    the bridge would reopen in March': the March after that January). `nowadays` marks a
    'today' that opens a sentence telling how things stand, right after one told of a distant
    past: nowadays."""

    dct: date | None
    tense: Tense | None
    references: Sequence[Reference] = ()
    strength: Strength = Strength.FIRM
    frame: Reference | None = None
    carried: bool = False
    said_before: Reference | None = None
    seen_from: Reference | None = None
    nowadays: bool = False

    def choosing_from(self, relation: Relation | None = None) -> tuple[date, str] | None:
        """The day candidates are chosen around, with its label: the past date a future told
        in the past looks ahead from, else the DCT; a word of relation ('next Wednesday') counts
        from the DCT, as reporters restate it."""
        if self.seen_from is not None and relation is None:
            return self.seen_from.period.last_day, self.seen_from.timex_id
        return (self.dct, DCT_LABEL) if self.dct is not None else None

    def tense_for(self, least: Strength) -> Tense | None:
        """The tense, if its cue is at least as firm as `least`."""
        return self.tense if self.strength >= least else None


@dataclass(frozen=True, slots=True)
class Resolution:
    """A resolved expression, ready to become a Timex."""

    type: TimexType
    value: str
    mod: Mod | None = None
    interval: str | None = None
    anchor: str | None = None
    period: Period | None = None
    quant: str | None = None
    freq: str | None = None
    is_reference: bool = True


def base_period(
    base: Base, unit: Unit, anchor: Anchor, *, story_day: bool = False, coarser: bool = False
) -> tuple[Period, str] | None:
    """The period to count from, with its label: for REF the latest narrative date at least as
    fine as `unit` (told in the past, not one still ahead of the DCT: 'He will appear in court
    on Aug. 6. He had left prison two days earlier' counts from the events before), else (and
    for DCT) the document date. For the `story_day` a bare clock time or part of day is on, the
    day a stretch ran from is passed over, and a day that closes a reported span ends the
    search, even one still ahead, as the story has left its days behind. With `coarser`, a
    narrative with no date that fine still counts from its latest coarser one ('in 2019 ... 18
    months later'), not the DCT."""
    if base is Base.REF:
        coarse: Reference | None = None
        for reference in reversed(anchor.references):
            if story_day and reference.closes_a_span:
                break  # 'the three months to March 31 ... by midday': the document's day
            if _ahead_of_a_past(reference, anchor):
                continue
            if reference.period.grain.rank > unit.rank:
                coarse = coarse or reference
                continue
            if story_day and reference.opens_a_stretch:
                continue
            return reference.period, reference.timex_id
        if coarser and coarse is not None:
            return coarse.period, coarse.timex_id
    if anchor.dct is None:
        return None
    return day_period(anchor.dct), DCT_LABEL


def holding_reference(references: Sequence[Reference], grain: Unit) -> Reference | None:
    """The latest reference at `grain`, if every reference told after it lies inside it ('the
    fourth quarter ... a deal signed in November ... the full year', 'the early 1970s ... in
    1976 ... the end of the decade'); only the last few references are looked at."""
    since: list[Period] = []
    for reference in reversed(references[-_HOLDING_LOOK_BACK:]):
        period = reference.period
        if period.grain is grain:
            held = all(period.holds(other) for other in since)
            return reference if held else None
        since.append(period)
    return None


def _ahead_of_a_past(reference: Reference, anchor: Anchor) -> bool:
    return (
        anchor.tense is Tense.PAST
        and anchor.dct is not None
        and reference.period.first_day > anchor.dct
    )
