"""Dates the calendar names outright: "December 9, 2023", "the 5th of November", "2023-12-09",
"in 2014", "the 1990s", "the 19th century", "spring 2024", "the third quarter", "fiscal 2023".
One family, in three modules: days and months, years and longer, parts of a year."""

from __future__ import annotations

from chrono.grammar.absolute import dates, year_parts, years
from chrono.grammar.pieces import Pieces
from chrono.grammar.rule import Rule


def rules(p: Pieces) -> tuple[Rule, ...]:
    return (*dates.rules(p), *years.rules(p), *year_parts.rules(p))
