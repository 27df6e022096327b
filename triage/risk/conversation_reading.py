"""A reading the conversation makes, in the shape of the text screen's result."""

from __future__ import annotations

import re
from collections.abc import Sequence

from triage.risk.result import RiskResult, route_for


def language_of(normal: str, spanish: re.Pattern[str], english: re.Pattern[str]) -> str | None:
    """ "es" or "en" for the pattern that matches the normalised text, else None."""
    if spanish.search(normal):
        return "es"
    if english.search(normal):
        return "en"
    return None


def conversation_result(
    kind: str | None,
    language: str,
    signal_id: str,
    why: str,
    level: str = "imminent",
    evidence: Sequence[dict[str, object]] = (),
) -> RiskResult:
    """A reading the conversation made, its signal first, then the ``evidence`` it
    rests on (the text screen's signals, held or not)."""
    signal: dict[str, object] = {
        "layer": "conversation",
        "id": signal_id,
        "level": level,
        "kind": kind,
        "why": why,
    }
    return RiskResult(
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=[signal, *evidence],
        language=language,
    )
