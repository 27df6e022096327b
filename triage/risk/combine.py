"""Combine the layers into one level and kind.

- The level is the highest any layer reached: a single layer at imminent with
  enough confidence makes the message imminent.
- The semantic layer does not get the last word where the pattern layer read
  the context: in a chunk where a rule of the same kind was negated,
  figurative or in the past (and no rule fired), or where the sentence denies
  any danger, its hits are dropped (a denial of this moment only, "not in
  danger right now", caps them instead); where a rule was read as recent,
  habitual or hypothetical, its hits are capped at elevated. MiniLM cannot tell "he has
  a gun" from "he doesn't have a gun"; the patterns can.
- The learned layers (``learned``) are read in the same context
  (``filter_learned``), and the embedding layer's imminent reading needs a
  second layer to see some risk (``corroborate``).
- The kind is taken from the strongest layer at that level (patterns, then
  semantic, then the learned layers, then intent) and, among kinds, by ``KIND_PRIORITY``: what needs
  the most specific response comes first (an overdose is also a medical
  emergency; violence with a knife is also a weapon).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from triage.categories import risk_level_rank
from triage.risk import context
from triage.risk.channel_only import only_about_texting
from triage.risk.company import announces_someone_coming, expected_company
from triage.risk.learned import LearnedHit
from triage.risk.patterns import PatternHit
from triage.risk.place_only import only_a_place
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
_LAYER_PRIORITY: Final = {"pattern": 0, "semantic": 1, "embedding": 2, "charngram": 3, "intent": 4}

# Contexts that mean "this is not about a danger here and now".
_VETO_SAME_KIND: Final = frozenset(
    {"negated", "figurative", "topic", "media", "past", "humor", "cleared"}
)
_VETO_ANY_KIND: Final = frozenset({"figurative", "topic", "media", "past", "humor"})
# Contexts that mean "a danger, but not now".
_CAP_CONTEXTS: Final = frozenset(
    {
        "recent_past",
        "habitual",
        "hypothetical",
        "worry",
        "uncertain",
        "past_again",
        "retracted",
        "near_miss",
        "caused_feeling",
        "resolved",
        "minimised",
        # a weapon kept somewhere or in a picture; a threat a note "says"
        "kept",
        "written",
    }
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


#: Share of a window a negated rule's sentence must fill to veto the window.
NEGATION_REACH: Final = 0.6


def _fills(piece: str, start: int, end: int) -> bool:
    """Whether the sentence around ``[start, end)`` is most of ``piece``."""
    span = context.sentence_span(piece, max(start, 0), max(end, 0))
    return (span.end - span.start) >= NEGATION_REACH * len(piece.strip())


def _now_beside(piece: str, past: PatternHit, start: int, kind: str) -> bool:
    """A past told beside a present: "my ex is banging on my door and he used
    to beat me". The past dates its own clause, not the window."""
    return context.now_beside(piece, past.start - start, past.end - start, kind)


