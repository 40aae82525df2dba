"""Passwords (Argon2id), TOTP, sign-in with back-off, sessions and API tokens.

Every function takes the caller's session and changes nothing outside it; the web and API
adapters run each call in one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any, cast

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import CursorResult, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.auth.models import AccountSecurity, ApiToken, LoginAttempt, WebSession
from gateway.auth.policy import (
    API_TOKEN_PREFIX,
    FAILURE_WINDOW,
    MIN_PASSWORD_LENGTH,
    SESSION_IDLE_TIMEOUT,
    SESSION_LIFETIME,
    backoff_after,
    totp_required,
)
from gateway.encryption.keystore import session_source
from gateway.encryption.secrets import is_sealed
from gateway.encryption.secrets import open_with as open_secret
from gateway.encryption.secrets import seal as seal_secret
from gateway.errors import InvalidInput, NotFound
from gateway.timeutil import utcnow
from gateway.users.domain import Action
from gateway.users.models import User
from gateway.users.service import get_user

#: Argon2id (argon2-cffi's default type) with OWASP's recommended minimum: 19 MiB, 2 passes.
_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so timing does not reveal names."""
    return _HASHER.hash(secrets.token_urlsafe(16))


_GENERIC_FAILURE = "The username, password or security code is not right."
_GENERIC_HINT = (
    "Check them and try again. After several failures in a row, signing in with that username "
    "from this address pauses for a few minutes."
)


def sha256_hex(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


# --- passwords and TOTP ---------------------------------------------------------------------


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"A password needs at least {MIN_PASSWORD_LENGTH} characters.",
            hint="A passphrase of several unrelated words is easy to remember and hard to guess.",
        )
    return _HASHER.hash(password)


def password_matches(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def set_password(session: Session, actor: Actor | None, username: str, password: str) -> User:
    """Set a password. ``actor`` None is the local operator at the command line (like ``init``)."""
    if actor is not None and actor.user.username != username:
        actor.require(Action.USERS_MANAGE)
    user = get_user(session, username)
    user.password_hash = hash_password(password)
    return user


def enrol_totp(session: Session, actor: Actor | None, username: str) -> tuple[str, str]:
    """Give the account a new TOTP secret; returns (secret, otpauth URI for an authenticator)."""
    if actor is not None and actor.user.username != username:
        actor.require(Action.USERS_MANAGE)
    user = get_user(session, username)
    secret = pyotp.random_base32()
    # Stored encrypted under a key derived from the KEK (as protected as the KEK is).
    user.totp_secret = seal_secret(session, session_source(session), "totp", secret)
    state = _security(session, user)
    state.last_totp_step = None
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name="prevent-gateway")
    return secret, uri


def _security(session: Session, user: User) -> AccountSecurity:
    _ensure_security_row(session, user.id)
    state = session.get(AccountSecurity, user.id)
    assert state is not None  # made just above if it was missing
    return state


