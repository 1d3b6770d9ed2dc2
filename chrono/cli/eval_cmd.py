"""`chrono eval`: score chrono against gold TimeML the way TempEval-3 Task A does.

Each gold document's raw text is annotated anchored at its own DCT (its dateline is ignored),
and the result is scored against its TIMEX3 annotations; docs/evaluation.md has the definitions.
"""

from __future__ import annotations

import argparse

from chrono.cli._command import Subparsers
from chrono.cli._io import write_stdout
from chrono.cli._status import EXIT_OK, warn
from chrono.evaluation import chrono_system, evaluate, gold_files, render_json, render_table

_EPILOG = """\
Each GOLD_PATH is a .tml file or a directory searched recursively for .tml files. The table
gives, per folder (e.g. TimeBank, AQUAINT) and for all documents together, strict and relaxed
extent precision/recall/F1, value F1 and type F1 in percent, and the seconds chrono took.

exit status: 0 success, 2 a missing path or a file that is not TimeML"""


def register(subparsers: Subparsers) -> None:
    """Add the `eval` subcommand."""
    parser = subparsers.add_parser(
        "eval",
        help="score chrono against gold TimeML (TempEval-3 Task A)",
        description="Annotate every gold TimeML document at its DCT and score the timexes.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="GOLD_PATH", help=".tml file or directory")
    parser.add_argument(
        "--format", choices=("table", "json"), default="table", help="default table"
    )
    parser.add_argument(
        "--errors",
        type=_count,
        default=0,
        metavar="N",
        help="also list the N most frequent kinds of value error, with examples (default 0)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the report."""
    results = evaluate(gold_files(args.paths), chrono_system)
    for result in results:
        if result.gold.dct is None:
            warn(f"{result.path}: no document creation time; its timexes are scored unanchored")
    render = render_json if args.format == "json" else render_table
    write_stdout(render(results, args.errors))
    return EXIT_OK


def _count(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {raw!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {raw!r}")
    return value
