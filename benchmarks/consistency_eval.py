"""Measure the consistency checks on TBAQ (TimeBank + AQUAINT, TempEval-3 training data).

- false alarms: every document annotated with its true DCT; the share of documents flagged, and
  each flag listed so it can be judged by hand (docs/consistency.md);
- detection: the same documents with the DCT moved 1, 2 and 5 years earlier and later; among the
  documents whose text carries at least one writing-date constraint, the share whose DCT is
  flagged as contradicted;
- the seed article: its flags and implied writing period.

Usage: python benchmarks/consistency_eval.py [--corpus DIR] [--seed FILE] [--json]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from chrono import Document, annotate

DEFAULT_CORPUS = Path("/work/shared/corpora/tbaq")
DEFAULT_SEED = Path("/work/shared/seeds/000_1955ec95a13c80b6.txt")
SHIFTS = (-5, -2, -1, 1, 2, 5)
DATELINE_KIND = "dateline-contradicted"

_DCT = re.compile(r"<DCT>\s*<TIMEX3[^>]*\bvalue=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True, slots=True)
class Article:
    """A TBAQ document: its name, true DCT and raw text (TEXT without tags, entities unescaped)."""

    name: str
    dct: date
    text: str


def read_article(path: Path) -> Article:
    """The DCT and raw text of a TimeML file, as TempEval-3 defines the raw text."""
    source = path.read_text(encoding="utf-8")
    dct = _DCT.search(source)
    body = _TEXT.search(source)
    if dct is None or body is None:
        raise ValueError(f"{path}: no DCT or TEXT")
    return Article(
        path.stem, date.fromisoformat(dct.group(1)), html.unescape(_TAG.sub("", body.group(1)))
    )


def read_corpus(root: Path) -> list[Article]:
    return [read_article(path) for path in sorted(root.glob("*/*.tml"))]


def false_alarms(articles: Sequence[Article]) -> dict[str, Any]:
    """Every flag raised with the true DCT, per document."""
    flagged: dict[str, list[dict[str, Any]]] = {}
    constrained = 0
    for article in articles:
        doc = annotate(article.text, article.dct)
        constrained += doc.implied_dct is not None
        if doc.flags:
            flagged[article.name] = [
                _flag_record(flag.to_dict(), article.text) for flag in doc.flags
            ]
    return {
        "documents": len(articles),
        "constrained": constrained,
        "flagged": len(flagged),
        "rate": len(flagged) / len(articles) if articles else 0.0,
        "flags": flagged,
    }


def detection(articles: Sequence[Article]) -> dict[str, Any]:
    """For each DCT shift, how many constrained documents get their DCT flagged."""
    constrained = [a for a in articles if annotate(a.text, a.dct).implied_dct is not None]
    rates: dict[str, Any] = {}
    for years in SHIFTS:
        hits = sum(
            _dateline_flagged(annotate(a.text, a.dct + relativedelta(years=years)))
            for a in constrained
        )
        rates[f"{years:+d}y"] = {
            "flagged": hits,
            "constrained": len(constrained),
            "rate": hits / len(constrained) if constrained else 0.0,
        }
    return {"constrained": [a.name for a in constrained], "shifts": rates}


def seed_result(path: Path) -> dict[str, Any]:
    doc = annotate(path.read_text(encoding="utf-8"))
    return {
        "dct": doc.dct.isoformat() if doc.dct else None,
        "implied_dct": doc.implied_dct,
        "flags": [flag.to_dict() for flag in doc.flags],
    }


def _dateline_flagged(doc: Document) -> bool:
    return any(flag.kind == DATELINE_KIND for flag in doc.flags)


def _flag_record(flag: dict[str, Any], text: str) -> dict[str, Any]:
    """The flag plus the sentence around its first evidence, for judging it by hand."""
    evidence = flag["evidence"]
    if evidence:
        start = max(0, evidence[0]["start"] - 150)
        end = min(len(text), evidence[-1]["end"] + 150)
        flag["context"] = " ".join(text[start:end].split())
    return flag


def _print_report(report: dict[str, Any]) -> None:
    alarms = report["false_alarms"]
    print(
        f"False alarms (true DCT): {alarms['flagged']}/{alarms['documents']} documents flagged"
        f" ({alarms['rate']:.1%}); {alarms['constrained']} carry a writing-date constraint"
    )
    for name, flags in alarms["flags"].items():
        for flag in flags:
            print(f"  {name}: {flag['severity']} {flag['kind']}: {flag['message']}")
            if "context" in flag:
                print(f"      ... {flag['context']} ...")
    found = report["detection"]
    print(f"\nDetection (DCT moved; {len(found['constrained'])} constrained documents):")
    for shift, row in found["shifts"].items():
        print(f"  {shift}: {row['flagged']}/{row['constrained']} ({row['rate']:.1%})")
    seed = report["seed"]
    print(f"\nSeed: DCT {seed['dct']}, implied {seed['implied_dct']}")
    for flag in seed["flags"]:
        texts = ", ".join(f'"{item["text"]}"' for item in flag["evidence"])
        print(f"  {flag['severity']} {flag['kind']} {flag['implied_dct']}: {texts}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    articles = read_corpus(args.corpus)
    report = {
        "false_alarms": false_alarms(articles),
        "detection": detection(articles),
        "seed": seed_result(args.seed),
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        _print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
