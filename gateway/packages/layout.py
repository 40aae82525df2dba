"""File names inside a referral package (shared with the verifier)."""

from prevent_gateway_verify.package.layout import *  # noqa: F403
from prevent_gateway_verify.package.layout import __all__ as __all__
