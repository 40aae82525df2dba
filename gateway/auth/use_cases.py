"""Signing in and setting up how people sign in: passwords, second factor, API tokens.

Account set-up takes the acting person like every use case (a person for their own account, or
an administrator) and leaves a row in the access log. Signing in is the one exception to "who is
acting comes first": it is how the actor is established, so :func:`admit_sign_in` and
:func:`sign_in` take the credentials and the address they came from instead (as
:func:`prove_credential` takes a request's token or cookie), and :func:`record_refused_command`
records a command line's refused proof after its transaction has rolled back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.service import record_access
from gateway.auth import service
from gateway.auth.identity import BearerToken
from gateway.auth.policy import SETUP_TOKEN_LIFETIME
from gateway.auth.views import (
    AccountView,
    IssuedTokenView,
    PasswordSetView,
    SignedInView,
    TokenView,
    TotpEnrolmentView,
)
from gateway.errors import InvalidInput, NotPermitted
from gateway.users.domain import TOKEN_ONLY_ROLES, Action, Role
from gateway.users.models import User
from gateway.users.service import get_user, is_local_operator
from gateway.users.views import UserView

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings


def _account_of(session: Session, actor: Actor, username: str, what: str) -> User:
    """The account whose sign-in is being set up: one's own, or anyone's for an administrator.
    The command line's own account never signs in, so it gets no credentials; a service account
    acts only with its token, so it gets no password or second factor."""
    if actor.user.username != username:
        actor.require(Action.USERS_MANAGE)
    user = get_user(session, username)
    if is_local_operator(user):
        raise NotPermitted(
            f"The account {username} stands for the server's command line and never signs in, "
            f"so it has no {what}.",
            hint="Set it up for a person's own account.",
        )
    if user.role in TOKEN_ONLY_ROLES and what != "API token":
        raise NotPermitted(
            f"{username} is a {user.role.label} account: it never signs in, so it has no "
            f"{what}.",
            hint="It acts only with an API token, which an administrator makes for it at the "
            "server's command line.",
        )
    return user


def _record(session: Session, actor: Actor, action: str, username: str) -> None:
    record_access(session, actor, action=action, object_type="user", object_ref=username)


def set_password(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    password: str,
) -> PasswordSetView:
    """A password for an account (one's own, or any for an administrator), kept as an Argon2id
    hash; the change is recorded."""
    user = _account_of(session, actor, username, "password")
    user.password_hash = service.hash_password(password)
    _record(session, actor, "account.password_set", username)
    return PasswordSetView(username=username)


def enrol_totp(
    session: Session, actor: Actor, clock: Clock, settings: Settings, username: str
) -> TotpEnrolmentView:
    """A new second-factor secret for an account; codes of the old one stop working."""
    _account_of(session, actor, username, "second factor")
    secret, uri = service.enrol_totp(session, None, username)
    _record(session, actor, "account.totp_enrolled", username)
    return TotpEnrolmentView(username=username, secret=secret, uri=uri)


def create_token(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    username: str,
    name: str,
) -> IssuedTokenView:
    """An API token for ``username``, scoped to their role, shown once and kept hashed. People
    make their own (a token in someone else's hands would let them act as that person); an
    administrator makes those of service accounts, which never sign in."""
    if actor.user.username != username:
        target = get_user(session, username)
        if target.role not in TOKEN_ONLY_ROLES:
            raise InvalidInput(
                "API tokens are issued by the person who will use them.",
                hint="That person signs in and creates the token on their account page, or at "
                "the command line after signing in there.",
            )
    user = _account_of(session, actor, username, "API token")
    issued = service.issue_token(session, None, user.username, name)
    _record(session, actor, "account.token_created", username)
    return IssuedTokenView(
        username=user.username,
        role_label=user.role.label,
        token=issued.token,
        details=TokenView.of(issued.row),
    )


def first_set_up_token(
    session: Session, actor: Actor, clock: Clock, settings: Settings, username: str
) -> IssuedTokenView:
    """At ``init``, the first administrator's set-up token: shown once, working for
    :data:`SETUP_TOKEN_LIFETIME`, for them to set their password and second factor and make a
    token of their own. Only the server's local operator makes it, only for an administrator;
    like the account itself it is reported by ``init``, not the access log."""
    if not is_local_operator(actor.user):
        raise NotPermitted(
            "Only setting up the installation makes a set-up token.",
            hint="Create your own token on your account page.",
        )
    user = get_user(session, username)
    if user.role is not Role.ADMINISTRATOR or is_local_operator(user):
        raise NotPermitted(f"{username} is not an administrator: set-up tokens are for them.")
    issued = service.issue_token(
        session,
        None,
        user.username,
        "set-up token from init",
        expires_at=clock.now() + SETUP_TOKEN_LIFETIME,
    )
    return IssuedTokenView(
        username=user.username,
        role_label=user.role.label,
        token=issued.token,
        details=TokenView.of(issued.row),
    )


def my_tokens(session: Session, actor: Actor, clock: Clock, settings: Settings) -> list[TokenView]:
    """The acting person's API tokens (never the secrets)."""
    return [TokenView.of(t) for t in service.list_tokens(session, actor)]


def account(session: Session, actor: Actor, clock: Clock, settings: Settings) -> AccountView:
    """The account page: who the person is and their API tokens."""
    return AccountView(
        user=UserView.of(actor.user), tokens=my_tokens(session, actor, clock, settings)
    )


def create_own_token(
    session: Session, actor: Actor, clock: Clock, settings: Settings, name: str
) -> AccountView:
    """The account page after making a token: the new token shown once, with the others."""
    issued = create_token(session, actor, clock, settings, actor.user.username, name)
    return account(session, actor, clock, settings).model_copy(update={"new_token": issued.token})


def revoke_token(
    session: Session, actor: Actor, clock: Clock, settings: Settings, token_id: int
) -> TokenView:
    """One of the person's own API tokens stops working at once."""
    row = service.revoke_token(session, actor, token_id)
    _record(session, actor, "account.token_revoked", actor.user.username)
    return TokenView.of(row)


def admit_sign_in(
    session: Session, clock: Clock, settings: Settings, *, username: str, source: str | None
) -> int:
    """The first step of signing in, committed before any credential is looked at: refused
    (:class:`~gateway.auth.errors.SignInThrottled`) while this username is paused at this
    address after failures in a row, otherwise the attempt is counted as a failure until
    :func:`sign_in` proves it; returns the attempt's id for :func:`sign_in`. The answer is the
    same whether or not the account exists."""
    return service.admit_attempt(session, username, source, now=clock.now())


def sign_in(
    session: Session,
    clock: Clock,
    settings: Settings,
    *,
    attempt: int,
    username: str,
    password: str,
    totp_code: str | None,
    source: str | None,
) -> SignedInView:
    """A person proves who they are with their password (and second factor where their role
    needs one) and a browser session starts. ``attempt`` is what :func:`admit_sign_in` gave;
    if this fails (the transaction is rolled back) that attempt stays counted as a failure."""
    now = clock.now()
    user = service.verify_credentials(session, username, password, totp_code, now=now.timestamp())
    service.attempt_succeeded(session, attempt, username)
    started = service.start_session(session, user, source, now=now)
    return SignedInView(username=user.username, session_id=started.session_id)


def prove_credential(
    session: Session,
    clock: Clock,
    settings: Settings,
    *,
    token: str | None = None,
    cookie: str | None = None,
) -> None:
    """Whether a request's API token (``token``) or session cookie (``cookie``) is valid, as a
    door checks before it reads the request's body; raises AuthenticationFailed with the message
    the request itself would get. Changes nothing: the request proves it again when it runs."""
    if cookie is not None:
        service.resume_session(session, cookie, now=clock.now(), touch=False)
        return
    BearerToken(token, None, touch=False, clock=clock).resolve(session)


def record_refused_command(
    session: Session,
    clock: Clock,
    settings: Settings,
    *,
    account: str,
    named: str,
) -> None:
    """A command line's refused proof of who is acting, recorded in its own transaction (the
    refused one rolled back): one access-log row against ``account`` (the proven account when a
    good credential named someone else, else the named one; none when no such account exists),
    naming the account ``named``. (A failed interactive sign-in is already counted towards the
    back-off by :func:`admit_sign_in`, as on the sign-in page.)"""
    from gateway.actor import Actor

    user = session.scalar(select(User).where(User.username == account))
    if user is None:
        return
    record_access(
        session,
        Actor(user, channel="cli"),
        action="cli.refused",
        object_type="user",
        object_ref=named[:60],
    )


def sign_out(
    session: Session, actor: Actor, clock: Clock, settings: Settings, session_id: str
) -> None:
    """The browser session ends; its cookie no longer signs anyone in."""
    service.end_session(session, session_id)
