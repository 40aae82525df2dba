"""DSSE v1 envelopes, Ed25519 (shared with the verifier)."""

from prevent_gateway_verify.package.dsse import *  # noqa: F403
from prevent_gateway_verify.package.dsse import __all__ as __all__
