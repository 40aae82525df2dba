"""Who is asking, as each door knows it, proven inside the use case's transaction.

- :class:`CliCredential`: a CLI command's API token (``PREVENT_GATEWAY_TOKEN``) or the session
  its interactive sign-in started, and the ``--as`` it names;
- :class:`BearerToken`: an API call's ``Authorization: Bearer`` token;
- :class:`BrowserSession`: a page's session cookie and, for forms, its CSRF token;
- :class:`LocalOperator`: ``init`` making the first administrator (the recorded system account);
- :class:`LocalUser`: code in this process that already knows who acts (tests). No door uses
  it: nothing a person types reaches it.

Each resolves to an :class:`~gateway.actor.Actor` or raises a GatewayError; ``authorise`` is the
door's own rule for the address asked for (the route table), checked before any work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gateway.actor import Actor
from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.clock import SYSTEM_CLOCK, Clock
from gateway.errors import GatewayError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.users.models import User


def _allow_all(_actor: Actor) -> None:
    return None


@dataclass(frozen=True)
class LocalUser:
    """An account named by code running in this process, taken on trust: for tests. No door
    uses it (tests/test_layering.py keeps it so); the command line proves who is acting with
    :class:`CliCredential`."""

    username: str
    channel: str = "cli"

    def resolve(self, session: Session) -> Actor:
        from gateway.users.service import get_user

        return Actor(get_user(session, self.username), channel=self.channel)


@dataclass(frozen=True)
class LocalOperator:
    """Whoever runs ``init`` at the server, before any person has an account: a recorded system
    account, so the permission check still happens when it makes the first administrator."""

    channel: str = "cli"

    def resolve(self, session: Session) -> Actor:
        from gateway.users.service import local_operator

        return Actor(local_operator(session), channel=self.channel)


@dataclass(frozen=True)
class BearerToken:
    """An API token. ``touch`` records its use (off for calls that write nothing)."""

    token: str | None
    source: str | None
    authorise: Callable[[Actor], None] = _allow_all
    touch: bool = True
    #: Told of each token that proved valid (the checkpoint endpoint's short-lived cache).
    on_valid: Callable[[str, User], None] | None = None
    #: Whose time judges expiry (the installation's).
    clock: Clock = SYSTEM_CLOCK

    def resolve(self, session: Session) -> Actor:
        from gateway.auth.service import authenticate_token

        if self.token is None:
            raise AuthenticationFailed(
                "This API needs an API token.",
                hint="Send 'Authorization: Bearer <token>'; create a token on your account page.",
            )
        user = authenticate_token(session, self.token, touch=self.touch, now=self.clock.now())
        if self.on_valid is not None:
            self.on_valid(self.token, user)
        actor = Actor(user, channel="api", source=self.source)
        _authorise(self.authorise, actor)
        return actor


def _authorise(authorise: Callable[[Actor], None], actor: Actor) -> None:
    """The door's rule for this caller; a refusal names the caller it refused (proven by now),
    so that a refused attempt at a use case that records refusals is recorded."""
    try:
        authorise(actor)
    except GatewayError as error:
        error.refused_caller = (actor.user.id, actor.channel, actor.source)
        raise


#: What a person at the command line is told when a command has no proof of who they are.
CLI_CREDENTIAL_HINT = (
    "Set PREVENT_GATEWAY_TOKEN to your API token (or PREVENT_GATEWAY_TOKEN_FILE to a file only "
    "you can read that holds it): create one on your account page, or with `prevent-gateway "
    "user create-token YOUR-USERNAME --name NAME` at a terminal, where you sign in with your "
    "password and security code."
)


@dataclass
class CliCredential:
    """A command-line user's proof of who they are, checked inside the command's transaction as
    an API call's token is, so expiry, revocation and role changes count the same: their API
    token, or the session their interactive sign-in started for this one command.

    ``claimed`` is the account ``--as`` names: it must be the proven one. After a refusal,
    ``refused_account`` names the account the attempt is recorded against (the proven one when
    the credential was good but ``--as`` named someone else, else the named one), so the door
    can record it once the refused transaction has rolled back."""

    token: str | None = None
    session_id: str | None = None
    claimed: str | None = None
    #: Whose time judges expiry (the installation's).
    clock: Clock = SYSTEM_CLOCK
    refused_account: str | None = field(default=None, init=False)

    def resolve(self, session: Session) -> Actor:
        from gateway.auth.service import authenticate_token, resume_session

        try:
            if self.token:
                user = authenticate_token(session, self.token, touch=True, now=self.clock.now())
            elif self.session_id:
                user, _row = resume_session(session, self.session_id, now=self.clock.now())
            else:
                raise AuthenticationFailed(
                    "This command needs proof of who you are: naming an account is not enough.",
                    hint=CLI_CREDENTIAL_HINT,
                )
        except AuthenticationFailed as exc:
            self.refused_account = self.claimed
            if self.token:  # the API's wording points at the account page; add the CLI's way
                raise AuthenticationFailed(
                    "Your API token (PREVENT_GATEWAY_TOKEN) is not valid: it may have expired or "
                    "been revoked, or your role changed since it was made.",
                    hint=CLI_CREDENTIAL_HINT,
                ) from None
            raise exc
        if self.claimed and self.claimed != user.username:
            self.refused_account = user.username
            raise AuthenticationFailed(
                f"Your credential proves you are {user.username}, but --as names "
                f"{self.claimed}. A command acts only as the person who proves who they are.",
                hint=f"Leave out --as (or PREVENT_GATEWAY_USER), or use {self.claimed}'s own "
                "token if you are that person.",
            )
        return Actor(user, channel="cli")


@dataclass
class BrowserSession:
    """A signed-in browser. After :meth:`resolve`, ``actor`` and ``csrf_token`` are known, so the
    page can show who is signed in and put the token in its forms."""

    cookie: str | None
    source: str | None
    authorise: Callable[[Actor], None] = _allow_all
    #: The CSRF token the form sent; None for a page view (nothing is changed).
    form_csrf: str | None = None
    is_form: bool = False
    #: Whose time judges the session's expiry (the installation's).
    clock: Clock = SYSTEM_CLOCK
    actor: Actor | None = field(default=None, init=False)
    csrf_token: str = field(default="", init=False)

    def resolve(self, session: Session) -> Actor:
        from gateway.auth.service import csrf_matches, resume_session

        if not self.cookie:
            raise AuthenticationFailed("Sign in to carry on.")
        user, row = resume_session(session, self.cookie, now=self.clock.now())
        actor = Actor(user, channel="web", source=self.source)
        _authorise(self.authorise, actor)
        if self.is_form and not csrf_matches(row.csrf_token, self.form_csrf):
            raise CsrfRejected(
                "This form was not sent from a page of this site, or it is out of date.",
                hint="Reload the page and send it again.",
            )
        self.actor = actor
        self.csrf_token = row.csrf_token
        return actor
