"""DSSE v1 (Dead Simple Signing Envelope), Ed25519.

Spec: https://github.com/secure-systems-lab/dsse (envelope.md, protocol.md).
PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body, LEN in ASCII decimal.
Readers accept standard and URL-safe base64, with or without padding; this module writes
standard base64 with padding and serialises envelopes canonically (sorted keys, no spaces).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from prevent_gateway_verify.errors import PackageError

__all__ = [
    "DsseError",
    "Envelope",
    "EnvelopeMalformed",
    "PayloadTypeNotSupported",
    "Signature",
    "SignatureInvalid",
    "Verified",
    "b64decode",
    "pae",
    "sign",
    "verify",
]

_B64_CHARS = re.compile(r"^[A-Za-z0-9+/_-]*={0,2}$")


class DsseError(PackageError):
    """A DSSE envelope could not be read or did not verify."""


class EnvelopeMalformed(DsseError):
    """The envelope is not well-formed DSSE JSON."""


class SignatureInvalid(DsseError):
    """Not enough valid signatures by trusted keys."""


class PayloadTypeNotSupported(DsseError):
    """The payload type is not one the verifier accepts."""


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding."""
    type_bytes = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(type_bytes), type_bytes, len(payload), payload)


def b64decode(text: str) -> bytes:
    """Decode standard or URL-safe base64, padded or not (as DSSE readers must)."""
    if not isinstance(text, str) or not _B64_CHARS.match(text):
        raise EnvelopeMalformed("a base64 field holds characters that are not base64")
    if ("-" in text or "_" in text) and ("+" in text or "/" in text):
        raise EnvelopeMalformed("a base64 field mixes the standard and URL-safe alphabets")
    normalised = text.replace("-", "+").replace("_", "/").rstrip("=")
    normalised += "=" * (-len(normalised) % 4)
    try:
        return base64.b64decode(normalised, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise EnvelopeMalformed(f"a base64 field is not valid base64: {exc}") from exc


@dataclass(frozen=True)
class Signature:
    sig: bytes
    keyid: str | None = None


@dataclass(frozen=True)
class Envelope:
    payload: bytes
    payload_type: str
    signatures: tuple[Signature, ...] = field(default_factory=tuple)

    def pae(self) -> bytes:
        return pae(self.payload_type, self.payload)

    def to_dict(self) -> dict[str, Any]:
        sigs: list[dict[str, str]] = []
        for s in self.signatures:
            entry = {"sig": base64.b64encode(s.sig).decode("ascii")}
            if s.keyid is not None:
                entry["keyid"] = s.keyid
            sigs.append(entry)
        return {
            "payload": base64.b64encode(self.payload).decode("ascii"),
            "payloadType": self.payload_type,
            "signatures": sigs,
        }

    def to_json_bytes(self) -> bytes:
        """Canonical JSON: sorted keys, no insignificant whitespace, UTF-8."""
        return json.dumps(
            self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8")

    @classmethod
    def from_dict(cls, data: Any) -> Envelope:
        if not isinstance(data, dict):
            raise EnvelopeMalformed("a DSSE envelope must be a JSON object")
        payload_b64 = data.get("payload")
        payload_type = data.get("payloadType")
        raw_sigs = data.get("signatures")
        if not isinstance(payload_b64, str) or not isinstance(payload_type, str):
            raise EnvelopeMalformed("the envelope needs string 'payload' and 'payloadType'")
        if not isinstance(raw_sigs, list):
            raise EnvelopeMalformed("the envelope needs a 'signatures' list")
        sigs = []
        for raw in raw_sigs:
            if not isinstance(raw, dict) or not isinstance(raw.get("sig"), str):
                raise EnvelopeMalformed("each signature needs a base64 'sig'")
            keyid = raw.get("keyid")
            if keyid is not None and not isinstance(keyid, str):
                raise EnvelopeMalformed("a signature's 'keyid' must be a string")
            sigs.append(Signature(b64decode(raw["sig"]), keyid or None))
        return cls(b64decode(payload_b64), payload_type, tuple(sigs))

    @classmethod
    def from_json(cls, data: bytes | str) -> Envelope:
        try:
            parsed = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise EnvelopeMalformed(f"the envelope is not valid JSON: {exc}") from exc
        return cls.from_dict(parsed)


@dataclass(frozen=True)
class Verified:
    payload: bytes
    payload_type: str
    key_ids: tuple[str, ...]


def sign(
    payload: bytes,
    payload_type: str,
    signers: Sequence[tuple[str, Ed25519PrivateKey]],
) -> Envelope:
    """Sign ``payload`` with each (key id, Ed25519 private key)."""
    message = pae(payload_type, payload)
    sigs = tuple(Signature(key.sign(message), kid) for kid, key in signers)
    return Envelope(payload, payload_type, sigs)


def verify(
    envelope: Envelope,
    trusted_keys: Mapping[str, Ed25519PublicKey],
    *,
    supported_payload_types: Iterable[str],
    threshold: int = 1,
) -> Verified:
    """Verify per the DSSE protocol: ``threshold`` distinct trusted keys must have signed PAE.

    A signature's keyid is only a hint: when it names no trusted key, every trusted key is tried.
    The payload type must be one of ``supported_payload_types`` (checked after the signatures,
    so a signature over another type is reported as a signature failure).
    """
    if threshold < 1:
        raise ValueError("threshold must be at least 1")
    message = envelope.pae()
    accepted: list[str] = []
    for signature in envelope.signatures:
        if signature.keyid is not None and signature.keyid in trusted_keys:
            candidates = [signature.keyid]
        else:
            candidates = list(trusted_keys)
        for kid in candidates:
            if kid in accepted:
                continue
            try:
                trusted_keys[kid].verify(signature.sig, message)
            except InvalidSignature:
                continue
            accepted.append(kid)
            break
    if len(accepted) < threshold:
        hinted = sorted({s.keyid for s in envelope.signatures if s.keyid})
        raise SignatureInvalid(
            f"{len(accepted)} valid signature(s) by trusted keys, {threshold} required"
            + (f" (the envelope names key id(s) {', '.join(hinted)})" if hinted else "")
        )
    if envelope.payload_type not in set(supported_payload_types):
        raise PayloadTypeNotSupported(
            f"payload type {envelope.payload_type!r} is not one this verifier accepts"
        )
    return Verified(envelope.payload, envelope.payload_type, tuple(accepted))
