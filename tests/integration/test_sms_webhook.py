"""The SMS webhook's contract: only Twilio's signed requests get in, each message
once, durably queued before the answer."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from redis.asyncio import Redis
from twilio.request_validator import RequestValidator

from gateway.settings import Settings
from gateway.sms.inbound_queue import STREAM
from tests.support.twilio_signing import signature, sms_form

PUBLIC = "https://help.nyc.example"  # what Twilio calls, behind a TLS proxy


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"public_base_url": PUBLIC})


def signed(settings: Settings, form: dict[str, str], path: str = "/sms/twilio") -> dict[str, str]:
    token = settings.secret("twilio_auth_token")
    return {"X-Twilio-Signature": signature(token, PUBLIC + path, form)}


async def test_a_signed_message_is_queued_and_answered_with_empty_twiml(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    form = sms_form("+12125550123", "loud music next door")
    # Signed for the public https address, delivered to the internal http one.
    response = await client.post("/sms/twilio", data=form, headers=signed(settings, form))

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/xml")
    assert response.text.endswith("<Response/>")
    [(_, fields)] = await redis.xrange(STREAM)
    assert fields["sid"] == form["MessageSid"] and fields["body"] == "loud music next door"
    assert "+12125550123" not in str(fields)  # the number is queued encrypted only


@pytest.mark.parametrize("how", ["missing", "forged", "tampered", "other_url"])
async def test_unsigned_or_altered_requests_are_403_and_leave_no_trace(
    client: httpx.AsyncClient, settings: Settings, redis: Redis, how: str
) -> None:
    form = sms_form("+12125550123", "hello")
    headers = signed(settings, form)
    if how == "missing":
        headers = {}
    elif how == "forged":
        headers = {"X-Twilio-Signature": signature("not-the-token", PUBLIC + "/sms/twilio", form)}
    elif how == "tampered":
        form = {**form, "Body": "hello, changed on the way"}
    else:  # signed for the internal address, not the public one Twilio uses
        internal = signature(
            settings.secret("twilio_auth_token"), "http://testserver/sms/twilio", form
        )
        headers = {"X-Twilio-Signature": internal}

    response = await client.post("/sms/twilio", data=form, headers=headers)

    assert response.status_code == 403
    assert await redis.dbsize() == 0  # no claim, no queue entry, nothing


async def test_repeated_form_keys_are_validated_as_sent(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    pairs = [*sms_form("+12125550123", "hi").items(), ("MediaUrl", "a"), ("MediaUrl", "b")]
    token = settings.secret("twilio_auth_token")
    expected = RequestValidator(token).compute_signature(PUBLIC + "/sms/twilio", _Multi(pairs))
    response = await client.post(
        "/sms/twilio",
        content=str(httpx.QueryParams(pairs)),
        headers={
            "X-Twilio-Signature": expected,
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    assert response.status_code == 200


class _Multi(dict):  # type: ignore[type-arg]
    """What Twilio signs: every value of a repeated key, in order."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__(pairs)
        self._pairs = pairs

    def getall(self, key: str) -> list[str]:
        return [v for k, v in self._pairs if k == key]


async def test_the_same_message_sid_ten_times_at_once_is_queued_once(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    form = sms_form("+12125550123", "is anyone there")
    headers = signed(settings, form)

    responses = await asyncio.gather(
        *(client.post("/sms/twilio", data=form, headers=headers) for _ in range(10))
    )

    assert [r.status_code for r in responses] == [200] * 10
    assert await redis.xlen(STREAM) == 1
    ttl = await redis.ttl(f"sms:sid:{form['MessageSid']}")
    assert 47 * 3600 < ttl <= 48 * 3600


async def test_the_fallback_webhook_stores_the_message_too(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    form = sms_form("+12125550123", "primary failed")
    response = await client.post(
        "/sms/twilio/fallback", data=form, headers=signed(settings, form, "/sms/twilio/fallback")
    )
    assert response.status_code == 200
    [(_, fields)] = await redis.xrange(STREAM)
    assert fields["source"] == "fallback"


async def test_a_failed_safety_reply_alerts_staff(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    await redis.hset("sms:outbound:SM1", mapping={"conversation_id": "sms-abc", "risk": "imminent"})
    form = {"MessageSid": "SM1", "MessageStatus": "undelivered", "ErrorCode": "30003"}
    response = await client.post(
        "/sms/twilio/status", data=form, headers=signed(settings, form, "/sms/twilio/status")
    )
    assert response.status_code == 200
    assert (await redis.hgetall("sms:status:SM1"))["error_code"] == "30003"
    assert await redis.zscore("staff:queue", "sms-abc") is not None


async def test_a_sender_that_is_not_a_phone_number_is_422(
    client: httpx.AsyncClient, settings: Settings, redis: Redis
) -> None:
    form = sms_form("not-a-number", "hi")
    response = await client.post("/sms/twilio", data=form, headers=signed(settings, form))
    assert response.status_code == 422
    assert await redis.xlen(STREAM) == 0
