"""Bot replies as SMS: GSM-7 where possible, split at sentence boundaries into
messages of at most 3 segments, and buttons as numbered options."""

from __future__ import annotations

import re

from triage import gsm7

MAX_SEGMENTS = 3
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def as_sms(text: str) -> str:
    """The text with curly quotes, dashes and the like made GSM-7 (emoji stay, as UCS-2)."""
    return gsm7.to_safe(text)


def split_message(text: str, max_segments: int = MAX_SEGMENTS) -> list[str]:
    """One or more SMS bodies, each at most ``max_segments`` segments, cut between
    sentences (inside a sentence only when one sentence alone is too long)."""
    text = text.strip()
    if gsm7.segments(text) <= max_segments:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in (s for s in _SENTENCE_END.split(text) if s.strip()):
        candidate = f"{current} {sentence}".strip() if current else sentence
        if gsm7.segments(candidate) <= max_segments:
            current = candidate
            continue
        if current:
            parts.append(current)
        current = sentence
        while gsm7.segments(current) > max_segments:  # one very long sentence
            cut = _longest_prefix(current, max_segments)
            parts.append(current[:cut].rstrip())
            current = current[cut:].lstrip()
    if current:
        parts.append(current)
    return parts


def _longest_prefix(text: str, max_segments: int) -> int:
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if gsm7.segments(text[:middle]) <= max_segments:
            low = middle
        else:
            high = middle - 1
    space = text.rfind(" ", 0, low)
    return space if space > low // 2 else low


def numbered_options(titles: list[str]) -> str:
    """'Reply 1 for Yes, 2 for No.' for a reply's buttons."""
    choices = ", ".join(f"{i} for {title}" for i, title in enumerate(titles, start=1))
    return f"Reply {choices}."


def option_payload(text: str, payloads: list[str]) -> str | None:
    """The button payload a numeric answer ("2", " 2. ") picks, if any."""
    match = re.fullmatch(r"\s*(\d{1,2})\s*[.)]?\s*", text)
    if not match:
        return None
    index = int(match.group(1)) - 1
    return payloads[index] if 0 <= index < len(payloads) else None
