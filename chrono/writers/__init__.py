"""The output formats, by name: the one mapping the CLI chooses from. Writers only format; they
never touch files, streams, the clock or the environment."""

from __future__ import annotations

from collections.abc import Mapping

from chrono.writers import json, jsonl, text, timeml
from chrono.writers.base import NamedDocument, Writer
from chrono.writers.timeml import render_timeml

WRITERS: Mapping[str, Writer] = {
    "json": Writer(
        render=json.render,
        suffix=".json",
        summary='Document.to_dict() plus "path"; one object for one input, an array for several',
    ),
    "jsonl": Writer(
        render=jsonl.render,
        suffix=".jsonl",
        summary="the same objects, one line per input",
    ),
    "timeml": Writer(
        render=timeml.render,
        suffix=".tml",
        summary="a TempEval-3 style TimeML document with inline TIMEX3 tags; one input per output",
        one_per_output=True,
    ),
    "text": Writer(
        render=text.render,
        suffix=".txt",
        summary="the text with [expression]{TYPE value} marks, then flags; colour on a terminal",
        render_for_terminal=text.render_coloured,
    ),
}

__all__ = ["WRITERS", "NamedDocument", "Writer", "render_timeml"]
