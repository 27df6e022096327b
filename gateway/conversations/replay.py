"""Replay to the bot what it missed while it was down.

When Rasa fails or is late, the resident gets the fail-safe reply and the message
is kept in ``replay:pending``. Once Rasa answers again, each kept message is sent
to it in order, so the bot's memory of the conversation matches what the
resident wrote. The bot's answers go into the transcript (staff and the web
widget see them), marked ``replayed``; nothing is texted out of the blue, since
the resident was promised a person, and the conversation is in the staff queue.
"""

from __future__ import annotations

import asyncio
import logging

from redis.asyncio import Redis

from ..rasa_client import BotUnavailable, RasaClient
from .inbound import REPLAY_KEY
from .replies import replies_from_turn
from .store import ConversationStore

logger = logging.getLogger(__name__)

INTERVAL_SECONDS = 5.0


async def replay_pending(redis: Redis, store: ConversationStore, rasa: RasaClient) -> int:
    """Replay every kept message while Rasa answers; returns how many were replayed."""
    replayed = 0
    while (item := await redis.lpop(REPLAY_KEY)) is not None:
        conversation_id, _, event_id = str(item).partition("|")
        conversation = await store.get(conversation_id)
        rows = await redis.xrange(f"conv:{conversation_id}:events", min=event_id, max=event_id)
        if conversation is None or not rows:
            continue  # expired or erased meanwhile: nothing to replay
        text = store.decode_event(rows[0][1]).get("text", "")
        try:
            async with store.lock(conversation_id):
                turn = await rasa.send(
                    conversation.sender_id,
                    text,
                    {"channel": conversation.channel, "conversation_id": conversation_id},
                )
                for reply in replies_from_turn(turn):
                    reply.metadata["replayed"] = True
                    await store.append_event(conversation_id, "outbound", **reply.to_dict())
        except BotUnavailable:
            await redis.lpush(REPLAY_KEY, item)  # still down: keep it, first in line
            break
        replayed += 1
    return replayed


async def replay_forever(redis: Redis, store: ConversationStore, rasa: RasaClient) -> None:
    while True:
        await asyncio.sleep(INTERVAL_SECONDS)
        try:
            if await redis.llen(REPLAY_KEY) and await rasa.rasa_ready() is None:
                count = await replay_pending(redis, store, rasa)
                if count:
                    logger.info("replayed %d message(s) to the bot", count)
        except Exception:
            logger.exception("replay failed; will try again")
