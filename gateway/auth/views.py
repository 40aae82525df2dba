"""What the doors show of sign-in set-up: API tokens, second-factor enrolment, sign-in."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from gateway.auth.models import ApiToken
from gateway.users.domain import Role
from gateway.users.views import UserView


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class TokenView(View):
    id: int
    name: str
    prefix: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    revoked: bool

    @classmethod
    def of(cls, row: ApiToken) -> TokenView:
        return cls(
            id=row.id,
            name=row.name,
            prefix=row.prefix,
            role=row.role,
            created_at=row.created_at,
            last_used_at=row.last_used_at,
            revoked=row.revoked,
        )


class IssuedTokenView(View):
    """A new API token: the secret is in this view only, once."""

    username: str
    role_label: str
    token: str
    details: TokenView


class AccountView(View):
    """The account page: who the person is and their API tokens."""

    user: UserView
    tokens: list[TokenView]
    #: Shown once, right after it was made.
    new_token: str | None = None


class PasswordSetView(View):
    username: str


class TotpEnrolmentView(View):
    """A new second-factor secret, to hand to the person in person; it is not shown again."""

    username: str
    secret: str
    uri: str


class SignedInView(View):
    """A started browser session: the cookie value is given to the browser only."""

    username: str
    session_id: str
