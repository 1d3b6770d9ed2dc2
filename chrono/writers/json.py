"""JSON output: `Document.to_dict()` plus the input's path, so the Python API and the CLI agree."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from chrono.writers.base import NamedDocument


def record(named: NamedDocument) -> dict[str, Any]:
    """The JSON object for one document, its path first."""
    return {"path": named.path, **named.doc.to_dict()}


def render(docs: Sequence[NamedDocument]) -> str:
    """One object for one document, an array for several."""
    data: Any = record(docs[0]) if len(docs) == 1 else [record(named) for named in docs]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
