"""The development phone: text as a number, see the replies, no Twilio account."""

from __future__ import annotations

import asyncio

import httpx
from fastapi import FastAPI

from gateway.main import create_app
from gateway.settings import Settings
from gateway.sms.outbound import OutboundSender
from gateway.sms.worker import SmsWorker


async def test_a_message_from_the_dev_phone_is_answered_into_the_outbox(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    page = await client.get("/dev/sms")
    assert page.status_code == 200 and "Development SMS phone" in page.text

    sent = await client.post("/dev/sms", data={"number": "+1 212 555 0142", "body": "hello?"})
    assert sent.status_code == 200, sent.text

    services = app.state.services
    worker = SmsWorker(services, OutboundSender(services.settings, services.redis), "test")
    stop = asyncio.Event()
    task = asyncio.create_task(worker.run(stop))
    try:
        for _ in range(100):
            thread = (await client.get("/dev/sms/thread", params={"number": "+12125550142"})).json()
            if len(thread["messages"]) >= 2:
                break
            await asyncio.sleep(0.1)
    finally:
        stop.set()
        await asyncio.wait_for(task, 5)
    inbound, outbound = thread["messages"][:2]
    assert inbound == {**inbound, "direction": "inbound", "body": "hello?"}
    # Rasa is down in these tests, so the worker sent the fail-safe reply.
    assert outbound["direction"] == "outbound" and "911" in outbound["body"]


async def test_a_bad_number_is_a_clear_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/dev/sms", data={"number": "555-0142", "body": "hi"})
    assert response.status_code == 422
    assert "E.164" in response.json()["error"]["message"]


def test_production_has_no_dev_phone(settings: Settings) -> None:
    production = settings.model_copy(update={"environment": "production"})
    app = create_app(production)
    assert not any(getattr(route, "path", "").startswith("/dev") for route in app.routes)
