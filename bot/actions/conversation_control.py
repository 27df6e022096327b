"""Start over, and answers about the office itself (from bot/office.yml)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, EventType
from rasa_sdk.executor import CollectingDispatcher

from triage.office import office

from .tracker_facts import latest_intent


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_start_over")
        return [AllSlotsReset()]


class ActionAnswerOfficeQuestion(Action):
    """What the office is, its hours, whether it calls the police, whether this is a bot."""

    def name(self) -> str:
        return "action_answer_office_question"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        texts = office()
        intent, _ = latest_intent(tracker)
        answer = {
            "ask_hours": texts.hours,
            "ask_police": texts.police_policy,
            "bot_challenge": texts.bot_disclosure,
        }.get(intent or "", texts.about)
        dispatcher.utter_message(text=answer)
        return []
