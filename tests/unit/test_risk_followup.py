"""A reply to the safety question is read as an answer to it."""

from __future__ import annotations

import pytest

from triage.risk import screen_text
from triage.risk.followup import (
    answer_to_safety_question,
    arrival_after_threat,
    read_in_conversation,
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("yes", "en"),
        ("YES PLEASE", "en"),
        ("yeah he's still here", "en"),
        ("ok yes", "en"),
        ("i think so", "en"),
        ("y", "en"),
        ("he's outside the door", "en"),
        ("help", "en"),
        ("sí", "es"),
        ("si, todavía está aquí", "es"),
        ("sii por favor", "es"),
        ("creo que sí", "es"),
        ("sigue afuera", "es"),
        ("auxilio", "es"),
    ],
)
def test_a_yes_is_imminent_and_keeps_the_kind_that_was_asked_about(
    text: str, language: str
) -> None:
    answer = answer_to_safety_question(text, "domestic_violence")
    assert answer is not None
    assert (answer.level, answer.kind, answer.route) == ("imminent", "domestic_violence", "911")
    assert answer.language == language
    assert answer.signals[0]["id"] == "yes_to_safety_question"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no, he left",
        "yeah he left an hour ago",
        "yes im safe now",
        "si pero ya estoy bien",
        "si vuelve te escribo",
        "help me find a shelter for tonight",
        "ayuda con la renta",
        "he is gone",
        "nobody is hurt",
        "ok thanks",
        "",
        "😂",
    ],
)
def test_no_and_anything_that_is_not_a_yes_is_left_alone(text: str) -> None:
    assert answer_to_safety_question(text, "violence") is None


def test_a_yes_after_suicidal_words_routes_to_988() -> None:
    answer = answer_to_safety_question("yes", "self_harm")
    assert answer is not None and answer.route == "988"


def test_the_conversation_keeps_the_text_screen_when_it_is_already_imminent() -> None:
    screened = screen_text("yes he has a gun and he is pointing it at me")
    assert screened.level == "imminent"
    assert (
        read_in_conversation(
            screened, "yes he has a gun and he is pointing it at me", asked_kind="threat"
        )
        is screened
    )


def test_the_conversation_raises_a_plain_yes_and_keeps_the_screens_signals() -> None:
    screened = screen_text("yes")
    assert screened.level == "none"
    result = read_in_conversation(screened, "yes", asked_kind="violence")
    assert (result.level, result.route) == ("imminent", "911")
    assert result.signals[0]["layer"] == "conversation"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("he's outside my door", "en"),
        ("HE IS BACK", "en"),
        ("my ex just pulled up", "en"),
        ("he's banging on the door now", "en"),
        ("ya llegó", "es"),
        ("está afuera de la casa", "es"),
        ("esta tocando y quiere entrar", "es"),
        ("sí, ya llegó", "es"),
    ],
)
def test_the_feared_person_arriving_after_a_threat_is_imminent(text: str, language: str) -> None:
    reading = arrival_after_threat(text, "domestic_violence")
    assert reading is not None
    assert (reading.level, reading.kind, reading.route) == ("imminent", "domestic_violence", "911")
    assert reading.language == language


@pytest.mark.parametrize(
    "text",
    [
        "he's not here",
        "todavía no llega",
        "no ha vuelto",
        "he came back yesterday for his stuff",
        "what do i do if he comes back",
        "si vuelve te escribo",
        "he's back but he left again",
        "ok thanks",
    ],
)
def test_no_arrival_is_read_where_none_is_told(text: str) -> None:
    assert arrival_after_threat(text, "threat") is None


@pytest.mark.parametrize("kind", [None, "medical", "overdose", "self_harm", "fire"])
def test_an_arrival_means_nothing_without_a_person_to_fear(kind: str | None) -> None:
    assert arrival_after_threat("he's here", kind) is None


def test_an_arrival_after_a_threat_is_read_in_the_conversation() -> None:
    result = read_in_conversation(screen_text("ya llego"), "ya llego", earlier_kind="threat")
    assert (result.level, result.kind) == ("imminent", "threat")
    assert result.signals[0]["id"] == "arrived_after_threat"
