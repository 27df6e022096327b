"""Two-stage fallback: first ask to rephrase; if still not understood, offer a person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from triage import staff_queue

from .connections import get_redis, retention_seconds
from .tracker_facts import conversation_id, previous_user_intent


class ActionHandleFallback(Action):
    def name(self) -> str:
        return "action_handle_fallback"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        if previous_user_intent(tracker) == "nlu_fallback":
            if tracker.active_loop.get("name"):
                # A yes/no offer here would collide with the form's own yes/no
                # question ("is anyone in danger?"): ask a person in directly.
                await staff_queue.enqueue(
                    get_redis(),
                    conversation_id(tracker),
                    "normal",
                    reason="the assistant did not understand twice",
                    ttl_seconds=retention_seconds(),
                )
                dispatcher.utter_message(response="utter_human_will_read")
                return []
            dispatcher.utter_message(response="utter_offer_human")
            return []
        dispatcher.utter_message(response="utter_ask_rephrase")
        return []
