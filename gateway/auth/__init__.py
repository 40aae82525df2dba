"""Accounts for the web app and the API: Argon2id passwords, TOTP, sessions, API tokens."""

from gateway.auth.errors import AuthenticationFailed, CsrfRejected, SignInThrottled
from gateway.auth.policy import TOTP_REQUIRED, totp_required

__all__ = [
    "TOTP_REQUIRED",
    "AuthenticationFailed",
    "CsrfRejected",
    "SignInThrottled",
    "totp_required",
]
