"""Offline verification of a referral package, and opening a sealed one.

Checks, in order, each failure raising ``PackageInvalid`` naming the file at fault:

1. manifest.dsse.json: canonical DSSE JSON, signed by a trusted organisation key (key id),
   payload type ``MANIFEST_PAYLOAD_TYPE``;
2. manifest.json: exactly the signed payload; known format and version; required fields;
3. every file listed in the manifest: present, SHA-256 and size match; no unlisted files;
4. log.vkey (signed) matches the sharing-log key the verifier trusts, if one is given;
5. log.entry: a valid release entry for this disclosure and recipient whose ``package_sha256``
   is the SHA-256 of manifest.dsse.json (and whose ``approval_sha256``, for a release the DPO
   approved, is the manifest's ``approved_content_sha256``); for a correction notice, a
   ``correction_released`` entry naming the disclosure the manifest says it corrects;
   log.tlog-proof: proves its inclusion under a checkpoint signed by the sharing-log key.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from prevent_gateway_verify.package.archive import MAX_FILES, MAX_TOTAL_BYTES, read_zip
from prevent_gateway_verify.package.dsse import (
    DsseError,
    Envelope,
    PayloadTypeNotSupported,
    SignatureInvalid,
    verify,
)
from prevent_gateway_verify.package.errors import (
    PackageError,
    PackageInvalid,
    SealError,
    UnsupportedFormat,
)
from prevent_gateway_verify.package.layout import (
    ENVELOPE,
    LOG_ENTRY,
    LOG_PROOF,
    LOG_VKEY,
    MANIFEST,
    REFERRAL_PDF,
    UNSIGNED_LOG_FILES,
)
from prevent_gateway_verify.package.log_check import RELEASE_ENTRY_TYPES, verify_log_inclusion
from prevent_gateway_verify.package.manifest import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST_PAYLOAD_TYPE,
    canonical_json,
)
from prevent_gateway_verify.package.seal import is_sealed, open_sealed
from prevent_gateway_verify.trust import TrustedKey

__all__ = [
    "Check",
    "LogKeyChooser",
    "PackageReport",
    "TrustedKeyMissing",
    "load_package_files",
    "open_package",
    "verify_files",
    "verify_package",
]

_PAYLOAD_TYPE_FAMILY = "application/vnd.prevent-gateway.manifest+json"
_REQUIRED_STR = (
    "disclosure_id",
    "case_reference",
    "prepared_by",
    "approved_by",
    "prepared_at",
    "released_at",
    "referral_form_version",
    "signing_key_id",
    "log_origin",
)


LogKeyChooser = Callable[[str | None], TrustedKey]
"""Given the package's own log.vkey text (or None), the sharing-log key to trust (see trust)."""


class TrustedKeyMissing(PackageError):
    """No organisation public key was given to check the signature against."""


@dataclass(frozen=True)
class Check:
    what: str
    detail: str


@dataclass
class PackageReport:
    source: str
    disclosure_id: str = ""
    recipient_id: str = ""
    format_version: int = 0
    signing_key_id: str = ""
    manifest: dict[str, Any] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    log_index: int | None = None
    log_tree_size: int | None = None
    sealed_for: str | None = None
    trusted_log_key: TrustedKey | None = None
    #: For a correction notice: the disclosure it corrects (manifest and log entry agree).
    corrects_disclosure_id: str | None = None

    def add(self, what: str, detail: str) -> None:
        self.checks.append(Check(what, detail))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load_package_files(
    path: Path, private_key_pem: bytes | None = None, passphrase: str | None = None
) -> tuple[dict[str, bytes], tuple[str, str] | None]:
    """The package's files from a directory, a zip or a sealed file (with the private key).

    Returns (files, (disclosure id, recipient id) from the sealed header, or None).
    """
    path = Path(path)
    if path.is_dir():
        files: dict[str, bytes] = {}
        entries = sorted(path.iterdir())
        if len(entries) > MAX_FILES:
            raise PackageInvalid(path.name, "holds too many files to be a referral package")
        for entry in entries:
            if not entry.is_file() or entry.is_symlink():
                raise PackageInvalid(entry.name, "is not a regular file; a package is flat")
            files[entry.name] = entry.read_bytes()
        return files, None
    if not path.is_file():
        raise PackageError(f"{path} does not exist")
    if path.stat().st_size > MAX_TOTAL_BYTES:
        raise PackageInvalid(path.name, "is too large to be a referral package")
    data = path.read_bytes()
    if is_sealed(data):
        if private_key_pem is None:
            raise SealError(
                f"{path.name} is sealed for a recipient: give the recipient's private key "
                "(--key) to open it"
            )
        zip_bytes, disclosure_id, recipient_id = open_sealed(data, private_key_pem, passphrase)
        return read_zip(zip_bytes, path.name), (disclosure_id, recipient_id)
    if data.startswith(b"PK\x03\x04") or path.suffix.lower() == ".zip":
        return read_zip(data, path.name), None
    raise PackageInvalid(
        path.name, "not a referral package (expected a folder, a .zip or a sealed package)"
    )


