"""The action server gets ready for the first resident on its own."""

from __future__ import annotations

from tests.support.stack import Stack


def test_action_server_loads_the_sentence_model_at_start(stack: Stack) -> None:
    # Loaded lazily, the model made the first resident offered services wait
    # about 10 s on a slow machine, and get the fail-safe reply instead.
    actions = stack.services["actions"]
    actions.wait_until(
        lambda: "resource matcher loaded" in actions.log_path.read_text(errors="replace"),
        timeout=180,
    )
