"""What `chrono annotate` and `chrono check` share: the options that say how to read and anchor
the inputs, and reading then annotating every input before anything is printed."""

from __future__ import annotations

import argparse

from chrono.cli._io import add_input_options, read_inputs
from chrono.dct import coerce_dct
from chrono.errors import DctError
from chrono.pipeline import annotate
from chrono.writers import NamedDocument


def add_annotation_options(parser: argparse.ArgumentParser) -> None:
    """The input files and the options that decide how they are anchored."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="a UTF-8 text file; - is stdin")
    parser.add_argument(
        "--dct",
        metavar="DATE",
        help="document creation time, e.g. 2023-12-09 (default: a dateline's date, if any)",
    )
    parser.add_argument(
        "--day-first", action="store_true", help="read 08/12/2023 as 8 December, not August 12"
    )
    parser.add_argument(
        "--no-dateline",
        dest="find_dateline",
        action="store_false",
        help="do not take the DCT from a dateline at the top of the text",
    )
    add_input_options(parser)


def annotate_inputs(args: argparse.Namespace) -> list[NamedDocument]:
    """Read every input (failing before any output on a bad one) and annotate it."""
    try:
        dct = coerce_dct(args.dct, day_first=args.day_first)
    except DctError as error:
        raise DctError(f"--dct: {error}") from None
    return [
        NamedDocument(
            source.label,
            annotate(source.text, dct, day_first=args.day_first, find_dateline=args.find_dateline),
        )
        for source in read_inputs(args.files, args.max_bytes)
    ]
