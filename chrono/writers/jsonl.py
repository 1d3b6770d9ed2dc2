"""JSON Lines output: one compact object per document, for streaming and `grep`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from chrono.writers.base import NamedDocument
from chrono.writers.json import record


def render(docs: Sequence[NamedDocument]) -> str:
    """One line per document, each the same object the json writer prints."""
    return "".join(json.dumps(record(named), ensure_ascii=False) + "\n" for named in docs)
