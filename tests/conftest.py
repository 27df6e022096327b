"""Fixtures shared by every test: a private Redis, and the whole running stack."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from redis.asyncio import Redis

from tests.support.fake_twilio import FakeTwilio
from tests.support.processes import redis_server
from tests.support.stack import Stack, running_stack


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server of the tests' own on a free port (never the system's)."""
    with redis_server(Path(tmp_path_factory.mktemp("redis"))) as url:
        yield url


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url, decode_responses=True)
    await client.flushdb()
    yield client
    await client.aclose()


@pytest.fixture(scope="session")
def stack() -> Iterator[Stack]:
    """Redis, Rasa, the action server, the gateway and the SMS worker, started once
    per test run, with outbound SMS going to a fake of Twilio's Messages API."""
    twilio = FakeTwilio(account_sid="", auth_token="").start()
    try:
        with running_stack(twilio.base_url) as started:
            twilio.account_sid = started.env["TWILIO_ACCOUNT_SID"]
            twilio.auth_token = started.env["TWILIO_AUTH_TOKEN"]
            started.twilio = twilio
            yield started
    finally:
        twilio.stop()
