"""C2SP tlog-checkpoint (https://c2sp.org/tlog-checkpoint) and tlog-cosignature (cosignature/v1).

A checkpoint is a signed note whose text is: origin, tree size (decimal), base64 root hash, and
optional non-empty extension lines. A cosigner (a witness: the University, the DPO) adds a
`cosignature/v1` Ed25519 signature line over "cosignature/v1\\ntime <t>\\n" + checkpoint text,
stating that this is the largest consistent tree it has seen for the log at time t.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from prevent_gateway_verify.log.hashing import HASH_SIZE
from prevent_gateway_verify.log.note import (
    NoteError,
    NoteSignature,
    NoteSigner,
    NoteVerifier,
    SignedNote,
    check_key_name,
    key_id,
    open_note,
    parse_private_key_text,
    parse_signed_note,
    parse_verifier_key_text,
)

ALG_COSIGNATURE_V1 = 0x04
_DECIMAL = re.compile(r"0|[1-9][0-9]{0,19}")


class CheckpointError(NoteError):
    """A checkpoint is malformed, for another log, or not validly signed."""


@dataclass(frozen=True)
class Checkpoint:
    """The body of a C2SP tlog-checkpoint."""

    origin: str
    size: int
    root_hash: bytes
    extensions: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if not self.origin or "\n" in self.origin:
            raise CheckpointError("a checkpoint origin must be a non-empty single line")
        if self.size < 0:
            raise CheckpointError("a checkpoint size must not be negative")
        if len(self.root_hash) != HASH_SIZE:
            raise CheckpointError("a checkpoint root hash must be 32 bytes")
        for ext in self.extensions:
            if not ext or "\n" in ext:
                raise CheckpointError("checkpoint extension lines must be non-empty single lines")

    def text(self) -> str:
        lines = [self.origin, str(self.size), base64.b64encode(self.root_hash).decode()]
        return "\n".join([*lines, *self.extensions]) + "\n"


def parse_checkpoint_text(text: str) -> Checkpoint:
    """Parse checkpoint note text (without signatures)."""
    if not text.endswith("\n"):
        raise CheckpointError("checkpoint text must end with a newline")
    lines = text[:-1].split("\n")
    if len(lines) < 3:
        raise CheckpointError("a checkpoint has at least three lines: origin, size, root hash")
    origin, size_text, root_text, *extensions = lines
    if not _DECIMAL.fullmatch(size_text):
        raise CheckpointError(f"checkpoint size {size_text!r} is not a plain decimal number")
    try:
        root = base64.b64decode(root_text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise CheckpointError("the checkpoint root hash is not valid base64") from exc
    return Checkpoint(origin, int(size_text), root, tuple(extensions))


@dataclass(frozen=True)
class SignedCheckpoint:
    """A checkpoint together with its full signed-note text (log signature and cosignatures)."""

    checkpoint: Checkpoint
    note: str

    @property
    def size(self) -> int:
        return self.checkpoint.size

    @property
    def root_hash(self) -> bytes:
        return self.checkpoint.root_hash


def sign_checkpoint(checkpoint: Checkpoint, signer: NoteSigner) -> SignedCheckpoint:
    if signer.name != checkpoint.origin:
        raise CheckpointError(
            f"the log key is named {signer.name!r} but the checkpoint origin is "
            f"{checkpoint.origin!r}; they must be the same"
        )
    return SignedCheckpoint(checkpoint, signer.sign(checkpoint.text()))


def open_checkpoint(
    signed: str, verifier: NoteVerifier, origin: str | None = None
) -> SignedCheckpoint:
    """Verify the log's signature on a checkpoint and parse it."""
    try:
        note = open_note(signed, [verifier])
    except CheckpointError:
        raise
    except NoteError as exc:
        raise CheckpointError(f"checkpoint signature check failed: {exc}") from exc
    cp = parse_checkpoint_text(note.text)
    expected = origin if origin is not None else verifier.name
    if cp.origin != expected:
        raise CheckpointError(f"the checkpoint is for log {cp.origin!r}, expected {expected!r}")
    return SignedCheckpoint(cp, signed)


# --- cosignatures --------------------------------------------------------------------------------


def cosigned_message(checkpoint_text: str, timestamp: int) -> bytes:
    return f"cosignature/v1\ntime {timestamp}\n{checkpoint_text}".encode()


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


