"""How fast chrono reads news text, next to a bare regex scan of the same text (and dateparser).

Run from the repository root:

    python benchmarks/throughput.py                 # a table
    python benchmarks/throughput.py --json          # one JSON object
    python benchmarks/throughput.py --size-mb 0.5 --repeat 2 --no-dateparser

The text is the raw text of the TimeML files under /work/shared/corpora/tbaq (the content of <TEXT>,
tags removed, entities unescaped), else corpus/documents/*.txt, else a built-in paragraph; it is
repeated up to --size-mb and cut into news-article-sized documents (about 4 KB, at paragraph or word
breaks). Everything runs in one process, and every figure is the best of --repeat timed passes after
one untimed warm-up pass:

- regex: one compiled pattern, `\\w+`, counted with finditer over the whole text; the floor for any
  tool that reads the text once (a one-pattern month-or-number scan is reported beside it);
- chrono: `chrono.annotate(document, dct)` for every document;
- chrono-one-line: the first 512 KB of the text as a single one-line document (one pass), a guard
  against steps whose cost grows with the square of a document's or a line's length;
- dateparser: `dateparser.search.search_dates` on the first --dateparser-kb of documents, as a peer.

KB means 1,024 bytes of UTF-8.
"""

from __future__ import annotations

import argparse
import html
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TBAQ = Path("/work/shared/corpora/tbaq")
OWN_DOCUMENTS = REPO / "corpus" / "documents"

_ONE_LINE_BYTES = 512 * 1024
WORD_SCAN = re.compile(r"\w+")
MONTH_OR_NUMBER_SCAN = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+)\b",
    re.IGNORECASE,
)

_TEXT_ELEMENT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_FALLBACK = (
    "WASHINGTON (AP) - The company said on Friday that profits rose 3 percent from a year ago, "
    "and it expects sales to grow in the third quarter. Three years ago the plant closed; it will "
    "reopen next month, officials said on Dec. 8, 2023, after talks that began in the 1990s.\n\n"
)


@dataclass(frozen=True)
class Measure:
    """One timed workload: the best of several passes over `kilobytes` of text."""

    name: str
    description: str
    kilobytes: float
    best_seconds: float
    runs: int
    items: int

    @property
    def kb_per_s(self) -> float:
        return self.kilobytes / self.best_seconds if self.best_seconds > 0 else float("inf")

    def to_dict(self) -> dict[str, Any]:
        fields = asdict(self)
        fields["kilobytes"] = round(self.kilobytes, 1)
        fields["best_seconds"] = round(self.best_seconds, 4)
        return {**fields, "kb_per_s": round(self.kb_per_s, 1)}


def tbaq_texts(root: Path) -> list[str]:
    """The raw text of each TimeML document: <TEXT> without tags, entities unescaped."""
    texts = []
    for path in sorted(root.rglob("*.tml")):
        found = _TEXT_ELEMENT.search(path.read_text(encoding="utf-8"))
        if found:
            texts.append(html.unescape(_TAG.sub("", found.group(1))).strip())
    return [text for text in texts if text]


def source_texts() -> tuple[str, list[str]]:
    """Where the text comes from, and the texts."""
    if TBAQ.is_dir() and (texts := tbaq_texts(TBAQ)):
        return f"TBAQ TimeML <TEXT> ({len(texts)} documents)", texts
    own = [path.read_text(encoding="utf-8") for path in sorted(OWN_DOCUMENTS.glob("*.txt"))]
    if own := [text.strip() for text in own if text.strip()]:
        return f"corpus/documents ({len(own)} documents)", own
    return "built-in paragraph", [_FALLBACK]


def build_text(texts: Sequence[str], size_bytes: int) -> str:
    """The texts joined by blank lines, repeated until the UTF-8 text reaches `size_bytes`."""
    pieces: list[str] = []
    total = 0
    while total < size_bytes:
        for text in texts:
            pieces.append(text)
            total += len(text.encode("utf-8")) + 2
            if total >= size_bytes:
                break
    return "\n\n".join(pieces)


