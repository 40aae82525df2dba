"""Transparent encryption of case content: ORM hooks that seal on flush and open on load.

Services keep reading and writing plaintext attributes. Just before a row is INSERTed or
UPDATEd, each changed :class:`~gateway.encryption.sealed.Sealed` attribute is replaced by its
ciphertext under the case's data key, and put back to plaintext right after the statement. On
load, sealed values are opened. The data keys of a session are cached in ``session.info`` so a
case's key is unwrapped once per transaction.

The :class:`~gateway.encryption.kek.KekSource` travels with the session factory
(:func:`bind_kek`, which ``AppContext`` calls): a session made by a factory without one cannot
seal or open anything, rather than guessing a key from the environment.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapper, Session, object_session, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from gateway.config import Settings
from gateway.db import Base
from gateway.encryption.kek import KekMissing, KekSource, KeyProtection, unwrap, wrap
from gateway.encryption.models import CaseDataKey
from gateway.encryption.sealed import (
    Codec,
    Sealed,
    SealedValue,
    aad,
    decode,
    encode,
    open_sealed,
    seal,
)
from gateway.errors import GatewayError

_SOURCE_KEY = "prevent_gateway.kek_source"
_CACHE_KEY = "prevent_gateway.data_keys"
_PENDING_KEY = "prevent_gateway.sealed_pending"


class RecordDestroyed(GatewayError):
    """The record's data key was destroyed under the retention schedule."""

    code = "record-destroyed"


def key_protection_for(settings: Settings) -> KeyProtection:
    """What protects key files at rest: the external master key, else the passphrase."""
    return KeyProtection(
        passphrase=settings.key_passphrase,
        command=settings.key_command,
        fd=settings.key_fd,
    )


def kek_source_for(settings: Settings) -> KekSource:
    env = settings.kek.get_secret_value() if settings.kek is not None else None
    return KekSource(
        path=settings.kek_path, env_value=env, protection=key_protection_for(settings)
    )


def bind_kek(sessions: sessionmaker[Session], source: KekSource) -> None:
    """Every session ``sessions`` makes from now on seals and opens with ``source``."""
    info = sessions.kw.setdefault("info", {})
    info[_SOURCE_KEY] = source


def source_for(sessions: sessionmaker[Session]) -> KekSource:
    source = sessions.kw.get("info", {}).get(_SOURCE_KEY)
    if source is None:
        raise GatewayError(
            "No key-encryption key is configured for this database connection.",
            hint="Open the installation through its settings (the gateway does this itself).",
        )
    assert isinstance(source, KekSource)
    return source


def session_source(session: Session) -> KekSource:
    """The KEK source ``session`` seals and opens with (its factory's, see :func:`bind_kek`)."""
    source = session.info.get(_SOURCE_KEY)
    if not isinstance(source, KekSource):
        raise GatewayError(
            "No key-encryption key is configured for this database session.",
            hint="Open the installation through its settings (the gateway does this itself).",
        )
    return source


def ensure_kek(settings: Settings) -> str:
    """For `prevent-gateway init`: create the KEK file (0600) unless a KEK is configured.

    Returns a line saying what was done."""
    source = kek_source_for(settings)
    if source.from_environment:
        source.current()
        return "Key-encryption key: from PREVENT_GATEWAY_KEK"
    if source.path.exists():
        source.current()
        return f"Key-encryption key: already present at {source.path}, kept"
    source.create()
    how = (
        "encrypted under the master key"
        if source.protection.configured and source.protection.scheme == "external"
        else "encrypted under the passphrase"
        if source.protection.configured
        else "NOT encrypted"
    )
    return (
        f"Key-encryption key: created at {source.path} (mode 0600, {how}; back it up "
        "separately)"
    )


