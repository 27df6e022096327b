"""With the bot down, the screen still answers risk, and staff hear of it."""

from __future__ import annotations

import httpx
from redis.asyncio import Redis

from triage import staff_queue


async def say(client: httpx.AsyncClient, text: str) -> tuple[str, dict]:
    created = (await client.post("/api/v1/conversations")).json()
    response = await client.post(
        f"/api/v1/conversations/{created['conversation_id']}/messages",
        json={"text": text},
        headers={"Authorization": f"Bearer {created['token']}"},
    )
    assert response.status_code == 200, response.text
    return created["conversation_id"], response.json()


async def test_a_weapon_with_the_bot_down_gets_the_911_reply_and_an_urgent_alert(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, body = await say(client, "my neighbor is waving a gun in the hallway")

    [reply] = body["messages"]
    assert reply["text"].startswith("Call 911 now")
    risk = reply["metadata"]["risk"]
    assert (risk["level"], risk["route"], risk["kind"]) == ("imminent", "911", "weapon")
    assert risk["signals"]
    [first] = await staff_queue.waiting(redis)
    assert first["conversation_id"] == conversation_id and first["priority"] == "urgent"
    state = await redis.hgetall(f"conv:{conversation_id}")
    assert state["risk_level"] == "imminent" and state["risk_kind"] == "weapon"


async def test_suicidal_words_get_988_first(client: httpx.AsyncClient) -> None:
    _, body = await say(client, "i dont want to be alive anymore, i have the pills ready")
    [reply] = body["messages"]
    assert "988" in reply["text"][:40]
    assert "911" in reply["text"]
    assert reply["metadata"]["risk"]["route"] == "988"


async def test_spanish_risk_gets_a_spanish_reply(client: httpx.AsyncClient) -> None:
    _, body = await say(client, "mi vecino tiene un cuchillo y esta amenazando a todos")
    [reply] = body["messages"]
    assert "Llame al 911 ahora" in reply["text"]


async def test_a_noise_complaint_with_the_bot_down_gets_the_failsafe_not_911(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, body = await say(client, "this music is killing me, its so loud every night")

    [reply] = body["messages"]
    assert reply["metadata"]["risk"]["level"] == "none"
    assert not reply["text"].startswith("Call 911")
    assert "staff member will follow up" in reply["text"]
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["conversation_id"] == conversation_id and waiting["priority"] == "normal"


async def test_the_conversation_keeps_its_highest_risk(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    created = (await client.post("/api/v1/conversations")).json()
    url = f"/api/v1/conversations/{created['conversation_id']}/messages"
    headers = {"Authorization": f"Bearer {created['token']}"}
    await client.post(
        url, json={"text": "someone is bleeding a lot on the stairs"}, headers=headers
    )
    await client.post(url, json={"text": "ok the ambulance came, thanks"}, headers=headers)

    state = await redis.hgetall(f"conv:{created['conversation_id']}")
    assert state["risk_level"] == "imminent"
