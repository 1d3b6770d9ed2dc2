"""JSON output: `Document.to_dict()` plus the input's path, so the Python API and the CLI agree."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from chrono.writers.base import NamedDocument


def record(named: NamedDocument) -> dict[str, Any]:
    """The JSON object for one document, its path first."""
    return {"path": named.path, **named.doc.to_dict()}


def render(docs: Sequence[NamedDocument]) -> str:
    """One object for one document, an array for several."""
    return dump_records([record(named) for named in docs])


def dump_records(records: Sequence[Mapping[str, Any]]) -> str:
    """Indented JSON: one object for one record, an array for several (or none)."""
    data: Any = records[0] if len(records) == 1 else list(records)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
