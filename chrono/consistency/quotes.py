"""Quotations: what someone said measures time from when it was said, not from the writing
('In a 2015 interview he said: "Two years ago, in 2013, we nearly went bankrupt."'), so a pair
with an expression inside quotation marks says nothing of the document's date, nor does the tense
of a quoted plan ('the invitation read: "leaders will gather on Nov. 15"')."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from chrono.model import Evidence

# Quotation marks as news text writes them: straight, typographic, and TeX-style (``...'').
_MARK = re.compile(r"``|''|[\"“”]")
# Single marks, as British copy quotes: an opening one at a word's start before a letter (not
# "'98"), a closing one after a word or a stop and before a space, a stop or the end; an
# apostrophe inside a word ("don't") is neither.
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[:—–-]))[‘'](?=[^\W\d_])", re.MULTILINE)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[’'](?=[\s.,;:!?)\]]|$)", re.MULTILINE)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` inside quotation marks, double or single; an unclosed quote ends
    with its paragraph."""
    return _merged(sorted([*_double_quoted(text), *_single_quoted(text)]))


def _single_quoted(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph_start, paragraph_end in _paragraphs(text):
        position = paragraph_start
        while (opening := _SINGLE_OPEN.search(text, position, paragraph_end)) is not None:
            closing = _SINGLE_CLOSE.search(text, opening.end(), paragraph_end)
            end = closing.start() if closing else paragraph_end
            spans.append((opening.end(), end))
            position = closing.end() if closing else paragraph_end
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one (a single quote inside a double one)."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _double_quoted(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for paragraph_start, paragraph_end in _paragraphs(text):
        opened: int | None = None
        for mark in _MARK.finditer(text, paragraph_start, paragraph_end):
            symbol = mark.group()
            closing = symbol in ("''", "”") or (symbol == '"' and opened is not None)
            if opened is None and not closing:
                opened = mark.end()
            elif opened is not None and (closing or symbol == '"'):
                spans.append((opened, mark.start()))
                opened = None
        if opened is not None:
            spans.append((opened, paragraph_end))
    return spans


def any_quoted(evidence: Sequence[Evidence], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a piece of evidence lies inside one of the quoted spans."""
    return any(is_quoted(item.start, item.end, spans) for item in evidence)


def is_quoted(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether the stretch [start, end) lies inside one of the quoted spans."""
    index = bisect.bisect_right(spans, start, key=_span_start) - 1
    return index >= 0 and end <= spans[index][1]


def _span_start(span: tuple[int, int]) -> int:
    return span[0]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds = [0, *(found.end() for found in _PARAGRAPH.finditer(text))]
    ends = [*bounds[1:], len(text)]
    return list(zip(bounds, ends, strict=True))