class CosignatureVerifier:
    """Verifies C2SP tlog-cosignature Ed25519 (cosignature/v1) lines of one cosigner."""

    def __init__(self, name: str, public_key: Ed25519PublicKey) -> None:
        check_key_name(name)
        self.name = name
        self.public_key = public_key
        self.key_id = key_id(name, ALG_COSIGNATURE_V1, _raw_public(public_key))

    @classmethod
    def from_key_text(cls, vkey: str) -> CosignatureVerifier:
        name, _kid, raw = parse_verifier_key_text(vkey, ALG_COSIGNATURE_V1)
        return cls(name, Ed25519PublicKey.from_public_bytes(raw))

    def key_text(self) -> str:
        material = base64.b64encode(bytes([ALG_COSIGNATURE_V1]) + _raw_public(self.public_key))
        return f"{self.name}+{self.key_id.hex()}+{material.decode()}"

    def verify(self, signed: str) -> int:
        """Check this cosigner's signature on a signed checkpoint; return its timestamp."""
        note = parse_signed_note(signed)
        mine = [s for s in note.signatures if s.name == self.name and s.key_id == self.key_id]
        if not mine:
            raise CheckpointError(f"the checkpoint has no cosignature from {self.name!r}")
        for sig in mine:
            if len(sig.signature) != 8 + 64:
                raise CheckpointError(f"the cosignature from {self.name!r} is malformed")
            timestamp = int.from_bytes(sig.signature[:8], "big")
            if timestamp >= 2**63:
                raise CheckpointError(f"the cosignature from {self.name!r} has a bad timestamp")
            try:
                self.public_key.verify(sig.signature[8:], cosigned_message(note.text, timestamp))
            except InvalidSignature as exc:
                raise CheckpointError(
                    f"the cosignature from {self.name!r} does not verify: the checkpoint was "
                    "changed after cosigning or the cosigner key is wrong"
                ) from exc
        return timestamp


class CosignatureSigner:
    """A witness key that cosigns checkpoints (C2SP tlog-cosignature, Ed25519 cosignature/v1)."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        check_key_name(name)
        self.name = name
        self._key = private_key
        self.verifier = CosignatureVerifier(name, private_key.public_key())
        self.key_id = self.verifier.key_id

    @classmethod
    def generate(cls, name: str) -> CosignatureSigner:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def from_private_key_text(cls, text: str) -> CosignatureSigner:
        name, seed = parse_private_key_text(text, ALG_COSIGNATURE_V1)
        return cls(name, Ed25519PrivateKey.from_private_bytes(seed))

    def private_key_text(self) -> str:
        material = base64.b64encode(bytes([ALG_COSIGNATURE_V1]) + self._key.private_bytes_raw())
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{material.decode()}"

    def verifier_key_text(self) -> str:
        return self.verifier.key_text()

    def cosignature(self, checkpoint_text: str, timestamp: int | None = None) -> NoteSignature:
        ts = int(time.time()) if timestamp is None else timestamp
        if not 0 <= ts < 2**63:
            raise CheckpointError("a cosignature timestamp must be between 0 and 2**63-1")
        sig = self._key.sign(cosigned_message(checkpoint_text, ts))
        return NoteSignature(self.name, self.key_id, struct.pack(">Q", ts) + sig)

    def cosign(self, signed: str, log_verifier: NoteVerifier, timestamp: int | None = None) -> str:
        """Verify the log's signature, then return the checkpoint with our cosignature added.

        A real witness must also check consistency with the largest checkpoint it has cosigned
        before (see `verify_consistency`); the caller does that with the log's consistency proof.
        """
        opened = open_checkpoint(signed, log_verifier)
        note = parse_signed_note(opened.note)
        kept = tuple(
            s for s in note.signatures if not (s.name == self.name and s.key_id == self.key_id)
        )
        return SignedNote(note.text, (*kept, self.cosignature(note.text, timestamp))).render()


def verify_cosignatures(
    signed: str, cosigners: Sequence[CosignatureVerifier], required: int
) -> dict[str, int]:
    """Require at least `required` valid cosignatures from `cosigners`; name -> timestamp."""
    found: dict[str, int] = {}
    errors: list[str] = []
    for c in cosigners:
        try:
            found[c.name] = c.verify(signed)
        except CheckpointError as exc:
            errors.append(str(exc))
    if len(found) < required:
        detail = "; ".join(errors)
        raise CheckpointError(
            f"{len(found)} valid cosignature(s), {required} required"
            + (f": {detail}" if detail else "")
        )
    return found
