"""The dateparser baseline: dateparser's search_dates scored like chrono on gold TimeML.

    python benchmarks/dateparser_eval.py [GOLD_PATH ...] [--format table|json] [--errors N]

Without GOLD_PATH it reads TBAQ from $CHRONO_TBAQ or ../shared/corpora/tbaq beside the repo.
search_dates only returns (substring, datetime) pairs, so each pair becomes a DATE (a TIME when
the substring holds a clock time) whose value is written at the grain the substring shows: a
bare year as YYYY, a month without a day as YYYY-MM, a week as YYYY-Www, else the day. The span
is the substring as search_dates returns it, function words it took along included.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from chrono.errors import ChronoError
from chrono.evaluation import evaluate, gold_files, render_json, render_table
from chrono.model import Timex, TimexType
from chrono.timeml import GoldDocument

_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_CLOCK = re.compile(r"\d{1,2}:\d{2}|\b\d{1,2}\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b", re.I)
_YEAR_ONLY = re.compile(r"\d{4}")
_MONTH = re.compile(rf"\b(?:{_MONTH_NAMES})\b|\bmonths?\b", re.I)
_DAY_NUMBER = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b|\d+/\d+", re.I)
_WEEK = re.compile(r"\bweeks?\b", re.I)
_YEAR_WORD = re.compile(r"\byears?\b", re.I)
# search_dates often takes a neighbouring function word along ("in 1995", "this month of").
_FUNCTION_WORDS = r"(?:in|on|of|the|and|at|by|since|for|from|to|until|after|before|during)"
_EDGE_WORDS = re.compile(rf"^(?:{_FUNCTION_WORDS}\s+)+|(?:\s+{_FUNCTION_WORDS})+$", re.I)


def default_corpus() -> Path:
    """TBAQ as CI lays it out: shared/ beside the repository, unless CHRONO_TBAQ says otherwise."""
    configured = os.environ.get("CHRONO_TBAQ")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"


def dateparser_system(gold: GoldDocument) -> list[Timex]:
    """search_dates on the raw text, relative to the DCT, preferring the past, English only."""
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if gold.dct_value is not None:
        settings["RELATIVE_BASE"] = datetime.fromisoformat(gold.dct_value)
    found: list[tuple[str, datetime]] = (
        search_dates(gold.text, languages=["en"], settings=settings) or []
    )
    timexes: list[Timex] = []
    cursor = 0
    for substring, moment in found:
        start = _locate(gold.text, substring, cursor)
        if start is None:
            continue
        cursor = start + len(substring)
        kind, value = _typed_value(substring, moment)
        timexes.append(Timex(f"t{len(timexes) + 1}", start, cursor, substring, kind, value))
    return timexes


def _locate(text: str, substring: str, cursor: int) -> int | None:
    """The substring's offset at or after `cursor`, preferring a whole-word occurrence."""
    whole = re.search(rf"(?<!\w){re.escape(substring)}(?!\w)", text[cursor:])
    if whole is not None:
        return cursor + whole.start()
    start = text.find(substring, cursor)
    return start if start >= 0 else None


def _typed_value(substring: str, moment: datetime) -> tuple[TimexType, str]:
    """The TIMEX3 type and value at the grain the substring names (function words aside)."""
    words = _EDGE_WORDS.sub("", substring.strip())
    if _CLOCK.search(words):
        return TimexType.TIME, moment.strftime("%Y-%m-%dT%H:%M")
    if _YEAR_ONLY.fullmatch(words):
        return TimexType.DATE, f"{moment.year:04d}"
    without_year = re.sub(r"\b\d{4}\b", "", words)
    if _MONTH.search(words) and not _DAY_NUMBER.search(without_year):
        return TimexType.DATE, f"{moment.year:04d}-{moment.month:02d}"
    if _WEEK.search(words):
        year, week, _ = moment.isocalendar()
        return TimexType.DATE, f"{year:04d}-W{week:02d}"
    if _YEAR_WORD.search(words):
        return TimexType.DATE, f"{moment.year:04d}"
    return TimexType.DATE, moment.strftime("%Y-%m-%d")


def main(argv: Sequence[str] | None = None) -> int:
    """Score the baseline and print the same report `chrono eval` prints."""
    parser = argparse.ArgumentParser(description="Score dateparser's search_dates on gold TimeML.")
    parser.add_argument("paths", nargs="*", metavar="GOLD_PATH", help="default: TBAQ")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument("--errors", type=int, default=0, metavar="N")
    args = parser.parse_args(argv)
    try:
        results = evaluate(gold_files(args.paths or [default_corpus()]), dateparser_system)
    except ChronoError as error:
        print(f"dateparser_eval: error: {error}", file=sys.stderr)
        return 2
    render = render_json if args.format == "json" else render_table
    sys.stdout.write(render(results, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
