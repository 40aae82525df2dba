"""The column type of encrypted case content, and the byte format of one sealed value.

A sealed value is ``b"PG1" || key_uid (16 bytes) || nonce (12 bytes) || AES-256-GCM ciphertext``.
The key uid names the case's data key, so a row can be opened without knowing its case. The
AAD binds the ciphertext to where it lives: ``prevent-gateway/v1|<table>|<column>|<row_uid>``,
where ``row_uid`` is a client-generated UUID column filled before the INSERT. A value copied to
another row, column or table fails authentication instead of decrypting.

The column type only accepts :class:`SealedValue` (produced by the ORM hooks in
:mod:`gateway.encryption.keystore`): plaintext reaching the database raises instead of being
stored, so a missed hook fails loudly rather than leaking.
"""

from __future__ import annotations

import json
import os
from datetime import date
from typing import Any, Literal

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import LargeBinary, TypeDecorator
from sqlalchemy.engine import Dialect

from gateway.errors import GatewayError, InvalidInput

MAGIC = b"PG1"
KEY_UID_BYTES = 16
NONCE_BYTES = 12
HEADER_BYTES = len(MAGIC) + KEY_UID_BYTES + NONCE_BYTES
TAG_BYTES = 16

Codec = Literal["text", "bytes", "json", "date"]


class PlaintextNotSealed(RuntimeError):
    """A plaintext value reached an encrypted column: a programming error, never stored."""


class SealedValueInvalid(GatewayError):
    """Stored ciphertext is not in our format, or fails authentication (wrong row, key, tamper)."""

    code = "sealed-value-invalid"


class TextNotStorable(InvalidInput):
    """Text that is not valid Unicode (e.g. a file that was not UTF-8) cannot be encrypted."""


class SealedValue(bytes):
    """Ciphertext as stored: the only thing an encrypted column accepts or returns."""

    @property
    def key_uid(self) -> str:
        if not self.startswith(MAGIC) or len(self) < HEADER_BYTES + 16:
            raise SealedValueInvalid(
                "A stored encrypted value is not in the gateway's format.",
                hint="Restore the record from a backup and report it as a security incident.",
            )
        return self[len(MAGIC) : len(MAGIC) + KEY_UID_BYTES].hex()


class Sealed(TypeDecorator[Any]):
    """An encrypted column: the Python side sees plaintext of ``codec``; the database sees bytes."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, codec: Codec = "text") -> None:
        super().__init__()
        self.codec: Codec = codec

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        if isinstance(value, SealedValue):
            # Handed on as it is (LargeBinary wraps it for the driver): a copy here would cost
            # the size of an evidence file again.
            return value
        raise PlaintextNotSealed(
            "plaintext reached an encrypted column without being sealed; this is a bug in the "
            "gateway (the retention encryption hooks did not run), nothing was stored"
        )

    def process_result_value(self, value: Any, dialect: Dialect) -> SealedValue | None:
        if value is None:
            return None
        return SealedValue(bytes(value))


def aad(table: str, column: str, row_uid: str) -> bytes:
    return f"prevent-gateway/v1|{table}|{column}|{row_uid}".encode()


def encode(codec: Codec, value: Any) -> bytes:
    try:
        return _encode(codec, value)
    except UnicodeEncodeError:
        raise TextNotStorable(
            "The text contains characters that are not valid Unicode, so it cannot be stored "
            "(it was probably read from a file that is not UTF-8); nothing was saved.",
            hint="Save the text as UTF-8 (or retype the odd characters) and try again.",
        ) from None


def _encode(codec: Codec, value: Any) -> bytes:
    if codec == "text":
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {type(value).__name__}")
        return value.encode("utf-8")
    if codec == "bytes":
        if not isinstance(value, bytes | bytearray | memoryview):
            raise TypeError(f"expected bytes, got {type(value).__name__}")
        return bytes(value)
    if codec == "date":
        if not isinstance(value, date):
            raise TypeError(f"expected a date, got {type(value).__name__}")
        return value.isoformat().encode()
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def decode(codec: Codec, data: bytes) -> Any:
    if codec == "text":
        return data.decode("utf-8")
    if codec == "bytes":
        return data
    if codec == "date":
        return date.fromisoformat(data.decode())
    return json.loads(data)


def seal(key: AESGCM, key_uid: str, associated: bytes, plaintext: bytes) -> SealedValue:
    nonce = os.urandom(NONCE_BYTES)
    header = MAGIC + bytes.fromhex(key_uid) + nonce
    # Encrypted in place after the header: an evidence file of 25 MB costs one buffer of its
    # size here, not a ciphertext and then a second copy with the header in front.
    buffer = bytearray(HEADER_BYTES + len(plaintext) + TAG_BYTES)
    buffer[:HEADER_BYTES] = header
    key.encrypt_into(nonce, plaintext, associated, memoryview(buffer)[HEADER_BYTES:])
    return SealedValue(buffer)


def open_sealed(key: AESGCM, value: SealedValue, associated: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag

    _ = value.key_uid  # validates the header
    nonce = value[len(MAGIC) + KEY_UID_BYTES : HEADER_BYTES]
    try:
        return key.decrypt(nonce, value[HEADER_BYTES:], associated)
    except InvalidTag as exc:
        raise SealedValueInvalid(
            "A stored encrypted value failed authentication: it was altered, or moved from "
            "another record.",
            hint="Restore the record from a backup and report it as a security incident.",
        ) from exc
