"""JSON Lines output: one compact object per document, for streaming and `grep`."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from chrono.writers.base import NamedDocument
from chrono.writers.json import record


def render(docs: Sequence[NamedDocument]) -> str:
    """One line per document, each the same object the json writer prints."""
    return dump_lines([record(named) for named in docs])


def dump_lines(records: Sequence[Mapping[str, Any]]) -> str:
    """One compact JSON object per line."""
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in records)
