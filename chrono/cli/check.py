"""`chrono check`: report the temporal inconsistencies of text files, like a linter.

Each flag is printed as `FILE:LINE:COL: severity kind: message`, with the expressions it rests
on below it. The exit status says whether anything was flagged, so scripts and CI can use it."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any

from chrono.cli._annotating import add_annotation_options, annotate_inputs
from chrono.cli._command import Subparsers
from chrono.cli._io import write_stdout
from chrono.cli._status import EXIT_OK
from chrono.model import Document, Flag
from chrono.writers.base import evidence_line, flag_line
from chrono.writers.json import dump_records
from chrono.writers.jsonl import dump_lines

EXIT_FLAGGED = 1
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
FORMATS = ("text", "json", "jsonl")

_EPILOG = """\
checks: weekday-mismatch, impossible-date, past-event-after-dct, future-event-before-dct,
elapsed-time-conflict, dateline-contradicted, dct-contradicts-dateline (docs/consistency.md)

exit status: 0 nothing flagged, 1 something flagged, 2 bad input or usage, 130 interrupted"""


def register(subparsers: Subparsers) -> None:
    """Add the `check` subcommand."""
    parser = subparsers.add_parser(
        "check",
        help="flag temporal inconsistencies and infer when each text was written",
        description="Flag the temporal inconsistencies of each FILE and the writing period its"
        " text implies.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_annotation_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="default text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every input, print the report, and exit 1 when anything was flagged."""
    checked = [(named.path, named.doc) for named in annotate_inputs(args)]
    match args.format:
        case "json":
            write_stdout(dump_records([_record(label, doc) for label, doc in checked]))
        case "jsonl":
            write_stdout(dump_lines([_record(label, doc) for label, doc in checked]))
        case _:
            write_stdout(_text_report(checked))
    return EXIT_FLAGGED if any(doc.flags for _, doc in checked) else EXIT_OK


def _record(label: str, doc: Document) -> dict[str, Any]:
    return {
        "path": label,
        "dct": doc.dct.isoformat() if doc.dct else None,
        "dct_source": doc.dct_source.value,
        "implied_dct": doc.implied_dct,
        "flags": [flag.to_dict() for flag in doc.flags],
    }


def _text_report(checked: Sequence[tuple[str, Document]]) -> str:
    lines: list[str] = []
    for label, doc in checked:
        lines.extend(_flag_lines(label, doc.text, flag) for flag in doc.flags)
    flagged = sum(1 for _, doc in checked if doc.flags)
    count = sum(len(doc.flags) for _, doc in checked)
    files = f"{len(checked)} file{'s' if len(checked) != 1 else ''}"
    lines.append(f"{files} checked, {flagged} flagged ({count} flag{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _flag_lines(label: str, text: str, flag: Flag) -> str:
    line, column = _position(text, flag.evidence[0].start if flag.evidence else 0)
    head = f"{label}:{line}:{column}: {flag_line(flag)}"
    return "\n".join([head, *map(evidence_line, flag.evidence)])


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset, as editors and linters count them; a
    line ends with \n, \r\n or a lone \r (old Mac files)."""
    breaks = list(_LINE_BREAK.finditer(text, 0, offset))
    line_start = breaks[-1].end() if breaks else 0
    return len(breaks) + 1, offset - line_start + 1
