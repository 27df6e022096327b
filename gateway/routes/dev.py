"""/dev/sms: text the help line as a phone number, without a Twilio account.

Only mounted when ENVIRONMENT=development. Each message is signed exactly as
Twilio signs it (against PUBLIC_BASE_URL) and goes through the real webhook,
queue and worker; replies come from the development outbox.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Annotated, Any

import httpx
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..deps import ServicesDep, SettingsDep
from ..errors import Unprocessable
from ..sms.identity import InvalidNumber, PhoneIdentity, normalise_number
from ..sms.outbound import DEV_OUTBOX
from ..sms.signature import twilio_signature

router = APIRouter(prefix="/dev/sms", tags=["development"], include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")


def _number(value: str) -> str:
    try:
        return normalise_number(value)
    except InvalidNumber as exc:
        raise Unprocessable("Enter the number in E.164 form, like +12125550123.") from exc


@router.get("", response_class=HTMLResponse)
async def phone(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "dev_sms.html", {"number": "+12125550100"})


@router.post("")
async def send(
    request: Request,
    settings: SettingsDep,
    number: Annotated[str, Form(max_length=20)],
    body: Annotated[str, Form(min_length=1, max_length=1600)],
) -> dict[str, str]:
    form = {
        "MessageSid": "SM" + secrets.token_hex(16),
        "AccountSid": settings.twilio_account_sid,
        "From": _number(number),
        "To": settings.twilio_from_number,
        "Body": body,
        "NumMedia": "0",
    }
    url = f"{settings.public_base_url}/sms/twilio"
    headers = {"X-Twilio-Signature": twilio_signature(settings, url, form)}
    transport = httpx.ASGITransport(app=request.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://gateway") as client:
        response = await client.post("/sms/twilio", data=form, headers=headers)
    if response.status_code != 200:
        raise Unprocessable(f"The webhook answered {response.status_code}.")
    return {"status": "queued", "message_sid": form["MessageSid"]}


@router.get("/thread")
async def thread(
    settings: SettingsDep, services: ServicesDep, number: Annotated[str, Query(max_length=20)]
) -> dict[str, Any]:
    identity = PhoneIdentity(settings.secret("pseudonym_key"), settings.secret("encryption_key"))
    conversation_id = identity.conversation_id(_number(number))
    messages: list[dict[str, Any]] = []
    for entry in await services.store.events(conversation_id):
        if entry["type"] == "inbound":
            messages.append(
                {"direction": "inbound", "body": entry.get("text", ""), "at": entry["at"]}
            )
    for raw in await services.redis.lrange(DEV_OUTBOX, 0, -1):
        item = json.loads(raw)
        if item["conversation_id"] == conversation_id:
            messages.append({"direction": "outbound", "body": item["body"], "at": item["at"]})
    messages.sort(key=lambda m: m["at"])
    return {"conversation_id": conversation_id, "messages": messages}
