"""The organisation's public signing keys, as `prevent-gateway keys export-public` writes them:
PEM Ed25519 public keys, '#' comment lines allowed. A key's id is the first 8 bytes of SHA-256
over the raw 32-byte public key, in hex (the id the DSSE signature names)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_public_key,
)

from prevent_gateway_verify.package.errors import PackageError

__all__ = ["OrgKeyError", "load_org_keys", "org_key_id", "read_org_key_file"]

_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----\s+[A-Za-z0-9+/=\s]+?-----END PUBLIC KEY-----")


class OrgKeyError(PackageError):
    """The organisation's public key file cannot be used."""


def org_key_id(key: Ed25519PublicKey) -> str:
    return hashlib.sha256(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).hexdigest()[:16]


def load_org_keys(text: str) -> dict[str, Ed25519PublicKey]:
    """Every Ed25519 public key in the text, by key id."""
    keys: dict[str, Ed25519PublicKey] = {}
    for block in _PEM_BLOCK.findall(text):
        try:
            key = load_pem_public_key(block.encode("ascii"))
        except ValueError as exc:
            raise OrgKeyError(f"a public key in the file is damaged: {exc}") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise OrgKeyError("the public key file holds a key that is not Ed25519")
        keys[org_key_id(key)] = key
    if not keys:
        raise OrgKeyError(
            "no public key found: expected PEM 'BEGIN PUBLIC KEY' blocks, as written by "
            "`prevent-gateway keys export-public`"
        )
    return keys


def read_org_key_file(path: Path) -> dict[str, Ed25519PublicKey]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise OrgKeyError(f"cannot read the organisation's public key file {path}: {exc}") from exc
    return load_org_keys(text)
