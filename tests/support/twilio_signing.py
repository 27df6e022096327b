"""Sign webhook requests exactly as Twilio does, with the real library."""

from __future__ import annotations

import secrets

from twilio.request_validator import RequestValidator


def sms_form(number: str, body: str, sid: str | None = None, **extra: str) -> dict[str, str]:
    return {
        "MessageSid": sid or "SM" + secrets.token_hex(16),
        "AccountSid": "AC" + "0" * 32,
        "From": number,
        "To": "+15555550100",
        "Body": body,
        "NumMedia": "0",
        **extra,
    }


def signature(auth_token: str, url: str, form: dict[str, str]) -> str:
    return str(RequestValidator(auth_token).compute_signature(url, form))
