"""One place for every setting the gateway reads (environment first, then .env)."""

from __future__ import annotations

import base64
import os
import secrets
from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Secrets production must be given; development generates throwaway ones.
REQUIRED_SECRETS = ("api_token", "secret_key", "pseudonym_key", "encryption_key", "rasa_token")


class MissingSecretError(RuntimeError):
    """A secret production needs is not configured."""


class Settings(BaseSettings):
    # ENV_FILE lets tests and other deployments point at another file (or none).
    model_config = SettingsConfigDict(
        env_file=os.environ.get("ENV_FILE", ".env"), extra="ignore", case_sensitive=False
    )

    environment: Literal["development", "production"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    public_base_url: str = "http://127.0.0.1:8000"
    allowed_origins: str = "http://127.0.0.1:8000,http://localhost:8000"
    office_name: str = "NYC Community Safety Office"
    office_hours: str = "Mon-Fri 09:00-21:00; Sat-Sun 10:00-18:00"
    retention_days: float = Field(30, gt=0)
    rasa_timeout_seconds: float = Field(3.0, gt=0)

    redis_url: str = "redis://127.0.0.1:6380/0"
    rasa_url: str = "http://127.0.0.1:5005"
    action_server_url: str = "http://127.0.0.1:5055"

    api_token: SecretStr | None = None
    secret_key: SecretStr | None = None
    pseudonym_key: SecretStr | None = None
    encryption_key: SecretStr | None = None
    rasa_token: SecretStr | None = None

    twilio_account_sid: str = "ACdevelopment00000000000000000000"
    twilio_auth_token: SecretStr | None = None
    twilio_from_number: str = "+15555550100"
    #: Empty: Twilio's own API (production) or the local outbox (development).
    twilio_api_base_url: str = ""

    @field_validator("public_base_url", "rasa_url", "action_server_url")
    @classmethod
    def _strip_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _require_secrets(self) -> Settings:
        missing = [name for name in REQUIRED_SECRETS if not _has(getattr(self, name))]
        if self.environment == "production":
            if not _has(self.twilio_auth_token):
                missing.append("twilio_auth_token")
            if missing:
                names = ", ".join(name.upper() for name in missing)
                raise MissingSecretError(
                    f"ENVIRONMENT=production needs these secrets set: {names}. "
                    "See .env.example for what each one is."
                )
        else:
            # Development may start without .env; the secrets then last one process.
            for name in [*missing, "twilio_auth_token"]:
                if not _has(getattr(self, name)):
                    setattr(self, name, SecretStr(_throwaway_secret(name)))
        return self

    @property
    def is_development(self) -> bool:
        return self.environment == "development"

    @property
    def retention_seconds(self) -> int:
        return int(self.retention_days * 86400)

    @property
    def origins(self) -> list[str]:
        return [o.strip() for o in self.allowed_origins.split(",") if o.strip()]

    def secret(self, name: str) -> str:
        """The plain value of a secret (always set once validation has run)."""
        value: SecretStr | None = getattr(self, name)
        assert value is not None
        return value.get_secret_value()


def _throwaway_secret(name: str) -> str:
    if name == "encryption_key":  # a Fernet key: 32 random bytes, url-safe base64
        return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return secrets.token_urlsafe(32)


def _has(value: SecretStr | None) -> bool:
    return value is not None and bool(value.get_secret_value().strip())


@lru_cache
def get_settings() -> Settings:
    return Settings()
