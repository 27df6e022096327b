"""The channel the gateway talks to: one call in, the bot's replies and the NLU
parse out.

Rasa's REST channel returns only the messages; reply metadata needs the intent,
its confidence and the slots too, which would cost a second request for the
tracker. This channel handles the message exactly like the REST channel and then
reads the tracker in the same process.

It runs inside the Rasa server (Python 3.10, .venv-rasa) and imports only Rasa.
Rasa's channel webhooks are not covered by --auth-token, so this one checks the
same token itself. No message text is ever logged here.
"""

from __future__ import annotations

import hmac
import logging
import os
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

#: Slots the gateway copies into reply metadata and conversation state.
REPORTED_SLOTS = ("category", "borough", "affected", "in_danger", "resources_offered")


class GatewayInput(InputChannel):
    """POST /webhooks/gateway/webhook with {"sender", "message", "metadata"}."""

    @classmethod
    def name(cls) -> Text:
        return "gateway"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "GatewayInput":
        return cls()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("gateway_webhook", __name__)
        token = os.environ.get("RASA_TOKEN", "")

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            given = request.args.get("token") or ""
            if not token or not hmac.compare_digest(given.encode(), token.encode()):
                return response.json({"error": "unauthorized"}, status=401)
            body = request.json or {}
            sender = body.get("sender")
            text = body.get("message")
            if not isinstance(sender, str) or not sender or not isinstance(text, str):
                return response.json({"error": "sender and message are required"}, status=400)

            collector = CollectingOutputChannel()
            message = UserMessage(
                text,
                collector,
                sender,
                input_channel=body.get("input_channel") or self.name(),
                metadata=body.get("metadata"),
            )
            try:
                await on_new_message(message)
            except Exception:
                logger.exception("gateway channel: handling a message failed")
                return response.json({"error": "bot failure"}, status=500)

            agent = request.app.ctx.agent
            tracker = await agent.processor.get_tracker(sender)
            latest = tracker.latest_message
            parse = latest.parse_data if latest else {}
            return response.json(
                {
                    "messages": collector.messages,
                    "intent": parse.get("intent") or {},
                    "entities": parse.get("entities") or [],
                    "slots": {
                        name: tracker.get_slot(name)
                        for name in REPORTED_SLOTS
                        if name in tracker.slots
                    },
                    "paused": tracker.is_paused(),
                }
            )

        return webhook
