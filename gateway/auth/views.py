"""What the doors show of sign-in set-up: API tokens, second-factor enrolment, sign-in."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from gateway.auth.models import ApiToken
from gateway.users.domain import Role
from gateway.users.views import UserView


class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class TokenView(View):
    id: int = Field(description="The token's number.")
    name: str = Field(
        description="What the token is for (its owner named it after the script that uses it)."
    )
    prefix: str = Field(
        description="The first characters of the token, to tell tokens apart (the rest is never "
        "shown again)."
    )
    role: Role = Field(
        description="The role the token acts with: its owner's role when it was made."
    )
    created_at: datetime = Field(description="When the token was made (UTC).")
    last_used_at: datetime | None = Field(
        description="When the token was last used (UTC); none if never."
    )
    revoked: bool = Field(description="Whether the token has been revoked (it no longer works).")

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

    username: str = Field(description="The account the token acts for.")
    role_label: str = Field(description="That account's role, in words.")
    token: str = Field(description="The token itself: shown this once, never stored in clear.")
    details: TokenView = Field(description="The token as it is listed from now on.")


class AccountView(View):
    """The account page: who the person is and their API tokens."""

    user: UserView = Field(description="The signed-in person's account.")
    tokens: list[TokenView] = Field(description="Their API tokens.")
    new_token: str | None = Field(default=None, description="A token just made, shown this once.")


class PasswordSetView(View):
    username: str = Field(description="The account whose password was set.")


class TotpEnrolmentView(View):
    """A new second-factor secret, to hand to the person in person; it is not shown again."""

    username: str = Field(description="The account enrolled.")
    secret: str = Field(description="The second-factor secret (base32), for an authenticator app.")
    uri: str = Field(description="The same secret as an otpauth:// URI (for a QR code).")


class SignedInView(View):
    """A started browser session: the cookie value is given to the browser only."""

    username: str = Field(description="The account signed in.")
    session_id: str = Field(description="The session's cookie value (given to the browser only).")
