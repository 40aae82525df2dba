"""The access log: every read of case data recorded in the transaction of the read."""

from __future__ import annotations

from sqlalchemy import func, select, text
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


def record_refusal(
    session: Session,
    *,
    user_id: int,
    channel: str,
    source: str | None,
    action: str,
    object_type: str,
    object_ref: str,
    rule: str,
) -> None:
    """An attempt the gateway refused: who tried what, on what, and the rule that refused it
    (written in a transaction of its own, after the attempt's own rolled back)."""
    session.add(
        AccessEvent(
            user_id=user_id,
            action=action,
            object_type=object_type,
            object_ref=object_ref[:60],
            channel=channel,
            source=source,
            refused_rule=rule[:60],
        )
    )


def list_access(
    session: Session, actor: Actor, *, limit: int = 100, offset: int = 0
) -> list[AccessEvent]:
    actor.require(Action.ACCESS_LOG_READ)
    query = select(AccessEvent).order_by(AccessEvent.id.desc()).limit(limit).offset(offset)
    return list(session.scalars(query))


def list_refusals(
    session: Session, actor: Actor, *, limit: int = 100, offset: int = 0
) -> list[AccessEvent]:
    """The refused attempts only (rows with the rule that refused them), newest first."""
    actor.require(Action.ACCESS_LOG_READ)
    query = (
        select(AccessEvent)
        .where(AccessEvent.refused_rule.is_not(None))
        .order_by(AccessEvent.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(query))


def count_refusals(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(AccessEvent)
            .where(AccessEvent.refused_rule.is_not(None))
        )
        or 0
    )


def count_access(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AccessEvent)) or 0


def missing_protection(session: Session) -> list[str]:
    """The database triggers that keep access-log rows from being changed or removed and that
    are no longer there (none, unless someone dropped them outside the gateway)."""
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        names = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name=:t"),
                {"t": "access_events"},
            ).scalars()
        )
        expected = {"access_events_no_update", "access_events_no_delete"}
    else:
        names = set(
            conn.execute(
                text(
                    "SELECT tgname FROM pg_trigger WHERE tgrelid = 'access_events'::regclass "
                    "AND NOT tgisinternal"
                )
            ).scalars()
        )
        expected = {"access_events_no_change", "access_events_no_truncate"}
    return sorted(expected - names)
