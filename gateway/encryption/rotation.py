"""Rotating the KEK: every data key re-wrapped under a new KEK, content untouched.

A rotation happens in two steps around the caller's commit. :func:`rewrap_all`, inside the
transaction, writes the new KEK as ``<file>.next`` and re-wraps every data key under it;
:meth:`Rotation.complete`, once the transaction has committed, renames ``.next`` over the old
file. A crash between the two leaves both files: the key id stored with each wrapped key says
which one opens it, and the next rotation adopts or drops the ``.next`` file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
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
from gateway.encryption.models import CaseDataKey


@dataclass
class Rotation:
    """A rotation whose re-wrapped keys are in the caller's transaction, not yet committed."""

    source: KekSource
    old_kek_id: str
    new_kek_id: str
    rewrapped: int
    _new_kek: bytes = field(repr=False)

    def complete(self) -> None:
        """After the commit: the new KEK replaces the old file (the old KEK is gone)."""
        os.replace(self.source.next_path, self.source.path)
        self.source.reset()
        self.source.adopt(self._new_kek)

    def abandon(self) -> None:
        """The transaction will not commit: the old KEK stays, the new one is dropped."""
        self.source.next_path.unlink(missing_ok=True)


def _finish_interrupted(session: Session, source: KekSource) -> None:
    """A `.next` file left by an interrupted rotation: adopt it if keys use it, else drop it."""
    if not source.next_path.exists():
        return
    pending_id = kek_id(read_key_file(source.next_path))
    used = session.scalar(select(CaseDataKey.uid).where(CaseDataKey.kek_id == pending_id).limit(1))
    if used is not None:
        os.replace(source.next_path, source.path)
    else:
        source.next_path.unlink()
    source.reset()


def rewrap_all(session: Session, source: KekSource, *, now: datetime) -> Rotation:
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
    _finish_interrupted(session, source)
    old_id, _ = source.current()
    new_kek = os.urandom(KEK_BYTES)
    rotation = Rotation(source, old_id, kek_id(new_kek), 0, new_kek)
    write_key_file(source.next_path, new_kek)
    try:
        rows = list(session.scalars(select(CaseDataKey).order_by(CaseDataKey.uid)))
        for row in rows:
            data_key = unwrap(source.get(row.kek_id), row.uid, row.wrapped_key)
            row.wrapped_key = wrap(new_kek, row.uid, data_key)
            row.kek_id = rotation.new_kek_id
            row.rewrapped_at = now
        session.flush()
    except BaseException:
        rotation.abandon()
        raise
    rotation.rewrapped = len(rows)
    return rotation
