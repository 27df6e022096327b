"""Start-up configuration: clear failures in production, throwaway secrets in development."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from gateway.settings import MissingSecretError, Settings


def test_production_without_secrets_fails_naming_each_missing_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("API_TOKEN", "SECRET_KEY", "PSEUDONYM_KEY", "ENCRYPTION_KEY", "RASA_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(MissingSecretError) as error:
        Settings(_env_file=None, environment="production", api_token="set")  # type: ignore[call-arg]
    message = str(error.value)
    for name in (
        "SECRET_KEY",
        "PSEUDONYM_KEY",
        "ENCRYPTION_KEY",
        "RASA_TOKEN",
        "TWILIO_AUTH_TOKEN",
    ):
        assert name in message
    assert "API_TOKEN" not in message


def test_development_fills_missing_secrets_with_usable_random_values() -> None:
    first = Settings(_env_file=None, environment="development")  # type: ignore[call-arg]
    second = Settings(_env_file=None, environment="development")  # type: ignore[call-arg]
    assert first.secret("api_token") != second.secret("api_token")
    Fernet(first.secret("encryption_key").encode())  # a valid Fernet key


def test_secrets_never_show_in_the_settings_repr() -> None:
    settings = Settings(_env_file=None, api_token="supersecretvalue")  # type: ignore[call-arg]
    assert "supersecretvalue" not in repr(settings)


def test_bad_values_are_rejected_with_the_setting_named() -> None:
    with pytest.raises(ValueError, match="port"):
        Settings(_env_file=None, port=70000)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="environment"):
        Settings(_env_file=None, environment="staging")  # type: ignore[call-arg]
