"""POST /api/v1/triage with the real Rasa NLU behind it."""

from __future__ import annotations

import httpx
import pytest

from tests.support.stack import Stack

pytestmark = pytest.mark.e2e


def test_triage_names_the_category_from_rasa_and_the_services(stack: Stack) -> None:
    response = httpx.post(
        f"{stack.gateway_url}/api/v1/triage",
        json={"text": "the dog next door barks all night and i cant sleep"},
        headers={"Authorization": f"Bearer {stack.env['API_TOKEN']}"},
        timeout=30,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["category"] == "noise"
    assert 0.5 < body["confidence"] <= 1
    assert body["risk"]["level"] == "none" and body["risk"]["route"] is None
    assert body["resources"] and all(
        {"id", "name", "phone", "url"} <= set(r) for r in body["resources"]
    )
