"""Who is asking, as each door knows it, proven inside the use case's transaction.

- :class:`LocalUser`: a CLI command's ``--as USERNAME`` (an operator at the server);
- :class:`LocalOperator`: a CLI command naming no account (the recorded system account);
- :class:`BearerToken`: an API call's ``Authorization: Bearer`` token;
- :class:`BrowserSession`: a page's session cookie and, for forms, its CSRF token.

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

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.users.models import User


def _allow_all(_actor: Actor) -> None:
    return None


@dataclass(frozen=True)
class LocalUser:
    """An account named at the server's command line."""

    username: str
    channel: str = "cli"

    def resolve(self, session: Session) -> Actor:
        from gateway.users.service import get_user

        return Actor(get_user(session, self.username), channel=self.channel)


@dataclass(frozen=True)
class LocalOperator:
    """Whoever runs a command at the server that names no account (``init``, ``user
    set-password``): a recorded system account, so the permission check and the record still
    happen. Proving who that person is belongs to the command line's sign-in."""

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
        self.authorise(actor)
        return actor


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
        self.authorise(actor)
        if self.is_form and not csrf_matches(row.csrf_token, self.form_csrf):
            raise CsrfRejected(
                "This form was not sent from a page of this site, or it is out of date.",
                hint="Reload the page and send it again.",
            )
        self.actor = actor
        self.csrf_token = row.csrf_token
        return actor
