"""A flashback: a past date that opened a sentence and frames the past-tense sentences after
it, until a date of the present ends it or a date counted from the story moves it on."""

from __future__ import annotations

from dataclasses import dataclass, replace

from chrono.anchoring import DCT_LABEL, Reference, Resolution
from chrono.model import Tense, TimexType
from chrono.semantics import Unit

FLASHBACK_REACH = 3  # sentences a flashback lasts past its last date


@dataclass(frozen=True, slots=True)
class Flashback:
    """A past date that opened a sentence ('Fifty years ago this month, ...') and frames the
    past-tense sentences that follow it until the text comes back to the present."""

    frame: Reference
    opened: int
    last: int

    def still_open(self, sentence: int, tense: Tense | None) -> Flashback | None:
        """The flashback as seen from a later mention: over if that mention is told in the
        present or the future, or comes more than a few sentences after the flashback's last
        date; a mention with no tense ('the next five weeks') leaves it as it is."""
        if sentence == self.opened:
            return self
        if tense in (Tense.PRESENT, Tense.FUTURE) or sentence - self.last > FLASHBACK_REACH:
            return None
        return Flashback(self.frame, self.opened, sentence) if tense is Tense.PAST else self


def flashback_after(
    flashback: Flashback | None, resolution: Resolution, timex_id: str
) -> Flashback | None:
    """The flashback once a date is resolved: ended by a date of the present, moved on to a date
    counted from the story, else as it was."""
    if flashback is None or _leaves(resolution, flashback):
        return None
    if _moves(resolution, flashback):
        assert resolution.period is not None
        return replace(flashback, frame=Reference(timex_id, resolution.period))
    return flashback


def _moves(resolution: Resolution, flashback: Flashback) -> bool:
    """Whether a date counted from the narrative ('the following year') moves the flashback on:
    what follows is framed by it, or, by a year, no longer framed at all."""
    return (
        resolution.type is not TimexType.DURATION
        and resolution.period is not None
        and resolution.period.grain not in (Unit.WEEK, Unit.WEEKEND)  # 'the next five weeks'
        and resolution.anchor not in (None, DCT_LABEL)
    )


def _leaves(resolution: Resolution, flashback: Flashback) -> bool:
    """Whether a resolved date ends the flashback: one counted from the DCT, or a written date
    of its own, means the text has moved on."""
    if resolution.type is TimexType.DURATION or resolution.period is None:
        return False
    return resolution.anchor is None or resolution.anchor == DCT_LABEL
