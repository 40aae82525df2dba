"""A consistency proof between two checkpoints, as a file an auditor checks offline.

`prevent-gateway log consistency OLD --out FILE` writes it; `prevent-gateway-verify consistency
OLD FILE --key LOG.vkey` checks it with the key the auditor pinned: both checkpoints signed by
that key, same origin, and the RFC 9162 proof leads from the old root to the new one.

    prevent-gateway/consistency-proof@v1
    old <size of the old tree>
    <base64 proof hash>...          (RFC 9162 PROOF(old, new), in order)
    <empty line>
    <the new signed checkpoint, verbatim>

(C2SP defines no file for consistency proofs; this one follows the shape of C2SP tlog-proof.)
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.checkpoint import CheckpointError, SignedCheckpoint, open_checkpoint
from prevent_gateway_verify.log.note import NoteError, NoteVerifier
from prevent_gateway_verify.log.proofs import ProofError, verify_consistency

__all__ = [
    "HEADER",
    "ConsistencyFile",
    "ConsistencyFileError",
    "format_consistency_file",
    "parse_consistency_file",
    "verify_consistency_file",
]

HEADER = "prevent-gateway/consistency-proof@v1"
_OLD = re.compile(r"old (0|[1-9][0-9]{0,19})")


class ConsistencyFileError(LogError, ValueError):
    """The file is malformed, not signed by the trusted key, or does not prove consistency."""


@dataclass(frozen=True)
class ConsistencyFile:
    old_size: int
    hashes: tuple[bytes, ...]
    checkpoint: str


def format_consistency_file(old_size: int, proof: Sequence[bytes], new_checkpoint: str) -> str:
    lines = [HEADER, f"old {old_size}", *(base64.b64encode(h).decode() for h in proof)]
    return "\n".join(lines) + "\n\n" + new_checkpoint


def parse_consistency_file(text: str) -> ConsistencyFile:
    head, sep, checkpoint = text.partition("\n\n")
    if not sep or not checkpoint:
        raise ConsistencyFileError(
            "a consistency-proof file needs an empty line before the checkpoint"
        )
    lines = head.split("\n")
    if lines[0] != HEADER:
        raise ConsistencyFileError(f"a consistency-proof file starts with the line {HEADER!r}")
    if len(lines) < 2 or not (match := _OLD.fullmatch(lines[1])):
        raise ConsistencyFileError("the second line must be 'old <size>'")
    hashes = []
    for i, line in enumerate(lines[2:]):
        try:
            hashes.append(base64.b64decode(line.encode("ascii"), validate=True))
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise ConsistencyFileError(f"proof hash {i} is not valid base64") from exc
    return ConsistencyFile(int(match.group(1)), tuple(hashes), checkpoint)


def verify_consistency_file(
    old_checkpoint: str, text: str, verifier: NoteVerifier
) -> tuple[SignedCheckpoint, SignedCheckpoint, ConsistencyFile]:
    """(old, new, proof) once both checkpoints verify with `verifier` and the proof holds."""
    proof = parse_consistency_file(text)
    try:
        old = open_checkpoint(old_checkpoint, verifier)
    except (CheckpointError, NoteError) as exc:
        raise ConsistencyFileError(f"your saved checkpoint does not verify: {exc}") from exc
    try:
        new = open_checkpoint(proof.checkpoint, verifier)
    except (CheckpointError, NoteError) as exc:
        raise ConsistencyFileError(f"the new checkpoint does not verify: {exc}") from exc
    if proof.old_size != old.size:
        raise ConsistencyFileError(
            f"the proof starts from a tree of {proof.old_size} entries, your checkpoint has "
            f"{old.size}"
        )
    if new.size < old.size:
        raise ConsistencyFileError(
            f"the log now has {new.size} entries but you saw {old.size}: entries were removed"
        )
    if old.size == 0:
        return old, new, proof
    try:
        verify_consistency(old.size, new.size, list(proof.hashes), old.root_hash, new.root_hash)
    except ProofError as exc:
        raise ConsistencyFileError(
            f"the log is NOT consistent with your checkpoint (it was rewritten): {exc}"
        ) from exc
    return old, new, proof
