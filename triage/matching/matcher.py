"""Choose the services to offer a resident.

1. Hard filters: offered to residents (active, public), serves the category,
   covers the borough (only citywide services when the borough is unknown).
2. Rank by MiniLM similarity between the resident's words and each service's
   description and situations, plus ``PRIMARY_BOOST`` for the category's usual
   referral. For situation categories, routes through 911 (B-HEARD) come last.
   Ties go to the service in the resident's borough, then to the lower id, so
   the same inputs always give the same answer.
3. Offer what can be reached now (open, 24/7, request any time, hours not
   published): at most one per group (a borough's mediation center, not also
   "ask 311 for mediation"), and no weak fits just to fill three slots.
4. If a better service is closed, report it with its opening time; if nothing
   offered answers 24/7, add the best 24/7 option (or a general fallback).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Final, NamedTuple

import numpy as np

from triage import embedding
from triage.categories import BOROUGHS
from triage.directory import Directory, Service
from triage.hours import describe_moment, is_open, next_opening, to_new_york
from triage.matching.index import DEFAULT_CACHE_DIR, DirectoryIndex, Embedder, build_index
from triage.matching.query import check_borough, check_category, normalize_text
from triage.matching.results import Availability, Match, MatchResult

#: Added to the similarity of a category's default referral (``primary_for``).
#: Big enough to settle vague messages, small enough that clear words win.
PRIMARY_BOOST: Final = 0.04
#: After the first, a service is offered only if it scores at least MIN_SCORE and
#: no more than MAX_GAP below the best (unrelated services score about 0.15-0.3).
MIN_SCORE: Final = 0.3
MAX_GAP: Final = 0.4
#: Scores are rounded before sorting so float noise cannot reorder near-ties.
_DECIMALS: Final = 4

#: 24/7 services to fall back on when a category has nothing reachable at all
#: (the directory check makes this rare: every category has a 24/7 service).
FALLBACK_IDS: Final[dict[str, str]] = {
    "mental_health_self": "nyc-988",
    "mental_health_other": "nyc-988",
    "substance_use": "nyc-988",
    "self_harm": "nyc-988",
}
DEFAULT_FALLBACK_ID: Final = "nyc-311-info"
RISK_FALLBACK_ID: Final = "nyc-911"

#: Plain words for categories, used in reasons.
CATEGORY_LABELS: Final[dict[str, str]] = {
    "noise": "noise problems",
    "neighbor_dispute": "disputes with neighbors",
    "family_conflict": "family conflict",
    "mental_health_other": "someone else's mental health",
    "mental_health_self": "your own mental health",
    "homelessness": "homelessness",
    "substance_use": "drug or alcohol use",
    "youth_conflict": "conflicts involving young people",
    "harassment": "harassment",
    "landlord_tenant": "landlord and tenant problems",
    "welfare_check": "checking on someone",
    "domestic_violence": "domestic violence",
    "info": "information about city services",
}


def availability(service: Service, when: datetime) -> tuple[Availability, datetime | None]:
    """How ``service`` can be reached at ``when``, and when it next opens if closed."""
    kind = service.hours.kind
    if kind == "always":
        return "always", None
    if kind == "on_request":
        return "on_request", None
    if kind == "unknown":
        return "hours_unknown", None
    if is_open(service.hours, when):
        return "open", None
    return "closed", next_opening(service.hours, when)


class Matcher:
    """Matching over one directory; build once per process and reuse.

    ``embed`` and ``model_name`` are injectable so tests can run without the model.
    """

    def __init__(
        self,
        directory: Directory,
        embed: Embedder | None = None,
        *,
        model_name: str | None = None,
        cache_dir: Path | str | None = DEFAULT_CACHE_DIR,
    ) -> None:
        """``cache_dir=None`` keeps the embeddings in memory only."""
        if embed is None:
            embed, model_name = embedding.embed, model_name or embedding.MODEL_NAME
        self.directory = directory
        self._embed = embed
        # The model name is part of the cache key: a fake embedder in tests must
        # never share a cache with the real model.
        self._model_name = model_name or f"custom:{getattr(embed, '__qualname__', 'embed')}"
        self._cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._index: DirectoryIndex | None = None

    @property
    def index(self) -> DirectoryIndex:
        """The directory's embeddings, built (or read from cache) on first use."""
        if self._index is None:
            self._index = build_index(
                self.directory, self._embed, model_name=self._model_name, cache_dir=self._cache_dir
            )
        return self._index

    def embed_query(self, text: str) -> np.ndarray | None:
        """Unit vector of the resident's words, or ``None`` for empty text."""
        cleaned = normalize_text(text)
        if not cleaned:
            return None
        return np.asarray(self._embed([cleaned])[0], dtype=np.float32)

    def match(
        self,
        category: str,
        text: str,
        borough: str | None = None,
        when: datetime | None = None,
        limit: int = 3,
    ) -> MatchResult:
        """Services to offer for ``category`` and the resident's ``text``, best first.

        ``borough`` accepts any spelling ``normalize_borough`` knows; ``when``
        defaults to now (naive datetimes are New York time). Raises
        ``UnknownCategoryError`` / ``UnknownBoroughError`` for bad input.
        """
        category = check_category(category)
        borough = check_borough(borough)
        moment = to_new_york(when or datetime.now().astimezone())
        limit = max(1, limit)

        eligible = [
            service
            for service in self.directory.services
            if service.offered
            and category in service.categories
            and (service.citywide if borough is None else borough in service.boroughs)
        ]
        ranked = self._rank(category, text, eligible)
        offered, opens_later = self._select(
            category, borough, moment, _relevant(category, ranked), limit
        )
        nothing_open = not offered
        # A resident should always leave with someone who answers right now.
        if not any(m.availability == "always" for m in offered):
            extra = self._round_the_clock(category, borough, moment, ranked, offered)
            if extra is not None:
                offered = [*offered[: limit - 1], extra]
                if category in CATEGORY_LABELS:
                    offered.sort(key=lambda m: m.service.via_911)  # stable: 911 stays last

        return MatchResult(
            category=category,
            borough=borough,
            when=moment,
            matches=tuple(offered),
            opens_later=opens_later,
            nothing_open=nothing_open,
            borough_would_help=borough is None
            and any(
                s.offered and category in s.categories and not s.citywide
                for s in self.directory.services
            ),
            directory_hash=self.directory.content_hash,
        )

    def _rank(self, category: str, text: str, eligible: Sequence[Service]) -> list[_Ranked]:
        """Score every eligible service; best first, deterministic on ties."""
        if not eligible:
            return []
        index = self.index
        query = self.embed_query(text)
        if query is None:
            best = np.zeros(len(index.service_ids), dtype=np.float32)
            rows = index.starts  # nothing to compare: cite the description
        else:
            best, rows = index.best_rows(query)
        position = {service_id: i for i, service_id in enumerate(index.service_ids)}
        scored = []
        for service in eligible:
            i = position[service.id]
            boost = PRIMARY_BOOST if category in service.primary_for else 0.0
            scored.append(_Ranked(round(float(best[i]) + boost, _DECIMALS), int(rows[i]), service))
        situation = category in CATEGORY_LABELS
        scored.sort(
            key=lambda r: (
                # This line is for non-emergencies: routes through 911 (B-HEARD)
                # come after every other option unless the category is a risk kind.
                situation and r.service.via_911,
                -r.score,
                # On a tie, the service in the resident's borough beats the
                # citywide route to the same help ("ask 311 for mediation").
                r.service.citywide,
                r.service.id,
            )
        )
        return scored

    def _select(
        self,
        category: str,
        borough: str | None,
        moment: datetime,
        ranked: Sequence[_Ranked],
        limit: int,
    ) -> tuple[list[Match], Match | None]:
        """Reachable services, one per group, up to ``limit``; and the best closed one
        if it would have been offered."""
        offered: list[Match] = []
        groups: set[str] = set()
        opens_later: Match | None = None
        for item in ranked:
            if item.service.group and item.service.group in groups:
                continue  # one mediation center, not the center and "311 for it"
            state, opens_at = availability(item.service, moment)
            built = self._build(category, borough, moment, item, state, opens_at)
            if state == "closed":
                if opens_later is None and len(offered) < limit:
                    opens_later = built
                continue
            if len(offered) < limit:
                offered.append(built)
                if item.service.group:
                    groups.add(item.service.group)
        return offered, opens_later

    def _build(
        self,
        category: str,
        borough: str | None,
        moment: datetime,
        item: _Ranked,
        state: Availability,
        opens_at: datetime | None,
    ) -> Match:
        matched = self.index.texts[item.row]
        return Match(
            service=item.service,
            score=item.score,
            availability=state,
            opens_at=opens_at,
            opens_at_text=describe_moment(opens_at, moment) if opens_at else None,
            reason=_reason(category, borough, moment, item.service, state, opens_at, matched),
            matched_text=matched,
        )

    def _round_the_clock(
        self,
        category: str,
        borough: str | None,
        moment: datetime,
        ranked: Sequence[_Ranked],
        offered: Sequence[Match],
    ) -> Match | None:
        """The best-ranked 24/7 service for the category, else the general fallback.

        It may share a group with an offered service: "call 311 for mediation" is
        the right 24/7 companion of a mediation center that calls back later.
        """
        taken = {m.service.id for m in offered}
        for item in ranked:
            if item.service.hours.always and item.service.id not in taken:
                return self._build(category, borough, moment, item, "always", None)
        fallback_id = FALLBACK_IDS.get(category) or (
            DEFAULT_FALLBACK_ID if category in CATEGORY_LABELS else RISK_FALLBACK_ID
        )
        if fallback_id in taken or fallback_id not in self.index.service_ids:
            return None
        position = self.index.service_ids.index(fallback_id)
        item = _Ranked(0.0, int(self.index.starts[position]), self.directory.service(fallback_id))
        built = self._build(category, borough, moment, item, "always", None)
        return built.model_copy(
            update={"reason": f"24/7 fallback: nothing for {_label(category)} is open now."}
        )


