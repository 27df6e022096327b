"""The intake checks a doubtful guess before going on: below CONFIRM_BELOW the bot
does not say it understood, the form first asks "is this about ...?", and a no
ends the form with a request to say more. The confidence of a real message
cannot be chosen in a conversation test, so the actions run here on trackers
built as Rasa sends them."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.actions.intake import ActionConcludeIntake
from bot.actions.situation import CONFIRM_BELOW, ActionAcknowledgeSituation
from bot.actions.situation_form import ActionAskCategoryConfirmed, ValidateSituationForm

FORM_SLOTS = ["category_confirmed", "borough", "in_danger"]


def tracker(intent: str, confidence: float, text: str, **slots: Any) -> Tracker:
    return Tracker(
        sender_id="test-conversation",
        slots={"category": None, "category_confirmed": None, "borough": None, **slots},
        latest_message={"text": text, "intent": {"name": intent, "confidence": confidence}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def run(action: Any, t: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return dispatcher.messages, events


def slots_set(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_a_confident_guess_is_said_back_and_not_asked_again() -> None:
    messages, events = run(
        ActionAcknowledgeSituation(),
        tracker("report_noise", 0.93, "the bar downstairs blasts music till 4"),
    )
    assert [m["response"] for m in messages] == ["utter_acknowledge_situation"]
    assert slots_set(events)["category_confirmed"] is True
    form = ValidateSituationForm()
    required = asyncio.run(
        form.required_slots(
            FORM_SLOTS,
            CollectingDispatcher(),
            tracker("report_noise", 0.93, "", category="noise", category_confirmed=True),
            {},
        )
    )
    assert required == ["borough", "in_danger"]


@pytest.mark.parametrize("confidence", [0.51, CONFIRM_BELOW - 0.01])
def test_a_doubtful_guess_is_asked_about_first(confidence: float) -> None:
    messages, events = run(
        ActionAcknowledgeSituation(),
        tracker("report_neighbor_dispute", confidence, "the guy in 4B and the parking thing"),
    )
    assert messages == []  # nothing said back as if understood
    assert slots_set(events)["category"] == "neighbor_dispute"
    assert slots_set(events)["category_confirmed"] is None
    doubtful = tracker("report_neighbor_dispute", confidence, "", category="neighbor_dispute")
    required = asyncio.run(
        ValidateSituationForm().required_slots(FORM_SLOTS, CollectingDispatcher(), doubtful, {})
    )
    assert required[0] == "category_confirmed"
    asked, _ = run(ActionAskCategoryConfirmed(), doubtful)
    assert len(asked) == 1
    assert asked[0]["response"] == "utter_ask_category_confirmed"
    assert asked[0]["category_label"] == "a problem with a neighbor"


def test_no_to_the_guess_ends_the_form_and_asks_to_say_more() -> None:
    form = ValidateSituationForm()
    after_no = form.validate_category_confirmed(
        False, CollectingDispatcher(), tracker("deny", 0.98, "no"), {}
    )
    assert after_no == {"category_confirmed": False, "category": None}
    wrong = tracker("deny", 0.98, "no", **after_no)
    required = asyncio.run(form.required_slots(FORM_SLOTS, CollectingDispatcher(), wrong, {}))
    assert required == []
    messages, events = run(ActionConcludeIntake(), wrong)
    assert [m["response"] for m in messages] == ["utter_category_corrected"]
    assert slots_set(events) == {"category": None, "category_confirmed": None}


def test_yes_to_the_guess_keeps_it() -> None:
    result = ValidateSituationForm().validate_category_confirmed(
        True, CollectingDispatcher(), tracker("affirm", 0.97, "yes"), {}
    )
    assert result == {"category_confirmed": True}
