"""What every writer shares: a document paired with its name, the writer record, the text cut at
timex boundaries, so that inline formats (TimeML, text) agree on how spans are placed, and the
lines a flag reads as, so that the text writer and `chrono check` print flags alike."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from chrono.model import Document, Evidence, Flag, Timex

_NOT_ID = re.compile(r"[^\w.-]+")
# Evidence that is no timex (an age, an anniversary) has no id; it is labelled as a cue.
_CUE = "cue"


@dataclass(frozen=True, slots=True)
class NamedDocument:
    """A document and the path it was read from: json reports the path, TimeML derives DOCID."""

    path: str
    doc: Document

    @property
    def doc_id(self) -> str:
        """The file name without its suffix, reduced to characters safe in ids and file names."""
        return _NOT_ID.sub("", PurePath(self.path).stem) or "document"


Render = Callable[[Sequence[NamedDocument]], str]


@dataclass(frozen=True, slots=True)
class Writer:
    """One output format: how to render it, the file suffix it takes, and whether a single
    output can hold several documents (a TimeML file holds exactly one)."""

    render: Render
    suffix: str
    summary: str
    one_per_output: bool = False
    render_for_terminal: Render | None = None


def segments(doc: Document) -> Iterator[tuple[str, Timex | None]]:
    """The text as consecutive pieces, each paired with the timex that covers it or None.

    Raises ValueError for a span that is empty, overlaps another or leaves the text: inline
    markup cannot show it, and it can only come from a bug upstream.
    """
    position = 0
    for timex in sorted(doc.timexes, key=lambda item: (item.start, item.end)):
        if not position <= timex.start < timex.end <= len(doc.text):
            raise ValueError(
                f"timex {timex.id} at {timex.start}-{timex.end} is empty, overlaps another"
                " or lies outside the text"
            )
        if timex.start > position:
            yield doc.text[position : timex.start], None
        yield doc.text[timex.start : timex.end], timex
        position = timex.end
    if position < len(doc.text):
        yield doc.text[position:], None


def flag_line(flag: Flag, severity: str | None = None) -> str:
    """'severity kind: message (implied DCT ...)'; `severity` replaces the plain severity name
    (the text writer paints it)."""
    implied = f" (implied DCT {flag.implied_dct})" if flag.implied_dct else ""
    return f"{severity or flag.severity.value} {flag.kind}: {flag.message}{implied}"


def evidence_line(item: Evidence) -> str:
    """One piece of a flag's evidence, indented under the flag: its timex id ('cue' for words
    that are no timex), its span and its text, e.g. '    t16 3798-3802 "2014"'."""
    return f'    {item.timex_id or _CUE} {item.start}-{item.end} "{item.text}"'
