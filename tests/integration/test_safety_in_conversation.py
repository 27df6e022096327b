"""Read in its conversation, a plain message can be an emergency, even with the
bot down: "yes" to the safety question, "he's here" after a threat."""

from __future__ import annotations

import httpx
from redis.asyncio import Redis

from triage import staff_queue


async def start(client: httpx.AsyncClient) -> tuple[str, str, dict[str, str]]:
    created = (await client.post("/api/v1/conversations")).json()
    url = f"/api/v1/conversations/{created['conversation_id']}/messages"
    return created["conversation_id"], url, {"Authorization": f"Bearer {created['token']}"}


async def send(client: httpx.AsyncClient, url: str, headers: dict[str, str], text: str) -> dict:
    response = await client.post(url, json={"text": text}, headers=headers)
    assert response.status_code == 200, response.text
    [reply] = response.json()["messages"]
    return reply


async def test_yes_to_the_safety_question_gets_911_and_an_urgent_alert(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, url, headers = await start(client)
    first = await send(
        client, url, headers, "my ex keeps threatening me and says he knows where i live"
    )
    assert first["metadata"]["risk"]["level"] == "elevated"
    assert first["text"].startswith("Are you or anyone else in danger right now?")
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["priority"] == "high"

    answer = await send(client, url, headers, "yes")

    first_sentence = answer["text"].split(".")[0].lower()
    assert "call 911" in first_sentence
    risk = answer["metadata"]["risk"]
    assert (risk["level"], risk["route"]) == ("imminent", "911")
    assert risk["signals"][0]["id"] == "yes_to_safety_question"
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["conversation_id"] == conversation_id and waiting["priority"] == "urgent"
    state = await redis.hgetall(f"conv:{conversation_id}")
    assert state["risk_level"] == "imminent"


async def test_si_after_suicidal_words_gets_988_in_spanish(client: httpx.AsyncClient) -> None:
    _, url, headers = await start(client)
    first = await send(client, url, headers, "ya no quiero vivir, todos estarían mejor sin mí")
    assert first["metadata"]["risk"]["level"] == "elevated"

    answer = await send(client, url, headers, "sí")

    assert answer["metadata"]["risk"]["route"] == "988"
    assert answer["text"].startswith("Por favor llame o envie un texto al 988")


async def test_no_to_the_safety_question_is_not_an_emergency(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    _, url, headers = await start(client)
    await send(client, url, headers, "my ex keeps threatening me and says he knows where i live")

    answer = await send(client, url, headers, "no, he's in another state")

    assert answer["metadata"]["risk"]["level"] == "none"
    assert "911 now" not in answer["text"]
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["priority"] == "high"


async def test_no_im_not_safe_is_a_yes_and_gets_911(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, url, headers = await start(client)
    await send(client, url, headers, "my ex keeps threatening me and says he knows where i live")

    answer = await send(client, url, headers, "no im not safe")

    assert "call 911" in answer["text"].split(".")[0].lower()
    assert answer["metadata"]["risk"]["signals"][0]["id"] == "yes_to_safety_question"
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["conversation_id"] == conversation_id and waiting["priority"] == "urgent"


async def test_only_the_next_message_answers_the_question(client: httpx.AsyncClient) -> None:
    _, url, headers = await start(client)
    await send(client, url, headers, "my ex keeps threatening me and says he knows where i live")
    await send(client, url, headers, "no, he's in another state")

    later = await send(client, url, headers, "yes")

    assert later["metadata"]["risk"]["level"] == "none"


async def test_the_ex_arriving_after_a_threat_gets_911_and_an_urgent_alert(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, url, headers = await start(client)
    first = await send(client, url, headers, "mi ex me sigue amenazando y dice que sabe dónde vivo")
    assert first["metadata"]["risk"]["level"] == "elevated"
    await send(client, url, headers, "no, ahorita no")

    arrival = await send(client, url, headers, "ya llegó, está abajo")

    risk = arrival["metadata"]["risk"]
    assert (risk["level"], risk["route"], risk["kind"]) == ("imminent", "911", "domestic_violence")
    assert risk["signals"][0]["id"] == "arrived_after_threat"
    assert arrival["text"].startswith("Si esta en peligro ahora, llame al 911")
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["conversation_id"] == conversation_id and waiting["priority"] == "urgent"


async def test_someone_arriving_is_ordinary_without_an_earlier_threat(
    client: httpx.AsyncClient,
) -> None:
    _, url, headers = await start(client)

    reply = await send(client, url, headers, "ya llegó, está abajo")

    assert reply["metadata"]["risk"]["level"] == "none"


async def test_the_act_told_after_suicidal_words_gets_988_a_message_later(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, url, headers = await start(client)
    first = await send(client, url, headers, "ya no quiero vivir, todos estarían mejor sin mí")
    assert first["metadata"]["risk"]["level"] == "elevated"
    await send(client, url, headers, "no sé, estoy en mi cuarto")

    act = await send(client, url, headers, "ya lo hice")

    risk = act["metadata"]["risk"]
    assert (risk["level"], risk["route"]) == ("imminent", "988")
    assert risk["signals"][0]["id"] == "act_after_ideation"
    assert act["text"].startswith("Por favor llame o envie un texto al 988")
    [waiting] = await staff_queue.waiting(redis)
    assert waiting["conversation_id"] == conversation_id and waiting["priority"] == "urgent"


async def test_a_friend_arriving_after_a_threat_is_not_the_threat(
    client: httpx.AsyncClient,
) -> None:
    _, url, headers = await start(client)
    await send(client, url, headers, "my ex keeps threatening me and says he knows where i live")
    await send(client, url, headers, "no, he's in another state")

    arrival = await send(client, url, headers, "ok my friend is outside to pick me up, ttyl")

    assert arrival["metadata"]["risk"]["level"] == "none"
    assert "911 now" not in arrival["text"]


async def test_someone_announced_then_arriving_is_them_and_the_next_arrival_is_not(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, url, headers = await start(client)
    await send(client, url, headers, "my ex keeps threatening me and says he knows where i live")
    await send(client, url, headers, "no, not right now")
    await send(client, url, headers, "im waiting on my friend, she's picking me up")
    assert (await redis.hgetall(f"conv:{conversation_id}"))["expecting_company"] == "she"

    expected = await send(client, url, headers, "ok she's here")

    assert expected["metadata"]["risk"]["level"] == "none"
    # the announcement covers one arrival; the next is read after the threat again
    feared = await send(client, url, headers, "wait he's here now")
    risk = feared["metadata"]["risk"]
    assert (risk["level"], risk["route"]) == ("imminent", "911")
    assert risk["signals"][0]["id"] == "arrived_after_threat"
