"""What administrators do with the organisation's keys that is recorded in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from gateway.users.domain import Action

if TYPE_CHECKING:
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.sharing import SharingLogWriter


class KeyRotationLogged(BaseModel):
    model_config = ConfigDict(frozen=True)

    old_key_id: str
    new_key_id: str
    log_index: int


def record_key_rotation(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    old_key_id: str,
    new_key_id: str,
    *,
    log: SharingLogWriter,
) -> KeyRotationLogged:
    """An administrator's rotation of the package-signing key, written to the sharing log.

    Run after the new key is written and before it becomes current: if this is refused (no
    permission, database down), the keyring undoes the rotation, so none goes unlogged."""
    actor.require(Action.KEYS_MANAGE)
    appended = log.key_rotated(
        session,
        purpose="package_signing",
        old_key_id=old_key_id,
        new_key_id=new_key_id,
        rotated_by=actor.user.id,
        rotated_at=clock.now(),
    )
    return KeyRotationLogged(old_key_id=old_key_id, new_key_id=new_key_id, log_index=appended.index)
