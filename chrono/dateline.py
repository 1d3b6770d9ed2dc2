"""Find the publication date in a document's dateline: a line near the top that holds a full date
and otherwise only a place, an agency or a label, such as "Saturday, December 9, 2023",
"WASHINGTON, Dec. 9, 2023 (AP) --" or "Published: 9 December 2023"; never a sentence.

chrono's own date rules read it; lines they cannot read but that look like a short date line go to
dateparser, which knows many more written forms.
"""

from __future__ import annotations

import re
from datetime import date

from chrono.dct import MAX_YEAR, MIN_YEAR, parse_date_string
from chrono.errors import DctError
from chrono.extract import Mention
from chrono.lexicon import Lexicon
from chrono.semantics import CalendarDate, ClockTime

_MAX_CHARS = 600
# How far along its line a date line is read: a story that follows its dash on the same line (or a
# text that is one long line) is not read to its end for every date.
_LINE_REACH = 200
_SHORT_LINE = 40
_HAS_YEAR = re.compile(r"\b[12]\d{3}\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_SHORT_WORD = 3
# Wire copy: "PLACE, date (AP) -- The story ...", also written "(AP)--The story", with a dash, a
# spaced hyphen ("(Reuters) - The story"), a colon ("12 March 2024: The story") or nothing after
# the agency's bracket ("MUMBAI, 6 November 2031 (PTI) The story").
_LEAD_DASH = re.compile(r"\s*(?:--|—|–)\s*|\s_\s|\s-\s|:\s|\)\s+(?=[A-Z])")


def find_dateline(
    text: str, mentions: list[Mention], lexicon: Lexicon
) -> tuple[date, Mention | None] | None:
    """The first full date in the top lines, with the mention that spells it (if one does)."""
    limit = _top_limit(text, lexicon.dateline_max_lines)
    for mention in mentions:
        if mention.start >= limit:
            break
        meaning = mention.meaning
        if isinstance(meaning, ClockTime) and isinstance(meaning.date, CalendarDate):
            meaning = meaning.date  # 'Posted Dec. 9, 2023 12:34 PM'
        if isinstance(meaning, CalendarDate) and None not in (
            meaning.year,
            meaning.month,
            meaning.day,
        ):
            assert (
                meaning.year is not None and meaning.month is not None and meaning.day is not None
            )
            if MIN_YEAR <= meaning.year <= MAX_YEAR and is_dateline(
                text, mention.start, mention.end
            ):
                return date(meaning.year, meaning.month, meaning.day), mention
    return _short_line_date(text[:limit])


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the line around [start, end) is a date line: besides the date (and up to the dash
    that opens a wire story) it holds no word that reads as running prose (a lower-case word
    longer than a short function word)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
    line_end = text.find("\n", end, end + _LINE_REACH)
    line_end = min(len(text), end + _LINE_REACH) if line_end < 0 else line_end
    after = _LEAD_DASH.split(text[end:line_end], maxsplit=1)[0]
    lead = text[line_start:start].rpartition(":")[2]  # past a label: 'Last updated: 30 Sept...'
    rest = lead + " " + after
    return not any(word[0].islower() and len(word) > _SHORT_WORD for word in _LETTERS.findall(rest))


def _top_limit(text: str, max_lines: int) -> int:
    """Where the top of a document ends: after a few non-blank lines, or a few hundred chars."""
    seen = 0
    position = 0
    for line in text[:_MAX_CHARS].splitlines(keepends=True):
        position += len(line)
        if line.strip():
            seen += 1
            if seen >= max_lines:
                break
    return min(position, _MAX_CHARS)


def _short_line_date(top: str) -> tuple[date, None] | None:
    for line in top.splitlines():
        candidate = line.strip()
        if 0 < len(candidate) <= _SHORT_LINE and _HAS_YEAR.search(candidate):
            try:
                return parse_date_string(candidate), None
            except DctError:
                continue
    return None
