"""The resident said someone is in danger right now: 911 first, and a person."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from triage import staff_queue

from .connections import get_redis, retention_seconds
from .tracker_facts import conversation_id


async def report_danger(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    await staff_queue.enqueue(
        get_redis(),
        conversation_id(tracker),
        "urgent",
        reason="resident said someone is in danger now",
        ttl_seconds=retention_seconds(),
        category=tracker.get_slot("category") or "",
    )
    dispatcher.utter_message(response="utter_danger_call_911")
    return [SlotSet("in_danger", True)]


class ActionReportDanger(Action):
    def name(self) -> str:
        return "action_report_danger"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        return await report_danger(dispatcher, tracker)
