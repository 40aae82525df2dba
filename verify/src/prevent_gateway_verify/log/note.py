"""C2SP signed-note (https://c2sp.org/signed-note) with Ed25519 keys.

A signed note is the note text (UTF-8, ending in a newline), a blank line, and signature lines
`— <key name> base64(4-byte key ID || signature)`. An Ed25519 key ID is
SHA-256(name || 0x0A || 0x01 || public key)[:4]; a verifier key is published as
`name+<key ID hex>+base64(0x01 || public key)` and the private key is kept in the Go
golang.org/x/mod/sumdb/note form `PRIVATE+KEY+name+<key ID hex>+base64(0x01 || seed)`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from prevent_gateway_verify.errors import LogError

ALG_ED25519 = 0x01
SIGNATURE_PREFIX = "\u2014 "
MAX_SIGNATURES = 100


class NoteError(LogError, ValueError):
    """A signed note, key or signature is malformed or does not verify."""


def check_key_name(name: str) -> None:
    """Key names are non-empty and contain no '+' and no whitespace (C2SP signed-note)."""
    if not name:
        raise NoteError("a key name must not be empty")
    if "+" in name or any(ch.isspace() or unicodedata.category(ch) == "Zs" for ch in name):
        raise NoteError(f"key name {name!r} must not contain '+' or whitespace")
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise NoteError("a key name must not contain control characters")


def key_id(name: str, alg: int, public_key: bytes) -> bytes:
    """SHA-256(name || 0x0A || alg || public key)[:4]."""
    return hashlib.sha256(name.encode() + b"\n" + bytes([alg]) + public_key).digest()[:4]


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise NoteError(f"{what} is not valid base64") from exc


def check_note_text(text: str) -> None:
    """Note text must be non-empty, end with a newline and hold no control characters but LF."""
    if not text or not text.endswith("\n"):
        raise NoteError("note text must be non-empty and end with a newline")
    for ch in text:
        if ch != "\n" and unicodedata.category(ch) == "Cc":
            raise NoteError("note text must not contain control characters other than newline")


def parse_verifier_key_text(vkey: str, alg: int) -> tuple[str, bytes, bytes]:
    """Split `name+keyid+base64(alg||key)` into (name, key id, raw key), checking the key id."""
    parts = vkey.strip().split("+", 2)
    if len(parts) != 3:
        raise NoteError("a verifier key has the form name+keyid+base64key")
    name, hex_id, b64 = parts
    check_key_name(name)
    try:
        given_id = bytes.fromhex(hex_id)
    except ValueError as exc:
        raise NoteError("the key id in a verifier key must be 8 hex digits") from exc
    if len(hex_id) != 8 or len(given_id) != 4:
        raise NoteError("the key id in a verifier key must be 8 hex digits")
    material = _b64decode(b64, "the verifier key")
    if len(material) != 33 or material[0] != alg:
        raise NoteError(f"the verifier key is not an algorithm-{alg:#04x} Ed25519 key")
    raw = material[1:]
    if key_id(name, alg, raw) != given_id:
        raise NoteError("the verifier key's key id does not match its name and key")
    return name, given_id, raw


def parse_private_key_text(text: str, alg: int) -> tuple[str, bytes]:
    """Split `PRIVATE+KEY+name+keyid+base64(alg||seed)` into (name, seed), checking the key id."""
    parts = text.strip().split("+", 4)
    if len(parts) != 5 or parts[0] != "PRIVATE" or parts[1] != "KEY":
        raise NoteError("a private key has the form PRIVATE+KEY+name+keyid+base64key")
    name, hex_id, b64 = parts[2], parts[3], parts[4]
    check_key_name(name)
    material = _b64decode(b64, "the private key")
    if len(material) != 33 or material[0] != alg:
        raise NoteError(f"the private key is not an algorithm-{alg:#04x} Ed25519 key")
    seed = material[1:]
    public = _raw_public(Ed25519PrivateKey.from_private_bytes(seed).public_key())
    if hex_id != key_id(name, alg, public).hex():
        raise NoteError("the private key's key id does not match its name and key")
    return name, seed


@dataclass(frozen=True)
class NoteSignature:
    """One signature line of a signed note."""

    name: str
    key_id: bytes
    signature: bytes

    def line(self) -> str:
        encoded = base64.b64encode(self.key_id + self.signature).decode()
        return f"{SIGNATURE_PREFIX}{self.name} {encoded}\n"


@dataclass(frozen=True)
class SignedNote:
    """A note's text and all its signature lines (not yet verified)."""

    text: str
    signatures: tuple[NoteSignature, ...]

    def render(self) -> str:
        return self.text + "\n" + "".join(s.line() for s in self.signatures)


