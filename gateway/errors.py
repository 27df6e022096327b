"""Domain errors, and the one place they become HTTP responses.

    GatewayError
     ├── NotAuthenticated   401  no or malformed credentials
     ├── Forbidden          403  credentials that do not fit
     ├── NotFound           404  unknown conversation or resource
     └── Unprocessable      422  well-formed request with unacceptable content

Every error answers ``{"error": {"code", "message"}}`` (422s from request
validation add ``details``), so clients handle one shape.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException


class GatewayError(Exception):
    status_code = 500
    code = "internal_error"

    def __init__(self, message: str, *, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details


class NotAuthenticated(GatewayError):
    status_code = 401
    code = "not_authenticated"


class Forbidden(GatewayError):
    status_code = 403
    code = "forbidden"


class NotFound(GatewayError):
    status_code = 404
    code = "not_found"


class Unprocessable(GatewayError):
    status_code = 422
    code = "invalid_request"


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"error": error}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GatewayError)
    async def _gateway_error(request: Request, exc: GatewayError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JSONResponse(
            error_body(exc.code, exc.message, exc.details),
            status_code=exc.status_code,
            headers=headers,
        )

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Never echo the input back: it may be a resident's message.
        details = [
            {"field": ".".join(str(p) for p in err.get("loc", ())), "problem": err.get("msg")}
            for err in exc.errors()
        ]
        return JSONResponse(
            error_body("invalid_request", "The request is not valid.", details),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(
            error_body(f"http_{exc.status_code}", str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )
