"""Liveness and readiness, for process managers and load balancers."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from redis.exceptions import RedisError

from ..deps import ServicesDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    """The process is alive (says nothing about its dependencies)."""
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(services: ServicesDep) -> JSONResponse:
    """200 only when Redis, the Rasa server and the action server all answer."""

    async def redis_problem() -> str | None:
        try:
            await asyncio.wait_for(services.redis.ping(), timeout=2.0)
        except (RedisError, OSError, TimeoutError) as exc:
            return f"unreachable ({type(exc).__name__})"
        return None

    redis, rasa, actions = await asyncio.gather(
        redis_problem(), services.rasa.rasa_ready(), services.rasa.action_server_ready()
    )
    checks = {"redis": redis, "rasa": rasa, "action_server": actions}
    failed = {name: problem for name, problem in checks.items() if problem}
    body: dict[str, Any] = {
        "status": "ready" if not failed else "not_ready",
        "checks": {name: (problem or "ok") for name, problem in checks.items()},
    }
    if failed:
        body["failed"] = sorted(failed)
    return JSONResponse(body, status_code=503 if failed else 200)
