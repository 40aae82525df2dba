"""Sign-in policy as plain values: who needs a second factor, how long sessions last, back-off."""

from __future__ import annotations

from datetime import timedelta

from gateway.users.domain import Role

#: Roles that must give a TOTP code as well as their password.
TOTP_REQUIRED: frozenset[Role] = frozenset(
    {Role.PREVENT_LEAD, Role.PREVENT_LEAD_NOMINEE, Role.DPO, Role.ADMINISTRATOR}
)

SESSION_LIFETIME = timedelta(hours=8)
SESSION_IDLE_TIMEOUT = timedelta(minutes=30)

#: Sign-in back-off, kept per username (as typed, so an unknown one is treated exactly like an
#: existing one) and client address, so that failures from one address never hold up anyone
#: else and nobody elsewhere can lock a person out. After FREE_FAILURES failures in a row (since
#: the pair's last success, within FAILURE_WINDOW) the pair waits BACKOFF_FIRST from its last
#: failure, then twice as long after each further failure, never longer than BACKOFF_CAP:
#: 5 failures 30 s, 6 one minute, 7 two, 8 four, 9 and more five minutes.
FREE_FAILURES = 5
BACKOFF_FIRST = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=5)
FAILURE_WINDOW = timedelta(hours=1)


def backoff_after(failures: int) -> timedelta:
    """How long a username waits at an address after its ``failures``-th failure in a row."""
    if failures < FREE_FAILURES:
        return timedelta(0)
    # The exponent is bounded so that a long run of failures cannot overflow timedelta.
    doubling = min(failures - FREE_FAILURES, 16)
    return min(BACKOFF_FIRST * (1 << doubling), BACKOFF_CAP)


MIN_PASSWORD_LENGTH = 12

#: How long the first administrator's set-up token (printed once by `init`) works: long enough
#: to set up their own sign-in and token, not long enough to be a standing credential.
SETUP_TOKEN_LIFETIME = timedelta(hours=24)

API_TOKEN_PREFIX = "pgw_"  # noqa: S105 - a public prefix, not a secret


def totp_required(role: Role) -> bool:
    return role in TOTP_REQUIRED
