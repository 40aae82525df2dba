"""C2SP tlog-proof (https://c2sp.org/tlog-proof): offline-verifiable proof that an entry is logged.

c2sp.org/tlog-proof@v1
[extra <base64>]
index <decimal>
<base64 inclusion-proof hash, leaf sibling first>...
<empty line>
<signed checkpoint, verbatim>
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Sequence
from dataclasses import dataclass

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.checkpoint import (
    CosignatureVerifier,
    SignedCheckpoint,
    open_checkpoint,
    verify_cosignatures,
)
from prevent_gateway_verify.log.hashing import hash_leaf
from prevent_gateway_verify.log.note import NoteError, NoteVerifier
from prevent_gateway_verify.log.proofs import ProofError, verify_inclusion

HEADER = "c2sp.org/tlog-proof@v1"
_INDEX = re.compile(r"index (0|[1-9][0-9]{0,19})")


class TLogProofError(LogError, ValueError):
    """A tlog-proof file is malformed or does not prove the entry is in the log."""


@dataclass(frozen=True)
class TLogProof:
    index: int
    hashes: tuple[bytes, ...]
    checkpoint: str
    """The signed checkpoint note, verbatim."""
    extra: bytes | None = None

    def format(self) -> str:
        lines = [HEADER]
        if self.extra is not None:
            lines.append("extra " + base64.b64encode(self.extra).decode())
        lines.append(f"index {self.index}")
        lines.extend(base64.b64encode(h).decode() for h in self.hashes)
        return "\n".join(lines) + "\n\n" + self.checkpoint


def parse_tlog_proof(text: str) -> TLogProof:
    head, sep, checkpoint = text.partition("\n\n")
    if not sep:
        raise TLogProofError("a tlog-proof needs an empty line before the checkpoint")
    lines = head.split("\n")
    if lines[0] != HEADER:
        raise TLogProofError(f"a tlog-proof must start with the line {HEADER!r}")
    pos = 1
    extra: bytes | None = None
    if pos < len(lines) and lines[pos].startswith("extra "):
        extra = _b64(lines[pos][len("extra ") :], "the extra data")
        pos += 1
    if pos >= len(lines):
        raise TLogProofError("the tlog-proof has no index line")
    m = _INDEX.fullmatch(lines[pos])
    if not m:
        raise TLogProofError(f"malformed index line {lines[pos][:40]!r}")
    hashes = tuple(_b64(line, f"proof hash {i}") for i, line in enumerate(lines[pos + 1 :]))
    if not checkpoint:
        raise TLogProofError("the tlog-proof has no checkpoint")
    return TLogProof(int(m.group(1)), hashes, checkpoint, extra)


def _b64(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise TLogProofError(f"{what} in the tlog-proof is not valid base64") from exc
    # Only the canonical encoding is accepted, so a proof file has exactly one valid form and
    # any changed byte is detected (base64 padding bits would otherwise be ignored).
    if base64.b64encode(raw).decode("ascii") != text:
        raise TLogProofError(f"{what} in the tlog-proof is not canonical base64")
    return raw


def verify_tlog_proof(
    text: str,
    leaf: bytes,
    verifier: NoteVerifier,
    *,
    origin: str | None = None,
    cosigners: Sequence[CosignatureVerifier] = (),
    required_cosignatures: int = 0,
) -> SignedCheckpoint:
    """Check that `leaf` (the entry's canonical bytes) is in the log the proof's checkpoint signs.

    Returns the verified checkpoint; raises TLogProofError saying what failed.
    """
    proof = parse_tlog_proof(text)
    try:
        signed = open_checkpoint(proof.checkpoint, verifier, origin)
        if required_cosignatures:
            verify_cosignatures(proof.checkpoint, cosigners, required_cosignatures)
    except NoteError as exc:
        raise TLogProofError(str(exc)) from exc
    try:
        verify_inclusion(
            proof.index, signed.size, hash_leaf(leaf), list(proof.hashes), signed.root_hash
        )
    except ProofError as exc:
        raise TLogProofError(
            f"the entry is not proven to be entry {proof.index} of the log: {exc}"
        ) from exc
    return signed
