"""The screen's answer: level, kind, route, the signals behind it, and the
help lines that fit.

Routes (what the first reply tells the resident to do now):

| level    | kind              | route | lines                                     |
|----------|-------------------|-------|-------------------------------------------|
| imminent | self_harm         | "988" | 988, then 911                             |
| imminent | domestic_violence | "911" | 911, Hope Hotline                         |
| imminent | any other         | "911" | 911                                       |
| elevated | self_harm         | "988" | 988                                       |
| elevated | domestic_violence | None  | Hope Hotline                              |
| elevated | child_safety      | None  | NYS child abuse hotline                   |
| elevated | overdose          | None  | NYS HOPEline                              |
| elevated | other kinds       | None  | none (the safety question is the reply)   |
| none     | -                 | None  | none                                      |
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, Literal

Level = Literal["none", "elevated", "imminent"]
Route = Literal["911", "988"]


@dataclass(frozen=True)
class SafetyLine:
    """A help line the reply can name."""

    id: str
    name: str
    contact: str


#: Help lines by id. Numbers are the published ones; staff check them yearly.
LINES: Final[dict[str, SafetyLine]] = {
    "911": SafetyLine("911", "Emergency services", "Call 911"),
    "988": SafetyLine(
        "988", "988 Suicide & Crisis Lifeline", "Call or text 988, or chat at 988lifeline.org"
    ),
    "hope": SafetyLine(
        "hope", "NYC Domestic and Gender-Based Violence Hotline", "Call 1-800-621-HOPE (4673)"
    ),
    "child_abuse": SafetyLine(
        "child_abuse", "NYS Child Abuse and Maltreatment Hotline", "Call 1-800-342-3720"
    ),
    "hopeline": SafetyLine(
        "hopeline", "NYS OASAS HOPEline (substance use)", "Call 1-877-8-HOPENY or text 467369"
    ),
}


def route_for(level: str, kind: str | None) -> Route | None:
    """The number the first reply points to for this level and kind."""
    if level == "imminent":
        return "988" if kind == "self_harm" else "911"
    if level == "elevated" and kind == "self_harm":
        return "988"
    return None


def line_ids_for(level: str, kind: str | None) -> tuple[str, ...]:
    """Help lines for this level and kind, most urgent first."""
    if level == "imminent":
        if kind == "self_harm":
            return ("988", "911")
        if kind == "domestic_violence":
            return ("911", "hope")
        return ("911",)
    if level == "elevated":
        return {
            "self_harm": ("988",),
            "domestic_violence": ("hope",),
            "child_safety": ("child_abuse",),
            "overdose": ("hopeline",),
        }.get(kind or "", ())
    return ()


@dataclass(frozen=True)
class RiskResult:
    """What the screen found in one message.

    ``signals`` explain the result, strongest first: pattern rules (with the
    words they matched and, when the context changed their level, why),
    semantic exemplars with their similarity, and the Rasa intent. Signals at
    level "none" are kept on purpose: they show staff that "he doesn't have a
    gun" was read and set aside as negated.
    """

    level: Level
    kind: str | None
    route: Route | None
    signals: list[dict[str, object]] = field(default_factory=list)
    language: str = "en"

    @property
    def lines(self) -> tuple[SafetyLine, ...]:
        """Help lines the reply should name, most urgent first."""
        return tuple(LINES[i] for i in line_ids_for(self.level, self.kind))

    @property
    def is_risk(self) -> bool:
        return self.level != "none"

    def to_dict(self) -> dict[str, object]:
        """The reply-metadata shape: level, route, kind, signals (plus
        language and help-line ids)."""
        return {
            "level": self.level,
            "route": self.route,
            "kind": self.kind,
            "signals": [dict(s) for s in self.signals],
            "language": self.language,
            "lines": list(line_ids_for(self.level, self.kind)),
        }


def safety_lines(result: RiskResult) -> list[SafetyLine]:
    """Help lines for a result (same as ``result.lines``, as a list)."""
    return list(result.lines)
