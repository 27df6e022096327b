"""The staff search: filter the whole directory (staff-only entries included) by
category, borough, free text and "open now"."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from triage.hours import to_new_york
from triage.matching.matcher import Matcher, availability
from triage.matching.query import check_borough, check_category
from triage.matching.results import SearchHit

#: Below this similarity a service is not shown for ``q`` unless its name or
#: description contains the words (a name typed by staff must always find it).
MIN_SEMANTIC_SCORE: Final = 0.4
_LEXICAL_BOOST: Final = 0.5
_TOKEN = re.compile(r"[a-z0-9]+")


def search_services(
    matcher: Matcher,
    *,
    category: str | None = None,
    borough: str | None = None,
    q: str | None = None,
    open_now: bool = False,
    when: datetime | None = None,
    include_inactive: bool = False,
) -> list[SearchHit]:
    """Directory entries matching every given filter.

    With ``q`` the hits are ranked by relevance (words in the name first, then
    meaning); without it they are in name order. ``open_now`` keeps only what
    can be reached at ``when`` (default now): 24/7, open, or request any time.
    Citywide services count as covering every borough.
    """
    category = check_category(category) if category else None
    borough = check_borough(borough)
    moment = to_new_york(when or datetime.now().astimezone())
    query = q.strip() if q else ""

    scores: dict[str, float] = {}
    if query:
        vector = matcher.embed_query(query)
        index = matcher.index
        if vector is not None:
            best, _ = index.best_rows(vector)
            names = index.name_scores(vector)
            for position, service_id in enumerate(index.service_ids):
                scores[service_id] = float(max(best[position], names[position]))
        words = set(_TOKEN.findall(query.casefold()))
        for service in matcher.directory.services:
            haystack = " ".join(
                filter(
                    None, (service.id, service.name, service.alternate_name, service.description)
                )
            ).casefold()
            if words and words <= set(_TOKEN.findall(haystack)):
                scores[service.id] = scores.get(service.id, 0.0) + _LEXICAL_BOOST

    hits: list[SearchHit] = []
    for service in matcher.directory.services:
        if service.status != "active" and not include_inactive:
            continue
        if category and category not in service.categories:
            continue
        if borough and borough not in service.boroughs:
            continue
        state, opens_at = availability(service, moment)
        if open_now and state not in ("open", "always", "on_request"):
            continue
        score = scores.get(service.id) if query else None
        if query and (score is None or score < MIN_SEMANTIC_SCORE):
            continue
        hits.append(
            SearchHit(
                service=service,
                availability=state,
                opens_at=opens_at,
                score=None if score is None else round(score, 4),
            )
        )
    if query:
        hits.sort(key=lambda hit: (-(hit.score or 0.0), hit.service.id))
    else:
        hits.sort(key=lambda hit: (hit.service.name.casefold(), hit.service.id))
    return hits
