"""all-MiniLM-L6-v2 run by ONNX Runtime: the same vectors, in less than half the time.

The risk screen embeds every message, and on two cores the model is most of
its latency. PyTorch runs a short sentence through MiniLM in about 23 ms on an
AMD EPYC, ONNX Runtime in about 10 ms (p99 33 against 14 ms), and the vectors
agree to a cosine of 1.000000 (``docs/benchmarks.md``), so the exemplar
thresholds and the learned layers read them unchanged.

The model is exported from the loaded PyTorch weights once, with mean pooling
and normalisation inside the graph, and kept under ``var/cache/`` by a key
of the model and the library versions. Anything that goes wrong here (the
package missing, the export failing) leaves ``triage.embedding`` on PyTorch.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from triage.cache import cache_dir

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

#: Texts per run, as sentence-transformers batches them (sorted by length, so
#: that a batch pads to little).
BATCH_SIZE = 32
_OPSET = 17
#: Part of the cache key: a change to how the model is exported exports it again.
_EXPORT_VERSION = 2


class OnnxEmbedder:
    """Embeds texts with an ONNX export of a loaded sentence-transformers model."""

    def __init__(self, model: SentenceTransformer, model_name: str) -> None:
        import onnxruntime

        self._tokenizer = model.tokenizer
        self._max_length = int(model.max_seq_length or 256)
        path = _exported(model, model_name)
        options = onnxruntime.SessionOptions()
        # One thread, as for PyTorch (``triage.embedding``): two cores serve
        # several processes, and a short sentence gains nothing from a second.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = onnxruntime.InferenceSession(
            str(path), options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 rows, in the order of ``texts``."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        rows = np.zeros((len(texts), _dimensions(self._session)), dtype=np.float32)
        for first in range(0, len(order), BATCH_SIZE):
            batch = order[first : first + BATCH_SIZE]
            tokens = self._tokenizer(
                [texts[i] for i in batch],
                padding=True,
                truncation=True,
                max_length=self._max_length,
                return_tensors="np",
            )
            (vectors,) = self._session.run(
                None,
                {
                    "input_ids": tokens["input_ids"].astype(np.int64),
                    "attention_mask": tokens["attention_mask"].astype(np.int64),
                },
            )
            rows[batch] = vectors
        return rows


def _dimensions(session: Any) -> int:
    return int(session.get_outputs()[0].shape[-1])


_export_lock = threading.Lock()


def _exported(model: SentenceTransformer, model_name: str) -> Path:
    """The ONNX file for ``model``, exported on first use."""
    import onnxruntime
    import torch
    import transformers

    key = "\n".join(
        [model_name, torch.__version__, transformers.__version__, onnxruntime.__version__]
    )
    digest = hashlib.sha256(f"{key}\n{_OPSET}\n{_EXPORT_VERSION}".encode()).hexdigest()[:16]
    path = cache_dir() / f"minilm-{digest}.onnx"
    with _export_lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.part")
            _export(model, partial)
            partial.replace(path)  # atomic: another process never reads half a file
    return path


def _export(model: SentenceTransformer, path: Path) -> None:
    import torch

    class Pooled(torch.nn.Module):
        """The transformer, then sentence-transformers' mean pooling and normalisation."""

        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    # Traced on a padded batch: any branch the library takes on the mask is then
    # taken as it must be for padded batches (an all-ones mask changes nothing).
    sample = model.tokenizer(
        ["a sentence to trace the model with", "and a shorter one"],
        padding=True,
        return_tensors="pt",
    )
    transformer: torch.nn.Module = model[0].auto_model  # type: ignore[assignment]
    pooled = Pooled(transformer).eval()
    with torch.no_grad():
        torch.onnx.export(
            pooled,
            (sample["input_ids"], sample["attention_mask"]),
            str(path),
            input_names=["input_ids", "attention_mask"],
            output_names=["embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "tokens"},
                "attention_mask": {0: "batch", 1: "tokens"},
            },
            opset_version=_OPSET,
            dynamo=False,
        )
