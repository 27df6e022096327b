"""Load the resource matcher (MiniLM and the directory's vectors) once the action
server listens, so the first resident offered services does not wait for it.

Loading it when the actions are imported breaks rasa-sdk's start (Sanic spawns
its worker after that import and fails: "'fork' was already set"), and
blocking Sanic's start could outlast the time Sanic gives a worker to report in.
So it loads in a thread after the server starts; an action that needs it sooner
waits on the matcher's lock rather than loading it a second time.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pluggy
from sanic import Sanic

from triage import matching

hookimpl = pluggy.HookimplMarker("rasa_sdk")
logger = logging.getLogger(__name__)


@hookimpl
def attach_sanic_app_extensions(app: Sanic) -> None:
    app.register_listener(_start_loading, "after_server_start")


async def _start_loading(app: Sanic) -> None:
    # rasa-sdk sets up logging in Sanic's main process only; this runs in the
    # worker, where INFO would otherwise go nowhere (a no-op where it is set up).
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)-8s %(name)s  - %(message)s"
    )
    app.add_task(_load(), name="load_matcher")


async def _load() -> None:
    started = time.perf_counter()
    await asyncio.to_thread(matching.warm_up)
    logger.info("resource matcher loaded in %.1f s", time.perf_counter() - started)
