"""The gateway watches its own sharing log and fails closed.

The latest signed checkpoint is also kept outside the database, in a small JSON file (by default
``<data dir>/sharing-log-checkpoint.json``; ``PREVENT_GATEWAY_LOG_CHECKPOINT_FILE`` puts it
elsewhere, e.g. on storage shared by every machine running the gateway), written atomically
(temporary file, fsync, rename; 0600) and only ever moved forward. Whoever can change the
database but not that file cannot roll the log back, delete its latest checkpoint or rewrite it
unnoticed.

Before every append, report and subject access request the gateway checks, incrementally, that
the stored log still extends the saved checkpoint and gives its latest signed root
(:meth:`SQLTransparencyLog.check_extends`: O(log n) nodes plus the entries added since). On a
mismatch it records an **alarm** in the same file and refuses every append, release, report and
subject access request (:class:`LogAlarm`) -- and every role's dashboard shows it -- until an
administrator resolves it (``log resolve``). ``log monitor`` (for cron) checks everything.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from gateway.audit.errors import LogAlarm
from sharing_log import (
    CheckpointError,
    LogError,
    NoteError,
    SignedCheckpoint,
    open_checkpoint,
)
from sharing_log.sql import LogIntegrityError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from gateway.config import Settings
    from sharing_log.sql import SQLTransparencyLog

STATE_FORMAT = "prevent-gateway/saved-checkpoint@v1"


@dataclass(frozen=True)
class Alarm:
    """What the watch found, when, and against which checkpoint (no personal data: sizes,
    indexes, hashes and disclosure references)."""

    raised_at: str
    findings: tuple[str, ...]
    compared_with: str

    def message(self) -> str:
        return (
            f"The sharing log failed its integrity check on {self.raised_at} (compared with "
            f"{self.compared_with}): " + "; ".join(self.findings)
        )


@dataclass(frozen=True)
class SavedState:
    """The saved-checkpoint file: the latest signed checkpoint seen sound, and any alarm."""

    origin: str
    checkpoint: str | None = None
    alarm: Alarm | None = None
    #: Set when the file exists but cannot be read (itself a reason to refuse).
    unreadable: str | None = None
    history: tuple[dict[str, Any], ...] = field(default=())


def checkpoint_file(settings: Settings) -> Path:
    return settings.log_checkpoint_path


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """One writer at a time on this machine (several workers share the data directory)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def read_state(path: Path, origin: str) -> SavedState | None:
    """The saved state, or None when there is no file yet."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        return SavedState(origin, unreadable=f"{path} cannot be read ({exc.strerror or exc})")
    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
            raise ValueError("not a saved-checkpoint file")
        alarm = data.get("alarm")
        return SavedState(
            origin=str(data["origin"]),
            checkpoint=data.get("checkpoint"),
            alarm=None
            if alarm is None
            else Alarm(
                str(alarm["raised_at"]),
                tuple(str(f) for f in alarm["findings"]),
                str(alarm["compared_with"]),
            ),
            history=tuple(data.get("history", ())),
        )
    except (ValueError, KeyError, TypeError) as exc:
        return SavedState(origin, unreadable=f"{path} is not a saved checkpoint ({exc})")


def _write(path: Path, state: SavedState) -> None:
    data: dict[str, Any] = {
        "format": STATE_FORMAT,
        "origin": state.origin,
        "checkpoint": state.checkpoint,
        "alarm": None
        if state.alarm is None
        else {
            "raised_at": state.alarm.raised_at,
            "findings": list(state.alarm.findings),
            "compared_with": state.alarm.compared_with,
        },
        "history": list(state.history),
    }
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-checkpoint-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # make the rename durable where the platform allows
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def saved_checkpoint(state: SavedState | None, log: SQLTransparencyLog) -> SignedCheckpoint | None:
    """The saved checkpoint opened with the log's key; CheckpointError if it does not verify."""
    if state is None or state.checkpoint is None:
        return None
    try:
        return open_checkpoint(state.checkpoint, log.verifier, log.origin)
    except NoteError as exc:
        raise CheckpointError(str(exc)) from exc


def describe(saved: SignedCheckpoint | None) -> str:
    """The checkpoint a check compared against, in words (no file path: this reaches the API)."""
    if saved is None:
        return "the database's own signed checkpoints (no saved checkpoint yet)"
    return (
        f"the saved checkpoint of {saved.size} entries (root {saved.root_hash.hex()[:16]}...)"
    )


def _alarm_error(alarm: Alarm) -> LogAlarm:
    return LogAlarm(
        alarm.message(),
        hint="Nothing can be released, reported or answered from the log until an "
        "administrator has investigated and resolved this (the log monitor lists every finding; "
        "the administrator's resolution is recorded). Keep the database as it is for "
        "investigation and tell the DPO.",
    )


