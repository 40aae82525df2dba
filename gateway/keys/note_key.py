"""C2SP signed-note key text for the sharing-log checkpoint key.

Private: ``PRIVATE+KEY+<name>+<hash hex8>+<base64(0x01 || 32-byte seed)>``
Verifier: ``<name>+<hash hex8>+<base64(0x01 || 32-byte public key)>``
(the golang.org/x/mod/sumdb/note text forms, algorithm 0x01 = Ed25519).
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from gateway.keys.errors import KeyringError
from gateway.keys.keyids import note_key_hash

__all__ = ["note_private_key_text", "note_verifier_key_text", "validate_note_name"]

_ED25519 = b"\x01"


def validate_note_name(name: str) -> None:
    if not name or any(c in name for c in "+ \n\t") or not name.isprintable():
        raise KeyringError(
            f"the sharing-log origin {name!r} cannot name a signed-note key: it must be "
            "non-empty and contain no '+', spaces or control characters"
        )


def note_private_key_text(name: str, key: Ed25519PrivateKey) -> str:
    validate_note_name(name)
    seed = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    encoded = base64.b64encode(_ED25519 + seed).decode("ascii")
    return f"PRIVATE+KEY+{name}+{note_key_hash(name, public)}+{encoded}"


def note_verifier_key_text(name: str, key: Ed25519PrivateKey) -> str:
    validate_note_name(name)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    encoded = base64.b64encode(_ED25519 + public).decode("ascii")
    return f"{name}+{note_key_hash(name, public)}+{encoded}"
