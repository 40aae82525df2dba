"""The access log for auditors and the DPO: list it, check its protection, seal it into the
signed sharing log, verify it against those seals. The same on every door."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gateway.access_log import sealing, service
from gateway.access_log.views import (
    AccessEventsView,
    AccessEventView,
    AccessLogCheckView,
    AccessLogOverview,
    AccessLogVerificationView,
    SealView,
)
from gateway.users.domain import Action
from gateway.users.service import accounts_by_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.access_log.models import AccessEvent
    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.sharing import SharingLogWriter
    from sharing_log.sql import SQLTransparencyLog


def list_access_events(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    limit: int = 50,
    offset: int = 0,
) -> AccessEventsView:
    """Who read which case data, when, through which door and from where: newest first."""
    actor.require(Action.ACCESS_LOG_READ)
    rows = service.list_access(session, actor, limit=limit, offset=offset)
    return _events(session, rows, service.count_access(session), limit, offset)


def list_refused_attempts(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    limit: int = 50,
    offset: int = 0,
) -> AccessEventsView:
    """Every attempt the gateway refused (to create, submit, approve, refuse, authorise or
    release a disclosure, among others): who tried what, on what, and the rule that refused
    it. Newest first; for the DPO and auditors."""
    actor.require(Action.ACCESS_LOG_READ)
    rows = service.list_refusals(session, actor, limit=limit, offset=offset)
    return _events(session, rows, service.count_refusals(session), limit, offset)


def _events(
    session: Session, rows: list[AccessEvent], total: int, limit: int, offset: int
) -> AccessEventsView:
    accounts = accounts_by_id(session, (e.user_id for e in rows))
    return AccessEventsView(
        events=[
            AccessEventView(
                id=e.id,
                at=e.at,
                username=accounts[e.user_id].username,
                display_name=accounts[e.user_id].display_name,
                role_label=accounts[e.user_id].role.label,
                action=e.action,
                object_type=e.object_type,
                object_ref=e.object_ref,
                channel=e.channel,
                source=e.source,
                refused_rule=e.refused_rule,
            )
            for e in rows
        ],
        total=total,
        limit=limit,
        offset=offset,
    )


def _verification(result: sealing.AccessLogVerification) -> AccessLogVerificationView:
    return AccessLogVerificationView(
        ok=result.ok,
        summary=result.summary(),
        seals_checked=result.seals_checked,
        events_checked=result.events_checked,
        unsealed_events=result.unsealed_events,
        disposed_ranges=list(result.disposed_ranges),
        problems=list(result.problems),
    )


def verify_access_log(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SQLTransparencyLog
) -> AccessLogVerificationView:
    """Recompute every sealed range and compare it with its seal in the signed sharing log."""
    actor.require(Action.ACCESS_LOG_READ)
    return _verification(sealing.verify_access_log(session, actor, log))


def check_access_log(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SQLTransparencyLog
) -> AccessLogCheckView:
    """Whether the database refuses edits to the access log (its append-only triggers) and
    whether every sealed range still matches its seal."""
    actor.require(Action.ACCESS_LOG_READ)
    missing = service.missing_protection(session)
    if missing:
        detail = (
            "The access log can be edited: the database is missing its protection "
            f"({', '.join(missing)}). Tell the administrator and the DPO."
        )
    else:
        detail = "The database refuses any change to or removal of access-log rows."
    verification = sealing.verify_access_log(session, actor, log)
    return AccessLogCheckView(
        append_only=not missing,
        events=service.count_access(session),
        detail=f"{detail} {verification.summary()}",
        seals_verified=verification.ok,
        unsealed_events=verification.unsealed_events,
    )


def access_log_overview(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    limit: int = 100,
    offset: int = 0,
) -> AccessLogOverview:
    """The auditor's page: a page of events and the log's protection, checked as it is read."""
    return AccessLogOverview(
        events=list_access_events(session, actor, clock, settings, limit=limit, offset=offset),
        check=check_access_log(session, actor, clock, settings, log=log),
    )


def seal_access_log(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SharingLogWriter
) -> SealView | None:
    """Seal every event since the last seal into the signed sharing log (run daily); None when
    nothing new was recorded since."""
    actor.require(Action.ACCESS_LOG_SEAL)
    made = sealing.seal_access_log(session, actor, log, now=clock.now())
    if made is None:
        return None
    return SealView(
        reference=made.reference,
        event_count=made.event_count,
        after_event_id=made.after_event_id,
        last_event_id=made.last_event_id,
        log_index=made.log_index,
    )
