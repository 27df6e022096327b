"""A reply to the safety question is read as an answer to it."""

from __future__ import annotations

import pytest

from triage.risk import screen_text
from triage.risk.followup import answer_to_safety_question, with_answer


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


def test_with_answer_keeps_the_text_screen_when_it_is_already_imminent() -> None:
    screened = screen_text("yes he has a gun and he is pointing it at me")
    assert screened.level == "imminent"
    assert (
        with_answer(screened, "yes he has a gun and he is pointing it at me", "threat") is screened
    )


def test_with_answer_raises_a_plain_yes_and_keeps_the_screens_signals() -> None:
    screened = screen_text("yes")
    assert screened.level == "none"
    result = with_answer(screened, "yes", "violence")
    assert (result.level, result.route) == ("imminent", "911")
    assert result.signals[0]["layer"] == "conversation"
