"""Sealing a signed package for one recipient: HPKE (RFC 9180), base mode, single shot.

The format and the opening side live in ``prevent_gateway_verify.package.seal`` (shared with
the coordinator's verifier); this module adds sealing to a recipient's registered public key.
"""

from __future__ import annotations

from gateway.keys.errors import KeyringError
from gateway.keys.recipient import load_recipient_public_key
from prevent_gateway_verify.package.errors import SealError
from prevent_gateway_verify.package.seal import (
    SEAL_MAGIC,
    SEAL_VERSION,
    SealedHeader,
    is_sealed,
    open_sealed,
    read_header,
    seal_to_key,
)

__all__ = [
    "SEAL_MAGIC",
    "SEAL_VERSION",
    "SealedHeader",
    "is_sealed",
    "open_sealed",
    "read_header",
    "seal",
]


def seal(
    zip_bytes: bytes, recipient_public_key_text: str, disclosure_id: str, recipient_id: str
) -> bytes:
    """Encrypt a (signed) package zip to the recipient's X25519 public key text."""
    try:
        public_key = load_recipient_public_key(recipient_public_key_text)
    except KeyringError as exc:
        raise SealError(str(exc)) from exc
    return seal_to_key(zip_bytes, public_key, disclosure_id, recipient_id)
