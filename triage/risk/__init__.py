"""The risk screen: every inbound message, every channel, every turn.

Map of the package::

    screen(text, intent=..., intent_confidence=...) -> RiskResult
    ├── screen_text(text)                 the text layers (screening.py)
    │   ├── normalize                     NFKC, homoglyphs, leetspeak, texting forms
    │   │   └── segment                   words typed without spaces, split (wordfreq)
    │   ├── language                      "en" / "es"
    │   ├── patterns (rules_en, rules_es) deterministic rules read in context
    │   ├── semantic (exemplars)          MiniLM similarity to curated exemplars
    │   ├── learned (data/training.jsonl) classifiers on MiniLM vectors and
    │   │                                 character n-grams (crossval.py measures them)
    │   └── combine                       levels, vetoes, corroboration, the kind
    │       └── company, place_only,      messages the models' reading does not apply to
    │           channel_only
    └── merge_intent(result, intent, confidence)   the Rasa layer (intent.py)

    followup.ConversationMemory.read(result, text)   the screen read in its conversation
    ├── the answer to the safety question, an emergency going on or over (followup.py)
    ├── arrival                           the one feared, here now
    ├── act_after_ideation                after suicidal words, the act
    └── over, conversation_reading        words of an end; the reading's shape

    RiskResult.level / kind / route / signals / language / lines, to_dict()
    safety_lines(result) -> [SafetyLine]   988, Hope Hotline, ... for the reply

Levels and routes are described in ``result.py`` and docs/safety-screen.md.
"""

from __future__ import annotations

from triage.risk.intent import RISK_INTENTS, merge_intent
from triage.risk.result import LINES, RiskResult, SafetyLine, safety_lines
from triage.risk.screening import screen, screen_text, warm_up

__all__ = [
    "LINES",
    "RISK_INTENTS",
    "RiskResult",
    "SafetyLine",
    "merge_intent",
    "safety_lines",
    "screen",
    "screen_text",
    "warm_up",
]
