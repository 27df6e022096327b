"""Dependencies shared by the routers, as ``Annotated`` aliases."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request

from .errors import Forbidden, NotAuthenticated
from .lifespan import Services
from .settings import Settings


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


ServicesDep = Annotated[Services, Depends(get_services)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


def require_api_token(request: Request, settings: SettingsDep) -> None:
    """Integrations and the staff console authenticate with ``API_TOKEN``."""
    token = bearer_token(request)
    if token is None:
        raise NotAuthenticated("Send the API token as 'Authorization: Bearer <API_TOKEN>'.")
    if not hmac.compare_digest(token.encode(), settings.secret("api_token").encode()):
        raise Forbidden("This API token is not valid.")


ApiTokenDep = Depends(require_api_token)


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header, or ``None``."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()