UNPROTECTED_WARNING = (
    "WARNING: no passphrase (PREVENT_GATEWAY_KEY_PASSPHRASE) and no master key "
    "(PREVENT_GATEWAY_KEY_COMMAND or PREVENT_GATEWAY_KEY_FD) is configured, so the "
    "key-encryption key is stored in clear next to the database: anyone with a copy of the "
    "data directory can read every case. Configure one before real data is recorded (the key "
    "file is encrypted the next time the gateway starts)."
)


# --- the per-session cache of data keys ---------------------------------------------------------


@dataclass
class _KeyCache:
    source: KekSource
    keys: dict[str, AESGCM] = field(default_factory=dict)
    case_keys: dict[int, str] = field(default_factory=dict)
    request_cases: dict[int, int] = field(default_factory=dict)


def _cache(session: Session) -> _KeyCache:
    cache = session.info.get(_CACHE_KEY)
    if cache is None:
        source = session.info.get(_SOURCE_KEY)
        if source is None:
            raise GatewayError(
                "No key-encryption key is configured for this database session, so case "
                "content can be neither stored nor read.",
                hint="Open the installation through its settings (the gateway does this itself).",
            )
        cache = session.info[_CACHE_KEY] = _KeyCache(source)
    return cache


def forget_keys(session: Session) -> None:
    """Drop the unwrapped keys this session holds (after disposal or rotation)."""
    session.info.pop(_CACHE_KEY, None)


def _create_data_key(conn: Connection, cache: _KeyCache) -> str:
    source = cache.source
    try:
        current_id, kek = source.current()
    except KekMissing:
        # A brand-new installation (no data key anywhere yet) makes its KEK on first use.
        if source.from_environment or conn.scalar(select(CaseDataKey.uid).limit(1)) is not None:
            raise
        source.create()
        current_id, kek = source.current()
    uid = uuid.uuid4().hex
    data_key = os.urandom(32)
    conn.execute(
        insert(CaseDataKey).values(uid=uid, wrapped_key=wrap(kek, uid, data_key), kek_id=current_id)
    )
    cache.keys[uid] = AESGCM(data_key)
    return uid


def _data_key(conn: Connection, cache: _KeyCache, uid: str) -> AESGCM:
    key = cache.keys.get(uid)
    if key is not None:
        return key
    row = conn.execute(
        select(CaseDataKey.wrapped_key, CaseDataKey.kek_id).where(CaseDataKey.uid == uid)
    ).first()
    if row is None:
        raise RecordDestroyed(
            "This record's encryption key was destroyed under the retention schedule; its "
            "content can no longer be read.",
            hint="The destruction certificates (retention) say when, and under which rule.",
        )
    source = cache.source
    key = AESGCM(unwrap(source.get(row.kek_id), uid, row.wrapped_key))
    cache.keys[uid] = key
    return key


#: HKDF ``info`` of the key a case's sharing-log subject references are made with.
_SUBJECT_INFO = b"prevent-gateway/subject-ref/v1"


