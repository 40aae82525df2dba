"""Typed errors of referral packages (shared with the verifier)."""

from prevent_gateway_verify.package.errors import *  # noqa: F403
from prevent_gateway_verify.package.errors import __all__ as __all__
