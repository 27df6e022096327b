"""The Redis Stream between the Twilio webhook and the SMS worker.

    sms:inbound            stream, consumer group "workers"; trimmed after ack
    sms:sid:{MessageSid}   claim (SET NX EX 48 h): Twilio retries are processed once
    sms:done:{MessageSid}  the bot turn ran; its SMS bodies wait in sms:out:{sid}
    sms:out:{MessageSid}   list of JSON {body, risk}; sms:sent:{sid} = indexes sent

The claim and the append happen in one Lua script, so a message is either
claimed and queued, or neither (a retry after a crash is not lost).
"""

from __future__ import annotations

from typing import Any

from redis.asyncio import Redis

STREAM = "sms:inbound"
GROUP = "workers"
CLAIM_SECONDS = 48 * 3600

_CLAIM_AND_QUEUE = """
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  return redis.call('XADD', KEYS[2], '*', unpack(ARGV, 2))
end
return false
"""


def claim_key(message_sid: str) -> str:
    return f"sms:sid:{message_sid}"


async def claim_and_queue(redis: Redis, message_sid: str, fields: dict[str, str]) -> str | None:
    """Queue the message unless this MessageSid was seen before; the stream id or None."""
    flat: list[str] = []
    for key, value in fields.items():
        flat += [key, value]
    result: Any = await redis.eval(
        _CLAIM_AND_QUEUE, 2, claim_key(message_sid), STREAM, str(CLAIM_SECONDS), *flat
    )
    return str(result) if result else None


async def ensure_group(redis: Redis) -> None:
    try:
        await redis.xgroup_create(STREAM, GROUP, id="0", mkstream=True)
    except Exception as exc:
        if "BUSYGROUP" not in str(exc):
            raise
