"""A resident describes a situation and is routed, as they would see it."""

from __future__ import annotations

import json

import pytest
import redis

from tests.e2e.helpers import Resident
from tests.support.stack import Stack

pytestmark = pytest.mark.e2e


def texts(body: dict) -> str:
    return "\n".join(m["text"] for m in body["messages"])


def test_noise_in_park_slope_gets_brooklyn_mediation(stack: Stack) -> None:
    resident = Resident(stack)
    resident.say("hi")
    body = resident.say("my upstairs neighbor blasts music every night til 3am in park slope")

    # The borough was in the message, so the next question is about danger.
    assert "danger" in texts(body).lower()
    body = resident.say("no")

    reply = next(m for m in body["messages"] if m["metadata"].get("resources"))
    ids = [r["id"] for r in reply["metadata"]["resources"]]
    assert ids[0] == "nypi-mediation", ids  # New York Peace Institute serves Brooklyn
    assert "Peace Institute" in reply["text"]
    assert reply["metadata"]["category"] == "noise"
    assert "follow up" in texts(body)

    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    offered = json.loads(r.hget(f"conv:{resident.conversation_id}", "resources_offered") or "[]")
    assert offered == ids[: len(offered)] and offered

    body = resident.say("no thanks")
    assert "911" in texts(body) and "988" in texts(body)


def test_the_bot_asks_where_when_no_place_was_given(stack: Stack) -> None:
    resident = Resident(stack)
    body = resident.say("theres a man sleeping outside my building and its freezing")
    assert "borough" in texts(body).lower()

    body = resident.say("11432")  # a Jamaica, Queens ZIP code
    assert "danger" in texts(body).lower()
    body = resident.say("nobody is in danger")
    reply = next(m for m in body["messages"] if m["metadata"].get("resources"))
    assert reply["metadata"]["category"] == "homelessness"
    assert "311" in reply["text"]


def test_asking_for_a_person_mid_intake_queues_the_conversation(stack: Stack) -> None:
    resident = Resident(stack)
    resident.say("my landlord hasnt fixed the heat in weeks")
    body = resident.say("can i talk to a real person")

    assert "staff member" in texts(body)
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    assert r.zscore("staff:queue", resident.conversation_id) is not None
    item = r.hgetall(f"staff:queue:item:{resident.conversation_id}")
    assert item["reason"] == "resident asked for a person"
    assert item["category"] == "landlord_tenant"
