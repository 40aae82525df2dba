"""How every route runs: one transaction, the caller authenticated, the route's rule checked.

Routes are thin: they call :func:`run_api` (bearer token) or the web equivalent with a function
of (session, actor) that calls the services and returns plain data built inside the transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Lock
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api.access import Access, rule_for
from gateway.auth.errors import AuthenticationFailed
from gateway.db import transaction
from gateway.errors import NotPermitted

if TYPE_CHECKING:
    from gateway.context import AppContext
    from gateway.sharing import SharingLogWriter
    from sharing_log import SQLTransparencyLog

T = TypeVar("T")


@dataclass
class AppState:
    """What the app keeps between requests: the context and the (costly) log objects."""

    ctx: AppContext
    _lock: Lock = field(default_factory=Lock)
    _tlog: SQLTransparencyLog | None = None
    _subject_key: bytes | None = None

    def transparency_log(self) -> SQLTransparencyLog:
        with self._lock:
            if self._tlog is None:
                self._tlog = self.ctx.transparency_log()
            return self._tlog

    def log_writer(self) -> SharingLogWriter:
        from gateway.sharing import SharingLogWriter

        log = self.transparency_log()
        with self._lock:
            if self._subject_key is None:
                self._subject_key = self.ctx.keyring.subject_hmac_key()
            return SharingLogWriter(log, self._subject_key)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.gateway
    return state


def client_source(request: Request) -> str | None:
    """The client's address (uvicorn puts the proxy's X-Forwarded-For here when trusted)."""
    return request.client.host if request.client else None


API_PREFIX = "/api/v1"


def route_template(request: Request) -> str:
    """The path template of the route serving this request, e.g. /api/v1/cases/{reference}.

    Recent FastAPI versions give the route as declared in its router, without the prefix the
    router was included under; every API router is included under API_PREFIX.
    """
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return request.url.path
    template = str(path)
    if request.url.path.startswith(API_PREFIX + "/") and not template.startswith(API_PREFIX + "/"):
        template = API_PREFIX + template
    return template


def iter_route_templates(routes: list[Any], prefix: str = "") -> list[tuple[str, str]]:
    """Every (method, path template) the app serves, through included routers and mounts."""
    out: list[tuple[str, str]] = []
    for route in routes:
        original = getattr(route, "original_router", None)
        if original is not None:
            context = getattr(route, "include_context", None)
            inner = prefix + str(getattr(context, "prefix", "") or "")
            out.extend(iter_route_templates(list(original.routes), inner))
            continue
        path = getattr(route, "path", None)
        if path is None:
            continue
        methods = getattr(route, "methods", None)
        if methods is None:  # a mount (static files): GET only
            out.append(("GET", prefix + str(path)))
            continue
        for method in sorted(methods):
            if method != "HEAD":
                out.append((method, prefix + str(path)))
    return out


def authorise(request: Request, actor: Actor | None) -> None:
    """Deny by default: the route must be in ROUTE_ACTIONS and the actor's role must allow it."""
    method = "GET" if request.method == "HEAD" else request.method
    rule = rule_for(method, route_template(request))
    if rule is None:
        raise NotPermitted(
            "This address is not open to anyone.",
            hint="It has no entry in the access table; report this to an administrator.",
        )
    if rule is Access.PUBLIC:
        return
    if actor is None:
        raise AuthenticationFailed("Sign in first.", hint="Use your username and password.")
    if rule is Access.SIGNED_IN:
        if not actor.user.active:
            raise NotPermitted(f"The account {actor.user.username} is disabled.")
        return
    actor.require(rule)


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def api_actor(session: Session, request: Request) -> Actor:
    from gateway.auth.service import authenticate_token

    token = bearer_token(request)
    if token is None:
        raise AuthenticationFailed(
            "This API needs an API token.",
            hint="Send 'Authorization: Bearer <token>'; create a token on your account page.",
        )
    user = authenticate_token(session, token)
    return Actor(user, channel="api", source=client_source(request))


def run_api(request: Request, work: Callable[[Session, Actor], T]) -> T:
    """One API call: authenticate the token, check the route's rule, do the work, commit."""
    state = app_state(request)
    with transaction(state.ctx.sessions) as session:
        actor = api_actor(session, request)
        authorise(request, actor)
        return work(session, actor)
