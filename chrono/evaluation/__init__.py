"""TempEval-3 Task A scoring of temporal expressions against gold TimeML (docs/evaluation.md).

matching pairs spans, scoring counts one document, corpus runs a system over gold files,
summary adds the results up and report renders them.
"""

from chrono.evaluation.corpus import DocumentResult, System, chrono_system, evaluate, gold_files
from chrono.evaluation.counts import Counts, Prf, prf
from chrono.evaluation.matching import Pair, align
from chrono.evaluation.mismatches import MismatchGroup, ValueMismatch
from chrono.evaluation.report import render_json, render_table
from chrono.evaluation.scoring import DocumentScore, score_document
from chrono.evaluation.summary import GroupSummary, by_group, by_type, value_errors

__all__ = [
    "Counts",
    "DocumentResult",
    "DocumentScore",
    "GroupSummary",
    "MismatchGroup",
    "Pair",
    "Prf",
    "System",
    "ValueMismatch",
    "align",
    "by_group",
    "by_type",
    "chrono_system",
    "evaluate",
    "gold_files",
    "prf",
    "render_json",
    "render_table",
    "score_document",
    "value_errors",
]
