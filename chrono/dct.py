"""Turn a user's document creation time (a date, a datetime or a string) into a date.

ISO 8601 is parsed by the standard library; anything else ("Dec 9, 2023", "9 December 2023") goes to
dateparser, restricted to absolute formats so that "yesterday" can never depend on the clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from chrono.errors import DctError

MIN_YEAR = 1000
MAX_YEAR = 2999

_FIXED_BASE = datetime(2000, 1, 1)
_ISO_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def coerce_dct(dct: date | datetime | str | None, *, day_first: bool = False) -> date | None:
    """The anchor as a date, or None; raises DctError for strings that name no single day."""
    if dct is None:
        return None
    if isinstance(dct, datetime):
        return _checked(dct.date())
    if isinstance(dct, date):
        return _checked(dct)
    if not isinstance(dct, str):
        raise TypeError(f"dct must be a date, a datetime, a str or None, not {type(dct).__name__}")
    return _checked(parse_date_string(dct, day_first=day_first))


def parse_date_string(raw: str, *, day_first: bool = False) -> date:
    """A full calendar date from a string in ISO 8601 or a common written form; an ISO-shaped
    string that is not a valid date ('2023-13-01') is an error, never reread another way."""
    text = raw.strip()
    if not text:
        raise DctError("empty date")
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        if _ISO_SHAPE.match(text):
            raise DctError(f"cannot read {raw!r} as a date (no such day)") from None
    parsed = _parse_with_dateparser(text, day_first)
    if parsed is None:
        raise DctError(f"cannot read {raw!r} as a date (try YYYY-MM-DD)")
    return parsed


def _parse_with_dateparser(text: str, day_first: bool) -> date | None:
    import dateparser

    settings = {
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "RELATIVE_BASE": _FIXED_BASE,
        "PARSERS": ["custom-formats", "absolute-time"],
        "DATE_ORDER": "DMY" if day_first else "MDY",
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed is not None else None


def _checked(day: date) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise DctError(f"date {day.isoformat()} is outside the years {MIN_YEAR}-{MAX_YEAR}")
    return day
