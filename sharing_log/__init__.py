"""sharing_log: the Prevent sharing log, a transparency log auditors verify without trusting us.

RFC 9162 Merkle tree (SHA-256), C2SP signed-note / tlog-checkpoint / tlog-cosignature /
tlog-proof formats, typed entries with a canonical RFC 8785 encoding and no personal data,
and an offline verifier for exports. Never imports `gateway`.

The verification code (everything here) lives in `prevent_gateway_verify.log`, the package of
the stand-alone verifier a coordinator or auditor installs without the product; importing
`sharing_log` loads no SQLAlchemy. The append-only SQL storage is `sharing_log.sql`: import it
from there explicitly.
"""

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.checkpoint import (
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
from prevent_gateway_verify.log.compact_range import CompactRange
from prevent_gateway_verify.log.entries import (
    ENTRY_FORMAT,
    EntryRejected,
    EntryType,
    LogEntry,
    LoggedEntry,
    decode_entry,
    encode_entry,
    subject_reference,
)
from prevent_gateway_verify.log.export import (
    LogTampered,
    TamperKind,
    VerificationReport,
    verify_export,
)
from prevent_gateway_verify.log.hashing import EMPTY_ROOT, empty_root, hash_children, hash_leaf
from prevent_gateway_verify.log.note import NoteError, NoteSigner, NoteVerifier, open_note
from prevent_gateway_verify.log.proofs import (
    ProofError,
    root_from_consistency_proof,
    root_from_inclusion_proof,
    verify_consistency,
    verify_inclusion,
)
from prevent_gateway_verify.log.tlog_proof import (
    TLogProof,
    TLogProofError,
    parse_tlog_proof,
    verify_tlog_proof,
)

#: The one root of every error of the sharing log (SQL storage included).
SharingLogError = LogError

__all__ = [
    "EMPTY_ROOT",
    "ENTRY_FORMAT",
    "Checkpoint",
    "CheckpointError",
    "CompactRange",
    "CosignatureSigner",
    "CosignatureVerifier",
    "EntryRejected",
    "EntryType",
    "LogEntry",
    "LogError",
    "LogTampered",
    "LoggedEntry",
    "NoteError",
    "NoteSigner",
    "NoteVerifier",
    "ProofError",
    "SharingLogError",
    "SignedCheckpoint",
    "TLogProof",
    "TLogProofError",
    "TamperKind",
    "VerificationReport",
    "decode_entry",
    "empty_root",
    "encode_entry",
    "hash_children",
    "hash_leaf",
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
