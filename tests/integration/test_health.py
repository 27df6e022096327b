"""Liveness and readiness as an operator sees them."""

from __future__ import annotations

import httpx


async def test_healthz_answers_while_the_process_lives(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_is_503_and_names_what_is_down(client: httpx.AsyncClient) -> None:
    response = await client.get("/readyz")

    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["action_server", "rasa"]
    assert body["checks"]["redis"] == "ok"
    assert body["checks"]["rasa"].startswith("unreachable")
