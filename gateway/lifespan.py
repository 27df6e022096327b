"""The clients the gateway owns for its whole life: Redis and HTTP (to Rasa)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
from fastapi import FastAPI
from redis.asyncio import Redis

from triage.risk import warm_up

from .conversations.inbound import InboundHandler
from .conversations.replay import replay_forever
from .conversations.store import ConversationStore
from .rasa_client import RasaClient
from .settings import Settings


@dataclass
class Services:
    settings: Settings
    redis: Redis
    http: httpx.AsyncClient
    rasa: RasaClient
    store: ConversationStore
    inbound: InboundHandler


def build_services(settings: Settings) -> Services:
    redis = Redis.from_url(settings.redis_url, decode_responses=True, health_check_interval=30)
    http = httpx.AsyncClient(limits=httpx.Limits(max_connections=100))
    rasa = RasaClient(
        http,
        rasa_url=settings.rasa_url,
        token=settings.secret("rasa_token"),
        action_server_url=settings.action_server_url,
        timeout=settings.rasa_timeout_seconds,
    )
    store = ConversationStore(redis, settings.retention_seconds)
    return Services(
        settings=settings,
        redis=redis,
        http=http,
        rasa=rasa,
        store=store,
        inbound=InboundHandler(store, rasa, redis, settings.retention_seconds),
    )


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    services = build_services(app.state.settings)
    app.state.services = services
    # Load the screen's model and exemplars in the background: the screen answers
    # with its rules alone until they are ready, so start-up never waits on them.
    warming = asyncio.create_task(asyncio.to_thread(warm_up))
    replaying = asyncio.create_task(replay_forever(services.redis, services.store, services.rasa))
    try:
        yield
    finally:
        replaying.cancel()
        warming.cancel()
        await services.http.aclose()
        await services.redis.aclose()
