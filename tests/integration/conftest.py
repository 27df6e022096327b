"""The gateway in-process against a real Redis; Rasa is pointed at a closed port
unless a test starts the whole stack."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI
from redis.asyncio import Redis

from gateway.main import create_app
from gateway.settings import Settings
from tests.support.processes import free_port


@pytest.fixture
def settings(redis_url: str) -> Settings:
    closed = free_port()  # nothing listens there: Rasa and the action server are "down"
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        environment="development",
        redis_url=redis_url,
        rasa_url=f"http://127.0.0.1:{closed}",
        action_server_url=f"http://127.0.0.1:{closed}",
        rasa_timeout_seconds=1.0,
    )


@pytest.fixture
async def app(settings: Settings, redis: Redis) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c
