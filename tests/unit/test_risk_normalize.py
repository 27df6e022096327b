"""Normalisation and language detection: what the risk patterns read."""

from __future__ import annotations

import pytest

from triage.risk.language import detect_language
from triage.risk.normalize import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HE HAS A GUN", "he has a gun"),
        ("hе hаs а gun", "he has a gun"),  # Cyrillic е and а
        ("Ｈｅ ｈａｓ ａ ｇｕｎ", "he has a gun"),  # full-width letters
        ("he h\u200bas a gun", "he has a gun"),  # zero-width space inside a word
        ("i'm going to k1ll mys3lf", "i'm going to kill myself"),
        ("he has a g*n", "he has a gun"),
        ("kms", "kill myself"),
        ("i want to unalive myself", "i want to kill myself"),
        ("kill my self", "kill myself"),
        ("guy w a gun rn", "guy with a gun right now"),
        ("theres a man with a nife", "there's a man with a knife"),
        ("he doesnt have a gun", "he doesn't have a gun"),
        ("he has a 🔫", "he has a gun"),
        ("I’m dead 😂", "i'm dead lol"),
        ("ME ESTÁN PEGANDO", "me estan pegando"),
        ("niño", "nino"),
    ],
)
def test_normalize_reads_disguised_and_texting_forms(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_leaves_numbers_and_addresses_alone() -> None:
    assert normalize("4am on 145th st, 3rd floor") == "4am on 145th st, 3rd floor"


def test_normalize_handles_empty_and_emoji_only() -> None:
    assert normalize("") == ""
    assert normalize("👍🙏") == "👍🙏"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my neighbor plays loud music", "en"),
        ("mi vecino pone la música muy alta", "es"),
        ("¿esto es un robot?", "es"),
        ("nadie está herido", "es"),
        ("hi", "en"),
        ("", "en"),
        ("👍", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language
