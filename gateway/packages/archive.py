"""Deterministic zip writing and bounded, safe zip reading (shared with the verifier)."""

from prevent_gateway_verify.package.archive import *  # noqa: F403
from prevent_gateway_verify.package.archive import __all__ as __all__
