"""Offline verification of a sharing-log export.

The code lives in `prevent_gateway_verify.log.export`, shared with the stand-alone verifier
(`prevent-gateway-verify`); this module keeps the name the product imports.
"""

from prevent_gateway_verify.log.export import *  # noqa: F403
from prevent_gateway_verify.log.export import __all__ as __all__
