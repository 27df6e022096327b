"""Where derived files (embeddings, fitted layers, the exported model) are kept."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """``TRIAGE_CACHE_DIR`` if set (benchmarks measure cold starts with a temporary
    one), else ``var/cache/`` in the repository."""
    configured = os.environ.get("TRIAGE_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[1] / "var" / "cache"
