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
import json
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from chrono import Document, annotate
from chrono.timeml.reader import read_timeml

DEFAULT_CORPUS = Path("/work/shared/corpora/tbaq")
DEFAULT_SEED = Path("/work/shared/seeds/000_1955ec95a13c80b6.txt")
SHIFTS = (-5, -2, -1, 1, 2, 5)
DATELINE_KIND = "dateline-contradicted"

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus" / "consistency"


@dataclass(frozen=True, slots=True)
class Article:
    """A document to check: its name, true DCT and raw text."""

    name: str
    dct: date
    text: str


def read_corpus(root: Path) -> list[Article]:
    """Every TBAQ document with a DCT, read by chrono.timeml (TempEval-3's raw text)."""
    articles = []
    for path in sorted(root.glob("*/*.tml")):
        gold = read_timeml(path)
        if gold.dct is not None:
            articles.append(Article(path.stem, gold.dct, gold.text))
    return articles


def read_own_corpus(root: Path) -> list[Article]:
    """The documents of corpus/consistency that are consistent as written (no expected flag),
    with their DCT: the given one, or the dateline's."""
    articles = []
    for spec in sorted(root.glob("*.toml")):
        data = tomllib.loads(spec.read_text(encoding="utf-8"))
        if data.get("flag"):
            continue
        text = spec.with_suffix(".txt").read_text(encoding="utf-8")
        dct = annotate(text).dct if data["dct"] == "dateline" else date.fromisoformat(data["dct"])
        if dct is not None:
            articles.append(Article(spec.stem, dct, text))
    return articles


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
        "flags": flagged,
    }


def detection(articles: Sequence[Article]) -> dict[str, Any]:
    """For each DCT shift: among the documents whose text constrains its writing date, how many
    get a dateline-contradicted flag; among all documents, how many get any flag (the tense and
    weekday checks also notice a moved DCT), by kind."""
    constrained = {a.name for a in articles if annotate(a.text, a.dct).implied_dct is not None}
    shifts: dict[str, Any] = {}
    for years in SHIFTS:
        docs = {a.name: annotate(a.text, a.dct + relativedelta(years=years)) for a in articles}
        kinds: dict[str, int] = {}
        for doc in docs.values():
            for kind in sorted({flag.kind for flag in doc.flags}):
                kinds[kind] = kinds.get(kind, 0) + 1
        missed = sorted(name for name in constrained if not _dateline_flagged(docs[name]))
        shifts[f"{years:+d}y"] = {
            "constrained_flagged": len(constrained) - len(missed),
            "constrained_missed": missed,
            "any_flagged": sum(1 for doc in docs.values() if doc.flags),
            "documents_by_kind": kinds,
        }
    return {"documents": len(articles), "constrained": sorted(constrained), "shifts": shifts}


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
        f" ({_share(alarms['flagged'], alarms['documents'])}); {alarms['constrained']} carry a"
        " writing-date constraint"
    )
    for name, flags in alarms["flags"].items():
        for flag in flags:
            print(f"  {name}: {flag['severity']} {flag['kind']}: {flag['message']}")
            if "context" in flag:
                print(f"      ... {flag['context']} ...")
    for title, key in (("TBAQ", "detection"), ("corpus/consistency", "own_detection")):
        _print_detection(title, report[key])
    seed = report["seed"]
    print(f"\nSeed: DCT {seed['dct']}, implied {seed['implied_dct']}")
    for flag in seed["flags"]:
        texts = ", ".join(f'"{item["text"]}"' for item in flag["evidence"])
        print(f"  {flag['severity']} {flag['kind']} {flag['implied_dct']}: {texts}")


def _print_detection(title: str, found: dict[str, Any]) -> None:
    total = found["documents"]
    constrained = len(found["constrained"])
    print(f"\nDetection on {title}, DCT moved ({constrained}/{total} documents constrained):")
    for shift, row in found["shifts"].items():
        kinds = ", ".join(f"{kind} {count}" for kind, count in row["documents_by_kind"].items())
        print(
            f"  {shift}: constrained {row['constrained_flagged']}/{constrained}"
            f" ({_share(row['constrained_flagged'], constrained)});"
            f" any flag {row['any_flagged']}/{total} ({_share(row['any_flagged'], total)})"
            f" [{kinds}]"
        )
        if row["constrained_missed"]:
            print(f"      missed: {', '.join(row['constrained_missed'])}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "n/a"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    parser.add_argument("--own", type=Path, default=CORPUS_DIR, help="corpus/consistency")
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    args = parser.parse_args(argv)
    articles = read_corpus(args.corpus)
    report = {
        "false_alarms": false_alarms(articles),
        "detection": detection(articles),
        "own_detection": detection(read_own_corpus(args.own)),
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
