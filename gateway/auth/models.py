"""Tables for sign-in: browser sessions, API tokens, sign-in attempts and per-account state.

Secrets are never stored: session ids and API tokens are kept as SHA-256 digests, passwords
as Argon2id hashes (on ``users.password_hash``); TOTP secrets, which must be read back, are kept
on ``users.totp_secret`` encrypted under a key derived from the KEK (gateway.encryption.secrets).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from gateway.db import Base, str_enum
from gateway.timeutil import UTCDateTime, utcnow
from gateway.users.domain import Role


class WebSession(Base):
    """A signed-in browser. ``id_sha256`` is the digest of the cookie value."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    id_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str | None] = mapped_column(String(100), default=None)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiToken(Base):
    """A token for scripts, scoped to one role; only its SHA-256 is stored."""

    __tablename__ = "auth_api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    #: The first characters of the token, shown in lists so a person can tell tokens apart.
    prefix: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(100))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[Role] = mapped_column(str_enum(Role))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class LoginAttempt(Base):
    """One sign-in attempt (for throttling and lockout). No password or code is stored."""

    __tablename__ = "auth_login_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str | None] = mapped_column(String(100), default=None, index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean)


class AccountSecurity(Base):
    """The last TOTP time step the account used (a code works once).

    ``locked_until`` is no longer set: the sign-in back-off is worked out from
    ``auth_login_attempts`` per username and address (see gateway.auth.policy)."""

    __tablename__ = "auth_account_security"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_totp_step: Mapped[int | None] = mapped_column(Integer, default=None)