def read_context(
    kind: str,
    start: int,
    end: int,
    piece: str,
    patterns: Sequence[PatternHit],
    idioms: Sequence[context.Span],
) -> tuple[str | None, str | None]:
    """How the pattern layer's reading of a span of text bears on a model's
    hit of ``kind`` there: ``(veto, cap)``, each the reason or None. A veto
    drops the hit; a cap keeps it at elevated at most."""
    inside = [p for p in patterns if start <= p.start < end]
    active = [p for p in inside if p.level != "none"]
    active_same = any(_same_family(p.kind, kind) for p in active)
    if not active_same:
        for p in inside:
            if p.level == "none" and _same_family(p.kind, kind) and p.context in _VETO_SAME_KIND:
                if p.context == "negated" and (
                    not _fills(piece, p.start - start, p.end - start)
                    # "no tiene cuchillo, pero le están pegando": the turn is to another
                    # kind ("he doesn't have a gun but he's yelling" is still no gun)
                    or (p.kind != kind and context.turns_after(piece, p.end - start))
                ):
                    # "never hit her, but now she flinches": one denied clause
                    # does not deny what the rest of the window describes
                    continue
                if p.context == "past" and _now_beside(piece, p, start, kind):
                    continue
                return p.context, None
    if not active:
        for p in inside:
            if p.context in _VETO_ANY_KIND and not (
                p.context == "past" and _now_beside(piece, p, start, kind)
            ):
                return p.context, None
        if any(start <= span.start < end for span in idioms):
            return "figurative", None
        if context.denial_stands(piece, kind) and not context.denies_only_now(piece):
            return "negated", None
        if kind == "fire" and context.is_cleared(piece, kind):
            return "cleared", None
        if context.is_long_past(piece, kind):
            return "past", None
        if context.is_humorous(piece) and not context.laughs_beside_now(piece, kind):
            # nervous laughter comes with real emergencies: a laugh caps, never vetoes
            return None, "humor"
        if context.denial_stands(piece, kind):
            # "not in danger right this second, but it's been going on for weeks"; a
            # danger over ("no one is in danger right now, the fire is out") is none
            if context.is_resolved(piece, kind, reach=None):
                return "negated", None
            return None, "minimised"
    for p in inside:
        if p.context in _CAP_CONTEXTS:
            return None, p.context
    if context.denial_stands(piece, kind) and not any(p.level == "imminent" for p in active):
        # "nobody's hurt, but last night's fight left blood on the wall": a risk the
        # rules read, in a window that denies an emergency
        return None, "negated"
    if context.minimises(piece) and not any(p.level == "imminent" for p in active):
        return None, "minimised"
    if context.is_resolved(piece, kind, reach=None):
        return None, "resolved"
    if context.reassures(piece) and not any(p.level == "imminent" for p in active):
        return None, "reassured"
    if context.is_corrected(piece) and not any(p.level == "imminent" for p in active):
        # "earlier I said the baby wasn't breathing, I meant the MONITOR"
        return None, "corrected"
    return None, None


def _idiom_spans(text: str) -> list[context.Span]:
    return [span for span, reason in context.idiom_spans(text) if reason in ("figurative", "topic")]


def _set_aside(patterns: Sequence[PatternHit], text: str) -> str | None:
    """Why the models' reading of the message does not apply, or None. The rules
    read no risk in it, and it announces someone expected, here or on the way
    ("mi amiga ya está afuera", "nvm he's here now", "im waiting on my sister":
    ``triage.risk.company``), only says where
    ("harlem, lenox and 130th": ``triage.risk.place_only``) or only talks about the
    texting ("sorry texts coming out of order": ``triage.risk.channel_only``)."""
    if any(p.level != "none" for p in patterns):
        return None
    return _models_do_not_apply(text)


# Both the semantic and the learned filters ask this of the same message.
@lru_cache(maxsize=64)
def _models_do_not_apply(text: str) -> str | None:
    if expected_company(text) or announces_someone_coming(text):
        return "company"
    if only_a_place(text):
        return "place_only"
    if only_about_texting(text):
        return "texting_only"
    return None


def filter_semantic(
    hits: Sequence[SemanticHit],
    chunks: Sequence[Chunk],
    patterns: Sequence[PatternHit],
    text: str,
) -> list[SemanticHit]:
    """Drop or cap semantic hits that the pattern layer's reading contradicts,
    and keep the best remaining hit per kind."""
    idioms = _idiom_spans(text)
    if _set_aside(patterns, text):
        return []
    kept: dict[str, SemanticHit] = {}
    for hit in hits:
        piece = chunks[hit.chunk]
        veto, cap = read_context(hit.kind, piece.start, piece.end, piece.text, patterns, idioms)
        if veto:
            continue
        if cap:
            hit = _capped(hit)
        current = kept.get(hit.kind)
        if current is None or (hit.level, hit.score) > (current.level, current.score):
            kept[hit.kind] = hit
    return sorted(kept.values(), key=lambda h: (-risk_level_rank(h.level), -h.score, h.kind))


