"""Sign-in errors: what went wrong and what the person can do, never which part was wrong."""

from __future__ import annotations

from gateway.errors import GatewayError


class AuthenticationFailed(GatewayError):
    """Missing, wrong or expired credentials (HTTP 401)."""

    code = "authentication-failed"


class SignInThrottled(GatewayError):
    """Too many failed sign-ins in a row with one username from one address: that pair waits a
    while (HTTP 429, with ``Retry-After``)."""

    code = "sign-in-throttled"

    def __init__(self, message: str, *, hint: str | None = None, retry_after: int = 0) -> None:
        super().__init__(message, hint=hint)
        #: Seconds until the next attempt is looked at (0: unknown).
        self.retry_after = retry_after


class CsrfRejected(GatewayError):
    """A form arrived without the token of the page we served (HTTP 403)."""

    code = "csrf-rejected"


class RequestTooLarge(GatewayError):
    """A request that has not proven who sent it carries more than such a request may (HTTP 413):
    its body is not read further."""

    code = "request-too-large"
