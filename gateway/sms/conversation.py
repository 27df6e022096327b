"""One inbound SMS, start to finish, except for sending: keywords, opt-out, media,
numbered answers, and the bot (through the shared inbound path)."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from triage import staff_queue

from ..conversations.inbound import SAFETY_QUESTION_FIELD
from ..conversations.replies import Reply
from ..conversations.store import Conversation, events_key, state_key
from ..lifespan import Services
from .identity import PhoneIdentity
from .keywords import keyword
from .texting import as_sms, numbered_options, option_payload, split_message

DELETE_CONFIRM_SECONDS = 600
AUDIT_STREAM = "audit"


def optout_key(sender_id: str) -> str:
    # Kept without expiry: an opt-out holds until START, and it holds no personal data.
    return f"sms:optout:{sender_id}"


def options_key(conversation_id: str) -> str:
    return f"sms:options:{conversation_id}"


@dataclass(frozen=True)
class OutgoingSms:
    body: str
    risk: str  # the risk level of the message it answers ("none", "elevated", "imminent")


class SmsConversation:
    def __init__(self, services: Services, identity: PhoneIdentity) -> None:
        self._services = services
        self._identity = identity
        self._redis = services.redis
        office = services.settings.office_name
        self.help_text = (
            f"{office}: help with neighbor, family and community problems. "
            "Emergency: call 911. Mental health crisis: call or text 988. "
            "Reply STOP to stop texts, DELETE to erase your data."
        )

    async def handle(self, number: str, body: str, num_media: int) -> list[OutgoingSms]:
        sender_id = self._identity.sender_id(number)
        conversation = await self._services.store.get_or_create_sms(
            self._identity.conversation_id(number), sender_id, self._identity.encrypt(number)
        )
        word = keyword(body)
        opted_out = bool(await self._redis.exists(optout_key(sender_id)))

        if word == "stop":
            return await self._opt_out(conversation, body)
        if opted_out:
            if word == "start":
                await self._redis.delete(optout_key(sender_id))
                return [OutgoingSms("You will get texts from us again. " + self.help_text, "none")]
            # Nothing is sent to an opted-out number; the message stays in the transcript.
            await self._services.store.append_event(conversation.id, "inbound", text=body)
            return []
        # "HELP" right after "Are you or anyone else in danger right now?" is a cry for
        # help, not the carrier keyword: it goes through the screen like any answer.
        if word == "help" and not conversation.get(SAFETY_QUESTION_FIELD):
            await self._services.store.append_event(conversation.id, "inbound", text=body)
            return [OutgoingSms(self.help_text, "none")]
        if word == "delete":
            return await self._delete(conversation)
        if not body.strip():
            if num_media:
                return [OutgoingSms(
                    "Sorry, I can only read text. Please describe what's going on in words. "
                    "If anyone is in danger, call 911.",
                    "none",
                )]  # fmt: skip
            return []

        text = await self._answer_to_options(conversation.id, body)
        result = await self._services.inbound.handle(conversation, text)
        return await self._as_sms(conversation.id, result.replies, result.risk.level)

    async def _answer_to_options(self, conversation_id: str, body: str) -> str:
        """A bare "2" answers the last numbered options with that button's payload."""
        stored = await self._redis.get(options_key(conversation_id))
        payload = option_payload(body, json.loads(stored)) if stored else None
        return payload or body

    async def _as_sms(
        self, conversation_id: str, replies: list[Reply], risk: str
    ) -> list[OutgoingSms]:
        out: list[OutgoingSms] = []
        payloads: list[str] = []
        for reply in replies:
            text = reply.text
            if reply.buttons:
                payloads = [b["payload"] for b in reply.buttons]
                text = f"{text}\n{numbered_options([b['title'] for b in reply.buttons])}"
            out += [OutgoingSms(part, risk) for part in split_message(as_sms(text))]
        key = options_key(conversation_id)
        if payloads:
            await self._redis.set(key, json.dumps(payloads), ex=86400)
        else:
            await self._redis.delete(key)
        return out

    async def _opt_out(self, conversation: Conversation, body: str) -> list[OutgoingSms]:
        await self._redis.set(optout_key(conversation.sender_id), f"{time.time():.0f}")
        await self._services.store.append_event(conversation.id, "inbound", text=body)
        await self._services.store.append_event(conversation.id, "opted_out")
        risk = conversation.get("risk_level") or "none"
        if risk != "none":
            # A resident in crisis who texts STOP must not simply vanish.
            await staff_queue.enqueue(
                self._redis,
                conversation.id,
                "urgent" if risk == "imminent" else "high",
                reason=f"resident texted STOP after {risk} risk",
                ttl_seconds=self._services.settings.retention_seconds,
                risk_level=risk,
                channel="sms",
            )
        return []  # Twilio confirms the opt-out to the phone itself

    async def _delete(self, conversation: Conversation) -> list[OutgoingSms]:
        pending = f"sms:delete_pending:{conversation.id}"
        if not await self._redis.exists(pending):
            await self._redis.set(pending, "1", ex=DELETE_CONFIRM_SECONDS)
            return [OutgoingSms(
                "This will erase your messages and details with us. "
                "To confirm, reply DELETE again within 10 minutes.",
                "none",
            )]  # fmt: skip
        sender_id = conversation.sender_id
        await self._redis.delete(
            pending,
            state_key(conversation.id),
            events_key(conversation.id),
            options_key(conversation.id),
            f"rasa:tracker:{sender_id}",
            staff_queue.item_key(conversation.id),
        )
        await self._redis.zrem(staff_queue.QUEUE_KEY, conversation.id)
        # Only the fact that an erase happened is kept.
        await self._redis.xadd(
            AUDIT_STREAM, {"type": "erase", "channel": "sms", "at": f"{time.time():.0f}"}
        )
        return [OutgoingSms("Your messages and details have been erased.", "none")]
