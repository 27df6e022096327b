"""The intake form: confirm a doubtful category, then where, then whether anyone
is in danger right now."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from triage.categories import RISK_INTENTS, category_for_intent
from triage.geo import borough_for

from .situation import CATEGORY_LABELS
from .tracker_facts import latest_intent


class ValidateSituationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_situation_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        confirmed = tracker.get_slot("category_confirmed")
        if confirmed is False or not tracker.get_slot("category"):
            return []  # wrong guess: the form ends and asks the resident to say more
        if confirmed is None:
            return domain_slots
        return [slot for slot in domain_slots if slot != "category_confirmed"]

    async def extract_in_danger(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> dict[str, Any]:
        # A risk intent while we ask about danger is a yes, whatever words were used.
        intent, _ = latest_intent(tracker)
        if tracker.get_slot("requested_slot") == "in_danger" and intent in RISK_INTENTS:
            return {"in_danger": True}
        return {}

    def validate_category_confirmed(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if slot_value is True:
            return {"category_confirmed": True}
        return {"category_confirmed": False, "category": None}

    def validate_borough(
        self,
        slot_value: Any,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> dict[str, Any]:
        if slot_value == "unknown":  # the resident would rather not say: search citywide
            return {"borough": "unknown"}
        borough = borough_for(str(slot_value)) if slot_value else None
        if borough is None:
            # The entity may be missing while the words still name a place.
            borough = borough_for(tracker.latest_message.get("text"))
        if borough is None:
            if _asked_twice(tracker):
                # Don't trap anyone in a question: go on with citywide services.
                return {"borough": "unknown"}
            dispatcher.utter_message(response="utter_borough_not_understood")
            return {"borough": None}
        result: dict[str, Any] = {"borough": borough}
        # "actually it's my landlord, in astoria": the place fills the slot, and the
        # new topic must not be lost with it.
        intent, _ = latest_intent(tracker)
        category = category_for_intent(intent) if (intent or "").startswith("report_") else None
        if category and category != tracker.get_slot("category"):
            result["category"] = category
        return result


def _asked_twice(tracker: Tracker) -> bool:
    """True when the resident's previous answer to the borough question failed too:
    the bot's messages just before the latest user message include that reply."""
    users_seen = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users_seen += 1
            if users_seen == 2:
                return False
        elif (
            users_seen == 1
            and event.get("event") == "bot"
            and (event.get("metadata") or {}).get("utter_action") == "utter_borough_not_understood"
        ):
            return True
    return False


class ActionAskCategoryConfirmed(Action):
    """Ask "is this about ...?" in plain words (a response alone can't map the label)."""

    def name(self) -> str:
        return "action_ask_category_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        label = CATEGORY_LABELS.get(tracker.get_slot("category") or "", "this")
        dispatcher.utter_message(response="utter_ask_category_confirmed", category_label=label)
        return []
