"""Auditors read the signed sharing log: the checkpoint, the entries, a verification as they
would run it offline, and the export to run it on. Every one needs LOG_READ; none records an
access event (the log holds no personal data: ids, codes, hashes, times)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from gateway.audit.errors import LOG_READ_ERRORS, unreadable
from gateway.audit.views import (
    CheckpointView,
    LogEntriesView,
    LogEntryView,
    LogExportView,
    SharingLogOverview,
    VerificationView,
)
from gateway.users.domain import Action
from sharing_log import LogTampered, decode_entry, verify_export

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.clock import Clock
    from gateway.config import Settings
    from gateway.keys import Keyring
    from sharing_log.sql import SQLTransparencyLog


def checkpoint(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SQLTransparencyLog
) -> CheckpointView:
    """The latest signed checkpoint, to check the log's growth against."""
    actor.require(Action.LOG_READ)
    signed = log.latest_checkpoint(session.connection())
    return CheckpointView(note=signed.note, tree_size=signed.size)


def log_entries(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    limit: int = 50,
    offset: int = 0,
) -> LogEntriesView:
    """The entries from ``offset`` (at most ``limit``), up to the latest signed checkpoint."""
    actor.require(Action.LOG_READ)
    conn = session.connection()
    size = log.latest_checkpoint(conn).size
    entries: list[LogEntryView] = []
    end = min(size, offset + limit)
    try:
        for index, leaf in log.iter_entries(conn, end, start=offset) if offset < end else ():
            entries.append(LogEntryView(index=index, entry=decode_entry(leaf).to_json()))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None
    return LogEntriesView(entries=entries, size=size, limit=limit, offset=offset)


def sharing_log_overview(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    limit: int = 50,
    offset: int = 0,
) -> SharingLogOverview:
    """The auditor's page: the checkpoint and a run of entries, read in one transaction."""
    return SharingLogOverview(
        checkpoint=checkpoint(session, actor, clock, settings, log=log),
        entries=log_entries(session, actor, clock, settings, log=log, limit=limit, offset=offset),
    )


def verify_log(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    keyring: Keyring,
) -> VerificationView:
    """Export the log as an auditor would and verify it offline against the log's own key:
    the signature, every leaf, the root."""
    actor.require(Action.LOG_READ)
    trusted_key = keyring.log_verifier_key_text()
    with tempfile.TemporaryDirectory(prefix="pgw-verify-") as tmp:
        log.export(session.connection(), tmp)
        try:
            report = verify_export(tmp, trusted_key=trusted_key, check_entries=True)
        except LogTampered as exc:
            return VerificationView(
                verified=False,
                problem=exc.message,
                problem_kind=exc.kind.value,
                problem_index=exc.index,
            )
    return VerificationView(
        verified=True,
        origin=report.origin,
        tree_size=report.tree_size,
        root_hash=report.root_hash.hex(),
        entries_checked=report.entries_checked,
    )


def export_log(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SQLTransparencyLog
) -> LogExportView:
    """The offline-verifiable export (checkpoint, key, entries, leaf hashes) as one zip, to
    verify with `log verify` or any C2SP / RFC 9162 tool."""
    actor.require(Action.LOG_READ)
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="pgw-export-") as tmp:
        summary = log.export(session.connection(), tmp)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).iterdir()):
                archive.write(path, arcname=f"sharing-log-export/{path.name}")
    return LogExportView(content=buffer.getvalue(), tree_size=summary.tree_size)
