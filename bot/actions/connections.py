"""Clients the actions share, created on first use (never at import time)."""

from __future__ import annotations

import os

from redis.asyncio import Redis

_redis: Redis | None = None


def get_redis() -> Redis:
    global _redis
    if _redis is None:
        _redis = Redis.from_url(
            os.environ.get("REDIS_URL", "redis://127.0.0.1:6380/0"), decode_responses=True
        )
    return _redis


def retention_seconds() -> int:
    return int(float(os.environ.get("RETENTION_DAYS", "30")) * 86400)


def office_hours_text() -> str:
    return os.environ.get("OFFICE_HOURS", "Mon-Fri 09:00-21:00; Sat-Sun 10:00-18:00")
