"""Assembles the gateway app; nothing else happens here."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .errors import install_error_handlers
from .lifespan import lifespan
from .logging_setup import configure_logging
from .routes import api, conversations, dev, health, sms
from .settings import Settings, get_settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging()
    app = FastAPI(
        title="NYC Community Safety Office help line",
        version="0.1.0",
        lifespan=lifespan,
        docs_url="/docs" if settings.is_development else None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.origins,
        allow_methods=["GET", "POST"],
        allow_headers=["Authorization", "Content-Type"],
    )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(conversations.router)
    app.include_router(api.router)
    app.include_router(sms.router)
    if settings.is_development:
        app.include_router(dev.router)
    return app
