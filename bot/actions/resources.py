"""Offer the resident the services that fit their situation (issue: resource directory)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rasa_sdk.executor import CollectingDispatcher


async def offer_resources(
    dispatcher: CollectingDispatcher,
    *,
    category: str | None,
    text: str,
    borough: str | None,
    channel: str,
) -> list[str]:
    """Utter the matching services; returns the ids offered (recorded on the conversation)."""
    from triage.matching import match  # loads the directory and the model on first use

    result = match(
        category or "info",
        text,
        borough if borough and borough != "unknown" else None,
        datetime.now(UTC),
    )
    lines: list[dict[str, Any]] = []
    for item in result.items:
        lines.append({"id": item.service.id})
    dispatcher.utter_message(text=result.summary_text(channel), json_message=None)
    return [line["id"] for line in lines]
