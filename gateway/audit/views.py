"""What auditors see of the sharing log, the same through the API and the pages."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class CheckpointView(BaseModel):
    """The latest signed checkpoint: a C2SP signed note, with any cosignatures."""

    model_config = ConfigDict(frozen=True)

    note: str
    tree_size: int


class LogEntryView(BaseModel):
    """One entry (no personal data: ids, codes, hashes, times)."""

    model_config = ConfigDict(frozen=True)

    index: int
    entry: dict[str, Any]


class LogEntriesView(BaseModel):
    """A run of entries up to the latest signed checkpoint, whose size is ``size``."""

    model_config = ConfigDict(frozen=True)

    entries: list[LogEntryView]
    size: int
    limit: int
    offset: int


class VerificationView(BaseModel):
    """The log exported and verified as an auditor would offline."""

    model_config = ConfigDict(frozen=True)

    verified: bool
    origin: str | None = None
    tree_size: int | None = None
    root_hash: str | None = None
    entries_checked: int | None = None
    problem: str | None = None
    problem_kind: str | None = None
    problem_index: int | None = None


class LogExportView(BaseModel):
    """The offline-verifiable export (checkpoint, key, entries, leaf hashes) as one zip."""

    model_config = ConfigDict(frozen=True)

    content: bytes
    tree_size: int
    #: The entries actually written (fewer than tree_size when rows are missing).
    entries_written: int = 0
    #: Entries stored after the latest signed checkpoint (not exported: nothing signs them).
    unsigned_entries: int = 0

    @property
    def filename(self) -> str:
        return f"sharing-log-{self.tree_size}.zip"


class SharingLogOverview(BaseModel):
    """The auditor's sharing-log page: the checkpoint and a run of entries."""

    model_config = ConfigDict(frozen=True)

    checkpoint: CheckpointView
    entries: LogEntriesView


class ExportedView(BaseModel):
    """An export written to a folder, for an auditor to verify offline."""

    model_config = ConfigDict(frozen=True)

    origin: str
    tree_size: int
    root_hash: str
    verifier_key: str
    #: The entries actually written (fewer than tree_size when rows are missing).
    entries_written: int = 0
    #: Entries stored after the latest signed checkpoint (not exported: nothing signs them).
    unsigned_entries: int = 0


class ConsistencyView(BaseModel):
    """Proof that the log only grew since an old checkpoint (RFC 9162), already checked here."""

    model_config = ConfigDict(frozen=True)

    old_size: int
    new_size: int
    proof: list[bytes]
    current_note: str
    trusted_key: str


class LogAlarmView(BaseModel):
    """An alarm about the sharing log, raised by the gateway's own watch, until resolved."""

    model_config = ConfigDict(frozen=True)

    raised_at: str
    findings: list[str]
    compared_with: str


class MonitorView(BaseModel):
    """The sharing log checked in full against its signed checkpoints, the checkpoint saved
    outside the database, and the disclosure records."""

    model_config = ConfigDict(frozen=True)

    healthy: bool
    #: What was compared: the saved checkpoint (file) or, without one, the database's own.
    compared_with: str
    saved_checkpoint_file: str
    entries: int
    checkpoint_size: int | None
    checkpoint_root: str | None
    #: Every finding about the log and the disclosure records (each broken index).
    problems: list[str]
    #: Things to do that are not tampering (e.g. a package file to write again).
    attention: list[str]
    releases_checked: int
    #: The alarm in force (raised now or before), until an administrator resolves it.
    alarm: LogAlarmView | None = None


class ResolutionView(BaseModel):
    """An alarm resolved: what the saved checkpoint now is, and what was recorded."""

    model_config = ConfigDict(frozen=True)

    resolution_id: int
    saved_size: int
    saved_root: str
    accepted_database: bool
    had_alarm: bool
