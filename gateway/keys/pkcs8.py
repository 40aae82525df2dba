"""Passphrase-encrypted PKCS#8 (RFC 5958 EncryptedPrivateKeyInfo, RFC 8018 PBES2) with a
strong KDF: PBKDF2-HMAC-SHA256 with ``PBKDF2_ITERATIONS`` iterations and AES-256-CBC.

``cryptography``'s ``BestAvailableEncryption`` writes the same structure but with only 2048
PBKDF2 iterations, which makes a stolen key file cheap to brute-force. The output here is
standard: OpenSSL (``openssl pkey -in key.pem``) and ``cryptography`` read it with the
passphrase alone.
"""

from __future__ import annotations

import base64
import hashlib
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

__all__ = ["PBKDF2_ITERATIONS", "encrypt_pkcs8_pem"]

PBKDF2_ITERATIONS = 600_000  # OWASP 2023 recommendation for PBKDF2-HMAC-SHA256

_OID_PBES2 = bytes.fromhex("06092a864886f70d01050d")
_OID_PBKDF2 = bytes.fromhex("06092a864886f70d01050c")
_OID_HMAC_SHA256 = bytes.fromhex("06082a864886f70d0209")
_OID_AES256_CBC = bytes.fromhex("060960864801650304012a")
_NULL = b"\x05\x00"


def _len(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _tlv(tag: int, content: bytes) -> bytes:
    return bytes([tag]) + _len(len(content)) + content


def _seq(*parts: bytes) -> bytes:
    return _tlv(0x30, b"".join(parts))


def _int(value: int) -> bytes:
    raw = value.to_bytes(value.bit_length() // 8 + 1, "big")  # leading 0 keeps it positive
    return _tlv(0x02, raw)


def _octets(value: bytes) -> bytes:
    return _tlv(0x04, value)


def encrypt_pkcs8_pem(
    private_key_info_der: bytes, passphrase: bytes, iterations: int = PBKDF2_ITERATIONS
) -> bytes:
    """Encrypt an unencrypted PKCS#8 PrivateKeyInfo (DER) into PEM EncryptedPrivateKeyInfo."""
    salt = os.urandom(16)
    iv = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", passphrase, salt, iterations, dklen=32)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(private_key_info_der) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padded) + encryptor.finalize()
    pbkdf2_params = _seq(_octets(salt), _int(iterations), _seq(_OID_HMAC_SHA256, _NULL))
    pbes2_params = _seq(_seq(_OID_PBKDF2, pbkdf2_params), _seq(_OID_AES256_CBC, _octets(iv)))
    der = _seq(_seq(_OID_PBES2, pbes2_params), _octets(ciphertext))
    body = base64.b64encode(der).decode("ascii")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + "\n".join(lines)
    return (pem + "\n-----END ENCRYPTED PRIVATE KEY-----\n").encode("ascii")