def _require(files: Mapping[str, bytes], name: str) -> bytes:
    if name not in files:
        raise PackageInvalid(name, "missing from the package")
    return files[name]


def _verify_envelope(
    files: Mapping[str, bytes], keys: Mapping[str, Ed25519PublicKey], report: PackageReport
) -> bytes:
    raw = _require(files, ENVELOPE)
    try:
        envelope = Envelope.from_json(raw)
    except DsseError as exc:
        raise PackageInvalid(ENVELOPE, f"not a valid DSSE envelope: {exc}") from exc
    if envelope.to_json_bytes() != raw:
        raise PackageInvalid(ENVELOPE, "altered: not in the canonical form it was signed in")
    try:
        verified = verify(envelope, keys, supported_payload_types=[MANIFEST_PAYLOAD_TYPE])
    except PayloadTypeNotSupported as exc:
        if envelope.payload_type.startswith(_PAYLOAD_TYPE_FAMILY):
            raise UnsupportedFormat(
                ENVELOPE,
                f"payload type {envelope.payload_type!r} is a newer manifest version than this "
                "software reads; update prevent-gateway",
            ) from exc
        raise PackageInvalid(ENVELOPE, str(exc)) from exc
    except SignatureInvalid as exc:
        raise PackageInvalid(
            ENVELOPE,
            f"signature check failed: {exc}. Trusted organisation key id(s): "
            f"{', '.join(sorted(keys)) or 'none'}",
        ) from exc
    if any(sig.keyid != verified.key_ids[0] for sig in envelope.signatures):
        # the key id is an unsigned hint; ours always names the signing key exactly
        raise PackageInvalid(ENVELOPE, "altered: the signature's key id is not the signing key's")
    report.signing_key_id = verified.key_ids[0]
    report.add(
        "signature",
        f"{ENVELOPE}: DSSE Ed25519 signature by organisation key {verified.key_ids[0]}, "
        f"payload type {verified.payload_type}",
    )
    return verified.payload


