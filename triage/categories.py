"""The vocabulary every part of the help line shares: situation categories,
risk kinds and levels, and the five boroughs.

These names travel in reply metadata, the staff queue and reports, so they are
a contract: change them only together with the bot's domain and the directory.
"""

from __future__ import annotations

from typing import Final

#: Situation categories a resident can describe (the conversation issue's table).
CATEGORIES: Final[tuple[str, ...]] = (
    "noise",
    "neighbor_dispute",
    "family_conflict",
    "mental_health_other",
    "mental_health_self",
    "homelessness",
    "substance_use",
    "youth_conflict",
    "harassment",
    "landlord_tenant",
    "welfare_check",
    "domestic_violence",
    "info",
)

#: Kinds of risk the safety screen can report.
RISK_KINDS: Final[tuple[str, ...]] = (
    "violence",
    "weapon",
    "medical",
    "overdose",
    "self_harm",
    "domestic_violence",
    "child_safety",
    "fire",
    "threat",
)

#: Risk levels, lowest first, so that ``RISK_LEVELS.index`` orders them.
RISK_LEVELS: Final[tuple[str, ...]] = ("none", "elevated", "imminent")

#: Canonical borough ids (snake_case) and how people or data sets name them.
BOROUGHS: Final[dict[str, str]] = {
    "manhattan": "Manhattan",
    "brooklyn": "Brooklyn",
    "queens": "Queens",
    "bronx": "Bronx",
    "staten_island": "Staten Island",
}

_BOROUGH_ALIASES: Final[dict[str, str]] = {
    "new york": "manhattan",
    "new york county": "manhattan",
    "kings": "brooklyn",
    "kings county": "brooklyn",
    "queens county": "queens",
    "the bronx": "bronx",
    "bronx county": "bronx",
    "richmond": "staten_island",
    "richmond county": "staten_island",
}


def normalize_borough(value: str) -> str | None:
    """Return the canonical borough id for a name in any case, with spaces or
    underscores, or a county name (``Kings``, ``Richmond``); ``None`` if unknown."""
    key = " ".join(value.replace("_", " ").replace("-", " ").casefold().split())
    if not key:
        return None
    snake = key.replace(" ", "_")
    if snake in BOROUGHS:
        return snake
    return _BOROUGH_ALIASES.get(key)


def risk_level_rank(level: str) -> int:
    """Order risk levels so the highest can be kept (unknown counts as none)."""
    return RISK_LEVELS.index(level) if level in RISK_LEVELS else 0


#: The Rasa intent that names each situation category.
CATEGORY_INTENTS: Final[dict[str, str]] = {
    f"report_{category}": category for category in CATEGORIES if category != "info"
} | {
    "ask_about_office": "info",
    "ask_hours": "info",
    "ask_police": "info",
    "bot_challenge": "info",
}

#: Rasa intents that name a risk, and the risk kind each one means.
RISK_INTENTS: Final[dict[str, str]] = {
    "risk_violence": "violence",
    "risk_weapon": "weapon",
    "risk_medical": "medical",
    "risk_overdose": "overdose",
    "risk_self_harm": "self_harm",
    "risk_fire": "fire",
    "risk_child_safety": "child_safety",
}


def category_for_intent(intent: str | None) -> str | None:
    """The situation category an intent names, or ``None`` (greet, affirm, ...)."""
    return CATEGORY_INTENTS.get(intent or "")
