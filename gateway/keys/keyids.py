"""Key identifiers.

An organisation key id is the lowercase hex of the first 8 bytes (16 hex digits) of
SHA-256 over the raw 32-byte Ed25519 public key. It is a hint for choosing a key, never a
substitute for the key itself: verification always uses the full public key.

The checkpoint (signed-note) key id follows C2SP signed-note: the first 4 bytes of
SHA-256(name || 0x0A || 0x01 || public key), as 8 hex digits.
"""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

__all__ = ["KEY_ID_HEX_DIGITS", "key_id", "note_key_hash"]

KEY_ID_HEX_DIGITS = 16


def key_id(public_key: Ed25519PublicKey | X25519PublicKey) -> str:
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_HEX_DIGITS]


def note_key_hash(name: str, public_raw: bytes) -> str:
    """The 8-hex-digit key hash of a C2SP signed-note Ed25519 key."""
    digest = hashlib.sha256(name.encode("utf-8") + b"\n" + b"\x01" + public_raw).digest()
    return digest[:4].hex()
