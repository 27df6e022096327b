"""The one path every inbound message takes, whatever the channel.

1. Record the message in the conversation's event stream (durable first).
2. Start the risk screen and, in bot mode, the Rasa turn, concurrently.
   A message is also read in its conversation (``triage.risk.followup``):
   "yes" right after the safety question, or "he's outside" after a threat,
   is imminent.
3. If the screen (with the bot's intent as one more layer) says imminent or
   elevated, the safety reply replaces the bot's output, the bot's intake is
   stopped, and staff get an alert with the signals.
4. If Rasa fails or is late, a risk message still gets its safety reply; any
   other message gets the fail-safe reply and is kept for replay.
5. Record the replies and return them.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any

from redis.asyncio import Redis

from triage import staff_queue
from triage.categories import risk_level_rank
from triage.risk import RiskResult, merge_intent, screen_text
from triage.risk.followup import FIELDS, ConversationMemory

from ..rasa_client import BotTurn, BotUnavailable, RasaClient
from .replies import Reply, failsafe_reply, replies_from_turn, understanding
from .safety import safety_text
from .store import Conversation, ConversationStore

logger = logging.getLogger(__name__)

#: Messages Rasa could not take, to replay when it is back (oldest first).
REPLAY_KEY = "replay:pending"

#: The domain actions the gateway records in the bot's tracker after a safety reply,
#: so the bot's rules know what the resident was just asked.
SAFETY_ACTION = {"imminent": "utter_risk_safety", "elevated": "utter_safety_check"}


#: Conversation field: the risk kind the last reply asked the safety question about.
SAFETY_QUESTION_FIELD = FIELDS["asked_kind"]


@dataclass
class InboundResult:
    replies: list[Reply]
    mode: str
    risk: RiskResult
    turn: BotTurn | None = None


class InboundHandler:
    def __init__(
        self, store: ConversationStore, rasa: RasaClient, redis: Redis, retention_seconds: int
    ) -> None:
        self._store = store
        self._rasa = rasa
        self._redis = redis
        self._retention = retention_seconds

    async def handle(self, conversation: Conversation, text: str) -> InboundResult:
        async with self._store.lock(conversation.id):
            return await self._handle_locked(conversation, text)

    async def _handle_locked(self, conversation: Conversation, text: str) -> InboundResult:
        event_id = await self._store.append_event(
            conversation.id, "inbound", text=text, channel=conversation.channel
        )
        # Re-read: staff may have taken over while this message waited for the lock.
        current = await self._store.get(conversation.id) or conversation
        # The screen is CPU work (MiniLM); in a thread it overlaps the bot's turn.
        screening = asyncio.create_task(asyncio.to_thread(screen_text, text))

        turn: BotTurn | None = None
        bot_failed = False
        if current.mode == "bot":
            try:
                turn = await self._rasa.send(
                    current.sender_id,
                    text,
                    {"channel": current.channel, "conversation_id": current.id},
                )
            except BotUnavailable as exc:
                logger.warning("bot unavailable for conversation %s: %s", current.id, exc)
                bot_failed = True

        risk = await screening
        if turn is not None:
            risk = merge_intent(risk, turn.intent, turn.confidence)
        memory = ConversationMemory.from_fields(current.fields)
        # "yes" right after the safety question; "he's outside" after a threat
        risk = memory.read(risk, text)

        if risk.level != "none":
            replies = [Reply(text=safety_text(risk), metadata=understanding(turn))]
            await self._escalate(current, risk, event_id, bot_answered=turn is not None)
        elif bot_failed:
            replies = [failsafe_reply()]
            await self._keep_for_replay(current, event_id)
        elif turn is not None:
            replies = replies_from_turn(turn)
        else:
            replies = []  # human mode: staff answer (the message is in the transcript)

        for reply in replies:
            reply.metadata["risk"] = _risk_metadata(risk)
            await self._store.append_event(current.id, "outbound", **reply.to_dict())
        await self._remember_screen(current, memory, risk, text)
        if turn is not None:
            await self._remember(current.id, turn)
        return InboundResult(replies=replies, mode=current.mode, risk=risk, turn=turn)

    async def _escalate(
        self, conversation: Conversation, risk: RiskResult, event_id: str, *, bot_answered: bool
    ) -> None:
        priority: staff_queue.Priority = "urgent" if risk.level == "imminent" else "high"
        await self._store.append_event(conversation.id, "risk", event=event_id, **risk.to_dict())
        await staff_queue.enqueue(
            self._redis,
            conversation.id,
            priority,
            reason=f"risk: {risk.level} {risk.kind or ''}".strip(),
            ttl_seconds=self._retention,
            risk_level=risk.level,
            risk_kind=risk.kind or "",
            route=risk.route or "",
            signals=json.dumps(risk.signals),
            channel=conversation.channel,
        )
        # The conversation keeps its highest risk, whatever comes after.
        previous = conversation.get("risk_level") or "none"
        if risk_level_rank(risk.level) > risk_level_rank(previous):
            await self._store.update(
                conversation.id,
                risk_level=risk.level,
                risk_kind=risk.kind or "",
                risk_route=risk.route or "",
            )
        if bot_answered:
            await self._stop_intake(conversation, risk)

    async def _stop_intake(self, conversation: Conversation, risk: RiskResult) -> None:
        """Tell the bot what happened, so it does not carry on as if nothing had."""
        events: list[dict[str, Any]] = [
            {"event": "active_loop", "name": None},
            {"event": "slot", "name": "requested_slot", "value": None},
        ]
        if risk.level == "imminent":
            events.append({"event": "slot", "name": "in_danger", "value": True})
        events += [
            {"event": "action", "name": SAFETY_ACTION[risk.level]},
            {"event": "bot", "text": safety_text(risk)},
            {"event": "action", "name": "action_listen"},
        ]
        try:
            await self._rasa.append_events(conversation.sender_id, events)
        except BotUnavailable as exc:
            logger.warning("could not stop the intake of %s: %s", conversation.id, exc)

    async def _keep_for_replay(self, conversation: Conversation, event_id: str) -> None:
        await self._redis.rpush(REPLAY_KEY, f"{conversation.id}|{event_id}")
        await staff_queue.enqueue(
            self._redis,
            conversation.id,
            "normal",
            reason="the assistant was unavailable; a person promised to follow up",
            ttl_seconds=self._retention,
            channel=conversation.channel,
        )

    async def _remember_screen(
        self, conversation: Conversation, memory: ConversationMemory, risk: RiskResult, text: str
    ) -> None:
        """Keep what the next message is read with: the safety question just asked,
        the kinds flagged so far, the level of this message, someone announced."""
        before = memory.to_fields()
        after = memory.after(risk, text).to_fields()
        changed = {k: v for k, v in after.items() if v != before[k]}
        if changed:
            await self._store.update(conversation.id, **changed)

    async def _remember(self, conversation_id: str, turn: BotTurn) -> None:
        fields = {
            name: str(turn.slots[name]) for name in ("category", "borough") if turn.slots.get(name)
        }
        if fields:
            await self._store.update(conversation_id, **fields)


def _risk_metadata(risk: RiskResult) -> dict[str, Any]:
    return {"level": risk.level, "route": risk.route, "kind": risk.kind, "signals": risk.signals}
