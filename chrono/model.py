"""The public result types: what `chrono.annotate` returns and what the writers print.

They are frozen so a pipeline can share them freely; `to_dict` gives plain JSON-able data whose keys
are the attribute names, so the JSON output and the Python API never drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class TimexType(StrEnum):
    """The four TIMEX3 types (TimeML 1.2.1, section 2.2)."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Mod(StrEnum):
    """TimeML's `mod` attribute: how the text qualifies the value."""

    BEFORE = "BEFORE"
    AFTER = "AFTER"
    ON_OR_BEFORE = "ON_OR_BEFORE"
    ON_OR_AFTER = "ON_OR_AFTER"
    LESS_THAN = "LESS_THAN"
    MORE_THAN = "MORE_THAN"
    EQUAL_OR_LESS = "EQUAL_OR_LESS"
    EQUAL_OR_MORE = "EQUAL_OR_MORE"
    START = "START"
    MID = "MID"
    END = "END"
    APPROX = "APPROX"


class Tense(StrEnum):
    """The tense governing an expression, as the tense cues around it suggest."""

    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"


@dataclass(frozen=True, slots=True)
class Timex:
    """One temporal expression: where it is, what it means, and what it was resolved against.

    `anchor` is "dct" when the value was computed from the document creation time, the id of
    another timex when it was computed from the narrative (e.g. "the following year"), and None when
    the text alone fixes it ("December 9, 2023") or nothing could anchor it.
    """

    id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: Mod | None = None
    interval: str | None = None
    anchor: str | None = None
    quant: str | None = None
    freq: str | None = None
    tense: Tense | None = None
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type.value,
            "value": self.value,
            "mod": self.mod.value if self.mod else None,
            "interval": self.interval,
            "anchor": self.anchor,
            "quant": self.quant,
            "freq": self.freq,
            "tense": self.tense.value if self.tense else None,
            "rule": self.rule,
        }


class Severity(StrEnum):
    """How sure a consistency check is that something is wrong."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Evidence:
    """A timex a flag rests on, by id and span, so a reader can find it in the text."""

    timex_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"timex_id": self.timex_id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Flag:
    """One temporal inconsistency found in a document."""

    kind: str
    message: str
    severity: Severity
    evidence: tuple[Evidence, ...] = ()
    implied_dct: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "severity": self.severity.value,
            "evidence": [item.to_dict() for item in self.evidence],
            "implied_dct": self.implied_dct,
        }


class DctSource(StrEnum):
    """Where the document creation time came from."""

    GIVEN = "given"
    DATELINE = "dateline"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Document:
    """The annotation of one text: its anchor, its timexes in text order, and its flags."""

    text: str
    dct: date | None
    dct_source: DctSource
    timexes: tuple[Timex, ...] = ()
    flags: tuple[Flag, ...] = ()
    implied_dct: str | None = None
    dateline: tuple[int, int] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dct": self.dct.isoformat() if self.dct else None,
            "dct_source": self.dct_source.value,
            "timexes": [timex.to_dict() for timex in self.timexes],
            "flags": [flag.to_dict() for flag in self.flags],
            "implied_dct": self.implied_dct,
        }
