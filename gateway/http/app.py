"""The web app: the JSON API under /api/v1, the pages, problem details, security headers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from gateway.api.routers import (
    admin,
    apd,
    audit,
    breaches,
    cases,
    complaints,
    corrections,
    disclosures,
    dpia,
    reports,
    retention,
    rights,
    sar,
    third_party,
    training,
)
from gateway.context import AppContext, open_context
from gateway.http import docs, openapi, problems
from gateway.http.docs import DOCS_CSP, DOCS_PATHS
from gateway.http.guard import AuthenticateFirst
from gateway.http.state import AppState
from gateway.http.uploads import EvidenceUploadLimit

API_PREFIX = "/api/v1"

DESCRIPTION = """
The one door through which Prevent-duty personal data about a student leaves the provider.

Authenticate with `Authorization: Bearer <token>`; a token is scoped to its owner's role and
created by its owner on their account page in the web app.
Errors are RFC 9457 problem details: `detail` says what is wrong, `hint` what to do about it.
Lists take `limit` and `offset`.
"""

_PAGE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
_STRICT_CSP = (
    b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; "
    b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


class SecurityHeaders:
    """Plain ASGI middleware (cheap): security headers on every response; no caching of pages."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        docs = path in DOCS_PATHS

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(_PAGE_HEADERS)
                csp = DOCS_CSP if docs else _STRICT_CSP
                headers.append((b"content-security-policy", csp))
                if not path.startswith(("/static/", "/docs-assets/")):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(ctx: AppContext | None = None) -> FastAPI:
    """Build the app over ``ctx`` (default: the context from the environment's settings)."""
    from gateway import web

    if ctx is None:
        ctx = open_context()
    app = FastAPI(
        title="prevent-gateway",
        version="1",
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.gateway = AppState(ctx)
    for router in (
        admin.router,
        cases.router,
        disclosures.router,
        audit.router,
        reports.router,
        retention.router,
        sar.router,
        training.router,
        dpia.router,
        apd.router,
        rights.router,
        breaches.router,
        corrections.router,
        third_party.router,
        complaints.router,
    ):
        app.include_router(router, prefix=API_PREFIX)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    docs.install(app)
    openapi.install(app)
    web.install(app)
    problems.install(app, wants_html=web.HTML_ERRORS)
    # Behind the credential check: an evidence upload far over the limit is refused unread.
    app.add_middleware(EvidenceUploadLimit, wants_html=web.HTML_ERRORS)
    # Inside the security headers (so its refusals carry them), in front of every route.
    app.add_middleware(
        AuthenticateFirst, wants_html=web.HTML_ERRORS, session_cookie=web.SESSION_COOKIE
    )
    app.add_middleware(SecurityHeaders)
    return app
