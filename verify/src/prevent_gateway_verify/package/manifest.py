"""manifest.json and its DSSE envelope, manifest.dsse.json: the format constants and the
canonical JSON a verifier checks.

manifest.json is canonical JSON (keys sorted, no insignificant whitespace, UTF-8, integers
only: the RFC 8785 encoding for these value types). manifest.dsse.json is a DSSE v1 envelope
over exactly those bytes, payload type ``MANIFEST_PAYLOAD_TYPE``, signed with the
organisation's Ed25519 key; its signature carries the key id.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["FORMAT", "FORMAT_VERSION", "MANIFEST_PAYLOAD_TYPE", "canonical_json"]

FORMAT = "prevent-gateway/referral-package"
FORMAT_VERSION = 1
MANIFEST_PAYLOAD_TYPE = "application/vnd.prevent-gateway.manifest+json; version=1"


def canonical_json(value: Any) -> bytes:
    """Canonical JSON bytes. Floats are refused (not needed, and not canonical across tools)."""

    def check(v: Any) -> None:
        if isinstance(v, float):
            raise ValueError("canonical manifest JSON holds no floating-point numbers")
        if isinstance(v, dict):
            for item in v.values():
                check(item)
        elif isinstance(v, list):
            for item in v:
                check(item)

    check(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )
