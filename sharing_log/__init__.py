"""sharing_log: the Prevent sharing log, a transparency log auditors verify without trusting us.

RFC 9162 Merkle tree (SHA-256), C2SP signed-note / tlog-checkpoint / tlog-cosignature /
tlog-proof formats, typed entries with a canonical RFC 8785 encoding and no personal data,
append-only SQL storage, and an offline verifier for exports. Never imports `gateway`.
"""

from sharing_log.checkpoint import (
    Checkpoint,
    CheckpointError,
    CosignatureSigner,
    CosignatureVerifier,
    SignedCheckpoint,
    open_checkpoint,
    parse_checkpoint_text,
    sign_checkpoint,
    verify_cosignatures,
)
from sharing_log.compact_range import CompactRange
from sharing_log.entries import (
    ENTRY_FORMAT,
    EntryRejected,
    EntryType,
    LogEntry,
    LoggedEntry,
    decode_entry,
    encode_entry,
    subject_reference,
)
from sharing_log.hashing import EMPTY_ROOT, empty_root, hash_children, hash_leaf
from sharing_log.note import NoteError, NoteSigner, NoteVerifier, open_note
from sharing_log.proofs import (
    ProofError,
    root_from_consistency_proof,
    root_from_inclusion_proof,
    verify_consistency,
    verify_inclusion,
)
from sharing_log.sql import (
    AppendResult,
    ExportSummary,
    LogIntegrityError,
    LogStateError,
    SQLTransparencyLog,
    append_only_ddl,
    drop_append_only_ddl,
    metadata,
)
from sharing_log.tlog_proof import TLogProof, TLogProofError, parse_tlog_proof, verify_tlog_proof
from sharing_log.verify import LogTampered, TamperKind, VerificationReport, verify_export

__all__ = [
    "EMPTY_ROOT",
    "ENTRY_FORMAT",
    "AppendResult",
    "Checkpoint",
    "CheckpointError",
    "CompactRange",
    "CosignatureSigner",
    "CosignatureVerifier",
    "EntryRejected",
    "EntryType",
    "ExportSummary",
    "LogEntry",
    "LogIntegrityError",
    "LogStateError",
    "LogTampered",
    "LoggedEntry",
    "NoteError",
    "NoteSigner",
    "NoteVerifier",
    "ProofError",
    "SQLTransparencyLog",
    "SignedCheckpoint",
    "TLogProof",
    "TLogProofError",
    "TamperKind",
    "VerificationReport",
    "append_only_ddl",
    "decode_entry",
    "drop_append_only_ddl",
    "empty_root",
    "encode_entry",
    "hash_children",
    "hash_leaf",
    "metadata",
    "open_checkpoint",
    "open_note",
    "parse_checkpoint_text",
    "parse_tlog_proof",
    "root_from_consistency_proof",
    "root_from_inclusion_proof",
    "sign_checkpoint",
    "subject_reference",
    "verify_consistency",
    "verify_cosignatures",
    "verify_export",
    "verify_inclusion",
    "verify_tlog_proof",
]
