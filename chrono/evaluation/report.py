"""Rendering an evaluation: a plain-text table for people, JSON for scripts.

The table shows percentages with one decimal, as TempEval-3 papers do; JSON keeps fractions.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from chrono.evaluation.corpus import DocumentResult
from chrono.evaluation.counts import Counts
from chrono.evaluation.mismatches import MismatchGroup
from chrono.evaluation.summary import by_group, by_type, value_errors

_EXAMPLES_PER_ERROR = 3
_HEADER = (
    f"{'':<10} {'docs':>5} {'gold':>6} {'system':>6} |"
    f" {'strict P':>8} {'R':>5} {'F1':>5} | {'relaxed P':>9} {'R':>5} {'F1':>5} |"
    f" {'value F1':>8} {'type F1':>7} | {'seconds':>7}"
)


def render_table(results: Sequence[DocumentResult], errors: int = 0) -> str:
    """Per folder and overall, then per gold type, then the `errors` most frequent value errors."""
    lines = [_HEADER, "-" * len(_HEADER)]
    for group in by_group(results):
        lines.append(_row(group.name, group.counts, str(group.documents), f"{group.seconds:.2f}"))
    lines += ["", "by gold TIMEX type (all documents):", _HEADER, "-" * len(_HEADER)]
    lines += [
        _row(kind.value, counts, "", "").rstrip() for kind, counts in by_type(results).items()
    ]
    if errors > 0:
        lines += ["", *_error_lines(value_errors(results, errors))]
    return "\n".join(lines) + "\n"


def render_json(results: Sequence[DocumentResult], errors: int = 0) -> str:
    """Everything the table shows, plus every document's counts, as one JSON object."""
    report = {
        "groups": [
            {"name": g.name, "documents": g.documents, "seconds": g.seconds, **_scores(g.counts)}
            for g in by_group(results)
        ],
        "by_type": {kind.value: _scores(counts) for kind, counts in by_type(results).items()},
        "documents": [_document(result) for result in results],
        "value_errors": [_error_json(group) for group in value_errors(results, errors)],
    }
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _row(name: str, counts: Counts, documents: str, seconds: str) -> str:
    if counts.gold == 0 and counts.system == 0:  # nothing to score: no 100.0 for an empty row
        blank = _NOT_APPLICABLE
        return (
            f"{name:<10} {documents:>5} {0:>6} {0:>6} | {blank:>8} {blank:>5} {blank:>5} |"
            f" {blank:>9} {blank:>5} {blank:>5} | {blank:>8} {blank:>7} | {seconds:>7}"
        )
    strict, relaxed = counts.strict_scores, counts.relaxed_scores
    return (
        f"{name:<10} {documents:>5} {counts.gold:>6} {counts.system:>6} |"
        f" {_pct(strict.precision):>8} {_pct(strict.recall):>5} {_pct(strict.f1):>5} |"
        f" {_pct(relaxed.precision):>9} {_pct(relaxed.recall):>5} {_pct(relaxed.f1):>5} |"
        f" {_pct(counts.value_scores.f1):>8} {_pct(counts.type_scores.f1):>7} | {seconds:>7}"
    )


_NOT_APPLICABLE = "n/a"


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.1f}"


def _error_lines(groups: list[MismatchGroup]) -> list[str]:
    lines = [f"most frequent value errors, top {len(groups)} (gold form -> ours; 9 is any digit):"]
    for group in groups:
        lines.append(f"{len(group.examples):>5}  {group.gold_form} -> {group.system_form}")
        for example in group.examples[:_EXAMPLES_PER_ERROR]:
            lines.append(
                f"       {example.gold_text!r} gold {example.gold_value},"
                f" ours {example.system_text!r} {example.system_value} [{example.doc_id}]"
            )
            lines.append(f"         {example.sentence}")
    return lines


def _scores(counts: Counts) -> dict[str, Any]:
    return {
        "counts": asdict(counts),
        "strict": asdict(counts.strict_scores),
        "relaxed": asdict(counts.relaxed_scores),
        "value": asdict(counts.value_scores),
        "type": asdict(counts.type_scores),
    }


def _document(result: DocumentResult) -> dict[str, Any]:
    return {
        "path": str(result.path),
        "doc_id": result.gold.doc_id,
        "group": result.group,
        "seconds": result.seconds,
        **_scores(result.score.counts),
    }


def _error_json(group: MismatchGroup) -> dict[str, Any]:
    return {
        "gold_form": group.gold_form,
        "system_form": group.system_form,
        "count": len(group.examples),
        "examples": [asdict(example) for example in group.examples],
    }
