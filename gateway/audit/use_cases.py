"""Auditors read the signed sharing log: the checkpoint, the entries, a verification as they
would run it offline, and the export to run it on. Every one needs LOG_READ; none records an
access event (the log holds no personal data: ids, codes, hashes, times)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.audit import watch
from gateway.audit.errors import LOG_READ_ERRORS, LogInconsistent, unreadable
from gateway.audit.views import (
    CheckpointView,
    ConsistencyView,
    ExportedView,
    LogAlarmView,
    LogEntriesView,
    LogEntryView,
    LogExportView,
    MonitorView,
    ResolutionView,
    SharingLogOverview,
    VerificationView,
)
from gateway.errors import Conflict, InvalidInput
from gateway.sharing import user_ids_in
from gateway.users.domain import Action
from gateway.users.service import accounts_by_id
from sharing_log import (
    CheckpointError,
    CosignatureVerifier,
    LoggedEntry,
    LogTampered,
    ProofError,
    TLogProofError,
    decode_entry,
    open_checkpoint,
    verify_consistency,
    verify_export,
    verify_tlog_proof,
)
from sharing_log.sql import LogStateError

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
    decoded: list[tuple[int, dict[str, Any]]] = []
    end = min(size, offset + limit)
    try:
        for index, leaf in log.iter_entries(conn, end, start=offset) if offset < end else ():
            decoded.append((index, decode_entry(leaf).to_json()))
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None
    # The log names people by account id only; a reader is told who they are.
    named = {index: user_ids_in(entry["fields"]) for index, entry in decoded}
    accounts = accounts_by_id(session, (i for refs in named.values() for i in refs.values()))
    entries = [
        LogEntryView(
            index=index,
            entry=entry,
            people={
                ref: f"{accounts[i].display_name}, {accounts[i].role.label}"
                for ref, i in sorted(named[index].items())
                if i in accounts
            },
        )
        for index, entry in decoded
    ]
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
        summary = log.export(session.connection(), tmp)
        try:
            report = verify_export(tmp, trusted_key=trusted_key, check_entries=True)
        except LogTampered as exc:
            return VerificationView(
                verified=False,
                problem=exc.message,
                problem_kind=exc.kind.value,
                problem_index=exc.index,
            )
    if summary.unsigned_entries:
        return VerificationView(
            verified=False,
            problem=f"{summary.unsigned_entries} entries are stored after the latest signed "
            f"checkpoint (size {summary.tree_size}): no checkpoint signs them (added outside the "
            "log, or the latest checkpoint was deleted).",
            problem_kind="unsigned_entries",
            problem_index=summary.tree_size,
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
    return LogExportView(
        content=buffer.getvalue(),
        tree_size=summary.tree_size,
        entries_written=summary.entries_written,
        unsigned_entries=summary.unsigned_entries,
    )


def export_to_folder(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    directory: Path,
) -> ExportedView:
    """Write the checkpoint, the verifier key and every entry to ``directory`` (empty or new)."""
    actor.require(Action.LOG_READ)
    if directory.exists() and any(directory.iterdir()):
        raise InvalidInput(
            f"{directory} is not empty.", hint="Choose a new or empty folder for the export."
        )
    summary = log.export(session.connection(), directory)
    return ExportedView(
        origin=log.origin,
        tree_size=summary.tree_size,
        entries_written=summary.entries_written,
        unsigned_entries=summary.unsigned_entries,
        root_hash=summary.root_hash.hex(),
        verifier_key=log.verifier.key_text(),
    )


def inclusion_proof(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    index: int,
) -> str:
    """A C2SP tlog-proof that entry ``index`` is in the log, checked offline by anyone holding
    the entry's bytes and the log's verifier key."""
    actor.require(Action.LOG_READ)
    conn = session.connection()
    try:
        text = log.tlog_proof(conn, index)
        leaf = log.entry(conn, index)
    except LogStateError as exc:
        raise InvalidInput(
            str(exc), hint="Use an index below the log's size (its checkpoint shows it)."
        ) from None
    except LOG_READ_ERRORS as exc:
        raise unreadable(exc) from None
    # Checked here as the recipient will check it offline: a proof built from a damaged tree
    # or for an edited entry is never handed out.
    try:
        verify_tlog_proof(text, leaf, log.verifier, origin=log.origin)
    except TLogProofError as exc:
        raise LogInconsistent(
            f"The inclusion proof for entry {index} does not verify against the signed "
            f"checkpoint ({exc}): the stored log is damaged, so no proof was written.",
            hint="Run the log monitor to find every damaged entry and tree node, and tell the "
            "DPO. Keep the database as it is for investigation.",
        ) from None
    return text


def consistency_since(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    old_checkpoint: str,
) -> ConsistencyView:
    """Prove, and check here, that the log only grew since ``old_checkpoint`` (a checkpoint of
    this log saved earlier): it is refused when entries were removed or rewritten."""
    actor.require(Action.LOG_READ)
    try:
        old = open_checkpoint(old_checkpoint, log.verifier)
    except CheckpointError as exc:
        raise InvalidInput(f"That is not a valid checkpoint of this log: {exc}") from None
    conn = session.connection()
    current = log.latest_checkpoint(conn)
    if old.size > current.size:
        raise LogInconsistent(
            f"The old checkpoint has {old.size} entries but the log now has only "
            f"{current.size}: entries have been removed.",
            hint="Report this to the DPO and internal audit.",
        )
    try:
        proof = log.consistency_proof(conn, old.size, current.size) if old.size else []
        if old.size:
            verify_consistency(old.size, current.size, proof, old.root_hash, current.root_hash)
    except (LogStateError, ProofError) as exc:
        raise LogInconsistent(
            f"The log is NOT consistent with that checkpoint: {exc}",
            hint="The log has been rewritten since that checkpoint. Report this to the DPO and "
            "internal audit.",
        ) from None
    return ConsistencyView(
        old_size=old.size,
        new_size=current.size,
        proof=list(proof),
        current_note=current.note,
        trusted_key=f"{log.verifier.name}+{log.verifier.key_id.hex()}",
    )


def add_cosignature(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    cosigned_note: str,
    witness_key: str,
) -> int:
    """Store a witness's cosignature on one of our checkpoints (administrators); checkpoints and
    proofs handed out afterwards carry it. Returns the size of the cosigned checkpoint."""
    actor.require(Action.KEYS_MANAGE)
    try:
        verifier = CosignatureVerifier.from_key_text(witness_key.strip())
    except ValueError as exc:
        raise InvalidInput(f"That is not a witness verifier key: {exc}") from None
    try:
        return log.add_cosignature(session.connection(), cosigned_note, verifier).size
    except ValueError as exc:
        raise InvalidInput(f"The cosignature was not stored: {exc}") from None


# --- the gateway's watch over its own log -------------------------------------------------------


def _alarm_view(alarm: watch.Alarm | None) -> LogAlarmView | None:
    if alarm is None:
        return None
    return LogAlarmView(
        raised_at=alarm.raised_at,
        findings=list(alarm.findings),
        compared_with=alarm.compared_with,
    )


def current_alarm(
    session: Session, actor: Actor, clock: Clock, settings: Settings
) -> LogAlarmView | None:
    """The alarm about the sharing log in force, if any: every role sees it (it holds no
    personal data), so that everyone knows why releases and reports are refused."""
    return _alarm_view(watch.current_alarm(settings))


def _decoded(session: Session, log: SQLTransparencyLog, size: int) -> list[tuple[int, LoggedEntry]]:
    out: list[tuple[int, LoggedEntry]] = []
    for index, leaf in log.iter_entries(session.connection(), size):
        try:
            out.append((index, decode_entry(leaf)))
        except LOG_READ_ERRORS:
            continue  # the store audit names it
    return out


def monitor_log(
    session: Session, actor: Actor, clock: Clock, settings: Settings, *, log: SQLTransparencyLog
) -> MonitorView:
    """Check the whole stored log (every broken index, not only the first) against its signed
    checkpoints and the checkpoint saved outside the database, and reconcile the disclosure
    records with it both ways. A finding raises the alarm (the gateway then refuses to append,
    release or report until an administrator resolves it); a sound log moves the saved
    checkpoint forward."""
    from gateway.audit.reconcile import reconcile

    actor.require(Action.LOG_READ)
    path = watch.checkpoint_file(settings)
    state = watch.read_state(path, log.origin)
    problems: list[str] = []
    saved = None
    if state is not None and state.unreadable is not None:
        problems.append(state.unreadable)
    else:
        try:
            saved = watch.saved_checkpoint(state, log)
        except CheckpointError as exc:
            problems.append(f"the saved checkpoint in {path} does not verify: {exc}")
    audit = log.audit(session.connection(), trusted=saved)
    problems.extend(f.message for f in audit.findings)
    reconciled = reconcile(session, _decoded(session, log, audit.entries), settings.packages_dir)
    problems.extend(reconciled.problems)
    compared_with = watch.describe(saved)
    alarm = state.alarm if state is not None else None
    if problems:
        alarm = watch.raise_alarm(path, log.origin, problems, compared_with, clock.now())
    elif alarm is None and audit.checkpoint is not None and (
        saved is None or audit.checkpoint.size > saved.size
    ):
        watch.advance(path, log.origin, audit.checkpoint)
    latest = audit.checkpoint
    return MonitorView(
        healthy=not problems and not reconciled.attention and alarm is None,
        compared_with=compared_with,
        saved_checkpoint_file=str(path),
        entries=audit.entries,
        checkpoint_size=None if latest is None else latest.size,
        checkpoint_root=None if latest is None else latest.root_hash.hex(),
        problems=problems,
        attention=reconciled.attention,
        releases_checked=reconciled.releases_checked,
        alarm=_alarm_view(alarm),
    )


def resolve_log_alarm(
    session: Session,
    actor: Actor,
    clock: Clock,
    settings: Settings,
    *,
    log: SQLTransparencyLog,
    reason: str,
    accept_database: bool = False,
) -> ResolutionView:
    """An administrator resolves an alarm after investigating it: recorded (who, when, why, what
    was found, the saved checkpoint before and after) in an append-only table and in the
    checkpoint file's history.

    A log damaged in the database itself (an entry, node or checkpoint that no longer matches
    what was signed) is never accepted: restore the database from a backup first. A database
    that is sound but behind or beside the saved checkpoint (restored from an older backup), or
    whose disclosure records disagree with the log, is accepted only with ``accept_database``."""
    from gateway.audit.models import LogAlarmResolution
    from gateway.audit.reconcile import reconcile
    from gateway.runner import after_commit

    actor.require(Action.LOG_RESOLVE)
    if not reason.strip():
        raise InvalidInput(
            "Say what was found and what was done about it.",
            hint="Give the reason; it is kept with the resolution for the auditors.",
        )
    path = watch.checkpoint_file(settings)
    state = watch.read_state(path, log.origin)
    conn = session.connection()
    internal = log.audit(conn)
    if not internal.ok:
        raise Conflict(
            "The sharing log in the database is itself damaged, so the alarm cannot be "
            "resolved: " + "; ".join(f.message for f in internal.findings),
            hint="Restore the database from a backup taken before the damage, check it with the "
            "log monitor, then resolve again.",
        )
    troubles: list[str] = []
    saved = None
    if state is not None and state.unreadable is not None:
        troubles.append(state.unreadable)
    else:
        try:
            saved = watch.saved_checkpoint(state, log)
        except CheckpointError as exc:
            troubles.append(f"the saved checkpoint in {path} does not verify: {exc}")
    if saved is not None:
        troubles.extend(f.message for f in log.audit(conn, trusted=saved).findings)
    troubles.extend(
        reconcile(session, _decoded(session, log, internal.entries), settings.packages_dir)
        .problems
    )
    if troubles and not accept_database:
        raise Conflict(
            "The database does not match what the gateway signed or recorded: "
            + "; ".join(troubles),
            hint="Restore the database from the right backup. If it was restored from an older "
            "backup on purpose and you accept what it holds, resolve with --accept-database "
            "(it is recorded; tell the DPO, the witnesses and the recipients of releases after "
            "the backup).",
        )
    latest = internal.checkpoint or log.latest_checkpoint(conn)
    alarm = state.alarm if state is not None else None
    findings = list(alarm.findings) if alarm is not None else []
    from datetime import datetime

    raised_at = None
    if alarm is not None:
        try:
            raised_at = datetime.fromisoformat(alarm.raised_at)
        except ValueError:
            raised_at = None
    record = LogAlarmResolution(
        resolved_at=clock.now(),
        resolved_by_id=actor.user.id,
        raised_at=raised_at,
        findings="; ".join([*findings, *troubles]) or "no alarm was raised",
        reason=reason.strip(),
        saved_size_before=None if saved is None else saved.size,
        saved_root_before=None if saved is None else saved.root_hash.hex(),
        saved_size_after=latest.size,
        saved_root_after=latest.root_hash.hex(),
        accepted_database=bool(troubles),
    )
    session.add(record)
    session.flush()
    history = {
        "resolution": record.id,
        "resolved_at": record.resolved_at.isoformat(timespec="seconds"),
        "resolved_by": f"U{actor.user.id}",
        "raised_at": alarm.raised_at if alarm is not None else None,
        "saved_size_before": record.saved_size_before,
        "saved_size_after": latest.size,
        "accepted_database": record.accepted_database,
    }

    def save(view: ResolutionView) -> ResolutionView:
        try:
            watch.reset(path, log.origin, latest, history)
        except OSError as exc:
            raise Conflict(
                f"The resolution is recorded, but {path} could not be written "
                f"({exc.strerror or exc}): the alarm stays.",
                hint="Fix the file's directory (space, permissions) and resolve again.",
            ) from exc
        return view

    after_commit(session, save)
    return ResolutionView(
        resolution_id=record.id,
        saved_size=latest.size,
        saved_root=latest.root_hash.hex(),
        accepted_database=record.accepted_database,
        had_alarm=alarm is not None,
    )
