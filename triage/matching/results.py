"""What matching and search return: plain pydantic models, JSON-ready with
``model_dump(mode="json")`` for the API and easy to read in a Rasa action."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from triage.directory import Service

#: How a service can be reached at the asked time.
#: ``open``: inside its weekly hours; ``always``: 24/7; ``on_request``: request any
#: time and they get back to you; ``hours_unknown``: not published, call to check;
#: ``closed``: outside its weekly hours (``opens_at`` says when it opens).
Availability = Literal["open", "always", "on_request", "hours_unknown", "closed"]


class Match(BaseModel):
    """One service offered to a resident, and why."""

    model_config = ConfigDict(frozen=True)

    service: Service
    #: Similarity of the resident's words to the service (plus the default-referral
    #: boost); only comparable within one result.
    score: float
    availability: Availability
    opens_at: datetime | None = None
    #: ``opens_at`` in words relative to the asked time: "today 9am", "Mon 9am".
    opens_at_text: str | None = None
    #: A sentence for staff and logs: category, area, hours, what matched.
    reason: str
    #: The directory text (description or a situation) closest to the resident's words.
    matched_text: str


class MatchResult(BaseModel):
    """Services to offer for one situation, best first."""

    model_config = ConfigDict(frozen=True)

    category: str
    borough: str | None
    when: datetime
    matches: tuple[Match, ...]
    #: The best service that is closed right now, with ``opens_at``, when it ranks
    #: above what is offered (e.g. the Family Justice Center after 5 pm).
    opens_later: Match | None = None
    #: True when no service for this category was available and ``matches`` holds
    #: only a 24/7 fallback.
    nothing_open: bool = False
    #: True when borough-specific services exist for this category but no borough
    #: was given: asking for it would improve the answer.
    borough_would_help: bool = False
    directory_hash: str

    @property
    def service_ids(self) -> list[str]:
        """Ids of the offered services, best first (what to record as offered)."""
        return [match.service.id for match in self.matches]


class SearchHit(BaseModel):
    """One row of the staff search."""

    model_config = ConfigDict(frozen=True)

    service: Service
    availability: Availability
    opens_at: datetime | None = None
    #: Relevance to ``q`` (``None`` when no ``q`` was given).
    score: float | None = None
