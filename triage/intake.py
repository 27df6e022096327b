"""Small judgements the intake makes on a resident's own words."""

from __future__ import annotations

import re

# Residents often answer the safety question before it is asked ("nobody's hurt,
# it's just loud"). Only explicit statements count; anything else is asked.
_NO_DANGER = re.compile(
    r"\b(no ?one|nobody|no body|nadie)('s| is| esta| está)? ?"
    r"(in danger|hurt|injured|herido|en peligro)\b"
    r"|\bnot (an )?emergenc(y|ia)\b|\bno (one|body) (is )?(getting )?hurt\b"
    r"|\b(it'?s|its|this is) not dangerous\b|\bno danger\b|\bnot in danger\b"
    r"|\bno es una emergencia\b",
    re.IGNORECASE,
)


def says_no_danger(text: str) -> bool:
    """True when the resident has already said that no one is in danger."""
    return bool(_NO_DANGER.search(text or ""))
