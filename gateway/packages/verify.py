"""Offline verification of a referral package, and opening a sealed one: the very code
the coordinator's `prevent-gateway-verify` runs."""

from prevent_gateway_verify.package.verify import *  # noqa: F403
from prevent_gateway_verify.package.verify import __all__ as __all__
