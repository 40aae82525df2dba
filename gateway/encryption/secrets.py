"""Small secrets stored in the database (an account's TOTP secret) and free text that may name
people but belongs to no single case (legal-hold and release reasons, the DPO's prejudice
reasoning on an access-request item), encrypted under a key derived from the KEK: as protected
at rest as the KEK is (by the passphrase or the external master key), and, since every disposal
run rotates the KEK and destroys the old one, a copy left in dead rows, the WAL or a backup
opens with nothing once a disposal has run. The free-text columns are sealed on flush and opened
on load by ORM hooks (services read and write plaintext).

Stored as ``pgs1:<KEK id>:<base64(nonce || AES-256-GCM)>``, the AAD naming the purpose and the
KEK id. Every KEK rotation re-encrypts them (:func:`reseal_all`); a value still in clear (from
before this format) is read as it is and sealed the next time the account signs in or the KEK
rotates.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import event, select
from sqlalchemy.orm import Mapper, Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

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
        existing = session.connection().scalar(select(CaseDataKey.uid).limit(1))
        if source.from_environment or existing is not None:
            raise
        source.create()
        kek_id, kek = source.current()
    return seal_with(kek_id, kek, purpose, plaintext)


#: table -> (column, purpose) of the secrets kept under the KEK-derived key.
SECRET_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "users": (("totp_secret", "totp"),),
    "legal_holds": (("reason", "hold_reason"), ("release_reason", "hold_release_reason")),
    "sar_items": (("prejudice_reasoning", "sar_prejudice_reasoning"),),
}
#: The free-text ones, sealed and opened by the ORM hooks below (TOTP is handled by auth).
_TEXT_COLUMNS = {t: cols for t, cols in SECRET_COLUMNS.items() if t != "users"}


# --- the student number: sealed, and found through a blind index ------------------------------

#: Purpose (key derivation and AAD) of a sealed student number.
STUDENT_PURPOSE = "student_number"


@dataclass(frozen=True)
class StudentColumn:
    """A column holding a student number, sealed, with its blind index beside it. ``when``
    (column, value) limits it to the rows where that column has that value (a legal hold's
    ``target`` is a student number only when its scope is ``student``)."""

    column: str
    index: str
    when: tuple[str, str] | None = None


STUDENT_COLUMNS: dict[str, StudentColumn] = {
    "cases": StudentColumn("subject_student_id", "subject_student_index"),
    "student_departures": StudentColumn("student_id", "student_index"),
    "subject_access_requests": StudentColumn("student_id", "student_index"),
    "legal_holds": StudentColumn("target", "target_index", ("scope", "student")),
}


def normalise_student_number(number: str) -> str:
    """What is compared: surrounding spaces dropped, letters in capitals."""
    return number.strip().upper()


def student_index_with(kek: bytes, number: str) -> str:
    """The blind index of ``number``: HMAC-SHA256 under a key derived from the KEK. Every KEK
    rotation (so every disposal run) changes it, and the old KEK is destroyed, so an index left
    in a dead row can no longer be recomputed from a guessed number."""
    key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"prevent-gateway/student-index/v1"
    ).derive(kek)
    return hmac.new(key, normalise_student_number(number).encode(), hashlib.sha256).hexdigest()


def student_indexes(session: Session, number: str) -> list[str]:
    """The index values ``number`` may be stored under: one per KEK the installation holds (the
    current one, and the next one while a rotation is being finished)."""
    source = _source(session)
    if source is None:
        raise KekError(
            "No key-encryption key is configured for this database session, so students "
            "cannot be looked up.",
            hint="Open the installation through its settings (the gateway does this itself).",
        )
    try:
        source.current()
    except KekMissing:
        return []  # a new installation with no key yet holds no student either
    return sorted({student_index_with(kek, number) for kek in source.known()})


def open_student_number(session: Session, stored: str) -> str:
    """The student number in a value read by column rather than through the ORM."""
    source = _source(session)
    if source is None:
        raise KekError(
            "No key-encryption key is configured for this database session.",
            hint="Open the installation through its settings (the gateway does this itself).",
        )
    return open_with(source, STUDENT_PURPOSE, stored)


def student_matches(session: Session, column: Any, index: Any, number: str) -> Any:
    """The SQL condition "this row is about student ``number``": its index is one of the
    number's, or (a row stored in clear by an earlier version and not yet sealed by a KEK
    rotation) it holds the number itself."""
    from sqlalchemy import and_, or_

    if "\x00" in number:
        # PostgreSQL refuses NUL in a query's text, as in what it stores: say so, never fail.
        from gateway.errors import InvalidInput

        raise InvalidInput(
            "The student number contains a NUL character (\\x00), which no student number has.",
            hint="Type the student number as it appears on the student record.",
        )
    return or_(
        index.in_(student_indexes(session, number)),
        and_(index.is_(None), column == number.strip()),
    )


def reseal_all(session: Session, source: KekSource, new_id: str, new_kek: bytes) -> int:
    """Re-encrypt every stored secret under the new KEK (in the rotation's transaction), sealing
    any still in clear. Returns how many."""
    count = 0
    for name, columns in SECRET_COLUMNS.items():
        table = Base.metadata.tables[name]
        for column, purpose in columns:
            rows = session.execute(
                select(table.c.id, table.c[column]).where(table.c[column].is_not(None))
            ).all()
            for row_id, stored in rows:
                plain = open_with(source, purpose, stored)
                session.execute(
                    table.update()
                    .where(table.c.id == row_id)
                    .values({column: seal_with(new_id, new_kek, purpose, plain)})
                )
            count += len(rows)
    for name, spec in STUDENT_COLUMNS.items():
        table = Base.metadata.tables[name]
        query = select(table.c.id, table.c[spec.column]).where(table.c[spec.column].is_not(None))
        if spec.when is not None:
            query = query.where(table.c[spec.when[0]] == spec.when[1])
        for row_id, stored in session.execute(query).all():
            plain = open_with(source, STUDENT_PURPOSE, stored)
            session.execute(
                table.update()
                .where(table.c.id == row_id)
                .values(
                    {
                        spec.column: seal_with(new_id, new_kek, STUDENT_PURPOSE, plain),
                        spec.index: student_index_with(new_kek, plain),
                    }
                )
            )
            count += 1
    return count


# --- ORM hooks for the free-text columns ----------------------------------------------------

_PLAIN = "_secret_plaintext"


def _source(session: Session | None) -> KekSource | None:
    from gateway.encryption.keystore import _SOURCE_KEY

    found = session.info.get(_SOURCE_KEY) if session is not None else None
    return found if isinstance(found, KekSource) else None


def _columns_of(target: Any) -> list[tuple[str, str]]:
    """(column, purpose) of the sealed text columns of ``target``'s row."""
    name = target.__table__.name
    columns = list(_TEXT_COLUMNS.get(name, ()))
    spec = STUDENT_COLUMNS.get(name)
    if spec is not None and (
        spec.when is None or target.__dict__.get(spec.when[0]) == spec.when[1]
    ):
        columns.append((spec.column, STUDENT_PURPOSE))
    return columns


def _seal_row(mapper: Mapper[Any], target: Any) -> None:
    columns = _columns_of(target)
    if not columns:
        return
    session = object_session(target)
    source = _source(session)
    if source is None or session is None:
        raise KekError(
            "No key-encryption key is configured for this database session, so the reason "
            "cannot be stored.",
            hint="Open the installation through its settings (the gateway does this itself).",
        )
    plain: dict[str, str] = {}
    for column, purpose in columns:
        value = target.__dict__.get(column)
        if isinstance(value, str) and not is_sealed(value):
            plain[column] = value
            target.__dict__[column] = seal(session, source, purpose, value)
            if purpose == STUDENT_PURPOSE:
                index = STUDENT_COLUMNS[target.__table__.name].index
                value_index = student_index_with(source.current()[1], value)
                if target.__dict__.get(index) != value_index:
                    # Set as an attribute so an UPDATE carries it too.
                    setattr(target, index, value_index)
    if plain:
        target.__dict__[_PLAIN] = plain


def _restore_row(mapper: Mapper[Any], target: Any) -> None:
    plain = target.__dict__.pop(_PLAIN, None)
    for column, value in (plain or {}).items():
        set_committed_value(target, column, value)


def _open_row(target: Any, session: Session | None, keys: Any = None) -> None:
    columns = _columns_of(target)
    if not columns:
        return
    source = _source(session)
    if source is None:
        return
    for column, purpose in columns:
        if keys is not None and column not in keys:
            continue
        value = target.__dict__.get(column)
        if isinstance(value, str) and is_sealed(value):
            set_committed_value(target, column, open_with(source, purpose, value))


@event.listens_for(Base, "before_insert", propagate=True)
def _before_insert(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    _seal_row(mapper, target)


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    _seal_row(mapper, target)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    _restore_row(mapper, target)


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], _conn: Any, target: Any) -> None:
    _restore_row(mapper, target)


@event.listens_for(Base, "load", propagate=True)
def _on_load(target: Any, context: Any) -> None:
    _open_row(target, getattr(context, "session", None) or object_session(target))


@event.listens_for(Base, "refresh", propagate=True)
def _on_refresh(target: Any, context: Any, attrs: Any) -> None:
    _open_row(target, getattr(context, "session", None) or object_session(target), attrs)
