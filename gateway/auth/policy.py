"""Sign-in policy as plain values: who needs a second factor, how long sessions last, lockout."""

from __future__ import annotations

from datetime import timedelta

from gateway.users.domain import Role

#: Roles that must give a TOTP code as well as their password.
TOTP_REQUIRED: frozenset[Role] = frozenset(
    {Role.PREVENT_LEAD, Role.PREVENT_LEAD_NOMINEE, Role.DPO, Role.ADMINISTRATOR}
)

SESSION_LIFETIME = timedelta(hours=8)
SESSION_IDLE_TIMEOUT = timedelta(minutes=30)

#: Failed sign-ins for one account within the window that lock it.
ACCOUNT_FAILURE_LIMIT = 5
#: Failed sign-ins from one address within the window after which it is refused.
SOURCE_FAILURE_LIMIT = 20
FAILURE_WINDOW = timedelta(minutes=15)
LOCKOUT_PERIOD = timedelta(minutes=15)

MIN_PASSWORD_LENGTH = 12

#: How long the first administrator's set-up token (printed once by `init`) works: long enough
#: to set up their own sign-in and token, not long enough to be a standing credential.
SETUP_TOKEN_LIFETIME = timedelta(hours=24)

API_TOKEN_PREFIX = "pgw_"  # noqa: S105 - a public prefix, not a secret


def totp_required(role: Role) -> bool:
    return role in TOTP_REQUIRED
