"""Match a resident's situation to directory services; search the directory.

Map of the package::

    __init__.py  match(), search(), get_matcher(), warm_up(): the calls the bot and API use
    matcher.py   Matcher: hard filters, MiniLM ranking, open-now, 24/7 fallback
    search.py    search_services(): the staff search
    index.py     directory embeddings, cached in memory and under var/cache/
    query.py     category/borough checks (UnknownCategoryError, ...), text cleanup
    results.py   Match, MatchResult, SearchHit

Both entry points are synchronous and CPU-bound (one MiniLM encode, ~15 ms):
from async code, run them in a thread (``anyio.to_thread.run_sync``).
"""

from __future__ import annotations

import threading
from datetime import datetime

from triage.directory import Directory, get_directory
from triage.matching.matcher import Matcher, availability
from triage.matching.query import UnknownBoroughError, UnknownCategoryError
from triage.matching.results import Availability, Match, MatchResult, SearchHit
from triage.matching.search import search_services

__all__ = [
    "Availability",
    "Match",
    "MatchResult",
    "Matcher",
    "SearchHit",
    "UnknownBoroughError",
    "UnknownCategoryError",
    "availability",
    "get_matcher",
    "match",
    "search",
    "warm_up",
]

_lock = threading.Lock()
_default: Matcher | None = None


def get_matcher() -> Matcher:
    """The process-wide matcher over the default directory (built on first use).

    Building it reads the directory's vectors (from var/cache/ when they are
    there) but does not load the model; ``warm_up()`` does both.
    """
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                matcher = Matcher(get_directory())
                _ = matcher.index  # embed the directory now, not on the first message
                _default = matcher
    return _default


def warm_up() -> None:
    """Load the directory's vectors and the sentence model now, at start-up.

    The model otherwise loads on the first resident's query: about 10 s on a
    slow machine, longer than the gateway waits for the bot.
    """
    get_matcher().embed_query("warm up")


def match(
    category: str,
    text: str,
    borough: str | None = None,
    when: datetime | None = None,
    limit: int = 3,
    *,
    directory: Directory | None = None,
) -> MatchResult:
    """Services to offer for a situation, best first, each with a reason.

    ``category`` is a situation category or a risk kind; ``text`` the resident's
    own words; ``borough`` any spelling of a borough or county, or ``None``;
    ``when`` defaults to now. Raises ``UnknownCategoryError`` or
    ``UnknownBoroughError`` (both ``ValueError``, with ``.allowed``).
    """
    matcher = get_matcher() if directory is None else Matcher(directory)
    return matcher.match(category, text, borough, when, limit)


def search(
    category: str | None = None,
    borough: str | None = None,
    q: str | None = None,
    open_now: bool = False,
    when: datetime | None = None,
    *,
    include_inactive: bool = False,
) -> list[SearchHit]:
    """Staff search over the default directory; see ``search_services``."""
    return search_services(
        get_matcher(),
        category=category,
        borough=borough,
        q=q,
        open_now=open_now,
        when=when,
        include_inactive=include_inactive,
    )
