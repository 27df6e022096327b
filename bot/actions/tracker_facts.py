"""Facts the actions read off a tracker (small, pure helpers)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker


def latest_intent(tracker: Tracker) -> tuple[str | None, float]:
    intent = tracker.latest_message.get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def conversation_id(tracker: Tracker) -> str:
    """The gateway's conversation id (sent in message metadata), else the sender id."""
    metadata: dict[str, Any] = tracker.latest_message.get("metadata") or {}
    return str(metadata.get("conversation_id") or tracker.sender_id)


def previous_user_intent(tracker: Tracker) -> str | None:
    """The intent of the user message before the latest one."""
    seen = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen += 1
            if seen == 2:
                return (event.get("parse_data", {}).get("intent") or {}).get("name")
    return None
