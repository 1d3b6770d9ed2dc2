"""Running a system over gold TimeML documents and scoring each one.

A system is any function from a gold document to timexes, so chrono and a baseline such as
dateparser are measured by the same code. Documents are grouped by the folder they sit in
(TimeBank, AQUAINT), which is how TempEval-3 reports its training corpora.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from chrono.errors import ChronoError, InputError
from chrono.evaluation.scoring import DocumentScore, Scored, score_document
from chrono.pipeline import annotate
from chrono.timeml import GoldDocument, read_timeml

System = Callable[[GoldDocument], Sequence[Scored]]
Clock = Callable[[], float]


@dataclass(frozen=True, slots=True)
class DocumentResult:
    """One gold document's score, the folder it belongs to and the system's time on it."""

    path: Path
    group: str
    gold: GoldDocument
    score: DocumentScore
    seconds: float


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .tml files named by `paths` (files as given, directories searched recursively),
    without duplicates; raises InputError for a path that is missing or holds no .tml file."""
    found: dict[Path, None] = {}
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(path.rglob("*.tml"))
            if not inside:
                raise InputError(f"{path}: no .tml files in this directory")
            found.update(dict.fromkeys(inside))
        elif path.is_file():
            found[path] = None
        else:
            raise InputError(f"{path}: no such file or directory")
    return list(found)


def chrono_system(gold: GoldDocument) -> Sequence[Scored]:
    """chrono on the raw text, anchored at the gold DCT (the text's own dateline is ignored)."""
    return annotate(gold.text, gold.dct, find_dateline=False).timexes


def evaluate(
    files: Sequence[Path], system: System, clock: Clock = time.perf_counter
) -> list[DocumentResult]:
    """Read every file first (so a bad one fails fast), then run and score the system on each;
    only the system's own run is timed."""
    golds = [read_timeml(path) for path in files]
    results: list[DocumentResult] = []
    for path, gold in zip(files, golds, strict=True):
        started = clock()
        try:
            found = system(gold)
        except ChronoError as error:  # a DCT outside the supported years, say
            raise type(error)(f"{path}: {error}") from None
        seconds = clock() - started
        score = score_document(gold.timexes, found, gold.text, gold.doc_id)
        results.append(DocumentResult(path, path.resolve().parent.name, gold, score, seconds))
    return results
