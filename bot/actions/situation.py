"""Recognise which kind of situation the resident described."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage.categories import category_for_intent
from triage.geo import borough_for
from triage.intake import says_no_danger

from .tracker_facts import latest_intent

#: Below this intent confidence the bot checks its understanding before going on.
CONFIRM_BELOW = 0.75

#: Plain words for each category, as a resident would say them.
CATEGORY_LABELS: dict[str, str] = {
    "noise": "noise",
    "neighbor_dispute": "a problem with a neighbor",
    "family_conflict": "a conflict in the family or at home",
    "mental_health_other": "worry about someone's mental health",
    "mental_health_self": "how you are feeling",
    "homelessness": "someone without a place to stay",
    "substance_use": "drug or alcohol use",
    "youth_conflict": "trouble with young people",
    "harassment": "harassment",
    "landlord_tenant": "a housing problem with a landlord",
    "welfare_check": "someone who may need a check-in",
    "domestic_violence": "your safety at home",
    "info": "how this service works",
}


class ActionAcknowledgeSituation(Action):
    """Set the category from the intent, say back what we understood, and keep
    what the resident already told us (borough, that no one is in danger)."""

    def name(self) -> str:
        return "action_acknowledge_situation"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        intent, confidence = latest_intent(tracker)
        category = category_for_intent(intent)
        if category is None:
            dispatcher.utter_message(response="utter_ask_describe")
            return []
        events: list[EventType] = [SlotSet("category", category)]
        if confidence >= CONFIRM_BELOW:
            dispatcher.utter_message(
                response="utter_acknowledge_situation", category_label=CATEGORY_LABELS[category]
            )
            events.append(SlotSet("category_confirmed", True))
        else:
            # The form asks "is this about ...?" first (see situation_form.py).
            events.append(SlotSet("category_confirmed", None))
        # A new situation gets its own safety question, unless the resident has
        # just said no one is in danger.
        text = tracker.latest_message.get("text") or ""
        events.append(SlotSet("in_danger", False if says_no_danger(text) else None))
        borough = borough_for(tracker.get_slot("borough"))
        events.append(SlotSet("borough", borough))
        # The entity extractor sometimes returns the raw words ("my", "kids").
        if tracker.get_slot("affected") not in (None, "self", "other"):
            events.append(SlotSet("affected", None))
        return events
