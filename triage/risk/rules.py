"""The shape of a deterministic risk rule, shared by the English and Spanish tables."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One pattern that, when it matches normalised text, signals a kind and level.

    ``upgradable`` rules describe something that may or may not be happening
    now ("he threatened to kill me", "kill myself"); a marker of the present in
    the same sentence ("right now", "at my door", "tonight") lifts them to
    imminent. ``context=False`` turns off negation handling for rules whose
    words cannot be negated the usual way ("nobody would miss me").
    ``requires`` must also match somewhere in the same sentence.
    """

    id: str
    kind: str
    level: str
    pattern: re.Pattern[str]
    upgradable: bool = False
    context: bool = True
    requires: re.Pattern[str] | None = None


def rule(
    id: str,
    kind: str,
    level: str,
    regex: str,
    *,
    upgradable: bool = False,
    context: bool = True,
    requires: str | None = None,
) -> Rule:
    """Build a rule; ``regex`` is matched against normalised (lower-case,
    accent-free) text, and word boundaries are added around it."""
    return Rule(
        id=id,
        kind=kind,
        level=level,
        # The group matters: without it the boundaries would bind only to the
        # first and last alternatives ("he shooting" inside "the shooting").
        pattern=re.compile(rf"(?<!\w)(?:{regex})(?!\w)"),
        upgradable=upgradable,
        context=context,
        requires=re.compile(rf"(?<!\w)(?:{requires})(?!\w)") if requires else None,
    )
