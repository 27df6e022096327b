"""No log line of any service holds a phone number or a message body.

Runs last (by name), after the other end-to-end tests have exercised the stack,
with a marker message of its own sent through the web API and by SMS."""

from __future__ import annotations

import secrets

import pytest

from tests.e2e.helpers import Resident
from tests.e2e.test_sms import new_number, text
from tests.support.stack import Stack

pytestmark = pytest.mark.e2e


def test_no_log_line_holds_a_phone_number_or_a_message_body(stack: Stack) -> None:
    marker = "quokka" + secrets.token_hex(4)
    resident = Resident(stack)
    resident.say(f"my neighbor {marker} plays loud music every night")
    resident.say(f"he has a gun {marker}")  # a risk message too: it takes other code paths
    number = new_number()
    text(stack, number, f"hi {marker}")
    stack.twilio.wait_for(number, 1)

    logs = {path.name: path.read_text(errors="replace") for path in stack.log_dir.glob("*.log")}
    assert {"rasa.log", "actions.log", "gateway.log", "sms-worker.log"} <= set(logs)
    for name, content in logs.items():
        assert marker not in content, f"a message body is in {name}"
        assert number not in content and number[1:] not in content, f"a phone number is in {name}"
