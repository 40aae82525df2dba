"""C2SP signed notes.

The code lives in `prevent_gateway_verify.log.note`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.note import *  # noqa: F403
