"""A resident's side of a conversation, through the public API of the running gateway."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.stack import Stack


class Resident:
    def __init__(self, stack: Stack) -> None:
        self.http = httpx.Client(base_url=stack.gateway_url, timeout=30)
        created = self.http.post("/api/v1/conversations")
        assert created.status_code == 201, created.text
        body = created.json()
        self.conversation_id: str = body["conversation_id"]
        self.headers = {"Authorization": f"Bearer {body['token']}"}

    def say(self, text: str) -> dict[str, Any]:
        response = self.http.post(
            f"/api/v1/conversations/{self.conversation_id}/messages",
            json={"text": text},
            headers=self.headers,
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def close(self) -> None:
        self.http.close()
