"""The end of the intake: a wrong guess, someone in danger, or resources."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage.categories import CATEGORY_INTENTS

from .danger import report_danger
from .resources import offer_resources
from .tracker_facts import conversation_id


def resident_description(tracker: Tracker) -> str:
    """The resident's own words about the situation: their latest report message."""
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = (event.get("parse_data", {}).get("intent") or {}).get("name") or ""
        # Only reports describe the situation ("are you a bot" is not a description).
        if intent.startswith("report_") and intent in CATEGORY_INTENTS:
            return str(event.get("text") or "")
    return ""


class ActionConcludeIntake(Action):
    def name(self) -> str:
        return "action_conclude_intake"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        if tracker.get_slot("category_confirmed") is False:
            dispatcher.utter_message(response="utter_category_corrected")
            return [SlotSet("category", None), SlotSet("category_confirmed", None)]

        if tracker.get_slot("in_danger"):
            return await report_danger(dispatcher, tracker)

        if not tracker.get_slot("category"):
            dispatcher.utter_message(response="utter_ask_describe")
            return []

        offered = await offer_resources(
            dispatcher,
            conversation_id=conversation_id(tracker),
            category=tracker.get_slot("category"),
            text=resident_description(tracker),
            borough=tracker.get_slot("borough"),
        )
        dispatcher.utter_message(response="utter_ask_follow_up")
        return [SlotSet("resources_offered", offered)]
