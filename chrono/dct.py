"""Turn a user's document creation time (a date, a datetime or a string) into a date.

ISO 8601 is parsed by the standard library; anything else ("Dec 9, 2023", "9 December 2023") goes to
dateparser, restricted to absolute formats so that "yesterday" can never depend on the clock.
"""

from __future__ import annotations

from datetime import date, datetime

from chrono.errors import DctError

MIN_YEAR = 1000
MAX_YEAR = 2999

_FIXED_BASE = datetime(2000, 1, 1)


def coerce_dct(dct: date | datetime | str | None) -> date | None:
    """The anchor as a date, or None; raises DctError for strings that name no single day."""
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return _checked(dct.date())
    if isinstance(dct, date):
        return _checked(dct)
    return _checked(parse_date_string(dct))


def parse_date_string(raw: str) -> date:
    """A full calendar date from a string in ISO 8601 or a common written form."""
    text = raw.strip()
    if not text:
        raise DctError("empty date")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    parsed = _parse_with_dateparser(text)
    if parsed is None:
        raise DctError(f"cannot read {raw!r} as a date (try YYYY-MM-DD)")
    return parsed


def _parse_with_dateparser(text: str) -> date | None:
    import dateparser

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": _FIXED_BASE,
        "PARSERS": ["custom-formats", "absolute-time"],
        "DATE_ORDER": "MDY",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _checked(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DctError(f"date {day.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day
