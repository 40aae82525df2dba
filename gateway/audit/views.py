"""What auditors see of the sharing log, the same through the API and the pages."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class CheckpointView(BaseModel):
    """The latest signed checkpoint: a C2SP signed note, with any cosignatures."""

    model_config = ConfigDict(frozen=True)

    note: str = Field(
        description="The checkpoint as a C2SP signed note: origin, tree size, root hash and "
        "signatures."
    )
    tree_size: int = Field(description="How many entries the checkpoint covers.")


class LogEntryView(BaseModel):
    """One entry (no personal data: ids, codes, hashes, times)."""

    model_config = ConfigDict(frozen=True)

    index: int = Field(description="The entry's position in the log (0 for the first).")
    entry: dict[str, Any] = Field(
        description="The entry as logged: format, type, log_index, logged_at and its fields (ids, "
        "codes, hashes and times; no personal data)."
    )
    people: dict[str, str] = Field(
        default_factory=dict,
        description="Who each account id in the entry's fields is: the person's name and role "
        "(e.g. 'U2': 'Priya Shah, Prevent Lead').",
    )


class LogEntriesView(BaseModel):
    """A run of entries up to the latest signed checkpoint, whose size is ``size``."""

    model_config = ConfigDict(frozen=True)

    entries: list[LogEntryView] = Field(description="The entries on this page, oldest first.")
    size: int = Field(description="The size of the log at its latest signed checkpoint.")
    limit: int = Field(description="At most this many entries per page.")
    offset: int = Field(description="The index of the first entry asked for.")


class VerificationView(BaseModel):
    """The log exported and verified as an auditor would offline."""

    model_config = ConfigDict(frozen=True)

    verified: bool = Field(
        description="Whether the signature, every entry and the root all verify."
    )
    origin: str | None = Field(
        default=None,
        description="The log's origin line, as the checkpoint names it.",
    )
    tree_size: int | None = Field(
        default=None,
        description="How many entries the verified checkpoint covers.",
    )
    root_hash: str | None = Field(
        default=None,
        description="The Merkle tree's root hash (hex) that every entry was checked against.",
    )
    entries_checked: int | None = Field(
        default=None,
        description="How many entries were hashed and checked.",
    )
    problem: str | None = Field(
        default=None,
        description="What failed, in words, when the log does not verify.",
    )
    problem_kind: str | None = Field(default=None, description="The kind of failure, as a code.")
    problem_index: int | None = Field(default=None, description="The entry at fault, where one is.")


class LogExportView(BaseModel):
    """The offline-verifiable export (checkpoint, key, entries, leaf hashes) as one zip."""

    model_config = ConfigDict(frozen=True)

    content: bytes = Field(description="The zip file's bytes.")
    tree_size: int = Field(description="How many entries the export holds.")
    entries_written: int = Field(
        default=0,
        description="The entries actually written (fewer than tree_size when rows are missing).",
    )
    unsigned_entries: int = Field(
        default=0,
        description="Entries stored after the latest signed checkpoint (not exported: nothing "
        "signs them).",
    )

    @property
    def filename(self) -> str:
        return f"sharing-log-{self.tree_size}.zip"


class SharingLogOverview(BaseModel):
    """The auditor's sharing-log page: the checkpoint and a run of entries."""

    model_config = ConfigDict(frozen=True)

    checkpoint: CheckpointView = Field(description="The latest signed checkpoint.")
    entries: LogEntriesView = Field(description="A run of entries up to that checkpoint.")


class ExportedView(BaseModel):
    """An export written to a folder, for an auditor to verify offline."""

    model_config = ConfigDict(frozen=True)

    origin: str = Field(description="The log's origin line.")
    tree_size: int = Field(description="How many entries were exported.")
    root_hash: str = Field(description="The root hash (hex) the exported entries hash to.")
    verifier_key: str = Field(
        description="The log's public verifier key (C2SP note format), to check the checkpoint "
        "with."
    )
    entries_written: int = Field(
        default=0,
        description="The entries actually written (fewer than tree_size when rows are missing).",
    )
    unsigned_entries: int = Field(
        default=0,
        description="Entries stored after the latest signed checkpoint (not exported: nothing "
        "signs them).",
    )


class ConsistencyView(BaseModel):
    """Proof that the log only grew since an old checkpoint (RFC 9162), already checked here."""

    model_config = ConfigDict(frozen=True)

    old_size: int = Field(description="The size of the old checkpoint.")
    new_size: int = Field(description="The size of the current checkpoint.")
    proof: list[bytes] = Field(
        description="The RFC 9162 consistency proof: the hashes linking the old tree to the new "
        "one."
    )
    current_note: str = Field(description="The current signed checkpoint.")
    trusted_key: str = Field(
        description="The name and key id of the key that signed both checkpoints."
    )


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
