"""Twilio's webhooks: inbound messages (primary and fallback) and delivery status.

The inbound webhooks do only what must happen before Twilio gets its answer:
check the signature, claim the MessageSid, append to the inbound stream. The SMS
worker (gateway/sms/worker.py) does the rest.
"""

from __future__ import annotations

import time

from fastapi import APIRouter
from fastapi.responses import Response

from triage import staff_queue

from ..deps import ServicesDep, SettingsDep
from ..errors import Unprocessable
from ..sms.identity import InvalidNumber, PhoneIdentity
from ..sms.inbound_queue import claim_and_queue
from ..sms.signature import TwilioForm

router = APIRouter(prefix="/sms/twilio", tags=["sms"])

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
STATUS_KEEP_SECONDS = 30 * 86400
FAILED = {"failed", "undelivered"}


def _twiml() -> Response:
    return Response(EMPTY_TWIML, media_type="application/xml")


async def _queue(
    form: TwilioForm, settings: SettingsDep, services: ServicesDep, source: str
) -> Response:
    sid = str(form.get("MessageSid") or form.get("SmsSid") or "")
    sender = str(form.get("From") or "")
    if not sid:
        raise Unprocessable("MessageSid is missing.")
    identity = PhoneIdentity(settings.secret("pseudonym_key"), settings.secret("encryption_key"))
    try:
        fields = {
            "sid": sid,
            "conversation_id": identity.conversation_id(sender),
            "from_encrypted": identity.encrypt(sender),
            "body": str(form.get("Body") or ""),
            "num_media": str(form.get("NumMedia") or "0"),
            "source": source,
            "received_at": f"{time.time():.3f}",
        }
    except InvalidNumber as exc:
        raise Unprocessable("From is not an E.164 phone number.") from exc
    await claim_and_queue(services.redis, sid, fields)  # a repeat of a known sid: nothing to do
    return _twiml()


@router.post("")
async def inbound(form: TwilioForm, settings: SettingsDep, services: ServicesDep) -> Response:
    """A resident's text: queued durably, answered by the worker."""
    return await _queue(form, settings, services, "primary")


@router.post("/fallback")
async def inbound_fallback(
    form: TwilioForm, settings: SettingsDep, services: ServicesDep
) -> Response:
    """Twilio calls this when the primary webhook failed: store, so nothing is lost."""
    return await _queue(form, settings, services, "fallback")


@router.post("/status")
async def delivery_status(form: TwilioForm, services: ServicesDep) -> Response:
    """Delivery status of an outbound message; a failed safety reply alerts staff."""
    sid = str(form.get("MessageSid") or "")
    status = str(form.get("MessageStatus") or "")
    if not sid or not status:
        raise Unprocessable("MessageSid and MessageStatus are required.")
    error_code = str(form.get("ErrorCode") or "")
    redis = services.redis
    await redis.hset(
        f"sms:status:{sid}",
        mapping={"status": status, "error_code": error_code, "at": f"{time.time():.3f}"},
    )
    await redis.expire(f"sms:status:{sid}", STATUS_KEEP_SECONDS)
    if status in FAILED:
        sent = await redis.hgetall(f"sms:outbound:{sid}")
        if sent.get("risk", "none") != "none" and sent.get("conversation_id"):
            await staff_queue.enqueue(
                redis,
                sent["conversation_id"],
                "urgent",
                reason=f"a safety reply was not delivered (error {error_code or status})",
                ttl_seconds=services.settings.retention_seconds,
                channel="sms",
            )
    return _twiml()