def filter_learned(
    hits: Sequence[LearnedHit], patterns: Sequence[PatternHit], text: str
) -> list[LearnedHit]:
    """Read the learned layers' hits in the pattern layer's context, as the
    semantic layer's are: a negated, figurative, past, humorous or denied
    reading sets a hit to none; a recent, habitual or hypothetical one, a
    danger already handled or a person said to be fine now caps it at
    elevated. The hit keeps its label and probability; ``context``
    says why its level changed."""
    idioms = _idiom_spans(text)
    aside = _set_aside(patterns, text)
    out = []
    for hit in hits:
        if hit.level != "none" and hit.kind is not None and aside:
            hit = replace(hit, level="none", context=aside)
        elif hit.level != "none" and hit.kind is not None:
            veto, cap = read_context(hit.kind, hit.start, hit.end, hit.text, patterns, idioms)
            if veto:
                hit = replace(hit, level="none", context=veto)
            elif cap and hit.level == "imminent":
                hit = replace(hit, level="elevated", context=cap)
        out.append(hit)
    return out


#: Below this P(elevated or imminent) in every window, for both learned
#: layers, the message reads as ordinary to them (see ``dissent``).
DISSENT_BELOW: Final = 0.10
#: Shorter messages are too short for the learned layers to overrule a rule.
DISSENT_MIN_WORDS: Final = 4


#: A carbon-monoxide alarm going off is a machine's reading, not a figure of speech;
#: the learned layers, which have seen few, do not get to call it ordinary.
_ALARM_SOUNDING: Final = re.compile(
    r"\b(?:co|carbon monoxide|monoxido(?: de carbono)?) (?:alarm|detector|monitor|alarma)|"
    r"\b(?:alarma|detector) de (?:co|monoxido)"
)


def dissent(
    signals: Sequence[dict[str, object]], peaks: dict[str, float], words: int
) -> list[dict[str, object]]:
    """Cap a rule's imminent reading at elevated when it is the only imminent
    reading and both learned layers read the message as ordinary (each below
    ``DISSENT_BELOW`` everywhere): "the empanadas are fire", "i'm gonna
    strangle him jk", "learning overdose reversal in nursing class". Chosen on
    blind batches 5-22, where no true emergency a rule found was that far
    from both layers (the nearest: 0.19) and three of seven false alarms
    were. The resident still gets the safety question, and staff an alert."""
    imminent = [s for s in signals if s.get("level") == "imminent"]
    if (
        len(peaks) < 2
        or words < DISSENT_MIN_WORDS
        or not imminent
        or any(s.get("layer") != "pattern" for s in imminent)
        or any(_ALARM_SOUNDING.search(str(s.get("match", ""))) for s in imminent)
        or max(peaks.values()) >= DISSENT_BELOW
    ):
        return list(signals)
    peak = round(max(peaks.values()), 3)
    return [
        {**s, "level": "elevated", "context": "dissent", "learned_peak": peak}
        if s.get("level") == "imminent"
        else s
        for s in signals
    ]


#: Layers whose imminent reading needs another layer to agree that there is
#: a risk at all (see ``corroborate``).
NEEDS_CORROBORATION: Final = frozenset({"embedding"})


def corroborate(
    hits: Sequence[LearnedHit], signals: Sequence[dict[str, object]]
) -> list[LearnedHit]:
    """Cap at elevated an imminent reading of a layer in
    ``NEEDS_CORROBORATION`` when no other layer (rule, exemplar or the other
    learned layer) sees any risk in the message. MiniLM places "the fire
    department came, it was a false alarm" close to a fire; it takes a second
    reader to send 911."""
    others = [
        s for s in signals if s.get("level") in ("elevated", "imminent") and s.get("kind")
    ] + [
        h.to_signal()
        for h in hits
        if h.layer not in NEEDS_CORROBORATION and h.level in ("elevated", "imminent")
    ]
    if others:
        return list(hits)
    return [
        replace(h, level="elevated", context="uncorroborated")
        if h.layer in NEEDS_CORROBORATION and h.level == "imminent"
        else h
        for h in hits
    ]


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
