"""Expected values computed straight from the conventions; assertions shared by the properties."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from .timex3 import date_period

if TYPE_CHECKING:  # test_helpers.py must run even when chrono does not import
    from chrono import Document, Timex


def offset(unit: str, n: int) -> relativedelta:
    """N units as dateutil arithmetic; a decade is ten years (conventions, "Offsets")."""
    match unit:
        case "day":
            return relativedelta(days=n)
        case "week":
            return relativedelta(weeks=n)
        case "month":
            return relativedelta(months=n)
        case "year":
            return relativedelta(years=n)
        case "decade":
            return relativedelta(years=10 * n)
    raise ValueError(unit)


def at_grain(day: date, unit: str) -> str:
    """The value naming the `unit` that contains `day`: days as dates, weeks as ISO weeks, months as
    YYYY-MM, years and decades as YYYY (conventions, "Offsets")."""
    match unit:
        case "day":
            return day.isoformat()
        case "week":
            iso = day.isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        case "month":
            return f"{day.year:04d}-{day.month:02d}"
        case "year" | "decade":
            return f"{day.year:04d}"
    raise ValueError(unit)


def period_of(day: date, unit: str) -> tuple[date, date]:
    """The first and last day of the week, month or year containing `day`."""
    period = date_period(at_grain(day, unit))
    assert period is not None
    return period


def day_interval(day: date) -> str:
    return f"{day.isoformat()}/{day.isoformat()}"


def weekday_on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def weekday_on_or_after(anchor: date, weekday: int) -> date:
    return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)


def describe(doc: Document) -> str:
    return "; ".join(
        f"{t.id} {t.text!r}@{t.start}:{t.end} {t.type} {t.value} mod={t.mod} "
        f"interval={t.interval} anchor={t.anchor}"
        for t in doc.timexes
    )


def sole_timex(doc: Document, start: int, expression: str) -> Timex:
    """The one timex the sentence must hold: exactly `expression`, starting at `start`."""
    end = start + len(expression)
    assert doc.text[start:end] == expression, "test bug: the expression is not at `start`"
    assert len(doc.timexes) == 1, (
        f"expected only {expression!r} in {doc.text!r}; got [{describe(doc)}]"
    )
    timex = doc.timexes[0]
    assert (timex.start, timex.end, timex.text) == (start, end, expression), (
        f"expected the span {expression!r}@{start}:{end} in {doc.text!r}; got [{describe(doc)}]"
    )
    return timex


def span_problems(doc: Document) -> list[str]:
    """Everything wrong with the timexes' spans and ids (empty when they are fine)."""
    text = doc.text
    problems: list[str] = []
    previous_end = 0
    for index, timex in enumerate(doc.timexes, start=1):
        label = f"{timex.id} {timex.text!r}@{timex.start}:{timex.end}"
        if timex.id != f"t{index}":
            problems.append(f"{label}: id should be t{index}")
        if not 0 <= timex.start < timex.end <= len(text):
            problems.append(f"{label}: span outside the text (length {len(text)})")
        if text[timex.start : timex.end] != timex.text:
            problems.append(f"{label}: text[start:end] is {text[timex.start : timex.end]!r}")
        if timex.text != timex.text.strip():
            problems.append(f"{label}: span starts or ends with whitespace")
        if timex.start < previous_end:
            problems.append(f"{label}: overlaps or precedes the previous timex")
        previous_end = max(previous_end, timex.end)
    return problems
