"""screen_text: the text layers (patterns, semantic and learned) for one message.

Never raises: a message that cannot be read is still answered. If the model
cannot be loaded, the patterns and the character n-gram layer decide and a
signal says so.
"""

from __future__ import annotations

import logging
import threading
import time

import numpy as np

from triage.risk import context_model, learned, segment, semantic
from triage.risk.combine import (
    corroborate,
    decide,
    dissent,
    filter_learned,
    filter_semantic,
    order_signals,
)
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
_learned_down_until = 0.0


def screen_text(text: str) -> RiskResult:
    """Screen a message with the text layers only (no Rasa intent)."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        normalized = normalize(text)
    except Exception:  # a message must be screened even if normalising fails
        log.exception("risk screen: normalisation failed; screening the raw text")
        normalized = text.casefold()
    # a message typed without spaces is one unknown word to the language detector;
    # it reads the words the run was split into (so the 911 reply is in Spanish)
    language = detect_language(normalized if segment.has_run(text) else text)
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
        try:
            chunks = semantic.chunk(normalized)
        except Exception:
            log.exception("risk screen: could not cut the message into chunks")
            chunks = []
        semantic_signals, vectors = _semantic_signals(normalized, chunks, hits)
        signals.extend(semantic_signals)
        signals.extend(_learned_signals(normalized, chunks, vectors, hits, signals))
    else:
        signals = _learned_dissent(normalized, signals)
    level, kind = decide(signals)
    return RiskResult(
        level=level,  # type: ignore[arg-type]
        kind=kind,
        route=route_for(level, kind),
        signals=order_signals(signals),
        language=language,
    )


def _semantic_signals(
    normalized: str, chunks: list[semantic.Chunk], hits: list[PatternHit]
) -> tuple[list[dict[str, object]], np.ndarray | None]:
    """The semantic layer's signals and the chunk vectors (None when the
    model is unavailable)."""
    global _semantic_down_until
    if time.monotonic() < _semantic_down_until:
        return [{"layer": "semantic", "error": "unavailable"}], None
    try:
        found = semantic.score(chunks)
        kept = filter_semantic(found, chunks, hits, normalized)
        vectors = semantic.chunk_vectors(chunks) if chunks else None
    except Exception:
        # Log the failure, never the message.
        log.exception("risk screen: semantic layer unavailable; patterns only")
        _semantic_down_until = time.monotonic() + SEMANTIC_RETRY_SECONDS
        return [{"layer": "semantic", "error": "unavailable"}], None
    return [h.to_signal() for h in kept], vectors


def _learned_signals(
    normalized: str,
    chunks: list[semantic.Chunk],
    vectors: np.ndarray | None,
    hits: list[PatternHit],
    signals: list[dict[str, object]],
) -> list[dict[str, object]]:
    """The learned layers' signals, read in the patterns' context and, for
    the embedding layer's imminent readings, checked against the other
    layers (``combine.corroborate``). Without chunk vectors only the
    character n-gram layer runs."""
    global _learned_down_until
    if time.monotonic() < _learned_down_until:
        return [{"layer": "learned", "error": "unavailable"}]
    models = learned.loaded_models()
    if models is None:
        _start_loading()
        return [{"layer": "learned", "error": "loading"}]
    try:
        found = learned.score(normalized, chunks, vectors, models)
        # A layer that read nothing alarming adds no signal; one that did
        # keeps its signal even when the context set it aside.
        kept = filter_learned([h for h in found if h.label != "none"], hits, normalized)
        kept = corroborate(kept, signals)
    except Exception:
        log.exception("risk screen: learned layers unavailable")
        _learned_down_until = time.monotonic() + SEMANTIC_RETRY_SECONDS
        return [{"layer": "learned", "error": "unavailable"}]
    return [h.to_signal() for h in kept]


def _learned_dissent(normalized: str, signals: list[dict[str, object]]) -> list[dict[str, object]]:
    """A rule said imminent: let both learned layers overrule it when they
    read the message as ordinary (``combine.dissent``). Without both layers
    the rule stands."""
    models = learned.loaded_models()
    if models is None or time.monotonic() < max(_semantic_down_until, _learned_down_until):
        return signals
    try:
        chunks = semantic.chunk(normalized)
        vectors = semantic.chunk_vectors(chunks) if chunks else None
        if vectors is None:
            return signals
        peaks = learned.peaks(normalized, chunks, vectors, models)
        return dissent(signals, peaks, len(normalized.split()))
    except Exception:
        log.exception("risk screen: learned layers could not weigh a rule's reading")
        return signals


_loading = threading.Lock()


def _start_loading() -> None:
    """Load (or fit) the learned layers in the background, once at a time."""

    def load() -> None:
        try:
            learned.get_models()
        except Exception:
            log.exception("risk screen: learned layers could not be loaded")
        finally:
            _loading.release()

    if _loading.acquire(blocking=False):
        threading.Thread(target=load, name="risk-learned-load", daemon=True).start()


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
    """Load the model, the exemplar embeddings and the learned layers now
    (call at start-up), so that the first resident does not wait for them.
    Without a cached fit the learned layers train here (tens of seconds)."""
    semantic.get_index()
    learned.get_models()
    context_model.get_model()
    segment.load()
    screen_text("warm up")
