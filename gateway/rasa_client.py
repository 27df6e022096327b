"""Talking to the Rasa server (and checking on the action server behind it)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import httpx

logger = logging.getLogger(__name__)


class BotUnavailable(Exception):
    """Rasa did not answer in time or answered with an error."""


@dataclass(frozen=True)
class BotTurn:
    """What Rasa did with one message: its replies and how it understood it."""

    messages: list[dict[str, Any]]
    intent: str | None = None
    confidence: float | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    paused: bool = False


class RasaClient:
    def __init__(
        self,
        http: httpx.AsyncClient,
        rasa_url: str,
        token: str,
        action_server_url: str,
        timeout: float,
    ) -> None:
        self._http = http
        self._rasa_url = rasa_url
        self._token = token
        self._action_server_url = action_server_url
        self._timeout = timeout

    async def send(self, sender_id: str, text: str, metadata: dict[str, Any]) -> BotTurn:
        """One user message in, the bot's turn out (through bot/channels/gateway.py)."""
        try:
            response = await self._http.post(
                f"{self._rasa_url}/webhooks/gateway/webhook",
                params={"token": self._token},
                json={"sender": sender_id, "message": text, "metadata": metadata},
                timeout=self._timeout,
            )
        except httpx.HTTPError as exc:
            raise BotUnavailable(type(exc).__name__) from exc
        if response.status_code != 200:
            raise BotUnavailable(f"rasa answered {response.status_code}")
        body = response.json()
        intent = body.get("intent") or {}
        return BotTurn(
            messages=list(body.get("messages") or []),
            intent=intent.get("name"),
            confidence=intent.get("confidence"),
            entities=list(body.get("entities") or []),
            slots=dict(body.get("slots") or {}),
            paused=bool(body.get("paused")),
        )

    async def parse(self, text: str) -> tuple[str | None, float | None]:
        """Rasa's NLU alone (no dialogue, nothing stored): the intent and its confidence."""
        try:
            response = await self._http.post(
                f"{self._rasa_url}/model/parse",
                params={"token": self._token},
                json={"text": text},
                timeout=self._timeout,
            )
        except httpx.HTTPError as exc:
            raise BotUnavailable(type(exc).__name__) from exc
        if response.status_code != 200:
            raise BotUnavailable(f"rasa answered {response.status_code}")
        intent = response.json().get("intent") or {}
        return intent.get("name"), intent.get("confidence")

    async def append_events(self, sender_id: str, events: list[dict[str, Any]]) -> None:
        """Write events into the bot's tracker (what the gateway said or decided)."""
        try:
            response = await self._http.post(
                f"{self._rasa_url}/conversations/{sender_id}/tracker/events",
                params={"token": self._token, "include_events": "NONE"},
                json=events,
                timeout=self._timeout,
            )
        except httpx.HTTPError as exc:
            raise BotUnavailable(type(exc).__name__) from exc
        if response.status_code != 200:
            raise BotUnavailable(f"rasa answered {response.status_code}")

    async def rasa_ready(self) -> str | None:
        """``None`` when Rasa answers with a model loaded, else what is wrong."""
        try:
            response = await self._http.get(
                f"{self._rasa_url}/status", params={"token": self._token}, timeout=2.0
            )
        except httpx.HTTPError as exc:
            return f"unreachable ({type(exc).__name__})"
        if response.status_code != 200:
            return f"status {response.status_code}"
        if not response.json().get("model_file"):
            return "no model loaded"
        return None

    async def action_server_ready(self) -> str | None:
        try:
            response = await self._http.get(f"{self._action_server_url}/health", timeout=2.0)
        except httpx.HTTPError as exc:
            return f"unreachable ({type(exc).__name__})"
        if response.status_code != 200:
            return f"status {response.status_code}"
        return None
