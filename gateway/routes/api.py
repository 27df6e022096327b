"""The integrations API (bearer ``API_TOKEN``): directory search and triage."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query

from triage.categories import category_for_intent
from triage.formatting import resources_metadata
from triage.matching import UnknownBoroughError, UnknownCategoryError, match, search
from triage.risk import merge_intent, screen_text

from ..deps import ApiTokenDep, ServicesDep
from ..errors import Unprocessable
from ..rasa_client import BotUnavailable
from ..schemas import MessageIn

router = APIRouter(prefix="/api/v1", tags=["integrations"], dependencies=[ApiTokenDep])


def _unprocessable(exc: UnknownCategoryError | UnknownBoroughError, field: str) -> Unprocessable:
    return Unprocessable(
        f"Unknown {field} {exc.value!r}.", details={"field": field, "allowed": list(exc.allowed)}
    )


@router.get("/resources")
async def resources(
    category: Annotated[str | None, Query(max_length=40)] = None,
    borough: Annotated[str | None, Query(max_length=40)] = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    open_now: bool = False,
) -> dict[str, Any]:
    """Search the directory: every filter given must hold; ``q`` ranks by relevance."""
    try:
        hits = await asyncio.to_thread(
            search, category or None, borough or None, q or None, open_now
        )
    except UnknownCategoryError as exc:
        raise _unprocessable(exc, "category") from exc
    except UnknownBoroughError as exc:
        raise _unprocessable(exc, "borough") from exc
    return {
        "count": len(hits),
        "resources": [
            {
                **hit.service.model_dump(mode="json"),
                "availability": hit.availability,
                "opens_at": hit.opens_at.isoformat() if hit.opens_at else None,
                "score": hit.score,
            }
            for hit in hits
        ],
    }


@router.post("/triage")
async def triage(message: MessageIn, services: ServicesDep) -> dict[str, Any]:
    """Screen a text for risk, name its category (Rasa NLU) and the services that fit."""
    screening = asyncio.create_task(asyncio.to_thread(screen_text, message.text))
    intent: str | None = None
    confidence: float | None = None
    # With Rasa down the screen still answers; category and confidence stay null.
    with contextlib.suppress(BotUnavailable):
        intent, confidence = await services.rasa.parse(message.text)
    risk = merge_intent(await screening, intent, confidence)
    category = category_for_intent(intent)
    # Risk first: a weapon in a noise complaint needs 911, not a mediator.
    topic = risk.kind if risk.level == "imminent" and risk.kind else category
    found: list[dict[str, Any]] = []
    if topic:
        result = await asyncio.to_thread(match, topic, message.text, None, datetime.now(UTC))
        found = resources_metadata(result)
    return {
        "risk": {
            "level": risk.level,
            "route": risk.route,
            "kind": risk.kind,
            "signals": risk.signals,
        },
        "category": category,
        "confidence": confidence,
        "language": risk.language,
        "resources": found,
    }
