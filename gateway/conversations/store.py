"""Conversation state and transcript in Redis.

    conv:{id}          hash    channel, mode, sender_id, token_hash, category, risk ...
    conv:{id}:events   stream  inbound, outbound and system events, oldest first

Both expire ``RETENTION_DAYS`` after the last activity. A web conversation's
bearer token is kept only as a SHA-256 digest.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any, Literal

from redis.asyncio import Redis

Mode = Literal["bot", "human", "closed"]
Channel = Literal["web", "sms", "api"]


def state_key(conversation_id: str) -> str:
    return f"conv:{conversation_id}"


def events_key(conversation_id: str) -> str:
    return f"conv:{conversation_id}:events"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Conversation:
    id: str
    channel: Channel
    mode: Mode
    sender_id: str
    fields: dict[str, str]

    def get(self, name: str) -> str | None:
        return self.fields.get(name)


class ConversationStore:
    def __init__(self, redis: Redis, retention_seconds: int) -> None:
        self._redis = redis
        self._ttl = retention_seconds

    async def create_web(self) -> tuple[Conversation, str]:
        """A new web conversation and its bearer token (returned once, never stored)."""
        conversation_id = secrets.token_urlsafe(16)
        token = secrets.token_urlsafe(32)
        now = f"{time.time():.3f}"
        fields = {
            "channel": "web",
            "mode": "bot",
            # Random, so nothing a person typed or owns becomes their Rasa identity.
            "sender_id": f"web-{secrets.token_hex(16)}",
            "token_hash": _digest(token),
            "created_at": now,
            "updated_at": now,
        }
        key = state_key(conversation_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, self._ttl)
            await pipe.execute()
        return self._conversation(conversation_id, fields), token

    async def get_or_create_sms(
        self, conversation_id: str, sender_id: str, phone_encrypted: str
    ) -> Conversation:
        """The SMS conversation of a number (created on its first message). The
        number is kept only encrypted, and only to reply."""
        key = state_key(conversation_id)
        now = f"{time.time():.3f}"
        async with self._redis.pipeline(transaction=True) as pipe:
            for name, value in (
                ("channel", "sms"),
                ("mode", "bot"),
                ("sender_id", sender_id),
                ("created_at", now),
            ):
                pipe.hsetnx(key, name, value)
            pipe.hset(key, mapping={"phone_encrypted": phone_encrypted, "updated_at": now})
            pipe.expire(key, self._ttl)
            pipe.hgetall(key)
            results = await pipe.execute()
        return self._conversation(conversation_id, results[-1])

    async def get(self, conversation_id: str) -> Conversation | None:
        fields = await self._redis.hgetall(state_key(conversation_id))
        if not fields:
            return None
        return self._conversation(conversation_id, fields)

    @staticmethod
    def token_matches(conversation: Conversation, token: str) -> bool:
        expected = conversation.get("token_hash") or ""
        return bool(expected) and hmac.compare_digest(expected, _digest(token))

    async def update(self, conversation_id: str, **fields: str) -> None:
        key = state_key(conversation_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping={**fields, "updated_at": f"{time.time():.3f}"})
            pipe.expire(key, self._ttl)
            await pipe.execute()

    async def append_event(self, conversation_id: str, event_type: str, **data: Any) -> str:
        """Add to the transcript; returns the stream id (ordered, usable as a cursor)."""
        key = events_key(conversation_id)
        entry = {"type": event_type, "at": f"{time.time():.3f}", "data": json.dumps(data)}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(key, entry)
            pipe.expire(key, self._ttl)
            pipe.expire(state_key(conversation_id), self._ttl)
            result = await pipe.execute()
        return str(result[0])

    @staticmethod
    def decode_event(fields: dict[str, str]) -> dict[str, Any]:
        decoded: dict[str, Any] = json.loads(fields.get("data") or "{}")
        return {"type": fields.get("type"), "at": float(fields.get("at") or 0), **decoded}

    async def events(self, conversation_id: str, after: str = "-") -> list[dict[str, Any]]:
        start = after if after == "-" else f"({after}"
        rows = await self._redis.xrange(events_key(conversation_id), min=start)
        return [
            {"id": row_id, "type": f["type"], "at": float(f["at"]), **json.loads(f["data"])}
            for row_id, f in rows
        ]

    def lock(self, conversation_id: str) -> Any:
        """Serialise turns of one conversation across workers and processes."""
        return self._redis.lock(f"lock:conv:{conversation_id}", timeout=60, blocking_timeout=30)

    @staticmethod
    def _conversation(conversation_id: str, fields: dict[str, str]) -> Conversation:
        return Conversation(
            id=conversation_id,
            channel=fields.get("channel", "web"),  # type: ignore[arg-type]
            mode=fields.get("mode", "bot"),  # type: ignore[arg-type]
            sender_id=fields["sender_id"],
            fields=fields,
        )
