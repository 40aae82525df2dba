"""Passwords (Argon2id), TOTP, sign-in with throttling and lockout, sessions and API tokens.

Every function takes the caller's session and changes nothing outside it; the web and API
adapters run each call in one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed, SignInThrottled
from gateway.auth.models import AccountSecurity, ApiToken, LoginAttempt, WebSession
from gateway.auth.policy import (
    ACCOUNT_FAILURE_LIMIT,
    API_TOKEN_PREFIX,
    FAILURE_WINDOW,
    LOCKOUT_PERIOD,
    MIN_PASSWORD_LENGTH,
    SESSION_IDLE_TIMEOUT,
    SESSION_LIFETIME,
    SOURCE_FAILURE_LIMIT,
    totp_required,
)
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
    "Check them and try again. After several failures the account is locked for 15 minutes."
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
    user.totp_secret = secret
    state = _security(session, user)
    state.last_totp_step = None
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name="prevent-gateway")
    return secret, uri


def _security(session: Session, user: User) -> AccountSecurity:
    state = session.get(AccountSecurity, user.id)
    if state is None:
        state = AccountSecurity(user_id=user.id)
        session.add(state)
        session.flush()
    return state


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


def _recent_failures(
    session: Session, *, username: str | None, source: str | None, now: datetime
) -> int:
    since = now - FAILURE_WINDOW
    query = (
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.at >= since, LoginAttempt.succeeded.is_(False))
    )
    if username is not None:
        query = query.where(LoginAttempt.username == username)
    if source is not None:
        query = query.where(LoginAttempt.source == source)
    return session.scalar(query) or 0


def check_throttle(
    session: Session, username: str, source: str | None, *, now: datetime | None = None
) -> None:
    """Refuse before checking anything when the address or the account is locked out.

    ``now`` is the use case's clock (callers outside a use case get the system's)."""
    now = now or utcnow()
    if source is not None and _recent_failures(
        session, username=None, source=source, now=now
    ) >= (SOURCE_FAILURE_LIMIT):
        raise SignInThrottled(
            "Too many failed sign-ins from this address.",
            hint="Wait 15 minutes and try again.",
        )
    user = session.scalar(select(User).where(User.username == username))
    if user is not None:
        state = session.get(AccountSecurity, user.id)
        if state is not None and state.locked_until is not None and state.locked_until > now:
            raise SignInThrottled(
                "This account is locked after several failed sign-ins.",
                hint=f"Wait until {state.locked_until:%H:%M} UTC, or ask an administrator.",
            )


def verify_credentials(
    session: Session,
    username: str,
    password: str,
    totp_code: str | None,
    *,
    now: float | None = None,
) -> User:
    """The account for these credentials, or AuthenticationFailed (never saying which part)."""
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
        step = _totp_step(
            user.totp_secret, totp_code or "", now if now is not None else time.time()
        )
        state = _security(session, user)
        if step is None or (state.last_totp_step is not None and step <= state.last_totp_step):
            raise AuthenticationFailed(_GENERIC_FAILURE, hint=_GENERIC_HINT)
        state.last_totp_step = step
    return user


def record_attempt(
    session: Session,
    username: str,
    source: str | None,
    succeeded: bool,
    *,
    now: datetime | None = None,
) -> None:
    """Record an attempt; lock the account after too many failures in the window."""
    now = now or utcnow()
    session.add(
        LoginAttempt(username=username[:64], source=source, succeeded=succeeded, at=now)
    )
    session.flush()
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        return
    state = _security(session, user)
    if succeeded:
        state.locked_until = None
    elif (
        _recent_failures(session, username=username, source=None, now=now)
        >= ACCOUNT_FAILURE_LIMIT
    ):
        state.locked_until = now + LOCKOUT_PERIOD


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
    session: Session, session_id: str, *, now: datetime | None = None
) -> tuple[User, WebSession]:
    """The signed-in user for a cookie value, or AuthenticationFailed if it is no longer valid."""
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
    if (now - row.last_seen_at).total_seconds() >= 60:
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
