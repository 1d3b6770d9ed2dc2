"""The `chrono` command line. Each subcommand is a module with `register(subparsers)`; adding one
means adding its module and listing its `register` in COMMANDS."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from importlib import metadata
from typing import Any, NoReturn

from chrono.cli import annotate, check, eval_cmd
from chrono.cli._command import Register, Run
from chrono.cli._status import guarded
from chrono.errors import ChronoError

COMMANDS: tuple[Register, ...] = (annotate.register, eval_cmd.register, check.register)
_DISTRIBUTION = "chrono-timex"


class UsageError(ChronoError):
    """A command line argparse cannot read."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (ending in where to read more), and an option
    must be spelled out: an abbreviation that works today may become ambiguous tomorrow."""

    def __init__(self, **options: Any) -> None:
        options.setdefault("allow_abbrev", False)
        super().__init__(**options)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The top-level parser with every subcommand in COMMANDS."""
    parser: argparse.ArgumentParser = _Parser(
        prog="chrono",
        description="Find English temporal expressions, anchor them to a document creation time,"
        " and emit TIMEX3 values and ISO 8601 intervals.",
    )
    parser.add_argument("--version", action="version", version=f"chrono {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    for register in COMMANDS:
        register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status (the console script passes it to
    sys.exit): 0 on success, 2 for bad input or usage, 130 when interrupted."""
    return guarded(lambda: _dispatch(argv))


def _version() -> str:
    try:
        return metadata.version(_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "(not installed)"


def _dispatch(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    run: Run = args.run
    return run(args)


__all__ = ["COMMANDS", "build_parser", "main"]
