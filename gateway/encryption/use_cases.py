"""Encryption at rest, as people act on it: an administrator rotates the key-encryption key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.clock import Clock
from gateway.config import Settings
from gateway.encryption.kek import KekSource
from gateway.encryption.rotation import rewrap_all
from gateway.encryption.views import KekRotatedView
from gateway.runner import after_commit
from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.sharing import SharingLogWriter


def rotate_kek(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    kek: KekSource,
    log: SharingLogWriter,
) -> KekRotatedView:
    """Re-wrap every case data key under a new KEK (content is not touched) and record it in the
    sharing log, in one transaction; the new KEK replaces the old file once it has committed, so
    any failure before that keeps the old KEK and every wrapped key as they were.

    ``kek`` is the installation's KEK source (the one its sessions seal and open with)."""
    actor.require(Action.KEYS_MANAGE)
    now = clock.now()
    rotation = rewrap_all(session, kek, now=now)
    try:
        entry = log.key_rotated(
            session,
            purpose="data_key_wrapping",
            old_key_id=rotation.old_kek_id,
            new_key_id=rotation.new_kek_id,
            rotated_by=actor.user.id,
            rotated_at=now,
        )
    except BaseException:
        rotation.abandon()
        raise

    engine = session.get_bind()

    def complete(view: KekRotatedView) -> KekRotatedView:
        rotation.complete(engine, now=clock.now())
        return view

    after_commit(session, complete)
    return KekRotatedView(
        old_kek_id=rotation.old_kek_id,
        new_kek_id=rotation.new_kek_id,
        rewrapped=rotation.rewrapped,
        log_index=int(entry.index),
    )
