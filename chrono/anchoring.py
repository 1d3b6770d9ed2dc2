"""What resolution works with: the anchor it resolves against (document date, tense,
narrative references) and the result it hands to the pipeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from chrono.context import Strength
from chrono.model import Mod, Tense, TimexType
from chrono.periods import Period

DCT_LABEL = "dct"


@dataclass(frozen=True, slots=True)
class Reference:
    """A date the narrative has already mentioned, for 'the following year' and 'two days later'."""

    timex_id: str
    period: Period


@dataclass(frozen=True, slots=True)
class Anchor:
    """Everything resolution depends on besides the meaning itself."""

    dct: date | None
    tense: Tense | None
    references: Sequence[Reference] = ()
    strength: Strength = Strength.FIRM

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
