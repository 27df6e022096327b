"""Recognise which kind of situation the resident described."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage.categories import category_for_intent

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
    """Set the ``category`` slot from the intent and say back what we understood."""

    def name(self) -> str:
        return "action_acknowledge_situation"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        category = category_for_intent(intent)
        if category is None:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        dispatcher.utter_message(
            response="utter_acknowledge_situation",
            category_label=CATEGORY_LABELS[category],
        )
        return [SlotSet("category", category)]
