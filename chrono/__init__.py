"""chrono: find temporal expressions in English text, anchor them, emit TIMEX3 and intervals."""

from chrono.model import (
    DctSource,
    Document,
    Evidence,
    Flag,
    Mod,
    Severity,
    Tense,
    Timex,
    TimexType,
)
from chrono.pipeline import annotate

__all__ = [
    "DctSource",
    "Document",
    "Evidence",
    "Flag",
    "Mod",
    "Severity",
    "Tense",
    "Timex",
    "TimexType",
    "annotate",
]
