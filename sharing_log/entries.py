"""Typed sharing-log entries and their canonical encoding.

The code lives in `prevent_gateway_verify.log.entries`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.entries import *  # noqa: F403
