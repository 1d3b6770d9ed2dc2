"""The words and sentences of a text, found once so that every later lookup is a bisection.

The consistency checks ask, for each expression, for the words before it or the sentence around
it; a fresh scan per expression made long texts quadratic. Error analysis shows the sentence
around a span with the same splitter, so both agree on what a sentence is.

- A word is a run of ASCII letters and apostrophes (typeset ones too): the cue words in the
  lexicon are English, and a digit or a hyphen ends a word.
- A sentence ends at '.', '!' or '?' before a capital letter, or at a blank line, unless the word
  before the stop is an abbreviation (an honorific or other abbreviation from the lexicon, a single
  letter, or a dotted form such as "U.S.").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from chrono.extract import lower_same_length
from chrono.lexicon import Lexicon
from chrono.patterns import WORD, alternation

# A sentence ends at a stop before a capital, at a blank line, or before a line that opens a list
# item ('- Early 2025: ...').
_STOP = re.compile(
    r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z])"
    r"|\n[ \t]*\n"
    r"|\n(?=[ \t]*[-*•\u2013][ \t])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]?$")
_ABBREVIATION_REACH = 20
_ENTRY_REACH = 300  # characters an entry of a timetable may run before a date in it
_HEADING_INDENT = 40  # characters of indentation a timetable line may have


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a text as sorted start and end offsets."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def within(self, start: int, end: int) -> list[tuple[int, str]]:
        """Each word of text[start:end] with its offset; a word that crosses either bound is cut
        there, as `WORD.finditer(text, start, end)` cuts it."""
        first, stop = self._range(start, end)
        return [self._cut(index, start, end) for index in range(first, stop)]

    def between(self, start: int, end: int) -> list[str]:
        """The words of text[start:end], as `WORD.findall(text, start, end)` finds them."""
        return [word for _, word in self.within(start, end)]

    def last(self, start: int, end: int, count: int) -> list[str]:
        """The last `count` words of text[start:end]."""
        first, stop = self._range(start, end)
        first = max(first, stop - count)
        return [self._cut(index, start, end)[1] for index in range(first, stop)]

    def count(self, start: int, end: int) -> int:
        """How many words text[start:end] holds."""
        first, stop = self._range(start, end)
        return stop - first

    def _range(self, start: int, end: int) -> tuple[int, int]:
        if start >= end:
            return 0, 0
        return bisect.bisect_right(self.ends, start), bisect.bisect_left(self.starts, end)

    def _cut(self, index: int, start: int, end: int) -> tuple[int, str]:
        first = max(self.starts[index], start)
        return first, self.text[first : min(self.ends[index], end)]


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of a text as sorted start offsets."""

    starts: tuple[int, ...]
    length: int

    def index(self, position: int) -> int:
        """The number of the sentence holding `position`."""
        return bisect.bisect_right(self.starts, position) - 1

    def bounds(self, index: int) -> tuple[int, int]:
        """[start, end) of sentence `index`, clamped to the text."""
        index = max(0, min(index, len(self.starts) - 1))
        end = self.starts[index + 1] if index + 1 < len(self.starts) else self.length
        return self.starts[index], end

    def around(self, position: int) -> tuple[int, int]:
        """[start, end) of the sentence holding `position`."""
        return self.bounds(self.index(position))


@dataclass(frozen=True, slots=True)
class IndexedText:
    """A text with its lower-case form (same offsets), its words and its sentences."""

    text: str
    lowered: str
    words: Words
    sentences: Sentences


def index_text(text: str, lexicon: Lexicon, breaks: Sequence[int] = ()) -> IndexedText:
    """Find the words and sentences of `text` once; `breaks` start sentences of their own (a
    story after its dateline)."""
    sentences = split(text, lexicon)
    if breaks:
        starts = tuple(sorted({*sentences.starts, *breaks}))
        sentences = Sentences(starts, sentences.length)
    return IndexedText(text, lower_same_length(text), words(text), sentences)


def words(text: str) -> Words:
    """Where each word of `text` starts and ends."""
    spans = [found.span() for found in WORD.finditer(text)]
    return Words(text, tuple(start for start, _ in spans), tuple(end for _, end in spans))


