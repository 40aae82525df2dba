"""What the web app keeps between requests: the installation's context and costly log objects."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from threading import Lock
from typing import TYPE_CHECKING

from fastapi import Request

from gateway.auth.service import sha256_hex
from gateway.runner import UnitOfWork
from gateway.users.models import User

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from gateway.context import AppContext
    from gateway.sharing import SharingLogWriter
    from sharing_log.sql import SQLTransparencyLog

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

    def work(self, *, read_only: bool = False) -> UnitOfWork:
        """The unit of work a request runs its use case in (``read_only``: no write lock)."""
        sessions = self.read_sessions() if read_only else self.ctx.sessions
        return UnitOfWork(sessions, self.ctx.clock, self.ctx.settings)

    def read_sessions(self) -> sessionmaker[Session]:
        """Sessions for requests that write nothing: on SQLite they take no write lock, so
        several workers read at once (other requests use BEGIN IMMEDIATE, see gateway.db)."""
        with self._lock:
            if self._read_sessions is None:
                from gateway.db import make_session_factory
                from gateway.encryption.keystore import bind_kek

                engine = self.ctx.engine.execution_options(sqlite_begin="DEFERRED")
                self._read_sessions = make_session_factory(engine)
                # They open sealed content with the installation's KEK, as its other sessions.
                bind_kek(self._read_sessions, self.ctx.kek_source)
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
            return SharingLogWriter(log, self._subject_key, settings=self.ctx.settings)


def app_state(request: Request) -> AppState:
    state: AppState = request.app.state.gateway
    return state


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer`` header, if the request has one."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def client_source(request: Request) -> str | None:
    """The client's address (uvicorn puts the proxy's X-Forwarded-For here when trusted)."""
    return request.client.host if request.client else None
