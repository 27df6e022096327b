"""A resident's first messages go gateway -> Rasa -> action server -> back."""

from __future__ import annotations

import json

import httpx
import pytest
import redis

from tests.e2e.helpers import Resident
from tests.support.stack import Stack

pytestmark = pytest.mark.e2e


def test_readyz_is_200_when_every_service_answers(stack: Stack) -> None:
    response = httpx.get(f"{stack.gateway_url}/readyz", timeout=10)
    assert response.status_code == 200, response.text
    assert response.json()["checks"] == {"redis": "ok", "rasa": "ok", "action_server": "ok"}


def test_a_greeting_gets_the_open_question(stack: Stack) -> None:
    resident = Resident(stack)
    body = resident.say("hi")

    assert body["state"] == {"mode": "bot"}
    texts = [m["text"] for m in body["messages"]]
    assert any("What's going on?" in t for t in texts), texts
    metadata = body["messages"][0]["metadata"]
    assert metadata["intent"] == "greet"
    assert 0 < metadata["confidence"] <= 1
    assert metadata["category"] is None


def test_a_described_situation_goes_through_rasa_and_the_action_server(stack: Stack) -> None:
    resident = Resident(stack)
    resident.say("hello")
    body = resident.say("my upstairs neighbor blasts music every night til 3am")

    [reply] = [m for m in body["messages"] if "It sounds like" in m["text"]]
    assert "noise" in reply["text"]
    assert reply["metadata"]["category"] == "noise"
    assert reply["metadata"]["intent"] == "report_noise"

    # The tracker is in Redis under the pseudonymous sender id, and it shows the
    # custom action ran on the action server and produced that very reply.
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    sender_id = r.hget(f"conv:{resident.conversation_id}", "sender_id")
    assert sender_id and sender_id.startswith("web-")
    stored = r.get(f"rasa:tracker:{sender_id}")
    assert stored is not None, "Rasa's tracker is not in Redis"
    events = json.loads(stored)["events"]
    names = [e.get("name") for e in events if e["event"] == "action"]
    assert "action_acknowledge_situation" in names
    after_action = events[
        max(i for i, e in enumerate(events) if e.get("name") == "action_acknowledge_situation") :
    ]
    assert any(e["event"] == "bot" and e["text"] == reply["text"] for e in after_action)
    assert any(e["event"] == "slot" and e["value"] == "noise" for e in after_action)
    assert 0 < r.ttl(f"rasa:tracker:{sender_id}") <= 86400  # retention applies to trackers

    # ...and the gateway's own transcript holds both sides of the conversation.
    kinds = [fields["type"] for _, fields in r.xrange(f"conv:{resident.conversation_id}:events")]
    assert kinds[:2] == ["inbound", "outbound"] and kinds.count("inbound") == 2
