"""RFC 9162 inclusion and consistency proofs.

The code lives in `prevent_gateway_verify.log.proofs`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.proofs import *  # noqa: F403
