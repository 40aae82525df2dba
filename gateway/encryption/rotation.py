"""`keys rotate-kek`: re-wrap every data key under a new KEK without re-encrypting content."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gateway.db import transaction
from gateway.encryption.kek import (
    KEK_BYTES,
    KekError,
    KekSource,
    kek_id,
    read_key_file,
    unwrap,
    wrap,
    write_key_file,
)
from gateway.encryption.models import CaseDataKey
from gateway.timeutil import utcnow


@dataclass(frozen=True)
class RotationResult:
    old_kek_id: str
    new_kek_id: str
    rewrapped: int


def _finish_interrupted(sessions: sessionmaker[Session], source: KekSource) -> None:
    """A `.next` file left by an interrupted rotation: adopt it if keys use it, else drop it."""
    if not source.next_path.exists():
        return
    pending_id = kek_id(read_key_file(source.next_path))
    with transaction(sessions) as session:
        used = session.scalar(
            select(CaseDataKey.uid).where(CaseDataKey.kek_id == pending_id).limit(1)
        )
    if used is not None:
        os.replace(source.next_path, source.path)
    else:
        source.next_path.unlink()
    source.reset()


def rotate_kek(
    sessions: sessionmaker[Session],
    source: KekSource,
    *,
    on_rewrapped: Callable[[Session, str, str], None] | None = None,
) -> RotationResult:
    """New KEK; every data key re-wrapped in one transaction (with ``on_rewrapped``, e.g. the
    sharing-log entry); then the new KEK replaces the old file. Any failure keeps the old KEK."""
    if source.from_environment:
        raise KekError(
            "The key-encryption key comes from PREVENT_GATEWAY_KEK, which this command cannot "
            "change.",
            hint="Move the KEK to a file (PREVENT_GATEWAY_KEK_FILE) and unset "
            "PREVENT_GATEWAY_KEK, then rotate.",
        )
    _finish_interrupted(sessions, source)
    old_id, _ = source.current()
    new_kek = os.urandom(KEK_BYTES)
    new_id = kek_id(new_kek)
    write_key_file(source.next_path, new_kek)
    try:
        with transaction(sessions) as session:
            rows = list(session.scalars(select(CaseDataKey).order_by(CaseDataKey.uid)))
            now = utcnow()
            for row in rows:
                data_key = unwrap(source.get(row.kek_id), row.uid, row.wrapped_key)
                row.wrapped_key = wrap(new_kek, row.uid, data_key)
                row.kek_id = new_id
                row.rewrapped_at = now
            if on_rewrapped is not None:
                on_rewrapped(session, old_id, new_id)
    except BaseException:
        source.next_path.unlink(missing_ok=True)
        raise
    os.replace(source.next_path, source.path)
    source.reset()
    source.adopt(new_kek)
    return RotationResult(old_kek_id=old_id, new_kek_id=new_id, rewrapped=len(rows))
