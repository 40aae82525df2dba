"""Sealing a signed package for one recipient: HPKE (RFC 9180), base mode, single shot.

Suite: DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305 (ids 0x0020/0x0001/0x0003),
via ``cryptography.hazmat.primitives.hpke``. The package is signed first, then encrypted.

Sealed file layout (all integers big-endian)::

    magic          8 bytes   0x89 "PGSEAL" 0x0A
    version        1 byte    0x01
    kem_id         2 bytes   0x0020
    kdf_id         2 bytes   0x0001
    aead_id        2 bytes   0x0003
    disclosure_id  2-byte length + UTF-8
    recipient_id   2-byte length + UTF-8
    recipient key  8 bytes   the recipient key id (first 8 bytes of SHA-256 of the raw key)
    enc            32 bytes  the HPKE encapsulated key
    ciphertext     the rest  ChaCha20-Poly1305 output (16-byte tag included)

The HPKE ``info`` is the whole header (magic through recipient key id), so the disclosure id,
recipient id and key id are bound to the ciphertext: changing any of them makes decryption fail.
The HPKE ``aad`` is empty: single-shot ``Seal(pkR, info, aad="", pt)``, everything bound is in
``info``.
The key id lets ``open`` say which key a package was sealed for when given the wrong one.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    PublicFormat,
    load_pem_private_key,
)

from prevent_gateway_verify.package.errors import SealError, UnsupportedFormat

__all__ = [
    "SEAL_MAGIC",
    "SEAL_VERSION",
    "SealedHeader",
    "is_encrypted_private_key",
    "is_sealed",
    "load_recipient_private_key",
    "open_sealed",
    "read_header",
    "recipient_key_id",
    "seal_to_key",
]

SEAL_MAGIC = b"\x89PGSEAL\n"
SEAL_VERSION = 1
_KEM_X25519, _KDF_HKDF_SHA256, _AEAD_CHACHA20 = 0x0020, 0x0001, 0x0003
_ENC_LEN = 32
_KEY_ID_LEN = 8
_MAX_ID = 256


def _suite() -> Suite:
    return Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.CHACHA20_POLY1305)


@dataclass(frozen=True)
class SealedHeader:
    disclosure_id: str
    recipient_id: str
    recipient_key_id: str
    header_bytes: bytes
    body_offset: int


def _encode_id(value: str, what: str) -> bytes:
    raw = value.encode("utf-8")
    if not raw or len(raw) > _MAX_ID:
        raise SealError(f"the {what} must be 1 to {_MAX_ID} bytes long")
    return struct.pack(">H", len(raw)) + raw


def _header(disclosure_id: str, recipient_id: str, recipient_key_id: str) -> bytes:
    return (
        SEAL_MAGIC
        + struct.pack(">BHHH", SEAL_VERSION, _KEM_X25519, _KDF_HKDF_SHA256, _AEAD_CHACHA20)
        + _encode_id(disclosure_id, "disclosure id")
        + _encode_id(recipient_id, "recipient id")
        + bytes.fromhex(recipient_key_id)
    )


def is_sealed(data: bytes) -> bool:
    return data.startswith(SEAL_MAGIC)


def read_header(data: bytes) -> SealedHeader:
    if not is_sealed(data):
        raise SealError("this is not a sealed prevent-gateway package (its first bytes differ)")
    pos = len(SEAL_MAGIC)
    if len(data) < pos + 7:
        raise SealError("the sealed package is truncated (its header is incomplete)")
    version, kem, kdf, aead = struct.unpack_from(">BHHH", data, pos)
    if version != SEAL_VERSION:
        raise UnsupportedFormat(
            "sealed package",
            f"sealed-package format version {version} is not supported (this software reads "
            f"version {SEAL_VERSION}); update prevent-gateway",
        )
    if (kem, kdf, aead) != (_KEM_X25519, _KDF_HKDF_SHA256, _AEAD_CHACHA20):
        raise UnsupportedFormat(
            "sealed package", f"unsupported HPKE suite {kem:#06x}/{kdf:#06x}/{aead:#06x}"
        )
    pos += 7
    ids: list[str] = []
    for what in ("disclosure id", "recipient id"):
        if len(data) < pos + 2:
            raise SealError("the sealed package is truncated (its header is incomplete)")
        (length,) = struct.unpack_from(">H", data, pos)
        pos += 2
        if length == 0 or length > _MAX_ID or len(data) < pos + length:
            raise SealError(f"the sealed package's {what} is damaged or truncated")
        try:
            ids.append(data[pos : pos + length].decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise SealError(f"the sealed package's {what} is damaged") from exc
        pos += length
    if len(data) < pos + _KEY_ID_LEN + _ENC_LEN + 16:
        raise SealError("the sealed package is truncated")
    key_id_hex = data[pos : pos + _KEY_ID_LEN].hex()
    pos += _KEY_ID_LEN
    return SealedHeader(ids[0], ids[1], key_id_hex, data[:pos], pos)


def recipient_key_id(public_key: X25519PublicKey) -> str:
    """16 hex digits: the first 8 bytes of SHA-256 over the raw 32-byte public key."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[: 2 * _KEY_ID_LEN]


def is_encrypted_private_key(pem: bytes) -> bool:
    return b"-----BEGIN ENCRYPTED PRIVATE KEY-----" in pem


def load_recipient_private_key(pem: bytes, passphrase: str | None = None) -> X25519PrivateKey:
    """The recipient's X25519 private key from its PKCS#8 PEM file (encrypted or not)."""
    encrypted = is_encrypted_private_key(pem)
    if encrypted and not passphrase:
        raise SealError("the private key file is protected by a passphrase: give the passphrase")
    try:
        key = load_pem_private_key(
            pem, password=passphrase.encode("utf-8") if encrypted and passphrase else None
        )
    except ValueError as exc:
        if encrypted:
            raise SealError("the passphrase does not open the private key file") from exc
        raise SealError(
            "the private key file could not be read: give the PEM file written by "
            "`prevent-gateway keys recipient-new`"
        ) from exc
    except TypeError as exc:
        raise SealError(f"the private key file could not be read: {exc}") from exc
    if not isinstance(key, X25519PrivateKey):
        raise SealError("the private key file does not hold an X25519 recipient key")
    return key


def seal_to_key(
    zip_bytes: bytes, public_key: X25519PublicKey, disclosure_id: str, recipient_id: str
) -> bytes:
    """Encrypt a (signed) package zip to the recipient's X25519 public key."""
    header = _header(disclosure_id, recipient_id, recipient_key_id(public_key))
    return header + _suite().encrypt(zip_bytes, public_key, info=header)


def open_sealed(
    data: bytes, private_key_pem: bytes, passphrase: str | None = None
) -> tuple[bytes, str, str]:
    """Decrypt a sealed package: (zip bytes, disclosure id, recipient id)."""
    header = read_header(data)
    private_key = load_recipient_private_key(private_key_pem, passphrase)
    own_key_id = recipient_key_id(private_key.public_key())
    if own_key_id != header.recipient_key_id:
        raise SealError(
            f"the package cannot be opened with this key: it was sealed for recipient key "
            f"{header.recipient_key_id}, and this key is {own_key_id}"
        )
    try:
        plaintext = _suite().decrypt(
            data[header.body_offset :], private_key, info=header.header_bytes
        )
    except InvalidTag as exc:
        raise SealError(
            "the package cannot be opened with this key: it was sealed for another recipient "
            "key, or the file was altered or truncated"
        ) from exc
    return plaintext, header.disclosure_id, header.recipient_id
