"""Who is asking is proven before anything reads a request's body.

FastAPI reads and validates a route's body before the route runs, and a page reads its form
before the session is checked; so an unauthenticated caller could make the server read, parse
and validate (and answer 422 with the fields it expects) any body it likes. In front of the app:

- an API call (``/api/...``, except a route the access table makes public) must carry a valid
  bearer token before its body is read: otherwise the answer is the route's own 401 problem
  details, and the body is never read;
- any other request with a body and no valid session (the sign-in form; a form whose session
  has ended, which is answered with the sign-in page anyway) may send at most
  :data:`UNAUTHENTICATED_BODY_LIMIT` bytes: more is refused with 413 without reading further.

Requests with a valid token or session go on untouched; the route proves them again in its
own transaction (this check records and changes nothing).
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.routing import compile_path

from gateway.auth import use_cases as auth
from gateway.auth.errors import RequestTooLarge
from gateway.errors import GatewayError
from gateway.http.access import API_PREFIX, ROUTE_ACTIONS, Access
from gateway.http.problems import problem_for
from gateway.http.state import AppState, app_state, bearer_token

#: The most a request that has not proven who sent it may carry: the sign-in form is well under
#: 1 KiB, and a long form sent after its session ended is still answered with the sign-in page.
UNAUTHENTICATED_BODY_LIMIT = 64 * 1024

#: API routes open to everyone (none today): checked like any unauthenticated request.
_PUBLIC_API: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (method, compile_path(path)[0])
    for (method, path), rule in ROUTE_ACTIONS.items()
    if rule is Access.PUBLIC and path.startswith(API_PREFIX + "/")
)


def _is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def _is_public_api(method: str, path: str) -> bool:
    method = "GET" if method == "HEAD" else method
    return any(m == method and pattern.match(path) for m, pattern in _PUBLIC_API)


def _may_have_body(request: Request) -> bool:
    length = request.headers.get("content-length")
    return (length is not None and length.strip() != "0") or (
        "transfer-encoding" in request.headers
    )


def _refusal(state: AppState, token: str | None, cookie: str | None) -> GatewayError | None:
    """Why the credential does not prove anyone (None: it does), in a read-only transaction."""
    try:
        state.work(read_only=True).run_signing_in(auth.prove_credential, token=token, cookie=cookie)
    except GatewayError as exc:
        return exc
    return None


class AuthenticateFirst:
    """Plain ASGI middleware: the credential is checked before the body is read (see above)."""

    def __init__(self, app: Any, *, wants_html: Any, session_cookie: str) -> None:
        self.app = app
        self.wants_html = wants_html
        self.session_cookie = session_cookie

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)  # no receive: this never reads the body
        path: str = scope["path"]
        if _is_api(path) and not _is_public_api(request.method, path):
            refusal = await self._check(request, token=bearer_token(request))
            if refusal is not None:
                await problem_for(refusal, request)(scope, receive, send)
                return
            await self.app(scope, receive, send)
            return
        if _may_have_body(request) and not await self._signed_in(request, path):
            await self._capped(request, receive, send)
            return
        await self.app(scope, receive, send)

    async def _signed_in(self, request: Request, path: str) -> bool:
        cookie = request.cookies.get(self.session_cookie)
        if _is_api(path) or not cookie:
            return False
        return await self._check(request, cookie=cookie) is None

    async def _check(
        self, request: Request, *, token: str | None = None, cookie: str | None = None
    ) -> GatewayError | None:
        state = app_state(request)
        if token is not None and state.recent_token_user(token) is not None:
            return None  # proven within the last few seconds; the route checks it again
        return await run_in_threadpool(_refusal, state, token, cookie)

    async def _capped(self, request: Request, receive: Any, send: Any) -> None:
        """Read at most the limit, then hand the app the body as if it came straight in."""
        scope = request.scope
        length = request.headers.get("content-length", "").strip()
        if length and (not length.isdigit() or int(length) > UNAUTHENTICATED_BODY_LIMIT):
            await self._too_large(request, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > UNAUTHENTICATED_BODY_LIMIT:
                await self._too_large(request, receive, send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Any:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, request: Request, receive: Any, send: Any) -> None:
        error = RequestTooLarge(
            f"A request from someone not signed in may carry at most "
            f"{UNAUTHENTICATED_BODY_LIMIT // 1024} KiB.",
            hint="Sign in first (if you were signed in, your session has ended: keep a copy of "
            "what you typed), then send it again.",
        )
        if self.wants_html(request):
            response = await run_in_threadpool(self.wants_html.render_error, request, error, 413)
        else:
            response = problem_for(error, request)
        # The rest of the body is not read: the connection is closed after this answer.
        response.headers["Connection"] = "close"
        await response(request.scope, receive, send)
