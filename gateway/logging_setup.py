"""Log format for the gateway. Log lines carry pseudonymous ids only: never a
phone number and never a message body (callers pass neither)."""

from __future__ import annotations

import logging
import os


def configure_logging() -> None:
    level = os.environ.get("LOG_LEVEL", "INFO").upper()
    root = logging.getLogger()
    if not any(getattr(h, "_helpline", False) for h in root.handlers):
        handler = logging.StreamHandler()
        handler._helpline = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    # httpx logs every request URL at INFO, and the Rasa token travels in a query string.
    logging.getLogger("httpx").setLevel(logging.WARNING)
