"""A witness that remembers: the state of the checkpoints it has cosigned, and the cosigning rule.

A witness cosigns a checkpoint only if it is consistent with the last one it cosigned for the
same log (origin and key): never a smaller tree, never a tree whose first entries differ from
the ones it saw (a fork, the log split to show different parties different histories). The
state file holds, per origin and log key, the last checkpoint cosigned; it is rewritten
atomically (temporary file, fsync, rename) with mode 0600, before the new cosignature is handed
out, so a crash never leaves a witness that signed something it does not remember.

Consistency is proven from the export itself: it holds every leaf, so the root of its first
`stored size` leaves is recomputed and compared with the stored root (RFC 9162).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prevent_gateway_verify.errors import LogError

try:  # POSIX: one witness run at a time per state file
    import fcntl
except ImportError:  # pragma: no cover - Windows: no lock, the rename is still atomic
    fcntl = None  # type: ignore[assignment]

from prevent_gateway_verify.log.checkpoint import CheckpointError, CosignatureSigner
from prevent_gateway_verify.log.export import (
    LogTampered,
    TamperKind,
    VerificationReport,
    verify_export,
)
from prevent_gateway_verify.log.note import NoteError, NoteVerifier

__all__ = [
    "STATE_FORMAT",
    "CosignResult",
    "WitnessRefused",
    "WitnessState",
    "WitnessStateError",
    "cosign_export",
    "locked_state",
]

STATE_FORMAT = "prevent-gateway/witness-state@v1"


class WitnessStateError(LogError, ValueError):
    """The witness state file cannot be read or written."""


class WitnessRefused(LogError, ValueError):
    """The witness will not cosign: `reason` is "smaller", "fork" or "invalid"."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


@dataclass(frozen=True)
class Remembered:
    origin: str
    log_key_id: str
    size: int
    root_hash: bytes
    checkpoint: str
    cosigned_at: int


def _slot(origin: str, log_key_id: str) -> str:
    return f"{origin}+{log_key_id}"


class WitnessState:
    """The last checkpoint cosigned, per log origin and log key, kept in one JSON file."""

    def __init__(self, path: Path, logs: dict[str, Remembered]) -> None:
        self.path = path
        self._logs = logs

    @classmethod
    def load(cls, path: Path) -> WitnessState:
        """Read the state; a file that does not exist yet is an empty state (first run)."""
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if not path.parent.is_dir():
                raise WitnessStateError(
                    f"the folder of the witness state file {path} does not exist"
                ) from None
            return cls(path, {})
        except OSError as exc:
            raise WitnessStateError(f"cannot read the witness state {path}: {exc}") from exc
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or data.get("format") != STATE_FORMAT:
                raise ValueError(f"not a {STATE_FORMAT} file")
            logs: dict[str, Remembered] = {}
            for item in data["logs"]:
                entry = Remembered(
                    origin=str(item["origin"]),
                    log_key_id=str(item["log_key_id"]),
                    size=int(item["size"]),
                    root_hash=base64.b64decode(item["root_hash"], validate=True),
                    checkpoint=str(item["checkpoint"]),
                    cosigned_at=int(item["cosigned_at"]),
                )
                logs[_slot(entry.origin, entry.log_key_id)] = entry
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise WitnessStateError(
                f"the witness state {path} is damaged ({exc}); restore it from your backup. "
                "Never start a new one for a log you have cosigned: you would forget what "
                "you saw."
            ) from exc
        return cls(path, logs)

    def get(self, origin: str, log_key_id: str) -> Remembered | None:
        return self._logs.get(_slot(origin, log_key_id))

    def remember(self, entry: Remembered) -> None:
        self._logs[_slot(entry.origin, entry.log_key_id)] = entry

    def to_json(self) -> bytes:
        logs: list[dict[str, Any]] = [
            {
                "origin": e.origin,
                "log_key_id": e.log_key_id,
                "size": e.size,
                "root_hash": base64.b64encode(e.root_hash).decode(),
                "checkpoint": e.checkpoint,
                "cosigned_at": e.cosigned_at,
            }
            for _, e in sorted(self._logs.items())
        ]
        return (json.dumps({"format": STATE_FORMAT, "logs": logs}, indent=2) + "\n").encode()

    def save(self) -> None:
        """Write atomically: a temporary file in the same folder, fsync, rename, fsync folder."""
        folder = self.path.parent
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=folder)
        try:
            os.fchmod(fd, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.to_json())
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        with contextlib.suppress(OSError):  # not every platform can fsync a directory
            dir_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)


@contextlib.contextmanager
def locked_state(path: Path) -> Iterator[WitnessState]:
    """The witness state, loaded under an exclusive lock held until the block ends, so two
    runs of the witness never both cosign from the same remembered checkpoint."""
    path = Path(path)
    if not path.parent.is_dir():
        raise WitnessStateError(f"the folder of the witness state file {path} does not exist")
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise WitnessStateError(
                    f"another witness run is using {path}; wait for it to finish"
                ) from exc
        yield WitnessState.load(path)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class CosignResult:
    cosigned: str
    report: VerificationReport
    previous: Remembered | None


def cosign_export(
    directory: Path,
    signer: CosignatureSigner,
    log_key_text: str,
    state: WitnessState,
    *,
    timestamp: int | None = None,
) -> CosignResult:
    """Verify the export in full with the pinned log key, check it extends what this witness
    cosigned before for the same log, remember it (state saved), then cosign its checkpoint."""
    try:
        verifier = NoteVerifier.from_key_text(log_key_text)
    except NoteError as exc:
        raise WitnessRefused("invalid", f"the log key is not a verifier key: {exc}") from exc
    previous = state.get(verifier.name, verifier.key_id.hex())
    try:
        report = verify_export(
            directory,
            trusted_key=log_key_text,
            trusted_checkpoint=previous.checkpoint if previous is not None else None,
        )
    except LogTampered as exc:
        if exc.kind is TamperKind.INCONSISTENT_WITH_TRUSTED and previous is not None:
            if exc.tree_size is not None and exc.tree_size < previous.size:
                raise WitnessRefused(
                    "smaller",
                    f"this checkpoint of {verifier.name!r} has {exc.tree_size} entries, but you "
                    f"already cosigned one of {previous.size} entries: a log never shrinks. "
                    "Entries have been removed, or the log may have been split (a fork) and "
                    "you are being shown an older branch.",
                ) from exc
            raise WitnessRefused(
                "fork",
                f"this checkpoint of {verifier.name!r} ({exc.tree_size} entries) is not "
                f"consistent with the one you cosigned before ({previous.size} entries, root "
                f"{previous.root_hash.hex()}): its first {previous.size} entries differ. The log "
                "may have been split (a fork): different parties are being shown different "
                "histories.",
            ) from exc
        raise WitnessRefused("invalid", f"the log failed verification: {exc.message}") from exc
    ts = int(time.time()) if timestamp is None else timestamp
    try:
        cosigned = signer.cosign(report.checkpoint.note, verifier, ts)
    except CheckpointError as exc:  # pragma: no cover - verify_export opened it already
        raise WitnessRefused("invalid", str(exc)) from exc
    state.remember(
        Remembered(
            origin=verifier.name,
            log_key_id=verifier.key_id.hex(),
            size=report.tree_size,
            root_hash=report.root_hash,
            checkpoint=report.checkpoint.note,
            cosigned_at=ts,
        )
    )
    state.save()
    return CosignResult(cosigned, report, previous)
