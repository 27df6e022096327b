"""The Rasa layer: what the bot's NLU thinks the message is.

The gateway runs the text screen concurrently with the Rasa turn and merges
the intent afterwards with ``merge_intent``. Risk intents name a kind; the
bot's training data for ``risk_*`` describes emergencies, so a confident
``risk_*`` intent is imminent, a less confident one elevated.
``report_domestic_violence`` is a report, not an emergency: elevated at most.

If the text screen read the very words of that kind as negated or figurative
("he doesn't have a gun", "this noise is killing me") and nothing else of the
kind fired, the intent is capped at elevated: the resident still gets the
safety question, but an NLU misfire does not send 911 to a noise complaint.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Final

from triage.risk.combine import decide, order_signals
from triage.risk.result import RiskResult, route_for

#: Intent name -> (kind, the highest level it can signal).
RISK_INTENTS: Final[dict[str, tuple[str, str]]] = {
    "risk_violence": ("violence", "imminent"),
    "risk_weapon": ("weapon", "imminent"),
    "risk_medical": ("medical", "imminent"),
    "risk_overdose": ("overdose", "imminent"),
    "risk_self_harm": ("self_harm", "imminent"),
    "risk_fire": ("fire", "imminent"),
    "risk_child_safety": ("child_safety", "imminent"),
    "report_domestic_violence": ("domestic_violence", "elevated"),
}

#: At or above this confidence a risk intent signals its full level...
IMMINENT_CONFIDENCE: Final = 0.80
#: ...at or above this one, elevated; below it the intent is only noted.
ELEVATED_CONFIDENCE: Final = 0.50

_VETO_CONTEXTS: Final = frozenset({"negated", "figurative", "topic", "media", "past", "humor"})


def intent_signal(
    intent: str | None, confidence: float | None, result: RiskResult | None = None
) -> dict[str, object] | None:
    """The signal for an intent, or None if it is not a risk intent."""
    if not intent or intent not in RISK_INTENTS:
        return None
    kind, top = RISK_INTENTS[intent]
    conf = float(confidence) if confidence is not None else 0.0
    if math.isnan(conf):
        conf = 0.0
    if conf >= IMMINENT_CONFIDENCE:
        level = top
    elif conf >= ELEVATED_CONFIDENCE:
        level = "elevated"
    else:
        level = "none"
    signal: dict[str, object] = {
        "layer": "intent",
        "intent": intent,
        "confidence": round(conf, 3),
        "kind": kind,
        "level": level,
    }
    if level == "imminent" and result is not None and _text_denies(result, kind):
        signal["level"] = "elevated"
        signal["context"] = "text_denies"
    return signal


def _text_denies(result: RiskResult, kind: str) -> bool:
    same_kind = [s for s in result.signals if s.get("kind") == kind and s.get("layer") != "intent"]
    if any(s.get("level") in ("elevated", "imminent") for s in same_kind):
        return False
    return any(s.get("context") in _VETO_CONTEXTS for s in same_kind)


def merge_intent(result: RiskResult, intent: str | None, confidence: float | None) -> RiskResult:
    """Add the Rasa intent to a text-only result (from ``screen_text``).

    Any earlier intent signal is replaced, so merging twice is harmless.
    """
    signals = [s for s in result.signals if s.get("layer") != "intent"]
    signal = intent_signal(intent, confidence, result)
    if signal is not None:
        signals.append(signal)
    level, kind = decide(signals)
    return replace(
        result,
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=order_signals(signals),
    )
