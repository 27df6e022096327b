"""The one path every inbound message takes, whatever the channel.

1. Record the message in the conversation's event stream (durable first).
2. In bot mode, run the Rasa turn (with a deadline).
3. If Rasa fails or is late, answer with the fail-safe reply and keep the message
   for replay, so nobody is left without an answer.
4. Record the replies and return them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from ..rasa_client import BotTurn, BotUnavailable, RasaClient
from .replies import Reply, failsafe_reply, replies_from_turn
from .store import Conversation, ConversationStore

logger = logging.getLogger(__name__)

#: Messages Rasa could not take, to replay when it is back (oldest first).
REPLAY_KEY = "replay:pending"


@dataclass
class InboundResult:
    replies: list[Reply]
    mode: str
    turn: BotTurn | None = None
    state: dict[str, Any] = field(default_factory=dict)


class InboundHandler:
    def __init__(self, store: ConversationStore, rasa: RasaClient, redis: Redis) -> None:
        self._store = store
        self._rasa = rasa
        self._redis = redis

    async def handle(self, conversation: Conversation, text: str) -> InboundResult:
        async with self._store.lock(conversation.id):
            return await self._handle_locked(conversation, text)

    async def _handle_locked(self, conversation: Conversation, text: str) -> InboundResult:
        event_id = await self._store.append_event(
            conversation.id, "inbound", text=text, channel=conversation.channel
        )
        # Re-read: staff may have taken over while this message waited for the lock.
        current = await self._store.get(conversation.id) or conversation
        if current.mode != "bot":
            return InboundResult(replies=[], mode=current.mode)

        turn: BotTurn | None = None
        try:
            turn = await self._rasa.send(
                current.sender_id,
                text,
                {"channel": current.channel, "conversation_id": current.id},
            )
            replies = replies_from_turn(turn)
        except BotUnavailable as exc:
            logger.warning("bot unavailable for conversation %s: %s", conversation.id, exc)
            await self._redis.rpush(REPLAY_KEY, f"{conversation.id}|{event_id}")
            replies = [failsafe_reply()]

        for reply in replies:
            await self._store.append_event(conversation.id, "outbound", **reply.to_dict())
        if turn is not None:
            await self._remember(conversation.id, turn)
        return InboundResult(replies=replies, mode=current.mode, turn=turn)

    async def _remember(self, conversation_id: str, turn: BotTurn) -> None:
        fields = {
            name: str(turn.slots[name]) for name in ("category", "borough") if turn.slots.get(name)
        }
        if fields:
            await self._store.update(conversation_id, **fields)
