"""How every route runs: one transaction, the caller authenticated, the route's rule checked.

Routes are thin: they call :func:`run_api` (bearer token) or the web equivalent with a function
of (session, actor) that calls the services and returns plain data built inside the transaction.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from threading import Lock
from typing import TYPE_CHECKING, Any, TypeVar

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from gateway.actor import Actor
from gateway.api.access import Access, rule_for
from gateway.auth.errors import AuthenticationFailed
from gateway.auth.service import sha256_hex
from gateway.db import transaction
from gateway.errors import NotPermitted
from gateway.users.models import User

if TYPE_CHECKING:
    from gateway.context import AppContext
    from gateway.sharing import SharingLogWriter
    from sharing_log.sql import SQLTransparencyLog

T = TypeVar("T")

#: How long a verified bearer token is trusted without the database (checkpoint reads only):
#: revoking a token or disabling an account takes effect there within this many seconds.
TOKEN_CACHE_SECONDS = 5.0
#: How stale a served checkpoint may be. A checkpoint is a signed statement of the log at a
#: size; a verifier must accept older ones anyway (they are checked for consistency).
CHECKPOINT_CACHE_SECONDS = 1.0


@dataclass
class AppState:
    """What the app keeps between requests: the context and the (costly) log objects."""

    ctx: AppContext
    _lock: Lock = field(default_factory=Lock)
    _tlog: SQLTransparencyLog | None = None
    _subject_key: bytes | None = None
    _read_sessions: sessionmaker[Session] | None = None
    #: Bearer tokens seen recently (SHA-256 -> (expiry, user)), for the checkpoint fast path.
    _token_users: dict[str, tuple[float, User]] = field(default_factory=dict)
    _checkpoint: tuple[float, str] | None = None

    def remember_token(self, token: str, user: User) -> None:
        if len(self._token_users) > 10_000:
            self._token_users.clear()
        # A detached copy of the fields authorisation reads: the session's instance expires.
        snapshot = User(
            id=user.id,
            username=user.username,
            display_name=user.display_name,
            role=user.role,
            active=user.active,
        )
        self._token_users[sha256_hex(token)] = (time.monotonic() + TOKEN_CACHE_SECONDS, snapshot)

    def recent_token_user(self, token: str) -> User | None:
        found = self._token_users.get(sha256_hex(token))
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def remember_checkpoint(self, note: str) -> None:
        self._checkpoint = (time.monotonic() + CHECKPOINT_CACHE_SECONDS, note)

    def recent_checkpoint(self) -> str | None:
        found = self._checkpoint
        if found is None or found[0] < time.monotonic():
            return None
        return found[1]

    def read_sessions(self) -> sessionmaker[Session]:
        """Sessions for requests that write nothing: on SQLite they take no write lock, so
        several workers read at once (other requests use BEGIN IMMEDIATE, see gateway.db)."""
        with self._lock:
            if self._read_sessions is None:
                from gateway.db import make_session_factory

                engine = self.ctx.engine.execution_options(sqlite_begin="DEFERRED")
                self._read_sessions = make_session_factory(engine)
            return self._read_sessions

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


def api_actor(session: Session, request: Request, *, touch: bool = True) -> Actor:
    from gateway.auth.service import authenticate_token

    token = bearer_token(request)
    if token is None:
        raise AuthenticationFailed(
            "This API needs an API token.",
            hint="Send 'Authorization: Bearer <token>'; create a token on your account page.",
        )
    user = authenticate_token(session, token, touch=touch)
    app_state(request).remember_token(token, user)
    return Actor(user, channel="api", source=client_source(request))


def run_api(request: Request, work: Callable[[Session, Actor], T], *, read_only: bool = False) -> T:
    """One API call: authenticate the token, check the route's rule, do the work, commit.

    ``read_only`` is for routes that record nothing (no case data, so no access-log row).
    """
    state = app_state(request)
    factory = state.read_sessions() if read_only else state.ctx.sessions
    with transaction(factory) as session:
        actor = api_actor(session, request, touch=not read_only)
        authorise(request, actor)
        return work(session, actor)
