"""Sign-in errors: what went wrong and what the person can do, never which part was wrong."""

from __future__ import annotations

from gateway.errors import GatewayError


class AuthenticationFailed(GatewayError):
    """Missing, wrong or expired credentials (HTTP 401)."""

    code = "authentication-failed"


class SignInThrottled(GatewayError):
    """Too many failed sign-ins: the account or the address is locked for a while (HTTP 429)."""

    code = "sign-in-throttled"


class CsrfRejected(GatewayError):
    """A form arrived without the token of the page we served (HTTP 403)."""

    code = "csrf-rejected"
