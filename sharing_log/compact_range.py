"""Compact ranges of an RFC 9162 Merkle tree.

The code lives in `prevent_gateway_verify.log.compact_range`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.compact_range import *  # noqa: F403
