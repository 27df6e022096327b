"""The Rasa layer and the help lines a result points to."""

from __future__ import annotations

from triage.risk import merge_intent, safety_lines, screen, screen_text


def test_a_confident_risk_intent_makes_a_message_imminent() -> None:
    result = screen("please help him", intent="risk_medical", intent_confidence=0.93)
    assert result.level == "imminent"
    assert result.kind == "medical"
    assert result.route == "911"
    assert {"layer": "intent", "intent": "risk_medical", "confidence": 0.93}.items() <= next(
        s for s in result.signals if s["layer"] == "intent"
    ).items()


def test_a_less_confident_risk_intent_is_elevated() -> None:
    result = screen("please help him", intent="risk_medical", intent_confidence=0.6)
    assert result.level == "elevated"


def test_a_weak_risk_intent_is_only_noted() -> None:
    result = screen("please help him", intent="risk_medical", intent_confidence=0.2)
    assert result.level == "none"
    assert any(s["layer"] == "intent" for s in result.signals)


def test_report_domestic_violence_is_elevated_with_the_hope_hotline() -> None:
    result = screen(
        "I want to talk about my relationship",
        intent="report_domestic_violence",
        intent_confidence=0.97,
    )
    assert result.level == "elevated"
    assert result.kind == "domestic_violence"
    assert result.route is None
    assert [line.id for line in safety_lines(result)] == ["hope"]


def test_non_risk_intents_are_ignored() -> None:
    result = screen("my neighbor is loud", intent="report_noise", intent_confidence=0.99)
    assert result.level == "none"
    assert not any(s["layer"] == "intent" for s in result.signals)


def test_the_text_layer_wins_when_it_is_more_urgent() -> None:
    result = screen("he has a gun", intent="report_noise", intent_confidence=0.9)
    assert result.level == "imminent"
    assert result.kind == "weapon"


def test_an_intent_cannot_send_911_for_words_the_text_negated() -> None:
    result = screen(
        "he doesn't have a gun, he's just loud", intent="risk_weapon", intent_confidence=0.95
    )
    assert result.level == "elevated"
    intent = next(s for s in result.signals if s["layer"] == "intent")
    assert intent["context"] == "text_denies"


def test_merge_intent_equals_screen_with_intent() -> None:
    text = "someone collapsed on the stairs"
    merged = merge_intent(screen_text(text), "risk_medical", 0.9)
    assert merged == screen(text, intent="risk_medical", intent_confidence=0.9)


def test_merging_twice_replaces_the_intent() -> None:
    base = screen_text("please come")
    once = merge_intent(base, "risk_fire", 0.95)
    twice = merge_intent(once, "risk_fire", 0.3)
    assert once.level == "imminent"
    assert twice.level == "none"
    assert sum(s["layer"] == "intent" for s in twice.signals) == 1


def test_merge_intent_tolerates_missing_or_odd_confidence() -> None:
    base = screen_text("hello")
    assert merge_intent(base, None, None).level == "none"
    assert merge_intent(base, "risk_fire", None).level == "none"
    assert merge_intent(base, "risk_fire", float("nan")).level == "none"


def test_imminent_self_harm_routes_to_988_and_names_911() -> None:
    result = screen("I'm going to kill myself tonight")
    assert result.route == "988"
    assert [line.id for line in result.lines] == ["988", "911"]


def test_elevated_self_harm_names_988() -> None:
    result = screen("everyone would be better off without me")
    assert result.route == "988"
    assert [line.id for line in safety_lines(result)] == ["988"]


def test_imminent_domestic_violence_names_911_and_the_hope_hotline() -> None:
    result = screen("my husband is choking me")
    assert result.route == "911"
    assert [line.id for line in safety_lines(result)] == ["911", "hope"]


def test_no_lines_for_ordinary_messages() -> None:
    assert safety_lines(screen("my landlord won't fix the heat")) == []
