"""Risk found at any turn gets the safety reply first, and staff hear of it."""

from __future__ import annotations

import json
import time

import pytest
import redis

from tests.e2e.helpers import Resident
from tests.support.stack import Stack
from triage.staff_queue import QUEUE_KEY, priority_of

pytestmark = pytest.mark.e2e


def top_of_queue(stack: Stack) -> tuple[str, str]:
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    [(conversation_id, score)] = r.zrange(QUEUE_KEY, 0, 0, withscores=True)
    return conversation_id, priority_of(score)


def test_a_weapon_at_the_third_turn_of_an_intake_gets_911_and_tops_the_queue(
    stack: Stack,
) -> None:
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    r.delete(QUEUE_KEY)  # staff have handled what earlier tests queued in this shared Redis
    other = Resident(stack)
    other.say("can i talk to a real person")  # someone already waiting, normal priority

    resident = Resident(stack)
    resident.say("hi")
    resident.say("my neighbors keep parking in front of my driveway in astoria")
    body = resident.say("wait he just came out with a knife and is yelling at my son")

    [reply] = body["messages"]  # the bot's intake question is dropped
    assert reply["text"].startswith("Call 911 now")
    assert reply["metadata"]["risk"]["level"] == "imminent"
    assert reply["metadata"]["risk"]["route"] == "911"
    assert top_of_queue(stack) == (resident.conversation_id, "urgent")

    # The bot does not carry on its intake as if nothing happened.
    body = resident.say("ok the police are here now")
    assert not any("borough" in m["text"].lower() for m in body["messages"])


def test_an_elevated_message_gets_the_safety_question_and_the_hope_hotline(
    stack: Stack,
) -> None:
    resident = Resident(stack)
    body = resident.say("my boyfriend hit me last month and i'm scared of him, he's at work now")

    [reply] = body["messages"]
    assert "in danger right now" in reply["text"]
    assert "1-800-621-4673" in reply["text"]
    assert reply["metadata"]["risk"]["level"] == "elevated"

    body = resident.say("no im safe right now")
    assert any("glad no one is in danger" in m["text"] for m in body["messages"])


def test_yes_to_the_safety_question_gets_911_and_an_urgent_place_in_the_queue(stack: Stack) -> None:
    resident = Resident(stack)
    body = resident.say("my boyfriend hit me last month and i'm scared of him")
    [reply] = body["messages"]
    assert reply["metadata"]["risk"]["level"] == "elevated"

    body = resident.say("yes")

    [reply] = body["messages"]  # the safety reply, not the bot's own
    assert "call 911" in reply["text"].split(".")[0].lower()
    assert reply["metadata"]["risk"]["level"] == "imminent"
    assert reply["metadata"]["risk"]["signals"][0]["id"] == "yes_to_safety_question"
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    assert priority_of(r.zscore(QUEUE_KEY, resident.conversation_id)) == "urgent"


def test_with_rasa_stopped_a_risk_message_still_gets_its_escalation_reply(stack: Stack) -> None:
    resident = Resident(stack)
    stack.stop("rasa")
    try:
        body = resident.say("my dad collapsed and he's not breathing")
        [reply] = body["messages"]
        assert "Call 911 now" in reply["text"]
        assert reply["metadata"]["risk"]["kind"] == "medical"

        body = resident.say("the music upstairs is so loud")
        [reply] = body["messages"]
        assert "staff member will follow up" in reply["text"]
    finally:
        stack.start("rasa", timeout=240)

    # Once Rasa is back, the kept message is replayed to it, and the bot's answer
    # lands in the transcript marked as replayed.
    r = redis.Redis.from_url(stack.redis_url, decode_responses=True)
    deadline = time.monotonic() + 30
    replayed: list[dict] = []
    while time.monotonic() < deadline and not replayed:
        events = r.xrange(f"conv:{resident.conversation_id}:events")
        replayed = [json.loads(f["data"]) for _, f in events if '"replayed": true' in f["data"]]
        time.sleep(0.5)
    assert replayed, "the kept message was not replayed to the bot"
    assert r.llen("replay:pending") == 0
