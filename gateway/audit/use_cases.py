"""Auditors read the signed sharing log: the checkpoint, the entries, a verification as they
would run it offline, and the export to run it on. Every one needs LOG_READ; none records an
access event (the log holds no personal data: ids, codes, hashes, times)."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gateway.audit.errors import LOG_READ_ERRORS, LogInconsistent, unreadable
from gateway.audit.views import (
    CheckpointView,
    ConsistencyView,
    ExportedView,
    LogEntriesView,
    LogEntryView,
    LogExportView,
    SharingLogOverview,
    VerificationView,
)
from gateway.errors import InvalidInput
from gateway.sharing import user_ids_in
from gateway.users.domain import Action
from gateway.users.service import accounts_by_id
from sharing_log import (
    CheckpointError,
    CosignatureVerifier,
    LogTampered,
    ProofError,
    decode_entry,
    open_checkpoint,
    verify_consistency,
    verify_export,
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
    try:
        return log.tlog_proof(session.connection(), index)
    except LogStateError as exc:
        raise InvalidInput(
            str(exc), hint="Use an index below the log's size (its checkpoint shows it)."
        ) from None


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