def split_documents(text: str, target_chars: int) -> list[str]:
    """Cut `text` into documents of about `target_chars`: at the paragraph break nearest the target
    (within a quarter of it), else at a space."""
    documents = []
    start = 0
    slack = max(1, target_chars // 4)
    while start < len(text):
        end = start + target_chars
        if end < len(text):
            end = _break_near(text, end, slack, "\n\n") or _break_near(text, end, slack, " ") or end
        documents.append(text[start:end])
        start = end
    return [document for document in documents if document.strip()]


def _break_near(text: str, target: int, slack: int, separator: str) -> int | None:
    before = text.rfind(separator, target - slack, target)
    after = text.find(separator, target, target + slack)
    candidates = [index for index in (before, after) if index > 0]
    return min(candidates, key=lambda index: abs(index - target)) if candidates else None


def best_of(repeat: int, work: Callable[[], int]) -> tuple[float, int]:
    """Run `work` once untimed, then `repeat` times: the fastest time, and the last count."""
    count = work()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        count = work()
        best = min(best, time.perf_counter() - started)
    return best, count


def kilobytes(texts: Sequence[str]) -> float:
    return sum(len(text.encode("utf-8")) for text in texts) / 1024


def measure_regex(name: str, pattern: re.Pattern[str], text: str, repeat: int) -> Measure:
    def scan() -> int:
        return sum(1 for _ in pattern.finditer(text))

    seconds, matches = best_of(repeat, scan)
    description = (
        f"re.finditer({pattern.pattern[:40]!r}{'...' if len(pattern.pattern) > 40 else ''})"
    )
    return Measure(name, description, kilobytes([text]), seconds, repeat, matches)


def measure_chrono(
    documents: Sequence[str], dct: date, repeat: int, name: str = "chrono"
) -> tuple[Measure, int]:
    """chrono over every document; also how many documents raised (they are skipped, not hidden)."""
    import chrono

    failures: list[str] = []

    def run() -> int:
        failures.clear()
        found = 0
        for document in documents:
            try:
                found += len(chrono.annotate(document, dct).timexes)
            except Exception as error:  # a benchmark reports engine errors; it does not die on them
                failures.append(f"{type(error).__name__}: {error}")
        return found

    seconds, timexes = best_of(repeat, run)
    if failures:
        print(
            f"warning: annotate raised on {len(failures)} documents, e.g. {failures[0]}",
            file=sys.stderr,
        )
    description = f"chrono.annotate(document, {dct.isoformat()}) on {len(documents)} documents"
    return Measure(name, description, kilobytes(documents), seconds, repeat, timexes), len(failures)


def measure_dateparser(
    documents: Sequence[str], dct: date, budget_kb: float, repeat: int
) -> Measure | None:
    """search_dates on the first `budget_kb` of documents; None without dateparser."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    chosen: list[str] = []
    for document in documents:
        if chosen and kilobytes([*chosen, document]) > budget_kb:
            break
        chosen.append(document)
    settings = {"RELATIVE_BASE": datetime.combine(dct, datetime.min.time())}

    def run() -> int:
        found = 0
        for document in chosen:
            found += len(search_dates(document, languages=["en"], settings=settings) or ())
        return found

    seconds, matches = best_of(repeat, run)
    description = f"dateparser.search.search_dates on {len(chosen)} documents"
    return Measure("dateparser", description, kilobytes(chosen), seconds, repeat, matches)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=float, default=2.0, help="text size in MB (default 2)")
    parser.add_argument("--doc-kb", type=float, default=4.0, help="document size in KB (default 4)")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed passes per workload (best wins)"
    )
    parser.add_argument(
        "--dct", type=date.fromisoformat, default=date(1998, 2, 6), help="anchor date"
    )
    parser.add_argument("--dateparser-kb", type=float, default=50.0, help="dateparser's text, KB")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    if args.size_mb <= 0 or args.doc_kb <= 0 or args.repeat < 1:
        parser.error("--size-mb and --doc-kb must be positive, --repeat at least 1")
    return args


def run(args: argparse.Namespace) -> dict[str, Any]:
    source, texts = source_texts()
    text = build_text(texts, int(args.size_mb * 1024 * 1024))
    documents = split_documents(text, int(args.doc_kb * 1024))
    regex = measure_regex("regex", WORD_SCAN, text, args.repeat)
    months = measure_regex("regex-month-number", MONTH_OR_NUMBER_SCAN, text, args.repeat)
    chrono_measure, failures = measure_chrono(documents, args.dct, args.repeat)
    # The same text as one document on one line: its rate must stay near the 4 KB documents' rate,
    # which a step that rereads the whole line or document for each expression would not.
    one_line = text[:_ONE_LINE_BYTES].replace("\n", " ")
    long_measure, _ = measure_chrono([one_line], args.dct, 1, "chrono-one-line")
    peer = None
    if not args.no_dateparser:
        peer = measure_dateparser(documents, args.dct, args.dateparser_kb, args.repeat)
    measures = [regex, months, chrono_measure, long_measure] + ([peer] if peer else [])
    return {
        "source": source,
        "text_kb": round(kilobytes([text]), 1),
        "documents": len(documents),
        "mean_document_kb": round(kilobytes(documents) / len(documents), 2),
        "dct": args.dct.isoformat(),
        "python": platform.python_version(),
        "measures": [measure.to_dict() for measure in measures],
        "chrono_errors": failures,
        "ratio_chrono_to_regex": round(chrono_measure.best_seconds / regex.best_seconds, 1)
        if regex.best_seconds > 0
        else None,
    }


def render(report: dict[str, Any]) -> str:
    lines = [
        f"text: {report['source']}, {report['text_kb']} KB in {report['documents']} documents "
        f"(mean {report['mean_document_kb']} KB), dct {report['dct']}, Python {report['python']}",
        f"{'workload':<20}{'KB/s':>12}{'best s':>10}{'items':>10}  what",
    ]
    for measure in report["measures"]:
        lines.append(
            f"{measure['name']:<20}{measure['kb_per_s']:>12,.1f}{measure['best_seconds']:>10.3f}"
            f"{measure['items']:>10}  {measure['description']}"
        )
    lines.append(
        f"chrono takes {report['ratio_chrono_to_regex']}x the time of the \\w+ regex scan"
        + (
            f"; annotate raised on {report['chrono_errors']} documents"
            if report["chrono_errors"]
            else ""
        )
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = run(args)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
