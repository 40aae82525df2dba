"""Rotating the KEK: every data key re-wrapped under a new KEK, content untouched.

A rotation happens in two steps around the caller's commit. :func:`rewrap_all`, inside the
transaction, writes the new KEK as ``<file>.next``, re-wraps every data key under it and records
the rotation (a ``kek_rotations`` row); :meth:`Rotation.complete`, once the transaction has
committed, overwrites the old file and renames ``.next`` over it, then records that the old KEK
is gone. A crash anywhere leaves a state :func:`finish_interrupted` repairs: a ``.next`` file
whose rotation committed is adopted (the old KEK destroyed), one whose rotation never committed
is dropped, and a committed rotation not yet marked complete is marked.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

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
from gateway.encryption.models import CaseDataKey, KekRotation
from gateway.encryption.secrets import reseal_all


def _adopt_next(source: KekSource) -> None:
    """Replace the KEK file by ``.next`` atomically, then overwrite the old file's bytes through
    a descriptor opened before the rename, so the old KEK does not stay in the freed blocks
    where the file system writes in place (a best effort on others). A crash at any point leaves
    either the old file and ``.next`` or the new file alone: never a damaged key file."""
    try:
        fd = os.open(source.path, os.O_WRONLY)
    except FileNotFoundError:
        fd = -1
    try:
        os.replace(source.next_path, source.path)
        if fd >= 0:
            size = os.fstat(fd).st_size
            os.write(fd, b"\0" * size)
            os.fsync(fd)
    finally:
        if fd >= 0:
            os.close(fd)


@dataclass
class Rotation:
    """A rotation whose re-wrapped keys are in the caller's transaction, not yet committed."""

    source: KekSource
    old_kek_id: str
    new_kek_id: str
    rewrapped: int
    _new_kek: bytes = field(repr=False)

    def complete(self, engine: Any = None, *, now: datetime | None = None) -> None:
        """After the commit: the new KEK replaces the old file (the old KEK is destroyed), and
        the rotation is recorded as complete when ``engine`` is given."""
        _adopt_next(self.source)
        self.source.reset()
        self.source.adopt(self._new_kek)
        if engine is not None and now is not None:
            with Session(engine) as session, session.begin():
                _mark_complete(session, self.new_kek_id, now)

    def abandon(self) -> None:
        """The transaction will not commit: the old KEK stays, the new one is dropped."""
        self.source.next_path.unlink(missing_ok=True)


def _mark_complete(session: Session, current_id: str, now: datetime) -> int:
    """Every committed rotation to ``current_id`` (or to an earlier KEK) is complete: the KEK
    it replaced no longer exists."""
    done = session.execute(
        update(KekRotation)
        .where(KekRotation.completed_at.is_(None))
        .values(completed_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(done.rowcount or 0)  # type: ignore[attr-defined]


def finish_interrupted(session: Session, source: KekSource, *, now: datetime) -> bool:
    """Finish what an interrupted rotation left, in ``session``'s transaction: a ``.next`` file
    whose rotation committed is adopted (the old KEK destroyed), one whose rotation never
    committed is dropped; committed rotations are then marked complete. True when there was
    something to finish."""
    if source.from_environment:
        return False
    finished = False
    if source.next_path.exists():
        pending_id = kek_id(read_key_file(source.next_path, source.protection))
        committed = session.scalar(
            select(KekRotation.id).where(KekRotation.new_kek_id == pending_id).limit(1)
        ) is not None or session.scalar(
            select(CaseDataKey.uid).where(CaseDataKey.kek_id == pending_id).limit(1)
        ) is not None
        if committed:
            _adopt_next(source)
        else:
            source.next_path.unlink()
        source.reset()
        finished = True
    pending = session.scalar(
        select(KekRotation.id).where(KekRotation.completed_at.is_(None)).limit(1)
    )
    if pending is not None and source.path.exists():
        current_id, _ = source.current()
        # Only once the file holds the KEK the last rotation made is the old one gone.
        latest = session.scalar(
            select(KekRotation.new_kek_id).order_by(KekRotation.id.desc()).limit(1)
        )
        if latest == current_id:
            finished = _mark_complete(session, current_id, now) > 0 or finished
    return finished


def rewrap_all(
    session: Session,
    source: KekSource,
    *,
    now: datetime,
    reason: str = "administrator",
    certificate_reference: str | None = None,
) -> Rotation:
    """A new KEK (written as ``.next``) and every data key re-wrapped under it, in ``session``'s
    transaction. The caller commits, then calls :meth:`Rotation.complete`; on any failure before
    the commit it calls :meth:`Rotation.abandon` (this function does so for its own failures)."""
    if source.from_environment:
        raise KekError(
            "The key-encryption key comes from the PREVENT_GATEWAY_KEK setting, which the "
            "gateway cannot change.",
            hint="Move the KEK to a file (PREVENT_GATEWAY_KEK_FILE) and unset "
            "PREVENT_GATEWAY_KEK, then rotate.",
        )
    finish_interrupted(session, source, now=now)
    old_id, _ = source.current()
    new_kek = os.urandom(KEK_BYTES)
    rotation = Rotation(source, old_id, kek_id(new_kek), 0, new_kek)
    write_key_file(source.next_path, new_kek, source.protection)
    try:
        rows = list(session.scalars(select(CaseDataKey).order_by(CaseDataKey.uid)))
        for row in rows:
            data_key = unwrap(source.get(row.kek_id), row.uid, row.wrapped_key)
            row.wrapped_key = wrap(new_kek, row.uid, data_key)
            row.kek_id = rotation.new_kek_id
            row.rewrapped_at = now
        # The secrets encrypted under a key derived from the KEK follow it.
        reseal_all(session, source, rotation.new_kek_id, new_kek)
        session.add(
            KekRotation(
                old_kek_id=old_id,
                new_kek_id=rotation.new_kek_id,
                reason=reason,
                certificate_reference=certificate_reference,
                rewrapped=len(rows),
                rotated_at=now,
            )
        )
        session.flush()
    except BaseException:
        rotation.abandon()
        raise
    rotation.rewrapped = len(rows)
    return rotation
