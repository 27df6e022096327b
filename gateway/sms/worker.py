"""The SMS worker: reads the inbound stream, answers each message once, in order.

Each entry goes through two recorded steps, so a worker killed at any point
(SIGKILL included) resumes where it stopped instead of running the bot twice:

1. the bot turn: replies are stored as ``sms:out:{sid}`` and ``sms:done:{sid}`` set;
2. sending: each body is sent unless already marked in ``sms:sent:{sid}``, retried
   with backoff on transient failures; then the entry is acknowledged (XACK).

A restarted worker first finishes its own pending entries; entries another worker
left pending for over a minute are taken over with XAUTOCLAIM.

Run it as ``python -m gateway.sms.worker`` (the Procfile's ``sms`` process).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
from collections import defaultdict
from typing import Any

from redis.asyncio import Redis

from triage import staff_queue

from ..conversations.store import state_key
from ..lifespan import Services, build_services
from ..logging_setup import configure_logging
from ..settings import get_settings
from .conversation import OutgoingSms, SmsConversation, optout_key
from .identity import PhoneIdentity
from .inbound_queue import GROUP, STREAM, ensure_group
from .outbound import OutboundSender, PermanentSendError, TransientSendError

logger = logging.getLogger("gateway.sms.worker")

RETRY_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)
CLAIM_IDLE_MS = 60_000
KEEP_SECONDS = 7 * 86400


class SmsWorker:
    def __init__(self, services: Services, sender: OutboundSender, consumer: str) -> None:
        self._services = services
        self._redis: Redis = services.redis
        self._sender = sender
        self._consumer = consumer
        settings = services.settings
        self._identity = PhoneIdentity(
            settings.secret("pseudonym_key"), settings.secret("encryption_key")
        )
        self._sms = SmsConversation(services, self._identity)

    async def run(self, stop: asyncio.Event) -> None:
        await ensure_group(self._redis)
        # Entries this consumer read before a crash come first ("0" = my pending ones).
        await self._consume("0", block_ms=None)
        while not stop.is_set():
            await self._reclaim()
            await self._consume(">", block_ms=1000)

    async def _consume(self, start: str, block_ms: int | None) -> None:
        response = await self._redis.xreadgroup(
            GROUP, self._consumer, {STREAM: start}, count=50, block=block_ms
        )
        for _, entries in response or []:
            await self._process_batch(entries)

    async def _reclaim(self) -> None:
        _, entries, _ = await self._redis.xautoclaim(
            STREAM, GROUP, self._consumer, min_idle_time=CLAIM_IDLE_MS, start_id="0-0", count=50
        )
        if entries:
            await self._process_batch(entries)

    async def _process_batch(self, entries: list[tuple[str, dict[str, str]]]) -> None:
        """Conversations in parallel; each conversation's messages in stream order."""
        by_conversation: dict[str, list[tuple[str, dict[str, str]]]] = defaultdict(list)
        for entry_id, fields in entries:
            if fields:  # an entry trimmed away has no fields left
                by_conversation[fields.get("conversation_id", "")].append((entry_id, fields))
            else:
                await self._redis.xack(STREAM, GROUP, entry_id)

        async def in_order(items: list[tuple[str, dict[str, str]]]) -> None:
            for entry_id, fields in items:
                await self._process(entry_id, fields)

        await asyncio.gather(*(in_order(items) for items in by_conversation.values()))

    async def _process(self, entry_id: str, fields: dict[str, str]) -> None:
        sid = fields.get("sid", entry_id)
        number = self._identity.decrypt(fields.get("from_encrypted", ""))
        if number is None:  # encrypted with another key: nothing can be done with it
            logger.error("sms %s: cannot decrypt the sender; dropping", sid)
            await self._redis.xack(STREAM, GROUP, entry_id)
            return
        try:
            if not await self._redis.exists(f"sms:done:{sid}"):
                replies = await self._sms.handle(
                    number, fields.get("body", ""), int(fields.get("num_media") or 0)
                )
                await self._store_replies(sid, replies)
            if await self._send_replies(sid, number):
                await self._finish(entry_id, sid)
        except Exception:
            # Left pending: this worker (after a restart) or another will retry it.
            logger.exception("sms %s: processing failed; will retry", sid)

    async def _store_replies(self, sid: str, replies: list[OutgoingSms]) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(f"sms:out:{sid}")
            for reply in replies:
                pipe.rpush(f"sms:out:{sid}", json.dumps({"body": reply.body, "risk": reply.risk}))
            pipe.set(f"sms:done:{sid}", "1", ex=KEEP_SECONDS)
            pipe.expire(f"sms:out:{sid}", KEEP_SECONDS)
            await pipe.execute()

    async def _send_replies(self, sid: str, number: str) -> bool:
        """True when every reply is settled (sent, or failed for good)."""
        bodies = await self._redis.lrange(f"sms:out:{sid}", 0, -1)
        sender_id = self._identity.sender_id(number)
        conversation_id = self._identity.conversation_id(number)
        for index, raw in enumerate(bodies):
            if await self._redis.sismember(f"sms:sent:{sid}", str(index)):
                continue
            if await self._redis.exists(optout_key(sender_id)):
                logger.info("sms %s: number opted out; not sending", sid)
                return True
            item: dict[str, Any] = json.loads(raw)
            if not await self._send_with_retries(sid, index, number, item, conversation_id):
                return False
        return True

    async def _send_with_retries(
        self, sid: str, index: int, number: str, item: dict[str, Any], conversation_id: str
    ) -> bool:
        for attempt, delay in enumerate((*RETRY_DELAYS, None)):
            try:
                sent = await self._sender.send(number, item["body"], conversation_id)
            except TransientSendError as exc:
                if delay is None:
                    logger.warning("sms %s: send failed %d times (%s)", sid, attempt + 1, exc)
                    return False
                await asyncio.sleep(delay)
                continue
            except PermanentSendError as exc:
                logger.warning("sms %s: send refused (%s)", sid, exc)
                await self._alert_if_risk(conversation_id, item, f"refused: code {exc.code}")
                await self._mark_sent(sid, index)
                return True
            await self._mark_sent(sid, index)
            await self._redis.hset(
                f"sms:outbound:{sent.message_sid}",
                mapping={"conversation_id": conversation_id, "risk": item["risk"]},
            )
            await self._redis.expire(f"sms:outbound:{sent.message_sid}", KEEP_SECONDS)
            # Not after DELETE: a delivery note must not bring an erased conversation back.
            if await self._redis.exists(state_key(conversation_id)):
                await self._services.store.append_event(
                    conversation_id, "delivery", message_sid=sent.message_sid, status="sent"
                )
            return True
        return False

    async def _mark_sent(self, sid: str, index: int) -> None:
        await self._redis.sadd(f"sms:sent:{sid}", str(index))
        await self._redis.expire(f"sms:sent:{sid}", KEEP_SECONDS)

    async def _alert_if_risk(self, conversation_id: str, item: dict[str, Any], why: str) -> None:
        if item.get("risk", "none") != "none":
            await staff_queue.enqueue(
                self._redis,
                conversation_id,
                "urgent",
                reason=f"a safety reply could not be delivered ({why})",
                ttl_seconds=self._services.settings.retention_seconds,
                channel="sms",
            )

    async def _finish(self, entry_id: str, sid: str) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xack(STREAM, GROUP, entry_id)
            pipe.xdel(STREAM, entry_id)  # the body leaves the queue once answered
            pipe.delete(f"sms:out:{sid}", f"sms:sent:{sid}")
            await pipe.execute()


async def main() -> None:
    configure_logging()
    settings = get_settings()
    services = build_services(settings)
    sender = OutboundSender(settings, services.redis)
    # A stable name per host and port, so a restarted worker finds its own pending entries.
    consumer = os.environ.get("SMS_WORKER_NAME", f"{socket.gethostname()}-{settings.port}")
    worker = SmsWorker(services, sender, consumer)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    logger.info("sms worker %s started", consumer)
    try:
        await worker.run(stop)
    finally:
        await sender.close()
        await services.http.aclose()
        with contextlib.suppress(Exception):
            await services.redis.aclose()


if __name__ == "__main__":
    asyncio.run(main())
