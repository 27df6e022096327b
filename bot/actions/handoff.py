"""Hand the conversation to a person: into the staff queue, with an honest answer
about when someone will reply."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from triage import staff_queue
from triage.office_hours import NEW_YORK, parse_office_hours

from .connections import get_redis, office_hours_text, retention_seconds
from .tracker_facts import conversation_id


def when_a_person_answers(now: datetime) -> str:
    hours = parse_office_hours(office_hours_text())
    if hours.is_open(now):
        return "A staff member will reply here, usually within 15 minutes."
    opening = hours.next_opening(now)
    when = opening.astimezone(NEW_YORK).strftime("%A at %-I:%M %p") if opening else "soon"
    return f"Our staff are not working right now. A person will reply here {when}."


class ActionRequestHuman(Action):
    def name(self) -> str:
        return "action_request_human"

    async def run(
        self,
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: dict[str, Any],
    ) -> list[EventType]:
        await staff_queue.enqueue(
            get_redis(),
            conversation_id(tracker),
            "normal",
            reason="resident asked for a person",
            ttl_seconds=retention_seconds(),
            category=tracker.get_slot("category") or "",
            borough=tracker.get_slot("borough") or "",
        )
        when = when_a_person_answers(datetime.now(UTC))
        dispatcher.utter_message(
            text=f"OK, I've asked a staff member to join. {when} "
            "If anyone is in danger, call 911 now."
        )
        return []
