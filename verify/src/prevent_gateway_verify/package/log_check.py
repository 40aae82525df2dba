"""Checks of a package's sharing-log files, with the sharing-log verification modules.

``log.entry`` holds the canonical sharing-log entry bytes (RFC 8785 JSON, see
``sharing_log.entries``); ``log.tlog-proof`` a C2SP tlog-proof of its inclusion under a
checkpoint signed by the log key in ``log.vkey`` (C2SP signed-note verifier key text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prevent_gateway_verify.log.checkpoint import open_checkpoint
from prevent_gateway_verify.log.entries import EntryRejected, decode_entry
from prevent_gateway_verify.log.hashing import hash_leaf
from prevent_gateway_verify.log.note import NoteError, NoteVerifier, open_note
from prevent_gateway_verify.log.proofs import ProofError, verify_inclusion
from prevent_gateway_verify.log.tlog_proof import TLogProofError, parse_tlog_proof
from prevent_gateway_verify.package.errors import PackageInvalid
from prevent_gateway_verify.package.layout import LOG_ENTRY, LOG_PROOF, LOG_VKEY

__all__ = ["RELEASE_ENTRY_TYPES", "LogInclusion", "read_log_entry", "verify_log_inclusion"]

RELEASE_ENTRY_TYPES = ("disclosure_released", "emergency_release", "correction_released")


@dataclass(frozen=True)
class LogInclusion:
    entry_type: str
    fields: dict[str, Any]
    index: int
    tree_size: int
    root_hash_hex: str
    origin: str


def read_log_entry(entry_bytes: bytes) -> tuple[str, dict[str, Any], int]:
    """(entry type, fields, log index) of canonical entry bytes; PackageInvalid naming log.entry."""

    try:
        logged = decode_entry(entry_bytes)
    except EntryRejected as exc:
        raise PackageInvalid(LOG_ENTRY, f"not a valid sharing-log entry: {exc}") from exc
    return logged.entry.entry_type.value, dict(logged.entry.fields), logged.log_index


def verify_log_inclusion(entry_bytes: bytes, proof_text: str, vkey_text: str) -> LogInclusion:
    """Check the entry is included in the log under a checkpoint signed by ``vkey_text``."""
    entry_type, fields, log_index = read_log_entry(entry_bytes)
    try:
        verifier = NoteVerifier.from_key_text(vkey_text.strip())
    except (NoteError, ValueError) as exc:
        raise PackageInvalid(LOG_VKEY, f"not a valid sharing-log verifier key: {exc}") from exc
    try:
        proof = parse_tlog_proof(proof_text)
    except TLogProofError as exc:
        raise PackageInvalid(LOG_PROOF, f"not a valid C2SP tlog-proof: {exc}") from exc
    try:
        signed = open_checkpoint(proof.checkpoint, verifier)
    except (NoteError, ValueError) as exc:
        raise PackageInvalid(
            LOG_PROOF, f"the checkpoint is not validly signed by the sharing-log key: {exc}"
        ) from exc
    # Base64 has several spellings of the same bytes; a package is byte-exact, so the proof
    # and its checkpoint must be in the one canonical spelling their formats produce.
    if proof.format() != proof_text or open_note(proof.checkpoint, [verifier]).render() != (
        proof.checkpoint
    ):
        raise PackageInvalid(LOG_PROOF, "altered: not in the canonical form it was written in")
    both = f"{LOG_ENTRY} or {LOG_PROOF}"
    if proof.index != log_index:
        raise PackageInvalid(
            both, f"the proof is for log entry {proof.index} but the entry says {log_index}"
        )
    try:
        verify_inclusion(
            proof.index,
            signed.size,
            hash_leaf(entry_bytes),
            list(proof.hashes),
            signed.root_hash,
        )
    except (ProofError, ValueError) as exc:
        raise PackageInvalid(
            both,
            "the entry is not proven to be in the sharing log under the signed checkpoint "
            f"(one of the two files was altered): {exc}",
        ) from exc
    return LogInclusion(
        entry_type, fields, log_index, signed.size, signed.root_hash.hex(), verifier.name
    )
