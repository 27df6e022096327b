"""Combine the layers into one level and kind.

- The level is the highest any layer reached: a single layer at imminent with
  enough confidence makes the message imminent.
- The semantic layer does not get the last word where the pattern layer read
  the context: in a chunk where a rule of the same kind was negated,
  figurative or in the past (and no rule fired), or where the sentence denies
  any danger, its hits are dropped; where a rule was read as recent, habitual
  or hypothetical, its hits are capped at elevated. MiniLM cannot tell "he has
  a gun" from "he doesn't have a gun"; the patterns can.
- The kind is taken from the strongest layer at that level (patterns, then
  semantic, then intent) and, among kinds, by ``KIND_PRIORITY``: what needs
  the most specific response comes first (an overdose is also a medical
  emergency; violence with a knife is also a weapon).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from triage.categories import risk_level_rank
from triage.risk import context
from triage.risk.patterns import PatternHit
from triage.risk.semantic import Chunk, SemanticHit

KIND_PRIORITY: Final[tuple[str, ...]] = (
    "overdose",
    "fire",
    "child_safety",
    "domestic_violence",
    "weapon",
    "threat",
    "violence",
    "medical",
    "self_harm",
)
_LAYER_PRIORITY: Final = {"pattern": 0, "semantic": 1, "intent": 2}

# Contexts that mean "this is not about a danger here and now".
_VETO_SAME_KIND: Final = frozenset({"negated", "figurative", "topic", "media", "past", "humor"})
_VETO_ANY_KIND: Final = frozenset({"figurative", "topic", "media", "past", "humor"})
# Contexts that mean "a danger, but not now".
_CAP_CONTEXTS: Final = frozenset(
    {"recent_past", "habitual", "hypothetical", "worry", "uncertain", "past_again"}
)


# Kinds that describe one person hurting another: a rule negated for one of
# them ("he didn't hit me") speaks for all of them.
_FAMILY: Final = {
    "violence": "harm",
    "domestic_violence": "harm",
    "threat": "harm",
    "child_safety": "harm",
    "weapon": "harm",
    "medical": "health",
    "overdose": "health",
}


def _same_family(a: str, b: str) -> bool:
    return a == b or _FAMILY.get(a, a) == _FAMILY.get(b, b)


def filter_semantic(
    hits: Sequence[SemanticHit],
    chunks: Sequence[Chunk],
    patterns: Sequence[PatternHit],
    text: str,
) -> list[SemanticHit]:
    """Drop or cap semantic hits that the pattern layer's reading contradicts,
    and keep the best remaining hit per kind."""
    idioms = [
        span for span, reason in context.idiom_spans(text) if reason in ("figurative", "topic")
    ]
    kept: dict[str, SemanticHit] = {}
    for hit in hits:
        piece = chunks[hit.chunk]
        inside = [p for p in patterns if piece.start <= p.start < piece.end]
        active = [p for p in inside if p.level != "none"]
        active_same = any(_same_family(p.kind, hit.kind) for p in active)
        if not active_same and any(
            p.level == "none" and _same_family(p.kind, hit.kind) and p.context in _VETO_SAME_KIND
            for p in inside
        ):
            continue
        if not active:
            if any(p.context in _VETO_ANY_KIND for p in inside):
                continue
            if any(piece.start <= span.start < piece.end for span in idioms):
                continue
            if context.denies_danger(piece.text):
                continue
            if context.is_humorous(piece.text):
                if hit.kind != "self_harm":
                    continue
                hit = _capped(hit)
        if any(p.context in _CAP_CONTEXTS for p in inside):
            hit = _capped(hit)
        current = kept.get(hit.kind)
        if current is None or (hit.level, hit.score) > (current.level, current.score):
            kept[hit.kind] = hit
    return sorted(kept.values(), key=lambda h: (-risk_level_rank(h.level), -h.score, h.kind))


def _capped(hit: SemanticHit) -> SemanticHit:
    if hit.level != "imminent":
        return hit
    return SemanticHit(hit.kind, "elevated", hit.exemplar, hit.score, hit.benign_score, hit.chunk)


def _kind_rank(kind: object) -> int:
    return KIND_PRIORITY.index(kind) if kind in KIND_PRIORITY else len(KIND_PRIORITY)


def decide(signals: Iterable[dict[str, object]]) -> tuple[str, str | None]:
    """The level and kind that the signals add up to."""
    active = [s for s in signals if s.get("level") in ("elevated", "imminent") and s.get("kind")]
    if not active:
        return "none", None
    level = max((str(s["level"]) for s in active), key=risk_level_rank)
    top = [s for s in active if s["level"] == level]
    best = min(
        top,
        key=lambda s: (_LAYER_PRIORITY.get(str(s.get("layer")), 9), _kind_rank(s.get("kind"))),
    )
    return level, str(best["kind"])


def order_signals(signals: Iterable[dict[str, object]]) -> list[dict[str, object]]:
    """Strongest first: by level, then layer; suppressed pattern signals last."""
    return sorted(
        signals,
        key=lambda s: (
            -risk_level_rank(str(s.get("level", "none"))),
            _LAYER_PRIORITY.get(str(s.get("layer")), 9),
            _kind_rank(s.get("kind")),
        ),
    )