def _check_manifest(
    payload: bytes, files: Mapping[str, bytes], report: PackageReport
) -> dict[str, Any]:
    if _require(files, MANIFEST) != payload:
        raise PackageInvalid(MANIFEST, "altered: differs from the signed manifest in the envelope")
    try:
        manifest = json.loads(payload)
    except ValueError as exc:
        raise PackageInvalid(MANIFEST, f"not valid JSON: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageInvalid(MANIFEST, f"not a {FORMAT} manifest")
    version = manifest.get("format_version")
    if version != FORMAT_VERSION:
        raise UnsupportedFormat(
            MANIFEST,
            f"package format version {version!r} is not supported (this software reads "
            f"version {FORMAT_VERSION}); update prevent-gateway",
        )
    try:
        canonical = canonical_json(manifest)
    except ValueError as exc:
        raise PackageInvalid(MANIFEST, f"not in canonical form: {exc}") from exc
    if canonical != payload:
        raise PackageInvalid(MANIFEST, "not in canonical form")
    for name in _REQUIRED_STR:
        if not isinstance(manifest.get(name), str) or not manifest[name]:
            raise PackageInvalid(MANIFEST, f"the field {name!r} is missing or empty")
    recipient = manifest.get("recipient")
    if not isinstance(recipient, dict) or not isinstance(recipient.get("id"), str):
        raise PackageInvalid(MANIFEST, "the recipient is missing")
    listed = manifest.get("files")
    if not isinstance(listed, dict) or REFERRAL_PDF not in listed or LOG_VKEY not in listed:
        raise PackageInvalid(MANIFEST, f"must list {REFERRAL_PDF} and {LOG_VKEY}")
    if manifest["signing_key_id"] != report.signing_key_id:
        raise PackageInvalid(MANIFEST, "names a signing key other than the one that signed it")
    report.manifest = manifest
    report.disclosure_id = manifest["disclosure_id"]
    report.recipient_id = recipient["id"]
    report.format_version = version
    report.add(
        "manifest",
        f"{MANIFEST}: is the signed payload; format {FORMAT} version {version}; disclosure "
        f"{manifest['disclosure_id']}, recipient {recipient['id']}",
    )
    for name, meta in sorted(listed.items()):
        if not isinstance(meta, dict):
            raise PackageInvalid(MANIFEST, f"the entry for {name} is malformed")
        data = _require(files, name)
        if _sha256(data) != meta.get("sha256") or len(data) != meta.get("size"):
            raise PackageInvalid(name, "altered: its SHA-256 differs from the signed manifest")
        report.add("file", f"{name}: SHA-256 {meta['sha256']} matches the signed manifest")
    allowed = {*listed, MANIFEST, ENVELOPE, *UNSIGNED_LOG_FILES}
    for name in sorted(files):
        if name not in allowed:
            raise PackageInvalid(name, "not listed in the signed manifest (added to the package)")
    return manifest


def verify_files(
    files: Mapping[str, bytes],
    org_public_keys: Mapping[str, Ed25519PublicKey],
    log_verifier_key: str | None = None,
    *,
    source: str = "package",
    require_log: bool = True,
    log_key: LogKeyChooser | None = None,
) -> PackageReport:
    """Verify a package given as a name -> bytes mapping. Raises PackageInvalid."""
    if not org_public_keys:
        raise TrustedKeyMissing(
            "no organisation public key to check the signature against: give the sender's "
            "public key file (from `prevent-gateway keys export-public`)"
        )
    report = PackageReport(source=source)
    payload = _verify_envelope(files, org_public_keys, report)
    manifest = _check_manifest(payload, files, report)

    vkey = files[LOG_VKEY].decode("utf-8", "replace").strip()
    if log_key is not None:
        trusted = log_key(vkey)
        report.trusted_log_key = trusted
        if trusted.from_material:
            report.add(
                "log key",
                f"{LOG_VKEY}: {trusted.label} trusted as found in the package (you passed "
                "--trust-key-in-export); authenticated only by the organisation's signature",
            )
        elif trusted.text != vkey:
            raise PackageInvalid(
                LOG_VKEY,
                f"is not the sharing-log key you trust ({trusted.label}, {trusted.source})",
            )
        else:
            report.add("log key", f"{LOG_VKEY}: matches the sharing-log key you trust")
    elif log_verifier_key is not None:
        if log_verifier_key.strip() != vkey:
            raise PackageInvalid(LOG_VKEY, "is not the sharing-log key you trust (--log-key)")
        report.add("log key", f"{LOG_VKEY}: matches the sharing-log key you gave")
    else:
        report.add("log key", f"{LOG_VKEY}: authenticated by the organisation's signature")

    present = [name for name in UNSIGNED_LOG_FILES if name in files]
    if not present and not require_log:
        report.add("sharing log", "not checked: the package holds no sharing-log proof yet")
        return report
    entry = _require(files, LOG_ENTRY)
    proof = _require(files, LOG_PROOF)
    try:
        proof_text = proof.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageInvalid(LOG_PROOF, "not UTF-8 text") from exc
    inclusion = verify_log_inclusion(entry, proof_text, vkey)
    if inclusion.origin != manifest["log_origin"]:
        raise PackageInvalid(LOG_VKEY, "names a different sharing log than the manifest")
    if inclusion.entry_type not in RELEASE_ENTRY_TYPES:
        raise PackageInvalid(LOG_ENTRY, f"a {inclusion.entry_type} entry does not record a release")
    envelope_hash = _sha256(files[ENVELOPE])
    if inclusion.fields.get("package_sha256") != envelope_hash:
        raise PackageInvalid(LOG_ENTRY, "records a different package (package_sha256 differs)")
    if inclusion.fields.get("disclosure_id") != report.disclosure_id:
        raise PackageInvalid(LOG_ENTRY, "records a different disclosure")
    if inclusion.fields.get("recipient_id") != report.recipient_id:
        raise PackageInvalid(LOG_ENTRY, "records a different recipient")
    approved = manifest.get("approved_content_sha256")
    logged = inclusion.fields.get("approval_sha256")
    if approved is not None and logged is not None and approved != logged:
        raise PackageInvalid(
            LOG_ENTRY, "records a different approval (approval_sha256 differs from the manifest)"
        )
    _check_correction(manifest, inclusion.entry_type, inclusion.fields, report)
    report.log_index = inclusion.index
    report.log_tree_size = inclusion.tree_size
    if approved is not None and logged is not None:
        report.add(
            "approval",
            f"{LOG_ENTRY}: approval_sha256 = the manifest's approved_content_sha256 "
            f"({approved[:16]}...): the DPO approved this referral's content",
        )
    report.add(
        "sharing log",
        f"{LOG_ENTRY}: {inclusion.entry_type} entry for this disclosure, package_sha256 = "
        f"SHA-256 of {ENVELOPE}",
    )
    report.add(
        "inclusion proof",
        f"{LOG_PROOF}: entry {inclusion.index} is in the log {inclusion.origin!r} of "
        f"{inclusion.tree_size} entries (root {inclusion.root_hash_hex[:16]}...), checkpoint "
        "signed by the sharing-log key",
    )
    return report


def _check_correction(
    manifest: Mapping[str, Any], entry_type: str, fields: Mapping[str, Any], report: PackageReport
) -> None:
    """A correction notice names the disclosure it corrects in the signed manifest and in its
    correction_released log entry, and the two agree; any other package names none."""
    corrects = manifest.get("corrects_disclosure_id")
    logged = fields.get("corrects_disclosure_id")
    if entry_type == "correction_released" or corrects is not None:
        if entry_type != "correction_released":
            raise PackageInvalid(
                LOG_ENTRY, "the manifest is a correction notice but the log records no correction"
            )
        if not isinstance(corrects, str) or corrects != logged:
            raise PackageInvalid(
                LOG_ENTRY,
                "records the correction of a different disclosure than the manifest names",
            )
        report.corrects_disclosure_id = corrects
        report.add(
            "correction",
            f"{LOG_ENTRY}: correction_released entry; this notice corrects disclosure "
            f"{corrects}, as the signed manifest says",
        )


def verify_package(
    path: Path,
    org_public_keys: Mapping[str, Ed25519PublicKey] | None = None,
    log_verifier_key: str | None = None,
    *,
    private_key_pem: bytes | None = None,
    passphrase: str | None = None,
    require_log: bool = True,
    log_key: LogKeyChooser | None = None,
) -> PackageReport:
    """Verify a package folder, zip, or sealed file (with ``private_key_pem``) offline."""
    files, sealed = load_package_files(Path(path), private_key_pem, passphrase)
    report = verify_files(
        files,
        org_public_keys or {},
        log_verifier_key,
        source=str(path),
        require_log=require_log,
        log_key=log_key,
    )
    if sealed is not None:
        _check_sealed_header(sealed, report)
    return report


def _check_sealed_header(sealed: tuple[str, str], report: PackageReport) -> None:
    disclosure_id, recipient_id = sealed
    if (disclosure_id, recipient_id) != (report.disclosure_id, report.recipient_id):
        raise PackageInvalid(
            "sealed package", "sealed for a different disclosure or recipient than it contains"
        )
    report.sealed_for = recipient_id
    report.add(
        "sealed",
        f"decrypted with the recipient key (HPKE), bound to disclosure {disclosure_id} and "
        f"recipient {recipient_id}",
    )


def open_package(
    sealed_path: Path,
    private_key_pem: bytes,
    out_dir: Path,
    org_public_keys: Mapping[str, Ed25519PublicKey],
    log_verifier_key: str | None = None,
    *,
    passphrase: str | None = None,
    log_key: LogKeyChooser | None = None,
) -> PackageReport:
    """Decrypt, verify, then write the files to ``out_dir`` (all or nothing)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise PackageError(f"{out_dir} already exists and is not empty; choose a new folder")
    data = Path(sealed_path).read_bytes()
    if not is_sealed(data):
        raise SealError(f"{Path(sealed_path).name} is not a sealed prevent-gateway package")
    zip_bytes, disclosure_id, recipient_id = open_sealed(data, private_key_pem, passphrase)
    files = read_zip(zip_bytes, Path(sealed_path).name)
    report = verify_files(
        files, org_public_keys, log_verifier_key, source=str(sealed_path), log_key=log_key
    )
    _check_sealed_header((disclosure_id, recipient_id), report)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        os.chmod(tmp, 0o700)
        for name, content in files.items():
            fd = os.open(tmp / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(tmp, out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return report
