"""Benchmark: build a referral package with 50 pages of already-redacted notes, then verify it.

Targets (issue 4): build <= 2 s, verify <= 0.5 s. Run: python benchmarks/package.py
Build = render the PDF, hash, sign the manifest (DSSE), add the sharing-log entry and its
inclusion proof, write the zip, seal it (HPKE). Verify = open the sealed file, check the
signature, every hash and the inclusion proof.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader

from gateway.keys import Keyring, generate_recipient_keypair
from gateway.packages import (
    ManifestInfo,
    assemble_zip,
    build_signed_package,
    seal,
    verify_package,
)
from gateway.packages.example import example_referral_content
from sharing_log import (
    Checkpoint,
    LogEntry,
    NoteSigner,
    TLogProof,
    encode_entry,
    hash_leaf,
    sign_checkpoint,
)

ORIGIN = "prevent-gateway.example.ac.uk/sharing-log"
NOTES = 94  # 94 notes of ~1.6k characters: 50 A4 pages
RUNS = 5
T0 = datetime(2026, 2, 12, 10, 30, tzinfo=UTC)


def build(keyring: Keyring, public_text: str) -> bytes:
    content = example_referral_content(NOTES, 3)
    info = ManifestInfo(
        disclosure_id=content.disclosure_id,
        case_reference=content.case_reference,
        recipient_id="rcp-1",
        recipient_name="Regional Prevent Coordinator",
        recipient_organisation="Prevent (North West)",
        lawful_basis_codes=("art6.1.e", "art9.2.g"),
        preparer="U1",
        approver="U2",
        prepared_at=T0,
        approved_at=T0,
        released_at=T0,
        redaction_counts=content.redaction_counts,
    )
    signed = build_signed_package(content, info, keyring)
    entry = LogEntry.create(
        "disclosure_released",
        disclosure_id=content.disclosure_id,
        case_id="case-42",
        subject_ref="ab" * 32,
        recipient_id="rcp-1",
        recipient_kind="rpc",
        lawful_basis=["art6.1.e"],
        package_sha256=signed.envelope_sha256,
        preparer_id="U1",
        released_at=T0,
        approver_id="U2",
        emergency=False,
    )
    leaf = encode_entry(entry, 0, T0)
    signer = NoteSigner.from_private_key_text(keyring.log_signer_text())
    checkpoint = sign_checkpoint(Checkpoint(ORIGIN, 1, hash_leaf(leaf)), signer)
    proof = TLogProof(0, (), checkpoint.note).format()
    zip_bytes = assemble_zip(signed, leaf, proof, keyring.log_verifier_key_text())
    return seal(zip_bytes, public_text, content.disclosure_id, "rcp-1")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        keyring = Keyring.create(Path(tmp) / "keys", None, ORIGIN)
        private_pem, public_text = generate_recipient_keypair("bench")
        keys = keyring.public_keys()
        build(keyring, public_text)  # warm-up (imports, font metrics)
        build_times, verify_times, build_cpu = [], [], []
        sealed = b""
        for _ in range(RUNS):
            start, cpu = time.perf_counter(), time.process_time()
            sealed = build(keyring, public_text)
            build_times.append(time.perf_counter() - start)
            build_cpu.append(time.process_time() - cpu)
        path = Path(tmp) / "package.sealed"
        path.write_bytes(sealed)
        for _ in range(RUNS):
            start = time.perf_counter()
            verify_package(path, keys, private_key_pem=private_pem)
            verify_times.append(time.perf_counter() - start)
        from gateway.packages import open_sealed
        from gateway.packages.archive import read_zip

        zip_bytes, _, _ = open_sealed(sealed, private_pem)
        pages = len(PdfReader(io.BytesIO(read_zip(zip_bytes, "x")["referral.pdf"])).pages)
    print(f"referral.pdf pages: {pages}; sealed package: {len(sealed) / 1024:.0f} KiB")
    print(
        f"build  (render+sign+log proof+zip+seal): median {statistics.median(build_times):.3f} s, "
        f"max {max(build_times):.3f} s, CPU median {statistics.median(build_cpu):.3f} s  "
        "(target <= 2 s)"
    )
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} (wall times grow with load)")
    print(
        f"verify (decrypt+signature+hashes+proof): median {statistics.median(verify_times):.3f} s, "
        f"max {max(verify_times):.3f} s  (target <= 0.5 s)"
    )


if __name__ == "__main__":
    main()
