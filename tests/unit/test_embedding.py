"""The shared MiniLM model: the CPU pin is in effect and changes no embedding."""

from __future__ import annotations

import numpy as np

from triage.embedding import embed, get_model, pin_to_cpu


def test_pinning_the_model_to_the_cpu_leaves_every_embedding_unchanged() -> None:
    texts = ["huele mucho a gas en el pasillo", "he has a gun", "where can I get a mediator?"]
    model = get_model()
    # the pin is an instance attribute over the library's method; without it the
    # speed-up is silently lost (a renamed method in a new release, say)
    assert "_resolve_inference_device" in vars(model)
    pinned = embed(texts)
    del model._resolve_inference_device  # the library's own device check again
    try:
        reference = embed(texts)
    finally:
        pin_to_cpu(model)
    assert np.array_equal(pinned, reference)