def case_subject_key(session: Session, case_reference: str) -> bytes:
    """The key of the case's pseudonymous subject reference in the sharing log: derived
    (HKDF-SHA256) from the case's data key, so it exists exactly as long as the case does.
    Once disposal destroys the data key, no key the installation holds links the case's log
    entries to the student any more."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    cases = Base.metadata.tables["cases"]
    session.flush()  # a case made in this transaction has its key row once flushed
    conn = session.connection()
    uid = conn.scalar(select(cases.c.data_key_uid).where(cases.c.reference == case_reference))
    row = (
        conn.execute(
            select(CaseDataKey.wrapped_key, CaseDataKey.kek_id).where(CaseDataKey.uid == uid)
        ).first()
        if uid is not None
        else None
    )
    if uid is None or row is None:
        raise RecordDestroyed(
            f"The case {case_reference} no longer exists (or its key was destroyed): nothing "
            "about it can be recorded in the sharing log.",
            hint="The destruction certificates (retention) say when, and under which rule.",
        )
    data_key = unwrap(_cache(session).source.get(row.kek_id), uid, row.wrapped_key)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_SUBJECT_INFO).derive(
        data_key
    )


def case_data_key(session: Session, case_id: int) -> tuple[str, AESGCM]:
    """The uid and the unwrapped data key of case ``case_id``: for values sealed outside the ORM
    hooks (evidence chunks, whose AAD the hooks cannot make)."""
    conn = session.connection()
    cache = _cache(session)
    uid = _case_key_uid(conn, cache, case_id)
    return uid, _data_key(conn, cache, uid)


def data_key(session: Session, key_uid: str) -> AESGCM:
    """The unwrapped data key ``key_uid`` names (a sealed value's header says which);
    :class:`RecordDestroyed` once disposal has destroyed it."""
    return _data_key(session.connection(), _cache(session), key_uid)


# --- which columns are sealed, and whose key they use -------------------------------------------

_SEALED: dict[Mapper[Any], list[tuple[str, str, Codec]]] = {}


def sealed_attributes(mapper: Mapper[Any]) -> list[tuple[str, str, Codec]]:
    """(attribute, column, codec) of every encrypted column of the mapped class."""
    found = _SEALED.get(mapper)
    if found is None:
        found = []
        for prop in mapper.column_attrs:
            column = prop.columns[0]
            if isinstance(column.type, Sealed):
                found.append((prop.key, column.name, column.type.codec))
        _SEALED[mapper] = found
    return found


def _case_key_uid(conn: Connection, cache: _KeyCache, case_id: int) -> str:
    # By table, not by model: the models use this module, so it may not import them.
    cases = Base.metadata.tables["cases"]
    uid = cache.case_keys.get(case_id)
    if uid is None:
        uid = conn.scalar(select(cases.c.data_key_uid).where(cases.c.id == case_id))
        if uid is None:
            raise RecordDestroyed(f"Case #{case_id} no longer exists; nothing can be added to it.")
        cache.case_keys[case_id] = uid
    return uid


def _owner_key_uid(conn: Connection, cache: _KeyCache, target: Any) -> str:
    """The data key of the case that ``target`` belongs to (creating it for a new case)."""
    if target.__table__.name == "cases":
        if target.data_key_uid is None:
            target.data_key_uid = _create_data_key(conn, cache)
        uid: str = target.data_key_uid
        return uid
    case = target.__dict__.get("case")
    if case is not None and case.__dict__.get("data_key_uid"):
        return str(case.data_key_uid)
    case_id = getattr(target, "case_id", None)
    if case_id is None and getattr(target, "request_id", None) is not None:
        request = target.__dict__.get("request")
        if request is not None and request.__dict__.get("case_id") is not None:
            case_id = request.case_id
        else:
            requests = Base.metadata.tables["disclosure_requests"]
            request_id = int(target.request_id)
            case_id = cache.request_cases.get(request_id)
            if case_id is None:
                case_id = conn.scalar(
                    select(requests.c.case_id).where(requests.c.id == request_id)
                )
                if case_id is not None:
                    cache.request_cases[request_id] = case_id
    if case_id is None:
        raise GatewayError(
            f"Cannot tell which case a {target.__table__.name} row belongs to, so it cannot be "
            "encrypted; nothing was stored."
        )
    return _case_key_uid(conn, cache, int(case_id))


# --- ORM hooks ----------------------------------------------------------------------------------


def _seal_target(mapper: Mapper[Any], conn: Connection, target: Any, *, only_changed: bool) -> None:
    attrs = sealed_attributes(mapper)
    if not attrs:
        return
    session = object_session(target)
    assert session is not None
    cache = _cache(session)
    if getattr(target, "row_uid", None) is None:
        target.row_uid = uuid.uuid4().hex
    state = inspect(target)
    todo = []
    for key, column, codec in attrs:
        value = state.dict.get(key)
        if value is None and not only_changed:
            value = _column_default(mapper, key)
        if value is None or isinstance(value, SealedValue):
            continue
        if only_changed and not state.attrs[key].history.has_changes():
            continue
        todo.append((key, column, codec, value))
    if not todo and not (mapper.local_table.name == "cases" and target.data_key_uid is None):  # type: ignore[attr-defined]
        return
    uid = _owner_key_uid(conn, cache, target)
    data_key = _data_key(conn, cache, uid)
    plain: dict[str, Any] = {}
    table = mapper.local_table.name  # type: ignore[attr-defined]
    for key, column, codec, value in todo:
        plain[key] = value
        setattr(
            target,
            key,
            seal(data_key, uid, aad(table, column, target.row_uid), encode(codec, value)),
        )
    session.info.setdefault(_PENDING_KEY, []).append((target, plain))
    target.__dict__["_sealed_plaintext"] = plain


def _column_default(mapper: Mapper[Any], key: str) -> Any:
    """A sealed column's Python-side default, applied here so it is sealed like any value."""
    default = mapper.column_attrs[key].columns[0].default
    if default is None:
        return None
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return default.arg(None)
    return None


def _restore(target: Any) -> None:
    plain = target.__dict__.pop("_sealed_plaintext", None)
    if plain:
        for key, value in plain.items():
            set_committed_value(target, key, value)


def _open_target(target: Any, session: Session | None, keys: Any = None) -> None:
    mapper = inspect(target).mapper
    attrs = sealed_attributes(mapper)
    if not attrs or session is None:
        return
    wanted = set(keys) if keys is not None else None
    table = mapper.local_table.name
    conn = session.connection()
    cache = _cache(session)
    for key, column, codec in attrs:
        if wanted is not None and key not in wanted:
            continue
        value = target.__dict__.get(key)
        if not isinstance(value, SealedValue):
            continue
        data_key = _data_key(conn, cache, value.key_uid)
        row_uid = target.__dict__.get("row_uid") or target.row_uid
        plaintext = open_sealed(data_key, value, aad(table, column, row_uid))
        set_committed_value(target, key, decode(codec, plaintext))


@event.listens_for(Base, "before_insert", propagate=True)
def _before_insert(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    _seal_target(mapper, conn, target, only_changed=False)


@event.listens_for(Base, "before_update", propagate=True)
def _before_update(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    _seal_target(mapper, conn, target, only_changed=True)


@event.listens_for(Base, "after_insert", propagate=True)
def _after_insert(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    _restore(target)


@event.listens_for(Base, "after_update", propagate=True)
def _after_update(mapper: Mapper[Any], conn: Connection, target: Any) -> None:
    _restore(target)


def _session_of(target: Any, context: Any) -> Session | None:
    # An ORM bulk UPDATE/DELETE with synchronize_session refreshes objects without a query
    # context; the object's own session is the one to decrypt with.
    session = getattr(context, "session", None)
    if session is None:
        from sqlalchemy.orm import object_session

        session = object_session(target)
    return session


@event.listens_for(Base, "load", propagate=True)
def _on_load(target: Any, context: Any) -> None:
    _open_target(target, _session_of(target, context))


@event.listens_for(Base, "refresh", propagate=True)
def _on_refresh(target: Any, context: Any, attrs: Any) -> None:
    _open_target(target, _session_of(target, context), attrs)


@event.listens_for(Session, "after_flush_postexec")
def _flushed(session: Session, _context: Any) -> None:
    session.info.pop(_PENDING_KEY, None)


@event.listens_for(Session, "after_soft_rollback")
def _rolled_back(session: Session, _previous: Any) -> None:
    # A failed flush leaves ciphertext in the objects' attributes: put the plaintext back.
    for target, plain in session.info.pop(_PENDING_KEY, []):
        target.__dict__.pop("_sealed_plaintext", None)
        for key, value in plain.items():
            target.__dict__[key] = value
    forget_keys(session)


# The free-text secrets' ORM hooks register on import, with the hooks above.
import gateway.encryption.secrets as _secrets  # noqa: E402,F401
