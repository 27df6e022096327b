"""Carrier-style keywords, matched on the whole trimmed message, any case."""

from __future__ import annotations

from typing import Literal

Keyword = Literal["stop", "start", "help", "delete"]

_KEYWORDS: dict[str, Keyword] = {
    **dict.fromkeys(
        ("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"), "stop"
    ),
    **dict.fromkeys(("START", "UNSTOP", "YES"), "start"),
    **dict.fromkeys(("HELP", "INFO"), "help"),
    "DELETE": "delete",
}


def keyword(text: str) -> Keyword | None:
    """The keyword the whole message is, or ``None`` ("stop the music" is not STOP)."""
    return _KEYWORDS.get(" ".join(text.split()).upper().strip(".!"))
