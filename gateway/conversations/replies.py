"""The shape of what the resident gets back, and the replies the gateway writes itself."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from triage.categories import category_for_intent

from ..rasa_client import BotTurn

FAILSAFE_TEXT = (
    "We got your message. Our assistant is having trouble right now, so a staff "
    "member will follow up with you. If anyone is in danger, call 911. For a mental "
    "health crisis, call or text 988. For other city services, call 311."
)


@dataclass
class Reply:
    text: str
    buttons: list[dict[str, str]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def understanding(turn: BotTurn | None) -> dict[str, Any]:
    """Metadata every reply carries: how the bot read the resident's message."""
    if turn is None:
        return {"intent": None, "confidence": None, "category": None}
    category = turn.slots.get("category") or category_for_intent(turn.intent)
    return {
        "intent": turn.intent,
        "confidence": round(turn.confidence, 4) if turn.confidence is not None else None,
        "category": category,
    }


def replies_from_turn(turn: BotTurn) -> list[Reply]:
    """One reply per bot text. Rasa sends an action's ``json_message`` as a message
    of its own right after the text it belongs to; it becomes that text's metadata."""
    base = understanding(turn)
    replies: list[Reply] = []
    for message in turn.messages:
        custom = message.get("custom")
        if isinstance(custom, dict) and replies and not message.get("text"):
            replies[-1].metadata.update(custom)
            continue
        text = message.get("text")
        if not text:
            continue
        buttons = [
            {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
            for b in message.get("buttons") or []
        ]
        replies.append(Reply(text=text, buttons=buttons, metadata=dict(base)))
    return replies


def failsafe_reply() -> Reply:
    return Reply(text=FAILSAFE_TEXT, metadata={**understanding(None), "failsafe": True})
