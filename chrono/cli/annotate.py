"""`chrono annotate`: annotate text files and print or write them in one of the output formats.

Every input is read, checked and annotated before anything is written, so a bad input leaves
no partial output behind."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from chrono.cli._annotating import add_annotation_options, annotate_inputs
from chrono.cli._command import Subparsers
from chrono.cli._io import (
    STDIN,
    OutputError,
    stdout_is_terminal,
    write_files,
    write_stdout,
)
from chrono.cli._status import EXIT_OK
from chrono.writers import WRITERS, NamedDocument, Writer

_OUTPUT_HELP = """\
-o OUT is written only after every input has been read and annotated, and atomically (a
temporary file beside OUT, then a rename), so a failure leaves an existing OUT untouched; a
link is followed to the file it names, and a device or named pipe (/dev/null) is written in
place.
If OUT is an existing directory, each input gets its own file there, named after the input
with the format's suffix: notes.txt -> OUT/notes.json, .jsonl, .tml or .txt (<stdin> -> stdin);
all of them are written before the first is renamed into place, and should a rename fail, the
error names the files already replaced.
A TimeML document holds one input, so timeml with several inputs needs -o DIRECTORY.
No -o, or -o -, prints to standard output.

exit status: 0 success, 2 bad input or usage, 130 interrupted, 141 output pipe closed"""


def register(subparsers: Subparsers) -> None:
    """Add the `annotate` subcommand."""
    formats = "\n".join(f"  {name:<7} {writer.summary}" for name, writer in WRITERS.items())
    parser = subparsers.add_parser(
        "annotate",
        help="find, anchor and normalize temporal expressions in text files",
        description="Find, anchor and normalize the temporal expressions in each FILE.",
        epilog=f"formats:\n{formats}\n\n{_OUTPUT_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_annotation_options(parser)
    parser.add_argument("--format", choices=tuple(WRITERS), default="json", help="default json")
    parser.add_argument("-o", "--output", metavar="OUT", help="output file or directory")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read and annotate every input, then write them all in the chosen format."""
    writer = WRITERS[args.format]
    directory = _output_directory(args.output)
    if directory is None and writer.one_per_output and len(args.files) > 1:
        raise OutputError(f"{args.format} holds one input per output: use -o DIRECTORY")
    docs = annotate_inputs(args)
    if directory is not None:
        write_files(_checked(_per_input(directory, docs, writer), args.files))
    elif args.output in (None, STDIN):
        terminal = writer.render_for_terminal if stdout_is_terminal() else None
        write_stdout((terminal or writer.render)(docs))
    else:
        write_files(_checked([(Path(args.output), writer.render(docs))], args.files))
    return EXIT_OK


def _output_directory(output: str | None) -> Path | None:
    """The directory -o names, if it names one; 'out/' with a trailing slash must be one."""
    if output is None or output == STDIN:
        return None
    if not output:
        raise OutputError("-o: empty path")
    if Path(output).is_dir():
        return Path(output)
    if output.endswith(("/", os.sep)):
        raise OutputError(f"{output}: no such directory")
    return None


def _per_input(
    directory: Path, docs: Sequence[NamedDocument], writer: Writer
) -> list[tuple[Path, str]]:
    """One output file per input; two inputs with the same name would overwrite each other."""
    outputs: dict[Path, str] = {}
    for named in docs:
        path = directory / f"{named.doc_id}{writer.suffix}"
        if path in outputs:
            raise OutputError(f"{path}: two inputs would both be written here")
        outputs[path] = writer.render([named])
    return list(outputs.items())


def _checked(outputs: list[tuple[Path, str]], inputs: Sequence[str]) -> list[tuple[Path, str]]:
    """The outputs, unless one of them would replace an input file."""
    for path, _ in outputs:
        for name in inputs:
            if name != STDIN and path.exists() and path.samefile(name):
                raise OutputError(f"{path}: would overwrite the input {name}")
    return outputs
