"""C2SP tlog-checkpoint and tlog-cosignature.

The code lives in `prevent_gateway_verify.log.checkpoint`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.checkpoint import *  # noqa: F403
