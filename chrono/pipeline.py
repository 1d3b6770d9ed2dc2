"""The one entry point: text and anchor in, a Document out."""

from __future__ import annotations

from datetime import date, datetime

from chrono.dct import coerce_dct
from chrono.model import DctSource, Document


def annotate(
    text: str,
    dct: date | datetime | str | None = None,
    *,
    day_first: bool = False,
    find_dateline: bool = True,
) -> Document:
    """Find, anchor and normalize every temporal expression in `text`."""
    anchor = coerce_dct(dct)
    return Document(text=text, dct=anchor, dct_source=DctSource.GIVEN if anchor else DctSource.NONE)