def split(text: str, lexicon: Lexicon) -> Sentences:
    """Where each sentence of `text` starts."""
    starts = [0]
    for stop in _STOP.finditer(text):
        if stop.group(0)[0] in ".!?" and is_abbreviation_stop(text, stop.start(), lexicon):
            continue
        starts.append(stop.end())
    return Sentences(tuple(starts), len(text))


def is_abbreviation_stop(text: str, stop: int, lexicon: Lexicon) -> bool:
    """Whether the full stop at `stop` ends an abbreviation ('Mr.', 'vs.', 'U.S.', 'J.')."""
    if text[stop] != ".":
        return False
    found = _WORD_BEFORE.search(text, max(0, stop - _ABBREVIATION_REACH), stop)
    if found is None:
        return False
    word = found.group(1)
    lowered = word.lower()
    initial = len(word) == 1 and word.isalpha()  # 'J.', not the day in 'Dec. 2.'
    return initial or "." in word or lowered in lexicon.honorifics | lexicon.abbreviations


def heads_a_line(text: str, start: int, end: int, lexicon: Lexicon) -> bool:
    """'Monday: no buses on 31 routes', 'Tuesday to Friday: reduced timetable': a day that opens
    its line (or ends a range that does) before a colon heads an entry of a timetable, which
    lists what is coming (`HEADING_READING`) unless its line, or the entry before it, tells
    otherwise."""
    patterns = _heading_patterns(lexicon)
    if patterns.colon.match(text, end) is None:
        return False
    before = text[max(0, start - _HEADING_INDENT) : start]
    line_break = before.rfind("\n")
    if line_break < 0 and start > _HEADING_INDENT:
        return False
    return patterns.lead.fullmatch(before, line_break + 1) is not None


def line_heading_end(text: str, position: int, lexicon: Lexicon) -> int | None:
    """Where the heading of a timetable line ends, after its colon, if the line holding
    `position` opens with one ('Friday: metro closed', 'Saturday and Sunday: normal service');
    not 'Update: exports rose'."""
    low = max(0, position - _ENTRY_REACH)
    line_start = text.rfind("\n", low, position) + 1
    if line_start == 0 and low > 0:
        return None  # a line this long is no timetable entry
    heading = _heading_patterns(lexicon).line.match(text, line_start)
    return heading.end() if heading else None


def heading_line_follows(text: str, position: int, lexicon: Lexicon) -> int | None:
    """Where the next line starts, if it is a timetable line and only blanks stand before it."""
    found = _heading_patterns(lexicon).next_line.match(text, position)
    return found.start("line") if found else None


@dataclass(frozen=True, slots=True)
class _HeadingPatterns:
    colon: re.Pattern[str]  # the colon after the day, or after a range it opens
    lead: re.Pattern[str]  # what may stand before the day on its line: nothing, or a range's start
    line: re.Pattern[str]  # a whole heading, from the line's start to its colon
    next_line: re.Pattern[str]  # a line break, then a heading


@cache
def _heading_patterns(lexicon: Lexicon) -> _HeadingPatterns:
    link = f"{lexicon.fragment('range_link')}|{lexicon.fragment('and')}"  # 'Saturday and Sunday:'
    day = alternation(lexicon.weekdays)
    heading = rf"[ \t]*(?:{day})\.?(?:\s*(?:{link})\s*(?:{day})\.?)?\s*:"
    return _HeadingPatterns(
        re.compile(rf"(?:\s*(?:{link})\s*\w+)?:"),
        re.compile(rf"\s*(?:\w+\s*(?:{link})\s*)?"),
        re.compile(heading, re.IGNORECASE),
        re.compile(rf"[ \t]*\n(?P<line>{heading})", re.IGNORECASE),
    )


def entry_start(text: str, end: int) -> int | None:
    """Where a timetable entry's text starts: after the colon that follows its day."""
    colon = text.find(":", end, end + _HEADING_INDENT)
    return colon + 1 if colon >= 0 else None
