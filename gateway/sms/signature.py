"""Twilio request validation, as a dependency of the SMS routes.

The signature covers the URL Twilio called, which is the public one
(``PUBLIC_BASE_URL``), not the address this process sees behind a TLS proxy.
The form goes to the validator as it came, repeated keys included.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from starlette.datastructures import FormData
from twilio.request_validator import RequestValidator

from ..deps import SettingsDep
from ..errors import Forbidden
from ..settings import Settings


def twilio_signature(settings: Settings, url: str, form: dict[str, str]) -> str:
    """Sign a form as Twilio would (the development phone uses this)."""
    return str(RequestValidator(settings.secret("twilio_auth_token")).compute_signature(url, form))


async def signed_twilio_form(request: Request, settings: SettingsDep) -> FormData:
    signature = request.headers.get("x-twilio-signature", "")
    form = await request.form()
    url = settings.public_base_url + request.url.path
    if request.url.query:
        url += f"?{request.url.query}"
    validator = RequestValidator(settings.secret("twilio_auth_token"))
    if not signature or not validator.validate(url, form, signature):
        raise Forbidden("The request is not signed by Twilio.")
    return form


TwilioForm = Annotated[FormData, Depends(signed_twilio_form)]
