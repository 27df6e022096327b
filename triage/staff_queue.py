"""The staff queue: conversations waiting for a person, most urgent first.

    staff:queue              sorted set  member = conversation id,
                                         score = priority * 10^13 + enqueue time in ms
                                         (lower first: urgent before high before normal,
                                         then oldest first)
    staff:queue:item:{id}    hash        why it is waiting (reason, category, risk, signals)
    staff:alerts             stream      every enqueue, for the console's live feed

Re-queueing a conversation never lowers its priority nor resets its place in line
(``ZADD LT``). Shared by the gateway (safety alerts) and the bot's actions
(``request_human``); nothing here stores a message body or a phone number.
"""

from __future__ import annotations

import json
import time
from typing import Any, Literal

from redis.asyncio import Redis

Priority = Literal["urgent", "high", "normal"]
PRIORITIES: dict[str, int] = {"urgent": 0, "high": 1, "normal": 2}
QUEUE_KEY = "staff:queue"
ALERTS_KEY = "staff:alerts"
_SLOT = 10**13  # wider than any millisecond timestamp this century


def item_key(conversation_id: str) -> str:
    return f"staff:queue:item:{conversation_id}"


def score(priority: str, at_ms: int) -> float:
    return float(PRIORITIES[priority] * _SLOT + at_ms)


def priority_of(score_value: float) -> str:
    rank = int(score_value // _SLOT)
    return next(name for name, value in PRIORITIES.items() if value == rank)


async def enqueue(
    redis: Redis,
    conversation_id: str,
    priority: Priority,
    reason: str,
    ttl_seconds: int,
    **details: Any,
) -> str:
    """Put a conversation in the queue (or raise its priority); returns its priority now."""
    now_ms = int(time.time() * 1000)
    fields = {"reason": reason, "updated_at": str(now_ms)}
    fields |= {k: json.dumps(v) if not isinstance(v, str) else v for k, v in details.items()}
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zadd(QUEUE_KEY, {conversation_id: score(priority, now_ms)}, lt=True)
        pipe.hsetnx(item_key(conversation_id), "queued_at", str(now_ms))
        pipe.hset(item_key(conversation_id), mapping=fields)
        pipe.expire(item_key(conversation_id), ttl_seconds)
        pipe.zscore(QUEUE_KEY, conversation_id)
        pipe.xadd(
            ALERTS_KEY,
            {"conversation_id": conversation_id, "priority": priority, "reason": reason},
            maxlen=10_000,
            approximate=True,
        )
        results = await pipe.execute()
    return priority_of(results[4])


async def waiting(redis: Redis, limit: int = 100) -> list[dict[str, Any]]:
    """The queue, most urgent and oldest first, with why each one waits."""
    rows = await redis.zrange(QUEUE_KEY, 0, limit - 1, withscores=True)
    items = []
    for conversation_id, score_value in rows:
        details = await redis.hgetall(item_key(conversation_id))
        items.append(
            {"conversation_id": conversation_id, "priority": priority_of(score_value), **details}
        )
    return items


async def remove(redis: Redis, conversation_id: str) -> None:
    async with redis.pipeline(transaction=True) as pipe:
        pipe.zrem(QUEUE_KEY, conversation_id)
        pipe.delete(item_key(conversation_id))
        await pipe.execute()
