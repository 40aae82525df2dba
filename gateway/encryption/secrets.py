"""Small secrets stored in the database (an account's TOTP secret), encrypted under a key derived
from the KEK, so they are as protected at rest as the KEK is (by the passphrase or the external
master key) and a copy of the database alone gives none of them.

Stored as ``pgs1:<KEK id>:<base64(nonce || AES-256-GCM)>``, the AAD naming the purpose and the
KEK id. Every KEK rotation re-encrypts them (:func:`reseal_all`); a value still in clear (from
before this format) is read as it is and sealed the next time the account signs in or the KEK
rotates.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.db import Base
from gateway.encryption.kek import KekError, KekMissing, KekSource
from gateway.encryption.models import CaseDataKey

PREFIX = "pgs1"


def _key(kek: bytes, purpose: str) -> AESGCM:
    info = f"prevent-gateway/secret/{purpose}/v1".encode()
    return AESGCM(HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(kek))


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX + ":")


def seal_with(kek_id: str, kek: bytes, purpose: str, plaintext: str) -> str:
    nonce = os.urandom(12)
    aad = f"{purpose}|{kek_id}".encode()
    sealed = _key(kek, purpose).encrypt(nonce, plaintext.encode(), aad)
    return f"{PREFIX}:{kek_id}:{base64.b64encode(nonce + sealed).decode()}"


def open_with(source: KekSource, purpose: str, stored: str) -> str:
    if not is_sealed(stored):
        return stored
    try:
        _, kek_id, body = stored.split(":")
        raw = base64.b64decode(body, validate=True)
        plain = _key(source.get(kek_id), purpose).decrypt(
            raw[:12], raw[12:], f"{purpose}|{kek_id}".encode()
        )
    except (ValueError, binascii.Error, InvalidTag):
        raise KekError(
            "A stored secret (an account's second factor) does not open: it was altered, or "
            "belongs to another installation.",
            hint="Enrol the account's second factor again.",
        ) from None
    return plain.decode()


def seal(session: Session, source: KekSource, purpose: str, plaintext: str) -> str:
    try:
        kek_id, kek = source.current()
    except KekMissing:
        # A brand-new installation (no data key anywhere yet) makes its KEK on first use, as
        # it does for its first case; with data keys and no KEK, something is misconfigured.
        if source.from_environment or session.scalar(select(CaseDataKey.uid).limit(1)):
            raise
        source.create()
        kek_id, kek = source.current()
    return seal_with(kek_id, kek, purpose, plaintext)


def reseal_all(session: Session, source: KekSource, new_id: str, new_kek: bytes) -> int:
    """Re-encrypt every stored secret under the new KEK (in the rotation's transaction), sealing
    any still in clear. Returns how many."""
    users = Base.metadata.tables["users"]
    rows = session.execute(
        select(users.c.id, users.c.totp_secret).where(users.c.totp_secret.is_not(None))
    ).all()
    for user_id, stored in rows:
        plain = open_with(source, "totp", stored)
        session.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(totp_secret=seal_with(new_id, new_kek, "totp", plain))
        )
    return len(rows)
