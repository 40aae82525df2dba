"""RFC 9162 Merkle tree hashing.

The code lives in `prevent_gateway_verify.log.hashing`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.hashing import *  # noqa: F403
