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


class ConsistencyView(BaseModel):
    """Proof that the log only grew since an old checkpoint (RFC 9162), already checked here."""

    model_config = ConfigDict(frozen=True)

    old_size: int
    new_size: int
    proof: list[bytes]
    current_note: str
    trusted_key: str
