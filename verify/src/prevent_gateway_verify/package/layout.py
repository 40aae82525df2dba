"""File names inside a referral package."""

from __future__ import annotations

__all__ = [
    "ENVELOPE",
    "LOG_ENTRY",
    "LOG_PROOF",
    "LOG_VKEY",
    "MANIFEST",
    "REFERRAL_PDF",
    "UNSIGNED_LOG_FILES",
]

REFERRAL_PDF = "referral.pdf"
MANIFEST = "manifest.json"
ENVELOPE = "manifest.dsse.json"
LOG_ENTRY = "log.entry"
LOG_PROOF = "log.tlog-proof"
LOG_VKEY = "log.vkey"
# Added after signing (they depend on the envelope's hash); authenticated by the log's
# signed checkpoint instead of the manifest.
UNSIGNED_LOG_FILES = (LOG_ENTRY, LOG_PROOF)
