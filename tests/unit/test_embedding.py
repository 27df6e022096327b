"""The shared MiniLM model: the CPU pin is in effect and changes no embedding, and
ONNX Runtime gives the vectors PyTorch gives."""

from __future__ import annotations

import numpy as np
import pytest

from triage import embedding
from triage.embedding import backend, embed, embed_with_torch, get_model, pin_to_cpu


def test_pinning_the_model_to_the_cpu_leaves_every_embedding_unchanged() -> None:
    texts = ["huele mucho a gas en el pasillo", "he has a gun", "where can I get a mediator?"]
    model = get_model()
    # the pin is an instance attribute over the library's method; without it the
    # speed-up is silently lost (a renamed method in a new release, say)
    assert "_resolve_inference_device" in vars(model)
    pinned = embed_with_torch(texts)
    del model._resolve_inference_device  # the library's own device check again
    try:
        reference = embed_with_torch(texts)
    finally:
        pin_to_cpu(model)
    assert np.array_equal(pinned, reference)


_TEXTS = [
    "my neighbor is screaming and i hear glass breaking",
    "ok",
    "tengo las pastillas aquí al lado y ya no quiero seguir",
    "where can we find a mediator for the noise upstairs? it has been months " * 8,
    "🔥🔥 this party is fire lol",
]


def test_onnx_runtime_embeds_and_gives_the_vectors_pytorch_gives() -> None:
    assert backend() == "onnxruntime"
    fast, reference = embed(_TEXTS), embed_with_torch(_TEXTS)
    assert fast.shape == reference.shape == (len(_TEXTS), embedding.DIMENSIONS)
    # the exemplar thresholds and the learned layers were fitted on PyTorch's vectors
    assert float((fast * reference).sum(axis=1).min()) > 0.99999
    np.testing.assert_allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)


def test_a_batch_and_its_texts_one_by_one_get_the_same_vectors() -> None:
    # texts are sorted by length into batches and padded; rows come back in order
    batch = embed(_TEXTS)
    alone = np.stack([embed([text])[0] for text in _TEXTS])
    np.testing.assert_allclose(batch, alone, atol=1e-5)


def test_the_torch_backend_is_used_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRIAGE_EMBEDDING", "torch")
    monkeypatch.setattr(embedding, "_onnx_tried", False)
    monkeypatch.setattr(embedding, "_onnx_embedder", None)
    assert backend() == "torch"
    assert np.array_equal(embed(_TEXTS[:2]), embed_with_torch(_TEXTS[:2]))


class _Broken:
    def embed(self, texts: list[str]) -> np.ndarray:
        raise RuntimeError("session lost")


def test_a_failing_onnx_runtime_falls_back_to_torch(monkeypatch: pytest.MonkeyPatch) -> None:
    backend()  # the embedder built (or found missing) first
    monkeypatch.setattr(embedding, "_onnx_embedder", _Broken())
    assert np.array_equal(embed(_TEXTS[:2]), embed_with_torch(_TEXTS[:2]))
