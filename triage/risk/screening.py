"""screen_text: the text layers (patterns and semantic) for one message.

Never raises: a message that cannot be read is still answered. If the model
cannot be loaded, the patterns alone decide and a signal says so.
"""

from __future__ import annotations

import logging
import time

from triage.risk import semantic
from triage.risk.combine import decide, filter_semantic, order_signals
from triage.risk.intent import merge_intent
from triage.risk.language import detect_language
from triage.risk.normalize import normalize
from triage.risk.patterns import PatternHit, scan
from triage.risk.result import RiskResult, route_for

log = logging.getLogger(__name__)

#: After the semantic layer fails, the patterns decide alone for this long
#: before the model is tried again (so a missing model is not reloaded, and
#: logged, on every message).
SEMANTIC_RETRY_SECONDS = 60.0
_semantic_down_until = 0.0


def screen_text(text: str) -> RiskResult:
    """Screen a message with the text layers only (no Rasa intent)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        normalized = normalize(text)
    except Exception:  # a message must be screened even if normalising fails
        log.exception("risk screen: normalisation failed; screening the raw text")
        normalized = text.casefold()
    language = detect_language(text)
    try:
        hits = scan(normalized)
    except Exception:
        log.exception("risk screen: pattern layer failed")
        hits = []
    signals: list[dict[str, object]] = [h.to_signal() for h in hits]
    # Once a rule says imminent, the semantic layer can neither raise the level
    # nor change the kind (patterns win ties), so emergencies skip the model and
    # get their reply sooner.
    if not any(h.level == "imminent" for h in hits):
        signals.extend(_semantic_signals(normalized, hits))
    level, kind = decide(signals)
    return RiskResult(
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=order_signals(signals),
        language=language,
    )


def _semantic_signals(normalized: str, hits: list[PatternHit]) -> list[dict[str, object]]:
    global _semantic_down_until
    if time.monotonic() < _semantic_down_until:
        return [{"layer": "semantic", "error": "unavailable"}]
    try:
        chunks = semantic.chunk(normalized)
        found = semantic.score(chunks)
        kept = filter_semantic(found, chunks, hits, normalized)
    except Exception:
        # Log the failure, never the message.
        log.exception("risk screen: semantic layer unavailable; patterns only")
        _semantic_down_until = time.monotonic() + SEMANTIC_RETRY_SECONDS
        return [{"layer": "semantic", "error": "unavailable"}]
    return [h.to_signal() for h in kept]


def screen(
    text: str, *, intent: str | None = None, intent_confidence: float | None = None
) -> RiskResult:
    """Screen a message with every layer: patterns, semantic and, if given,
    the Rasa intent and its confidence."""
    result = screen_text(text)
    if intent is None:
        return result
    return merge_intent(result, intent, intent_confidence)


def warm_up() -> None:
    """Load the model and the exemplar embeddings now (call at start-up), so
    that the first resident does not wait for them."""
    semantic.get_index()
    screen_text("warm up")
