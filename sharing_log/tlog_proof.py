"""C2SP tlog-proof.

The code lives in `prevent_gateway_verify.log.tlog_proof`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.tlog_proof import *  # noqa: F403
