"""Building a referral package: sign the PDF and manifest, then add the sharing-log proof.

Two steps because the sharing-log entry records the hash of the signed envelope:

1. ``build_signed_package`` renders referral.pdf, writes log.vkey, manifest.json (hashes of
   both) and manifest.dsse.json; ``envelope_sha256`` goes into the log entry as
   ``package_sha256``.
2. ``assemble_zip`` adds log.entry and log.tlog-proof once the entry is appended, checks them
   against the signed files, and returns the deterministic zip.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.keys.keyring import Keyring
from gateway.packages.archive import write_zip
from gateway.packages.content import ApprovalDetails, ReferralContent
from gateway.packages.errors import PackageError, PackageInvalid
from gateway.packages.layout import (
    ENVELOPE,
    LOG_ENTRY,
    LOG_PROOF,
    LOG_VKEY,
    MANIFEST,
    REFERRAL_PDF,
)
from gateway.packages.log_check import RELEASE_ENTRY_TYPES, verify_log_inclusion
from gateway.packages.manifest import ManifestInfo, canonical_json, make_manifest, sign_manifest
from gateway.packages.referral_pdf import render_referral_pdf

__all__ = ["SignedPackage", "assemble_zip", "build_signed_package"]


@dataclass(frozen=True)
class SignedPackage:
    files: Mapping[str, bytes]
    envelope_sha256: str
    """SHA-256 (hex) of manifest.dsse.json: the sharing-log entry's ``package_sha256``."""
    disclosure_id: str
    recipient_id: str
    signing_key_id: str
    manifest: Mapping[str, Any]


def build_signed_package(
    content: ReferralContent,
    manifest_info: ManifestInfo,
    keyring: Keyring,
    *,
    font_dir: Path | None = None,
    approval: ApprovalDetails | None = None,
    evidence_files: Mapping[str, bytes] | None = None,
) -> SignedPackage:
    if content.disclosure_id != manifest_info.disclosure_id:
        raise PackageError("the referral content and the manifest are for different disclosures")
    if content.case_reference != manifest_info.case_reference:
        raise PackageError("the referral content and the manifest name different cases")
    approved = manifest_info.approved_content_sha256
    if approved is not None and approved != content.sha256():
        raise PackageError("the referral content is not the content that was approved")
    given = dict(evidence_files or {})
    listed = {f.name: f.sha256 for f in content.evidence_files}
    if set(given) != set(listed):
        raise PackageError("the evidence files given are not the ones the referral content lists")
    for name, data in given.items():
        if name in (REFERRAL_PDF, LOG_VKEY, MANIFEST, ENVELOPE, LOG_ENTRY, LOG_PROOF):
            raise PackageError(f"an evidence file cannot be called {name}")
        if hashlib.sha256(data).hexdigest() != listed[name]:
            raise PackageError(f"the evidence file {name} is not the file that was approved")
    signing = keyring.signing_key()
    signed_files = {
        REFERRAL_PDF: render_referral_pdf(content, font_dir, approval),
        LOG_VKEY: (keyring.log_verifier_key_text() + "\n").encode("utf-8"),
        **given,
    }
    manifest = make_manifest(
        manifest_info, signed_files, signing.key_id, content.form_version, keyring.log_origin
    )
    manifest_bytes = canonical_json(manifest)
    envelope_bytes = sign_manifest(manifest_bytes, signing.key_id, signing.private_key)
    envelope_json = envelope_bytes.to_json_bytes()
    files = {**signed_files, MANIFEST: manifest_bytes, ENVELOPE: envelope_json}
    return SignedPackage(
        files=files,
        envelope_sha256=hashlib.sha256(envelope_json).hexdigest(),
        disclosure_id=manifest_info.disclosure_id,
        recipient_id=manifest_info.recipient_id,
        signing_key_id=signing.key_id,
        manifest=manifest,
    )


def assemble_zip(
    signed_package: SignedPackage,
    log_entry_bytes: bytes,
    tlog_proof_text: str,
    log_verifier_key_text: str,
) -> bytes:
    """The final package zip. Refuses log files that do not prove this package was logged."""
    signed_vkey = signed_package.files[LOG_VKEY].decode("utf-8").strip()
    if log_verifier_key_text.strip() != signed_vkey:
        raise PackageError(
            "the sharing-log key given is not the one signed into the package (log.vkey)"
        )
    inclusion = verify_log_inclusion(log_entry_bytes, tlog_proof_text, signed_vkey)
    if inclusion.entry_type not in RELEASE_ENTRY_TYPES:
        raise PackageInvalid(LOG_ENTRY, f"a {inclusion.entry_type} entry does not record a release")
    if inclusion.fields.get("package_sha256") != signed_package.envelope_sha256:
        raise PackageInvalid(LOG_ENTRY, "the log entry records a different package hash")
    if inclusion.fields.get("disclosure_id") != signed_package.disclosure_id:
        raise PackageInvalid(LOG_ENTRY, "the log entry records a different disclosure")
    files = {
        **signed_package.files,
        LOG_ENTRY: log_entry_bytes,
        LOG_PROOF: tlog_proof_text.encode("utf-8"),
    }
    return write_zip(files)
