"""Where the tests find TBAQ (TimeBank + AQUAINT): it is not shipped with chrono."""

from __future__ import annotations

import os
from pathlib import Path


def tbaq() -> Path | None:
    """TBAQ where CHRONO_TBAQ points, else beside the repository (as in CI), if present."""
    configured = os.environ.get("CHRONO_TBAQ")
    here = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "tbaq"
    corpus = Path(configured) if configured else here
    return corpus if corpus.is_dir() else None
