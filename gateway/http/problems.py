"""Errors as RFC 9457 problem details: a status, a title, what went wrong and how to fix it."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from gateway.audit.errors import LogAlarm
from gateway.auth.errors import (
    AuthenticationFailed,
    CsrfRejected,
    RequestTooLarge,
    SignInThrottled,
)
from gateway.errors import (
    Conflict,
    ContentChanged,
    DisclosureRefused,
    GatewayError,
    InvalidInput,
    InvalidTransition,
    NotFound,
    NotPermitted,
)

_LOG = logging.getLogger("prevent_gateway.http")

PROBLEM_TYPE_BASE = "https://prevent-gateway.invalid/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"

#: Most specific first: the first class the error is an instance of decides the status.
STATUS_BY_ERROR: tuple[tuple[type[GatewayError], int], ...] = (
    (AuthenticationFailed, 401),
    (CsrfRejected, 403),
    (NotPermitted, 403),
    (NotFound, 404),
    (ContentChanged, 409),
    (Conflict, 409),
    (InvalidTransition, 409),
    (RequestTooLarge, 413),
    (SignInThrottled, 429),
    # Refused until an administrator resolves the alarm about the sharing log.
    (LogAlarm, 503),
    (DisclosureRefused, 422),
    (InvalidInput, 422),
)

TITLES = {
    400: "The request cannot be carried out",
    401: "Sign-in needed",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflicts with the current state",
    413: "The request is too large",
    422: "The request was refused",
    429: "Too many attempts",
    503: "Refused until the sharing log is sound again",
    500: "Something went wrong",
}


def status_for(error: GatewayError) -> int:
    for cls, status in STATUS_BY_ERROR:
        if isinstance(error, cls):
            return status
    return 400


def problem(
    status: int, code: str, detail: str, *, hint: str | None = None, **extra: Any
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "code": code,
    }
    if hint:
        body["hint"] = hint
    body.update(extra)
    headers = {"WWW-Authenticate": 'Bearer realm="prevent-gateway"'} if status == 401 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def problem_for(error: GatewayError, request: Request) -> JSONResponse:
    return problem(
        status_for(error), error.code, error.message, hint=error.hint, instance=request.url.path
    )


def _describe_validation(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    errors: list[dict[str, Any]] = []
    for err in exc.errors():
        location = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        errors.append({"field": location, "message": str(err.get("msg", "invalid"))})
    first = errors[0] if errors else {"field": "", "message": "invalid"}
    detail = f"{first['field'] or 'The request'}: {first['message']}."
    return detail, errors


def install(app: FastAPI, *, wants_html: Any) -> None:
    """Problem details for the API; the web pages render the same errors as HTML."""

    @app.exception_handler(GatewayError)
    async def _gateway_error(request: Request, exc: GatewayError) -> Any:
        if wants_html(request):
            return wants_html.render_error(request, exc, status_for(exc))
        return problem_for(exc, request)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Any:
        detail, errors = _describe_validation(exc)
        if wants_html(request):
            return wants_html.render_error(request, InvalidInput(detail), 422)
        return problem(
            422,
            "invalid-input",
            detail,
            hint="Correct the fields listed in 'errors' and send it again.",
            errors=errors,
            instance=request.url.path,
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Any:
        # A fault of ours, not of the request: the transaction was rolled back, so nothing was
        # saved. The person gets a plain message; the details stay in the server's log.
        _LOG.error("unexpected %s on %s %s", type(exc).__name__, request.method, request.url.path)
        error = GatewayError(
            "Something went wrong inside prevent-gateway; nothing was saved.",
            hint="Try again; if it happens again, tell your administrator what you were doing "
            "and when.",
        )
        if wants_html(request):
            return wants_html.render_error(request, error, 500)
        return problem(500, "internal-error", error.message, hint=error.hint,
                       instance=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Any:
        status = exc.status_code
        code = {404: "not-found", 405: "method-not-allowed"}.get(status, f"http-{status}")
        detail = str(exc.detail) if exc.detail else TITLES.get(status, "Error")
        if wants_html(request):
            return wants_html.render_error(request, GatewayError(detail), status)
        return problem(status, code, detail, instance=request.url.path)
