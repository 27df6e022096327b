"""Check and normalise what callers pass in: category, borough, the resident's text."""

from __future__ import annotations

import re
from typing import Final

from triage.categories import BOROUGHS, CATEGORIES, RISK_KINDS, normalize_borough

#: Longest text embedded; MiniLM reads ~256 word pieces anyway, so more only costs time.
MAX_TEXT_CHARS: Final = 1000

# Texting shorthand MiniLM's vocabulary does not know; expanding it moves the
# sentence closer to the plain-English situations in the directory.
_SHORTHAND: Final[dict[str, str]] = {
    "ppl": "people",
    "nbr": "neighbor",
    "nbrs": "neighbors",
    "u": "you",
    "ur": "your",
    "rn": "right now",
    "bc": "because",
    "cuz": "because",
    "w": "with",
    "thru": "through",
    "nite": "night",
    "til": "until",
    "tmrw": "tomorrow",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "apt": "apartment",
    "bldg": "building",
    "idk": "I do not know",
    "af": "very",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "pls": "please",
    "plz": "please",
    "tho": "though",
}
_WORD = re.compile(r"[A-Za-z']+")


class UnknownCategoryError(ValueError):
    """The category is not one of ours; ``allowed`` lists the valid names."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.allowed: tuple[str, ...] = CATEGORIES + RISK_KINDS
        super().__init__(f"unknown category {value!r}; allowed: {', '.join(self.allowed)}")


class UnknownBoroughError(ValueError):
    """The borough is not recognised; ``allowed`` lists the canonical ids."""

    def __init__(self, value: str) -> None:
        self.value = value
        self.allowed: tuple[str, ...] = tuple(BOROUGHS)
        super().__init__(
            f"unknown borough {value!r}; allowed: {', '.join(self.allowed)} "
            "(any case, spaces or underscores, or county names such as Kings or Richmond)"
        )


def check_category(category: str) -> str:
    """Return the category (a situation category or a risk kind) or raise."""
    if category not in CATEGORIES and category not in RISK_KINDS:
        raise UnknownCategoryError(category)
    return category


def check_borough(borough: str | None) -> str | None:
    """Return the canonical borough id, ``None`` for no borough, or raise."""
    if borough is None or not borough.strip():
        return None
    canonical = normalize_borough(borough)
    if canonical is None:
        raise UnknownBoroughError(borough)
    return canonical


def normalize_text(text: str) -> str:
    """Expand texting shorthand and tidy whitespace; the meaning is left alone."""
    text = " ".join(text[:MAX_TEXT_CHARS].split())
    return _WORD.sub(lambda m: _SHORTHAND.get(m.group(0).casefold(), m.group(0)), text)
