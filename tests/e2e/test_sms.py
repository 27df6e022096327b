"""Texting the help line, as a resident's phone and Twilio would."""

from __future__ import annotations

import asyncio
import secrets
import time

import httpx
import pytest
import redis

from gateway.sms.identity import PhoneIdentity
from tests.support.stack import Stack
from tests.support.twilio_signing import signature, sms_form
from triage.staff_queue import priority_of

pytestmark = pytest.mark.e2e


def new_number() -> str:
    return "+1212555" + f"{secrets.randbelow(10_000):04d}"


def conversation_of(stack: Stack, number: str) -> str:
    """The id the gateway gives this number's conversation (other tests share the Redis)."""
    identity = PhoneIdentity(stack.env["PSEUDONYM_KEY"], stack.env["ENCRYPTION_KEY"])
    return identity.conversation_id(number)


def text(stack: Stack, number: str, body: str, sid: str | None = None) -> httpx.Response:
    form = sms_form(number, body, sid)
    url = f"{stack.env['PUBLIC_BASE_URL']}/sms/twilio"
    response = httpx.post(
        f"{stack.gateway_url}/sms/twilio",
        data=form,
        headers={"X-Twilio-Signature": signature(stack.env["TWILIO_AUTH_TOKEN"], url, form)},
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return response


def test_a_text_is_answered_by_sms_through_the_twilio_api(stack: Stack) -> None:
    number = new_number()
    text(stack, number, "hi")
    [greeting] = stack.twilio.wait_for(number, 1)
    assert "What's going on?" in greeting

    text(stack, number, "my neighbors dog barks all night in flatbush")
    replies = stack.twilio.wait_for(number, 3)
    assert any("danger" in r for r in replies[1:])
    assert any("Reply 1 for Yes, 2 for No." in r for r in replies[1:])  # buttons as options

    text(stack, number, "2")  # the numbered answer for "No"
    replies = stack.twilio.wait_for(number, 5)
    assert any("Peace Institute" in r for r in replies[3:]), replies[3:]
    assert all(len(r) <= 459 for r in replies)  # 3 GSM-7 segments at most


def test_the_same_message_sid_ten_times_at_once_gets_one_reply(stack: Stack) -> None:
    number = new_number()
    form_sid = "SM" + secrets.token_hex(16)

    async def burst() -> None:
        form = sms_form(number, "hello", form_sid)
        url = f"{stack.env['PUBLIC_BASE_URL']}/sms/twilio"
        headers = {"X-Twilio-Signature": signature(stack.env["TWILIO_AUTH_TOKEN"], url, form)}
        async with httpx.AsyncClient(base_url=stack.gateway_url) as client:
            responses = await asyncio.gather(
                *(client.post("/sms/twilio", data=form, headers=headers) for _ in range(10))
            )
        assert all(r.status_code == 200 for r in responses)

    asyncio.run(burst())
    stack.twilio.wait_for(number, 1)
    time.sleep(2)  # time for any duplicate to arrive
    assert len(stack.twilio.bodies_to(number)) == 1


def test_after_stop_nothing_is_sent_until_start(stack: Stack) -> None:
    number = new_number()
    text(stack, number, "hi")
    stack.twilio.wait_for(number, 1)

    text(stack, number, "STOP")
    text(stack, number, "my neighbor is loud again")
    time.sleep(3)
    assert len(stack.twilio.bodies_to(number)) == 1

    text(stack, number, "start")
    replies = stack.twilio.wait_for(number, 2)
    assert "text" in replies[1] and "911" in replies[1]


def test_help_gives_the_office_911_988_and_how_to_stop(stack: Stack) -> None:
    number = new_number()
    text(stack, number, " help ")
    [reply] = stack.twilio.wait_for(number, 1)
    assert "911" in reply and "988" in reply and "STOP" in reply


def test_help_as_the_answer_to_the_safety_question_is_an_emergency(stack: Stack) -> None:
    number = new_number()
    text(stack, number, "my boyfriend hit me last month and i'm scared of him")
    [question] = stack.twilio.wait_for(number, 1)
    assert "in danger right now" in question

    text(stack, number, "HELP")

    replies = stack.twilio.wait_for(number, 2)
    assert "call 911" in replies[1].split(".")[0].lower(), replies[1]
    assert "Reply STOP" not in replies[1]  # not the carrier keyword's answer
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    conversation_id = conversation_of(stack, number)
    assert r.hget(f"conv:{conversation_id}", "risk_level") == "imminent"
    assert priority_of(r.zscore("staff:queue", conversation_id)) == "urgent"


def test_stop_after_a_risk_message_alerts_staff(stack: Stack) -> None:
    number = new_number()
    text(stack, number, "i want to end my life tonight")
    [reply] = stack.twilio.wait_for(number, 1)
    assert "988" in reply
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    conversation_id = conversation_of(stack, number)
    assert r.hget(f"conv:{conversation_id}", "risk_level") == "imminent"
    r.zrem("staff:queue", conversation_id)  # staff already saw the first alert

    text(stack, number, "stop")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and r.zscore("staff:queue", conversation_id) is None:
        time.sleep(0.2)
    item = r.hgetall(f"staff:queue:item:{conversation_id}")
    assert "STOP" in item["reason"]


def test_a_worker_killed_mid_message_answers_it_exactly_once_after_restart(
    stack: Stack,
) -> None:
    number = new_number()
    stack.twilio.fail_next = 100  # Twilio is failing: the worker is retrying the send
    text(stack, number, "hello")
    time.sleep(2)
    stack.services["sms-worker"].stop(sig=9)  # SIGKILL
    assert stack.twilio.bodies_to(number) == []

    stack.twilio.fail_next = 0
    stack.start("sms-worker")
    replies = stack.twilio.wait_for(number, 1)
    time.sleep(2)
    assert len(stack.twilio.bodies_to(number)) == 1, replies
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    conversation_id = f"sms-{_sender(stack, number)[:32]}"
    inbound = [f for _, f in r.xrange(f"conv:{conversation_id}:events") if f["type"] == "inbound"]
    assert len(inbound) == 1  # the bot turn ran once, too


def test_with_rasa_down_a_risk_text_still_gets_its_safety_reply(stack: Stack) -> None:
    number = new_number()
    stack.stop("rasa")
    try:
        text(stack, number, "my dad collapsed and hes not breathing")
        [reply] = stack.twilio.wait_for(number, 1)
        assert "Call 911 now" in reply
    finally:
        stack.start("rasa", timeout=240)


def settled(stack: Stack, number: str, quiet: float = 1.5, timeout: float = 30) -> list[str]:
    """Every reply to ``number`` once no new one has come for ``quiet`` seconds
    (a bot turn can send several messages)."""
    deadline = time.monotonic() + timeout
    seen, since = len(stack.twilio.bodies_to(number)), time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        now = len(stack.twilio.bodies_to(number))
        if now != seen:
            seen, since = now, time.monotonic()
        elif now and time.monotonic() - since >= quiet:
            break
    return stack.twilio.bodies_to(number)


def _sender(stack: Stack, number: str) -> str:
    import hashlib
    import hmac

    key = stack.env["PSEUDONYM_KEY"].encode()
    return hmac.new(key, number.encode(), hashlib.sha256).hexdigest()


def test_delete_after_confirmation_erases_the_resident_and_keeps_only_the_fact(
    stack: Stack,
) -> None:
    number = new_number()
    text(stack, number, "my landlord turned off the heat")
    settled(stack, number)
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    sender = _sender(stack, number)
    conversation_id = f"sms-{sender[:32]}"
    assert r.exists(f"conv:{conversation_id}") and r.exists(f"rasa:tracker:{sender}")
    before = r.xlen("audit") if r.exists("audit") else 0
    replies_before = len(stack.twilio.bodies_to(number))

    text(stack, number, "DELETE")
    confirm = settled(stack, number)[replies_before:]
    assert len(confirm) == 1 and "DELETE again" in confirm[0]
    assert r.exists(f"conv:{conversation_id}")  # nothing erased before the confirmation

    text(stack, number, "delete")
    done = stack.twilio.wait_for(number, replies_before + 2)[-1]
    assert "erased" in done
    assert not r.exists(f"conv:{conversation_id}", f"conv:{conversation_id}:events")
    assert not r.exists(f"rasa:tracker:{sender}")
    [(_, fact)] = r.xrange("audit")[before:]
    assert fact["type"] == "erase" and set(fact) == {"type", "channel", "at"}


def test_a_picture_without_words_gets_a_text_only_reply(stack: Stack) -> None:
    number = new_number()
    form = sms_form(number, "", NumMedia="1", MediaUrl0="https://example.org/p.jpg")
    url = f"{stack.env['PUBLIC_BASE_URL']}/sms/twilio"
    httpx.post(
        f"{stack.gateway_url}/sms/twilio",
        data=form,
        headers={"X-Twilio-Signature": signature(stack.env["TWILIO_AUTH_TOKEN"], url, form)},
        timeout=10,
    )
    [reply] = stack.twilio.wait_for(number, 1)
    assert "only read text" in reply
