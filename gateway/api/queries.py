"""Read-side helpers the lead's services do not have (dashboard, log verification, access log).

Each checks the caller's permission with ``Actor.require`` first, like every service, and
records reads of case data through the services that already do so.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from gateway.access_log.models import AccessEvent
from gateway.access_log.service import list_access, record_access
from gateway.actor import Actor
from gateway.api import schemas
from gateway.cases.models import Case
from gateway.cases.service import reviews_due
from gateway.disclosures.models import DisclosureRequest
from gateway.disclosures.views import DisclosureSummary, dpo_queue_view, summary_of
from gateway.users.domain import Action, is_allowed
from gateway.users.models import User
from sharing_log import LogTampered, SQLTransparencyLog, decode_entry, verify_export


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name).where(User.id.in_(wanted)))
    return {int(r.id): str(r.display_name) for r in rows}


def case_out(session: Session, case: Case) -> schemas.CaseOut:
    ids: list[int | None] = [e.actor_id for e in case.events]
    for d in case.decisions:
        ids.append(d.decided_by_id)
        ids.extend(d.smt_member_ids)
    return schemas.CaseOut.full(case, user_names(session, ids))


def disclosure_summary(session: Session, request: DisclosureRequest) -> DisclosureSummary:
    """One line of a case's disclosures (the case page)."""
    return summary_of(session, request)


# --- dashboard --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dashboard:
    reviews_due: list[schemas.ReviewDueOut]
    awaiting_approval: list[DisclosureSummary]
    emergency_reviews: list[DisclosureSummary]
    show_reviews: bool
    show_disclosures: bool


def dashboard(session: Session, actor: Actor, today: date) -> Dashboard:
    """Only the panels the actor's role may see; the services check the permission again."""
    due: list[schemas.ReviewDueOut] = []
    awaiting: list[DisclosureSummary] = []
    emergencies: list[DisclosureSummary] = []
    show_reviews = is_allowed(actor.role, Action.CASE_READ)
    show_disclosures = is_allowed(actor.role, Action.DISCLOSURE_READ)
    if show_reviews:
        for case, decision in reviews_due(session, actor, today):
            due.append(
                schemas.ReviewDueOut(
                    case_reference=case.reference,
                    subject_name=case.subject_name,
                    review_date=decision.review_date,
                    actions=decision.actions,
                )
            )
        if due:
            record_access(
                session, actor, action="case.reviews_due", object_type="case", object_ref="*"
            )
    if show_disclosures:
        actor.require(Action.DISCLOSURE_READ)
        queue = dpo_queue_view(session)
        awaiting = queue.awaiting_approval
        emergencies = queue.emergency_reviews
    return Dashboard(due, awaiting, emergencies, show_reviews, show_disclosures)


# --- sharing log ------------------------------------------------------------------------------


def checkpoint_text(session: Session, actor: Actor, log: SQLTransparencyLog) -> str:
    actor.require(Action.LOG_READ)
    return log.latest_checkpoint(session.connection()).note


def log_entries(
    session: Session, actor: Actor, log: SQLTransparencyLog, *, limit: int, offset: int
) -> tuple[list[schemas.LogEntryOut], int]:
    actor.require(Action.LOG_READ)
    conn = session.connection()
    size = log.latest_checkpoint(conn).size
    out: list[schemas.LogEntryOut] = []
    end = min(size, offset + limit)
    if offset < end:
        for index, leaf in log.iter_entries(conn, end, start=offset):
            out.append(schemas.LogEntryOut(index=index, entry=decode_entry(leaf).to_json()))
    return out, size


def _export_to(session: Session, log: SQLTransparencyLog, directory: Path) -> None:
    log.export(session.connection(), directory)


def verify_log(
    session: Session, actor: Actor, log: SQLTransparencyLog, trusted_key: str
) -> schemas.VerificationOut:
    """Export the log as an auditor would and verify it offline against the log's key."""
    actor.require(Action.LOG_READ)
    with tempfile.TemporaryDirectory(prefix="pgw-verify-") as tmp:
        _export_to(session, log, Path(tmp))
        try:
            report = verify_export(tmp, trusted_key=trusted_key, check_entries=True)
        except LogTampered as exc:
            return schemas.VerificationOut(
                verified=False,
                problem=exc.message,
                problem_kind=exc.kind.value,
                problem_index=exc.index,
            )
    return schemas.VerificationOut(
        verified=True,
        origin=report.origin,
        tree_size=report.tree_size,
        root_hash=report.root_hash.hex(),
        entries_checked=report.entries_checked,
    )


def export_zip(session: Session, actor: Actor, log: SQLTransparencyLog) -> tuple[bytes, int]:
    """The offline-verifiable export (checkpoint, key, entries, leaf hashes) as one zip."""
    actor.require(Action.LOG_READ)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="pgw-export-") as tmp:
        _export_to(session, log, Path(tmp))
        size = log.latest_checkpoint(session.connection()).size
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).iterdir()):
                archive.write(path, arcname=f"sharing-log-export/{path.name}")
    return buffer.getvalue(), size


# --- access log -------------------------------------------------------------------------------


def access_events(
    session: Session, actor: Actor, *, limit: int, offset: int
) -> tuple[list[schemas.AccessEventOut], int]:
    rows = list_access(session, actor, limit=limit, offset=offset)
    total = session.scalar(select(func.count()).select_from(AccessEvent)) or 0
    names = {
        int(r.id): str(r.username)
        for r in session.execute(
            select(User.id, User.username).where(User.id.in_({e.user_id for e in rows}))
        )
    }
    return [
        schemas.AccessEventOut(
            id=e.id,
            at=e.at,
            username=names.get(e.user_id, f"user {e.user_id}"),
            action=e.action,
            object_type=e.object_type,
            object_ref=e.object_ref,
            channel=e.channel,
            source=e.source,
        )
        for e in rows
    ], total


def check_access_log(
    session: Session, actor: Actor, transparency_log: SQLTransparencyLog | None = None
) -> schemas.AccessLogCheckOut:
    """Whether the database refuses edits to the access log (its append-only triggers) and,
    with the sharing log, whether every sealed range still matches its seal."""
    actor.require(Action.ACCESS_LOG_READ)
    conn = session.connection()
    dialect = conn.dialect.name
    if dialect == "sqlite":
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
    missing = sorted(expected - names)
    count = session.scalar(select(func.count()).select_from(AccessEvent)) or 0
    if missing:
        detail = (
            "The access log can be edited: the database is missing its protection "
            f"({', '.join(missing)}). Tell the administrator and the DPO."
        )
    else:
        detail = "The database refuses any change to or removal of access-log rows."
    seals_ok: bool | None = None
    if transparency_log is not None:
        from gateway.access_log.sealing import verify_access_log

        verification = verify_access_log(session, actor, transparency_log)
        seals_ok = verification.ok
        detail = f"{detail} {verification.summary()}"
    return schemas.AccessLogCheckOut(
        append_only=not missing, events=count, detail=detail, seals_verified=seals_ok
    )


def table_exists(session: Session, name: str) -> bool:
    return inspect(session.connection()).has_table(name)
