"""Recipient (coordinator) key pairs: X25519 for HPKE sealing.

The private key is handed to the coordinator and never stored by the gateway.
Public key text: a PEM SubjectPublicKeyInfo block, preceded by a comment naming the
recipient and the key id (hex of SHA-256 over the raw 32-byte public key, first 16 digits).
"""

from __future__ import annotations

import re

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)

from gateway.keys import pkcs8
from gateway.keys.errors import KeyringError, PassphraseRequired, WrongPassphrase
from gateway.keys.keyids import key_id

__all__ = [
    "generate_recipient_keypair",
    "is_encrypted_private_key",
    "load_recipient_private_key",
    "load_recipient_public_key",
    "recipient_key_id",
]

_PEM_PUBLIC = re.compile(r"-----BEGIN PUBLIC KEY-----\s+[A-Za-z0-9+/=\s]+?-----END PUBLIC KEY-----")


def generate_recipient_keypair(name: str, passphrase: str | None = None) -> tuple[bytes, str]:
    """A new X25519 key pair: (PKCS#8 PEM private key bytes, public key text).

    With ``passphrase`` the private key is encrypted (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC).
    """
    safe_name = " ".join(name.split())
    private = X25519PrivateKey.generate()
    public = private.public_key()
    if passphrase:
        der = private.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        private_pem = pkcs8.encrypt_pkcs8_pem(
            der, passphrase.encode("utf-8"), pkcs8.PBKDF2_ITERATIONS
        )
    else:
        private_pem = private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    public_pem = public.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode()
    text = (
        f"# prevent-gateway recipient key (X25519, HPKE): {safe_name}\n"
        f"# key id: {key_id(public)}\n{public_pem}"
    )
    return private_pem, text


def recipient_key_id(public_key: X25519PublicKey) -> str:
    return key_id(public_key)


def load_recipient_public_key(text: str) -> X25519PublicKey:
    match = _PEM_PUBLIC.search(text)
    if match is None:
        raise KeyringError(
            "the recipient's public key is not a PEM public key: give the whole text the "
            "recipient sent, from '-----BEGIN PUBLIC KEY-----' to '-----END PUBLIC KEY-----'"
        )
    try:
        key = load_pem_public_key(match.group(0).encode("ascii"))
    except ValueError as exc:
        raise KeyringError(f"the recipient's public key is damaged: {exc}") from exc
    if not isinstance(key, X25519PublicKey):
        raise KeyringError("the recipient's public key is not an X25519 key")
    return key


def is_encrypted_private_key(pem: bytes) -> bool:
    return b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem


def load_recipient_private_key(pem: bytes, passphrase: str | None = None) -> X25519PrivateKey:
    encrypted = is_encrypted_private_key(pem)
    if encrypted and not passphrase:
        raise PassphraseRequired(
            "the private key file is protected by a passphrase: give the passphrase"
        )
    try:
        key = load_pem_private_key(
            pem, password=passphrase.encode("utf-8") if encrypted and passphrase else None
        )
    except ValueError as exc:
        if encrypted:
            raise WrongPassphrase("the passphrase does not open the private key file") from exc
        raise KeyringError(
            "the private key file could not be read: give the PEM private-key file written "
            "when the recipient's keys were made"
        ) from exc
    except TypeError as exc:
        raise KeyringError(f"the private key file could not be read: {exc}") from exc
    if not isinstance(key, X25519PrivateKey):
        raise KeyringError("the private key file does not hold an X25519 recipient key")
    return key
