"""manifest.json and its DSSE envelope, manifest.dsse.json.

manifest.json is canonical JSON (keys sorted, no insignificant whitespace, UTF-8, integers
only: the RFC 8785 encoding for these value types). manifest.dsse.json is a DSSE v1 envelope
over exactly those bytes, payload type ``MANIFEST_PAYLOAD_TYPE``, signed with the
organisation's Ed25519 key; its signature carries the key id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from prevent_gateway_verify.package.dsse import Envelope, sign
from prevent_gateway_verify.package.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_PAYLOAD_TYPE,
    canonical_json,
)

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST_PAYLOAD_TYPE",
    "ManifestInfo",
    "canonical_json",
    "make_manifest",
    "sign_manifest",
]

@dataclass(frozen=True)
class ManifestInfo:
    """Facts about the disclosure the release flow knows; all ids, codes and UTC times."""

    disclosure_id: str
    case_reference: str
    recipient_id: str
    recipient_name: str
    recipient_organisation: str
    lawful_basis_codes: tuple[str, ...]
    preparer: str
    approver: str
    prepared_at: datetime
    approved_at: datetime | None
    released_at: datetime
    redaction_counts: Mapping[str, int] = field(default_factory=dict)
    emergency: bool = False
    #: SHA-256 of the referral content the DPO approved (or the SMT member authorised).
    approved_content_sha256: str | None = None
    #: A correction notice: the disclosure whose data it corrects (UK GDPR Art 16 and 19).
    corrects_disclosure_id: str | None = None
    #: An answer to a request from a Channel panel or the police: that request's reference.
    answers_request_id: str | None = None


def _utc(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("manifest times must be timezone-aware (UTC)")
    return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def make_manifest(
    info: ManifestInfo,
    files: Mapping[str, bytes],
    signing_key_id: str,
    form_version: str,
    log_origin: str,
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "disclosure_id": info.disclosure_id,
        "case_reference": info.case_reference,
        "recipient": {
            "id": info.recipient_id,
            "name": info.recipient_name,
            "organisation": info.recipient_organisation,
        },
        "lawful_basis_codes": list(info.lawful_basis_codes),
        "prepared_by": info.preparer,
        "approved_by": info.approver,
        "prepared_at": _utc(info.prepared_at),
        "approved_at": _utc(info.approved_at),
        "released_at": _utc(info.released_at),
        "emergency": info.emergency,
        "redaction_counts": {k: int(v) for k, v in sorted(info.redaction_counts.items())},
        "referral_form_version": form_version,
        "signing_key_id": signing_key_id,
        "log_origin": log_origin,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(files.items())
        },
    }
    if info.approved_content_sha256 is not None:
        manifest["approved_content_sha256"] = info.approved_content_sha256
    if info.corrects_disclosure_id is not None:
        manifest["corrects_disclosure_id"] = info.corrects_disclosure_id
    if info.answers_request_id is not None:
        manifest["answers_request_id"] = info.answers_request_id
    return manifest


def sign_manifest(manifest_bytes: bytes, key_id: str, private_key: Any) -> Envelope:
    return sign(manifest_bytes, MANIFEST_PAYLOAD_TYPE, [(key_id, private_key)])
