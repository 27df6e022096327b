"""Sending SMS: the Twilio Messages API through the real ``twilio`` client, or, in
development without a Twilio endpoint, a local outbox the /dev/sms page shows."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from redis.asyncio import Redis
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from ..settings import Settings

DEV_OUTBOX = "sms:dev_outbox"


class TransientSendError(Exception):
    """Worth retrying: Twilio said 429 or 5xx, or the network failed."""


class PermanentSendError(Exception):
    """Not worth retrying (an invalid or unsubscribed number, a bad request)."""

    def __init__(self, code: int | None, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Sent:
    message_sid: str


class OutboundSender:
    def __init__(self, settings: Settings, redis: Redis) -> None:
        self._settings = settings
        self._redis = redis
        self._client: Client | None = None
        self._http: AsyncTwilioHttpClient | None = None
        # Development without an endpoint writes to the outbox; anything else sends.
        self.uses_outbox = settings.is_development and not settings.twilio_api_base_url

    def _twilio(self) -> Client:
        if self._client is None:
            self._http = AsyncTwilioHttpClient()
            self._client = Client(
                self._settings.twilio_account_sid,
                self._settings.secret("twilio_auth_token"),
                http_client=self._http,
            )
            if self._settings.twilio_api_base_url:
                # The loopback fake in tests; the real API is the library's default.
                self._client.api.base_url = self._settings.twilio_api_base_url
        return self._client

    async def send(self, to: str, body: str, conversation_id: str) -> Sent:
        if self.uses_outbox:
            sid = f"DEV{time.time_ns()}"
            entry = {
                "sid": sid,
                "conversation_id": conversation_id,
                "body": body,
                "at": time.time(),
            }
            await self._redis.rpush(DEV_OUTBOX, json.dumps(entry))
            await self._redis.ltrim(DEV_OUTBOX, -500, -1)
            return Sent(sid)
        try:
            message = await self._twilio().messages.create_async(
                to=to,
                from_=self._settings.twilio_from_number,
                body=body,
                status_callback=f"{self._settings.public_base_url}/sms/twilio/status",
            )
        except TwilioRestException as exc:
            if exc.status == 429 or exc.status >= 500:
                raise TransientSendError(f"twilio {exc.status}") from exc
            raise PermanentSendError(exc.code, f"twilio {exc.status} code {exc.code}") from exc
        except (OSError, TimeoutError) as exc:
            raise TransientSendError(type(exc).__name__) from exc
        except Exception as exc:
            if type(exc).__module__.startswith("aiohttp"):
                raise TransientSendError(type(exc).__name__) from exc
            raise
        return Sent(str(message.sid))

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
