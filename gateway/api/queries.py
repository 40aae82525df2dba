"""Read-side helpers the services do not have (log verification, access log).

Each checks the caller's permission with ``Actor.require`` first, like every service, and
records reads of case data through the services that already do so.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

from gateway.access_log.models import AccessEvent
from gateway.access_log.service import list_access
from gateway.actor import Actor
from gateway.api import schemas
from gateway.cases.models import Case
from gateway.cases.views import CaseView, case_view, user_names
from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.disclosures.minimise import redaction_counts
from gateway.disclosures.models import DisclosureRequest
from gateway.disclosures.service import current_content_hash, lawful_basis_of
from gateway.recipients.models import Recipient
from gateway.users.domain import Action
from gateway.users.models import User
from sharing_log import LogTampered, SQLTransparencyLog, decode_entry, verify_export


def case_out(session: Session, case: Case) -> CaseView:
    return case_view(session, case)


def lawful_basis_dict(record: LawfulBasisRecord) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in record.__dict__.items():
        if isinstance(value, date):
            out[name] = value.isoformat()
        elif hasattr(value, "value"):
            out[name] = value.value
        else:
            out[name] = value
    return out


def disclosure_summary(session: Session, request: DisclosureRequest) -> schemas.DisclosureSummary:
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    return schemas.DisclosureSummary(**schemas.disclosure_summary(request, recipient, case))


def disclosure_out(session: Session, request: DisclosureRequest) -> schemas.DisclosureOut:
    recipient = session.get(Recipient, request.recipient_id)
    case = session.get(Case, request.case_id)
    assert recipient is not None and case is not None
    names = user_names(session, [request.prepared_by_id, request.approved_by_id])
    record = lawful_basis_of(request)
    content = current_content_hash(request)
    return schemas.DisclosureOut(
        **schemas.disclosure_summary(request, recipient, case),
        purpose=request.purpose,
        rpc_discussion_reference=request.rpc_discussion_reference,
        subject_fields=list(request.subject_fields),
        lawful_basis=lawful_basis_dict(record) if request.lawful_basis else None,
        lawful_basis_codes=record.codes(),
        items=[
            schemas.ItemOut(
                position=item.position,
                kind=item.kind,
                label=item.label,
                source_ref=item.source_ref,
                original_text=item.original_text,
                redacted_text=item.redacted_text,
                special_categories=list(item.special_categories),
                criminal_offence=item.criminal_offence,
                findings=[
                    schemas.finding_out(i, item.original_text, f)
                    for i, f in enumerate(item.findings)
                ],
            )
            for item in request.items
        ],
        content_sha256=content,
        redaction_counts=redaction_counts(request),
        prepared_by=names.get(request.prepared_by_id, ""),
        approved_by=names.get(request.approved_by_id) if request.approved_by_id else None,
        approved_at=request.approved_at,
        approval_current=request.approved_content_hash == content,
        emergency_authorised=(
            request.emergency_authorised_by_id is not None
            and request.emergency_content_hash == content
        ),
        emergency_reason=request.emergency_reason,
        retrospective_review_outcome=request.retrospective_review_outcome,
        refusal_reason=request.refusal_reason,
        released_at=request.released_at,
        package_sha256=request.package_sha256,
        log_index=request.log_index,
    )


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