def raise_alarm(
    path: Path, origin: str, findings: list[str], compared_with: str, now: datetime
) -> Alarm:
    """Record an alarm in the saved-checkpoint file (the first one stays until resolved; later
    findings are added to it). Returns the alarm as recorded."""
    with _locked(path):
        state = read_state(path, origin)
        if state is None or state.unreadable is not None:
            state = SavedState(origin)
        if state.alarm is not None:
            merged = tuple(dict.fromkeys([*state.alarm.findings, *findings]))
            alarm = Alarm(state.alarm.raised_at, merged, state.alarm.compared_with)
        else:
            alarm = Alarm(now.isoformat(timespec="seconds"), tuple(findings), compared_with)
        _write(
            path,
            SavedState(state.origin, state.checkpoint, alarm, history=state.history),
        )
        return alarm


def current_alarm(settings: Settings) -> Alarm | None:
    """The alarm every role's dashboard shows (a read of the file only, no check)."""
    state = read_state(checkpoint_file(settings), settings.log_origin)
    if state is None:
        return None
    if state.unreadable is not None:
        return Alarm("unknown", (state.unreadable,), "the saved checkpoint")
    return state.alarm


def advance(path: Path, origin: str, signed: SignedCheckpoint) -> None:
    """Save ``signed`` as the latest checkpoint seen sound, if it is newer than the saved one
    (never backwards; nothing is saved while an alarm is raised)."""
    with _locked(path):
        state = read_state(path, origin)
        if state is not None and (state.unreadable is not None or state.alarm is not None):
            return
        if state is not None and state.checkpoint is not None:
            from prevent_gateway_verify.log.note import parse_signed_note
            from sharing_log import parse_checkpoint_text

            try:
                size = parse_checkpoint_text(parse_signed_note(state.checkpoint).text).size
            except (LogError, ValueError):
                return
            if size >= signed.size:
                return
        history = state.history if state is not None else ()
        _write(path, SavedState(origin, signed.note, None, history=history))


def guard(
    conn: Connection,
    settings: Settings,
    log: SQLTransparencyLog,
    now: datetime,
    *,
    full: bool = False,
) -> None:
    """Fail closed: refuse (LogAlarm) if an alarm is raised, or if the stored log no longer
    extends the saved checkpoint and gives its latest signed root (then raise the alarm).
    Saves the latest checkpoint when it is newer and sound (the first time, after checking every
    entry from the start). ``full``: hash every entry again (reports and subject access
    requests read them all anyway)."""
    path = checkpoint_file(settings)
    state = read_state(path, log.origin)
    if state is not None and state.alarm is not None:
        raise _alarm_error(state.alarm)
    findings: list[str] = []
    saved: SignedCheckpoint | None = None
    if state is not None and state.unreadable is not None:
        findings.append(state.unreadable)
    else:
        try:
            saved = saved_checkpoint(state, log)
        except CheckpointError as exc:
            findings.append(f"the saved checkpoint in {path} does not verify: {exc}")
    if not findings:
        from sharing_log import Checkpoint, empty_root

        base = saved.checkpoint if saved is not None else Checkpoint(log.origin, 0, empty_root())
        try:
            latest = log.check_extends(conn, base, full=full)
        except LogIntegrityError as exc:
            findings.append(str(exc))
        else:
            if saved is None or latest.size > saved.size:
                advance(path, log.origin, latest)
            return
    alarm = raise_alarm(path, log.origin, findings, describe(saved), now)
    raise _alarm_error(alarm)


# --- saving the checkpoint an append signed, once its transaction has committed ----------------

_PENDING = "prevent_gateway.saved_checkpoint"


def save_after_commit(
    session: Session, path: Path, origin: str, signed: SignedCheckpoint
) -> None:
    """Save ``signed`` to the checkpoint file when ``session``'s transaction commits (never if it
    rolls back: the file must not get ahead of the database)."""
    session.info[_PENDING] = (path, origin, signed)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is not None:
        path, origin, signed = pending
        # A failure here leaves the file behind the database, which the next check repairs.
        with contextlib.suppress(OSError):
            advance(path, origin, signed)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


def reset(path: Path, origin: str, signed: SignedCheckpoint, record: dict[str, Any]) -> None:
    """An administrator's resolution: save ``signed`` as the checkpoint, clear the alarm, and
    keep ``record`` (what was resolved, by whom) in the file's history."""
    with _locked(path):
        state = read_state(path, origin)
        history = state.history if state is not None and state.unreadable is None else ()
        _write(path, SavedState(origin, signed.note, None, history=(*history, record)))
