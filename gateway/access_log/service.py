from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gateway.access_log.models import AccessEvent
from gateway.actor import Actor
from gateway.users.domain import Action


def record_access(
    session: Session, actor: Actor, *, action: str, object_type: str, object_ref: str
) -> None:
    """Every read of case data leaves a row here, in the same transaction as the read."""
    session.add(
        AccessEvent(
            user_id=actor.user.id,
            action=action,
            object_type=object_type,
            object_ref=object_ref,
            channel=actor.channel,
            source=actor.source,
        )
    )


def list_access(
    session: Session, actor: Actor, *, limit: int = 100, offset: int = 0
) -> list[AccessEvent]:
    actor.require(Action.ACCESS_LOG_READ)
    query = select(AccessEvent).order_by(AccessEvent.id.desc()).limit(limit).offset(offset)
    return list(session.scalars(query))