class _Ranked(NamedTuple):
    score: float
    row: int
    service: Service


def _relevant(category: str, ranked: Sequence[_Ranked]) -> list[_Ranked]:
    """Keep the best service and the category's default referrals; keep others
    only if they fit well on their own: no padding to fill three slots."""
    if not ranked:
        return []
    best = max(item.score for item in ranked)
    return [
        item
        for i, item in enumerate(ranked)
        if i == 0
        or category in item.service.primary_for
        or (item.score >= MIN_SCORE and item.score >= best - MAX_GAP)
    ]


def _label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("_", " ") + " emergencies")


def _reason(
    category: str,
    borough: str | None,
    moment: datetime,
    service: Service,
    state: Availability,
    opens_at: datetime | None,
    matched: str,
) -> str:
    if service.citywide:
        where = "citywide"
    else:
        where = "in " + (
            BOROUGHS[borough] if borough else ", ".join(BOROUGHS[b] for b in service.boroughs)
        )
    parts = [f"Helps with {_label(category)} {where}"]
    if category in service.primary_for:
        parts.append("the usual referral for this")
    parts.append(
        {
            "open": "open now",
            "always": "answers 24/7",
            "on_request": "request any time, they get back to you",
            "hours_unknown": "hours not published, call to check",
            "closed": f"closed now, opens {describe_moment(opens_at, moment)}"
            if opens_at
            else "closed now",
        }[state]
    )
    if matched != service.description:
        parts.append(f'closest to "{matched}"')
    return "; ".join(parts) + "."
