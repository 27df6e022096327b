"""Who is texting, without keeping who they are in the clear.

The Rasa sender id is HMAC-SHA256(PSEUDONYM_KEY, E.164 number): stable for a
number, meaningless without the key. The number itself is needed only to reply,
so it is stored encrypted (Fernet, ENCRYPTION_KEY) with the conversation.
"""

from __future__ import annotations

import hashlib
import hmac
import re

from cryptography.fernet import Fernet, InvalidToken

_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


class InvalidNumber(ValueError):
    """Not an E.164 phone number."""


def normalise_number(number: str) -> str:
    cleaned = re.sub(r"[\s().-]", "", number or "")
    if not _E164.match(cleaned):
        raise InvalidNumber("not an E.164 phone number")
    return cleaned


class PhoneIdentity:
    def __init__(self, pseudonym_key: str, encryption_key: str) -> None:
        self._key = pseudonym_key.encode()
        self._fernet = Fernet(encryption_key.encode())

    def sender_id(self, number: str) -> str:
        return hmac.new(self._key, normalise_number(number).encode(), hashlib.sha256).hexdigest()

    def conversation_id(self, number: str) -> str:
        """One conversation per number (it expires with the retention period)."""
        return f"sms-{self.sender_id(number)[:32]}"

    def encrypt(self, number: str) -> str:
        return self._fernet.encrypt(normalise_number(number).encode()).decode()

    def decrypt(self, token: str) -> str | None:
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            return None