def parse_signed_note(message: str) -> SignedNote:
    """Split a signed note into text and signatures; no signature is checked here."""
    split = message.rfind("\n\n")
    if split < 0:
        raise NoteError("a signed note needs a blank line between the text and the signatures")
    text, sig_block = message[: split + 1], message[split + 2 :]
    check_note_text(text)
    if not sig_block.endswith("\n"):
        raise NoteError("the signature block of a signed note must end with a newline")
    lines = sig_block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        raise NoteError(f"a signed note may carry at most {MAX_SIGNATURES} signatures")
    sigs: list[NoteSignature] = []
    for line in lines:
        if not line.startswith(SIGNATURE_PREFIX):
            raise NoteError(f"malformed signature line {line[:40]!r}")
        body = line[len(SIGNATURE_PREFIX) :]
        name, sep, b64 = body.partition(" ")
        if not sep or " " in b64:
            raise NoteError(f"malformed signature line {line[:40]!r}")
        check_key_name(name)
        raw = _b64decode(b64, "a note signature")
        if len(raw) < 5:
            raise NoteError("a note signature is too short")
        sigs.append(NoteSignature(name, raw[:4], raw[4:]))
    if not sigs:
        raise NoteError("the signed note has no signatures")
    return SignedNote(text, tuple(sigs))


class NoteVerifier:
    """Verifies Ed25519 signed-note signatures of one named key."""

    def __init__(self, name: str, public_key: Ed25519PublicKey) -> None:
        check_key_name(name)
        self.name = name
        self.public_key = public_key
        self.key_id = key_id(name, ALG_ED25519, _raw_public(public_key))

    @classmethod
    def from_key_text(cls, vkey: str) -> NoteVerifier:
        name, _kid, raw = parse_verifier_key_text(vkey, ALG_ED25519)
        return cls(name, Ed25519PublicKey.from_public_bytes(raw))

    def key_text(self) -> str:
        material = bytes([ALG_ED25519]) + _raw_public(self.public_key)
        return f"{self.name}+{self.key_id.hex()}+{base64.b64encode(material).decode()}"

    def matches(self, sig: NoteSignature) -> bool:
        return sig.name == self.name and sig.key_id == self.key_id

    def verify_signature(self, text: str, sig: NoteSignature) -> bool:
        try:
            self.public_key.verify(sig.signature, text.encode())
        except InvalidSignature:
            return False
        return True


def open_note(message: str, verifiers: Sequence[NoteVerifier]) -> SignedNote:
    """Parse a signed note and require a valid signature from one of `verifiers`.

    Signatures from unknown keys are ignored; a signature that claims to be from a known key but
    does not verify is an error (as in golang.org/x/mod/sumdb/note).
    """
    note = parse_signed_note(message)
    verified = False
    for sig in note.signatures:
        for v in verifiers:
            if v.matches(sig):
                if not v.verify_signature(note.text, sig):
                    raise NoteError(
                        f"the signature by {sig.name!r} is invalid: the note was changed after "
                        "signing or was not signed by this key"
                    )
                verified = True
    if not verified:
        names = ", ".join(repr(v.name) for v in verifiers) or "no keys"
        raise NoteError(f"the note carries no signature from the trusted key(s) {names}")
    return note


class NoteSigner:
    """An Ed25519 signed-note signing key with a name."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        check_key_name(name)
        self.name = name
        self._key = private_key
        self.verifier = NoteVerifier(name, private_key.public_key())
        self.key_id = self.verifier.key_id

    @classmethod
    def generate(cls, name: str) -> NoteSigner:
        return cls(name, Ed25519PrivateKey.generate())

    @classmethod
    def from_private_key_text(cls, text: str) -> NoteSigner:
        name, seed = parse_private_key_text(text, ALG_ED25519)
        return cls(name, Ed25519PrivateKey.from_private_bytes(seed))

    def private_key_text(self) -> str:
        """The Go `PRIVATE+KEY+...` form. Secret: store it in a 0600 file."""
        seed = self._key.private_bytes_raw()
        material = base64.b64encode(bytes([ALG_ED25519]) + seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{material}"

    def verifier_key_text(self) -> str:
        return self.verifier.key_text()

    def signature(self, text: str) -> NoteSignature:
        check_note_text(text)
        return NoteSignature(self.name, self.key_id, self._key.sign(text.encode()))

    def sign(self, text: str, extra: Iterable[NoteSignature] = ()) -> str:
        """The signed note: text, blank line, our signature line (then any `extra` lines)."""
        return SignedNote(text, (self.signature(text), *extra)).render()
