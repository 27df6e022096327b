"""The conversation API's contract for bad input: clear errors, nothing changed."""

from __future__ import annotations

import httpx
from redis.asyncio import Redis


async def new_conversation(client: httpx.AsyncClient) -> tuple[str, dict[str, str]]:
    response = await client.post("/api/v1/conversations")
    assert response.status_code == 201
    body = response.json()
    return body["conversation_id"], {"Authorization": f"Bearer {body['token']}"}


async def test_creating_a_conversation_returns_an_id_and_a_secret_token(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    response = await client.post("/api/v1/conversations")

    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"conversation_id", "token"}
    assert len(body["token"]) >= 32
    state = await redis.hgetall(f"conv:{body['conversation_id']}")
    assert state["mode"] == "bot" and state["channel"] == "web"
    assert body["token"] not in state.values()  # only a digest is stored
    assert 0 < await redis.ttl(f"conv:{body['conversation_id']}") <= 30 * 86400


async def test_two_conversations_get_different_ids_and_tokens(client: httpx.AsyncClient) -> None:
    first = (await client.post("/api/v1/conversations")).json()
    second = (await client.post("/api/v1/conversations")).json()
    assert first["conversation_id"] != second["conversation_id"]
    assert first["token"] != second["token"]


async def test_a_message_without_a_token_is_refused_with_401(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, _ = await new_conversation(client)

    response = await client.post(
        f"/api/v1/conversations/{conversation_id}/messages", json={"text": "hello"}
    )

    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"
    assert await redis.exists(f"conv:{conversation_id}:events") == 0


async def test_another_conversations_token_is_refused_with_403(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, _ = await new_conversation(client)
    _, other_headers = await new_conversation(client)

    response = await client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": "hello"},
        headers=other_headers,
    )

    assert response.status_code == 403
    assert await redis.exists(f"conv:{conversation_id}:events") == 0


async def test_an_unknown_conversation_is_404(client: httpx.AsyncClient) -> None:
    _, headers = await new_conversation(client)
    response = await client.post(
        "/api/v1/conversations/doesnotexist/messages", json={"text": "hi"}, headers=headers
    )
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


async def test_empty_blank_and_too_long_text_are_422_and_not_recorded(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, headers = await new_conversation(client)
    url = f"/api/v1/conversations/{conversation_id}/messages"

    for body in ({"text": ""}, {"text": "   \n "}, {"text": "a" * 2001}, {}, {"text": 5}):
        response = await client.post(url, json=body, headers=headers)
        assert response.status_code == 422, body
        assert response.json()["error"]["code"] == "invalid_request"

    assert await redis.exists(f"conv:{conversation_id}:events") == 0


async def test_malformed_json_is_422_without_echoing_the_body(
    client: httpx.AsyncClient,
) -> None:
    conversation_id, headers = await new_conversation(client)
    response = await client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        content=b'{"text": "my secret address is',
        headers={**headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert "secret address" not in response.text


async def test_a_2000_character_message_is_accepted(client: httpx.AsyncClient) -> None:
    conversation_id, headers = await new_conversation(client)
    response = await client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": "loud music " * 181 + "x" * 9},
        headers=headers,
    )
    assert response.status_code == 200


async def test_when_rasa_is_down_the_resident_still_gets_an_answer(
    client: httpx.AsyncClient, redis: Redis
) -> None:
    conversation_id, headers = await new_conversation(client)

    response = await client.post(
        f"/api/v1/conversations/{conversation_id}/messages",
        json={"text": "my neighbor plays loud music every night"},
        headers=headers,
    )

    assert response.status_code == 200
    body = response.json()
    assert body["state"] == {"mode": "bot"}
    [reply] = body["messages"]
    assert "911" in reply["text"] and "988" in reply["text"] and "311" in reply["text"]
    assert "staff member will follow up" in reply["text"]
    assert reply["metadata"]["failsafe"] is True
    # kept for replay when the bot is back
    pending = await redis.lrange("replay:pending", 0, -1)
    assert any(item.startswith(f"{conversation_id}|") for item in pending)
    events = await redis.xrange(f"conv:{conversation_id}:events")
    assert [fields["type"] for _, fields in events] == ["inbound", "outbound"]
