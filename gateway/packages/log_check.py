"""Checks of a package's sharing-log files (shared with the verifier)."""

from prevent_gateway_verify.package.log_check import *  # noqa: F403
from prevent_gateway_verify.package.log_check import __all__ as __all__