def _ensure_security_row(session: Session, user_id: int) -> None:
    """The account's security row exists afterwards, even when two sign-ins make it at once (the
    second waits for the first and then does nothing, instead of failing on the primary key)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(
            postgresql.insert(AccountSecurity)
            .values(user_id=user_id)
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
    elif dialect == "sqlite":
        session.execute(
            sqlite.insert(AccountSecurity)
            .values(user_id=user_id)
            .on_conflict_do_nothing(index_elements=["user_id"])
        )
    elif session.get(AccountSecurity, user_id) is None:
        session.add(AccountSecurity(user_id=user_id))
        session.flush()


def _claim_totp_step(session: Session, user_id: int, step: int) -> bool:
    """Record ``step`` as the account's last used TOTP step if it is later than the last one;
    False if it is not (the code was used already).

    One conditional UPDATE, so that the check and the write cannot be split by another sign-in:
    on PostgreSQL a concurrent sign-in with the same code waits for this row and then finds the
    condition false; on SQLite writers are serialised (BEGIN IMMEDIATE)."""
    _ensure_security_row(session, user_id)
    result = cast(
        "CursorResult[Any]",
        session.execute(
            update(AccountSecurity)
            .where(
                AccountSecurity.user_id == user_id,
                or_(
                    AccountSecurity.last_totp_step.is_(None),
                    AccountSecurity.last_totp_step < step,
                ),
            )
            .values(last_totp_step=step)
            .execution_options(synchronize_session=False)
        ),
    )
    return result.rowcount == 1


def _totp_step(secret: str, code: str, now: float) -> int | None:
    """The time step the code belongs to (allowing one step of clock drift), or None."""
    code = code.strip().replace(" ", "")
    if not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = int(now // totp.interval)
    for step in (current, current - 1, current + 1):
        if hmac.compare_digest(totp.at(step * totp.interval), code):
            return step
    return None


# --- sign-in --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignInResult:
    user: User
    session_id: str
    csrf_token: str


def _pair(username: str, source: str | None) -> list[Any]:
    return [
        LoginAttempt.username == username,
        LoginAttempt.source.is_(None) if source is None else LoginAttempt.source == source,
    ]


def _lock_pair(session: Session, username: str, source: str | None) -> None:
    """Serialise sign-in attempts for one username and address until the transaction ends, so
    that attempts sent at once cannot all pass the back-off check before any is counted. SQLite
    already serialises every writing transaction."""
    if session.get_bind().dialect.name != "postgresql":
        return
    digest = hashlib.sha256(f"sign-in\x00{username}\x00{source or ''}".encode()).digest()
    key = int.from_bytes(digest[:8], "big", signed=True)
    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def sign_in_wait(
    session: Session, username: str, source: str | None, *, now: datetime
) -> timedelta:
    """How long ``username`` must still wait before signing in from ``source`` (zero: not at
    all). Worked out from the recorded attempts alone, so it is the same whether or not the
    account exists."""
    pair = _pair(username, source)
    last_success = session.scalar(
        select(func.max(LoginAttempt.id)).where(*pair, LoginAttempt.succeeded.is_(True))
    )
    failures, last_failure = session.execute(
        select(func.count(), func.max(LoginAttempt.at)).where(
            *pair,
            LoginAttempt.succeeded.is_(False),
            LoginAttempt.id > (last_success or 0),
            LoginAttempt.at >= now - FAILURE_WINDOW,
        )
    ).one()
    if not failures or last_failure is None:
        return timedelta(0)
    return max(last_failure + backoff_after(failures) - now, timedelta(0))


def _in_words(wait: timedelta) -> str:
    seconds = max(1, int(wait.total_seconds() + 0.999))
    if seconds < 90:
        return f"{seconds} seconds" if seconds != 1 else "1 second"
    return f"{(seconds + 59) // 60} minutes"


def admit_attempt(
    session: Session, username: str, source: str | None, *, now: datetime | None = None
) -> int:
    """Refuse while the username is paused at this address; otherwise record the attempt as a
    failure until :func:`attempt_succeeded` says otherwise, and return its id.

    The attempt is counted before any credential is checked (the caller commits this first), so
    attempts sent in parallel count as much as attempts sent one after another. The answer is
    the same for every username, existing or not."""
    now = now or utcnow()
    username = username[:64]
    _lock_pair(session, username, source)
    wait = sign_in_wait(session, username, source, now=now)
    if wait > timedelta(0):
        raise SignInThrottled(
            "Too many failed sign-ins with this username from your address.",
            hint=f"Wait {_in_words(wait)} and try again.",
            retry_after=max(1, int(wait.total_seconds() + 0.999)),
        )
    attempt = LoginAttempt(username=username, source=source, succeeded=False, at=now)
    session.add(attempt)
    session.flush()
    return attempt.id


def attempt_succeeded(session: Session, attempt_id: int, username: str) -> None:
    """The admitted attempt proved to be the person: it ends their run of failures."""
    attempt = session.get(LoginAttempt, attempt_id)
    if attempt is None or attempt.username != username[:64]:
        raise AuthenticationFailed(_GENERIC_FAILURE, hint=_GENERIC_HINT)
    attempt.succeeded = True


def verify_credentials(
    session: Session,
    username: str,
    password: str,
    totp_code: str | None,
    *,
    now: float | None = None,
) -> User:
    """The account for these credentials, or AuthenticationFailed (never saying which part).

    A TOTP code is accepted once: its time step is claimed for the account in one conditional
    update, so of several sign-ins with the same code at the same moment only one succeeds."""
    user = session.scalar(select(User).where(User.username == username))
    ok = password_matches(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        raise AuthenticationFailed(_GENERIC_FAILURE, hint=_GENERIC_HINT)
    if totp_required(user.role) or user.totp_secret:
        if not user.totp_secret:
            raise AuthenticationFailed(
                f"{user.role.label} accounts need a second factor, and this account has none yet.",
                hint="Ask an administrator to enrol a second factor for your account.",
            )
        source = session_source(session)
        secret = open_secret(source, "totp", user.totp_secret)
        step = _totp_step(secret, totp_code or "", now if now is not None else time.time())
        if step is None or not _claim_totp_step(session, user.id, step):
            raise AuthenticationFailed(_GENERIC_FAILURE, hint=_GENERIC_HINT)
        if not is_sealed(user.totp_secret):  # one stored before secrets were encrypted
            user.totp_secret = seal_secret(session, source, "totp", secret)
    return user


def start_session(
    session: Session, user: User, source: str | None, *, now: datetime | None = None
) -> SignInResult:
    session_id = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(32)
    now = now or utcnow()
    session.add(
        WebSession(
            id_sha256=sha256_hex(session_id),
            user_id=user.id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
            last_seen_at=now,
            source=source,
        )
    )
    session.flush()
    return SignInResult(user=user, session_id=session_id, csrf_token=csrf)


def resume_session(
    session: Session, session_id: str, *, now: datetime | None = None, touch: bool = True
) -> tuple[User, WebSession]:
    """The signed-in user for a cookie value, or AuthenticationFailed if it is no longer valid.
    ``touch`` keeps an active session alive (off for a check that should change nothing)."""
    row = session.scalar(select(WebSession).where(WebSession.id_sha256 == sha256_hex(session_id)))
    now = now or utcnow()
    if (
        row is None
        or row.revoked
        or row.expires_at <= now
        or row.last_seen_at + SESSION_IDLE_TIMEOUT <= now
    ):
        raise AuthenticationFailed("Your session has ended.", hint="Sign in again to carry on.")
    user = session.get(User, row.user_id)
    if user is None or not user.active:
        raise AuthenticationFailed("This account is disabled.", hint="Ask an administrator.")
    if touch and (now - row.last_seen_at).total_seconds() >= 60:
        row.last_seen_at = now
    return user, row


def end_session(session: Session, session_id: str) -> None:
    row = session.scalar(select(WebSession).where(WebSession.id_sha256 == sha256_hex(session_id)))
    if row is not None:
        row.revoked = True


def csrf_matches(expected: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(expected.encode(), (given or "").encode())


# --- API tokens -----------------------------------------------------------------------------


@dataclass(frozen=True)
class IssuedToken:
    token: str
    row: ApiToken


def issue_token(
    session: Session,
    actor: Actor | None,
    username: str,
    name: str,
    *,
    expires_at: datetime | None = None,
) -> IssuedToken:
    """A new API token for ``username``, scoped to their current role. Shown once, stored hashed.

    ``actor`` None is the local operator at the command line; otherwise a person may only
    issue tokens for themselves.
    """
    user = get_user(session, username)
    if actor is not None and actor.user.id != user.id:
        raise InvalidInput(
            "API tokens are issued by the person who will use them.",
            hint="That person creates it on their own account page (or an administrator at the "
            "server).",
        )
    if not name.strip():
        raise InvalidInput("Name the token after the script that will use it.")
    token = API_TOKEN_PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        token_sha256=sha256_hex(token),
        prefix=token[: len(API_TOKEN_PREFIX) + 6],
        name=name.strip()[:100],
        user_id=user.id,
        role=user.role,
        expires_at=expires_at,
    )
    session.add(row)
    session.flush()
    return IssuedToken(token=token, row=row)


def authenticate_token(
    session: Session, token: str, *, touch: bool = True, now: datetime | None = None
) -> User:
    """The account behind a bearer token; refused if revoked, expired or its role changed."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == sha256_hex(token)))
    failure = AuthenticationFailed(
        "The API token is not valid.", hint="Check it, or create a new one on your account page."
    )
    if row is None or row.revoked:
        raise failure
    now = now or utcnow()
    if row.expires_at is not None and row.expires_at <= now:
        raise failure
    user = session.get(User, row.user_id)
    if user is None or not user.active or user.role is not row.role:
        raise failure
    if touch and (row.last_used_at is None or (now - row.last_used_at).total_seconds() >= 60):
        row.last_used_at = now
    return user


def list_tokens(session: Session, actor: Actor) -> list[ApiToken]:
    return list(
        session.scalars(
            select(ApiToken).where(ApiToken.user_id == actor.user.id).order_by(ApiToken.id)
        )
    )


def revoke_token(session: Session, actor: Actor, token_id: int) -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None or row.user_id != actor.user.id:
        raise NotFound(f"You have no API token {token_id}.")
    row.revoked = True
    return row
