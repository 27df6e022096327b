"""Offer the resident the services that fit their situation, and remember which."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from rasa_sdk.executor import CollectingDispatcher

from triage.formatting import resources_metadata, sms_referral, web_referral
from triage.matching import match

from .connections import get_redis, retention_seconds

INTRO = "Here is who can help:"
#: Counts of services offered, for the office's reports (no personal data).
OFFERED_COUNTS_KEY = "report:resources_offered"


async def offer_resources(
    dispatcher: CollectingDispatcher,
    *,
    conversation_id: str,
    category: str | None,
    text: str,
    borough: str | None,
) -> list[str]:
    """Utter the matching services; returns the ids offered."""
    if not category:
        return []
    # Matching embeds the resident's words (CPU, ~10 ms): keep the event loop free.
    result = await asyncio.to_thread(
        match,
        category,
        text,
        borough if borough and borough != "unknown" else None,
        datetime.now(UTC),
    )
    dispatcher.utter_message(
        # The borough was asked for already; the text is the SMS-safe version.
        text=sms_referral(result, INTRO, ask_borough=False),
        json_message={
            "resources": resources_metadata(result),
            "referral": web_referral(result),
        },
    )
    offered = result.service_ids
    await _record(conversation_id, offered)
    return offered


async def _record(conversation_id: str, offered: list[str]) -> None:
    redis = get_redis()
    key = f"conv:{conversation_id}"
    exists = await redis.exists(key)  # only the gateway creates conversations
    async with redis.pipeline(transaction=False) as pipe:
        if exists:
            pipe.hset(key, "resources_offered", json.dumps(offered))
            pipe.expire(key, retention_seconds())
        for service_id in offered:
            pipe.hincrby(OFFERED_COUNTS_KEY, service_id, 1)
        await pipe.execute()
