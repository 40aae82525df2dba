"""DSSE: the shared vectors, and interoperability with securesystemslib."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from gateway.packages.dsse import (
    DsseError,
    Envelope,
    b64decode,
    pae,
    sign,
    verify,
)
from gateway.packages.manifest import MANIFEST_PAYLOAD_TYPE


def _vectors(vectors_dir: Path) -> dict[str, Any]:
    return json.loads((vectors_dir / "dsse_vectors.json").read_text())


def test_every_dsse_vector(vectors_dir: Path) -> None:
    data = _vectors(vectors_dir)
    keys = {
        name: Ed25519PublicKey.from_public_bytes(bytes.fromhex(k["public"]))
        for name, k in data["keys"].items()
    }
    assert data["vectors"]
    for vector in data["vectors"]:
        envelope = Envelope.from_dict(vector["envelope"])
        trusted = {name: keys[name] for name in vector["trustedKeys"]}
        if vector["expect"] == "accept":
            assert envelope.pae().hex() == vector["pae"], vector["id"]
            result = verify(
                envelope,
                trusted,
                supported_payload_types=vector["supportedPayloadTypes"],
                threshold=vector["threshold"],
            )
            assert len(result.key_ids) >= vector["threshold"]
        else:
            with pytest.raises(DsseError):
                verify(
                    envelope,
                    trusted,
                    supported_payload_types=vector["supportedPayloadTypes"],
                    threshold=vector["threshold"],
                )


def test_vector_signatures_reproduce(vectors_dir: Path) -> None:
    """Ed25519 is deterministic: signing the vector PAE with the seed gives the same sig."""
    data = _vectors(vectors_dir)
    seed_a = bytes.fromhex(data["keys"]["A"]["seed"])
    key = Ed25519PrivateKey.from_private_bytes(seed_a)
    first = data["vectors"][0]
    envelope = Envelope.from_dict(first["envelope"])
    signed = sign(envelope.payload, envelope.payload_type, [("A", key)])
    assert signed.signatures[0].sig == envelope.signatures[0].sig


def test_pae_spec_example() -> None:
    assert pae("http://example.com/HelloWorld", b"hello world") == (
        b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


def test_base64_both_alphabets() -> None:
    assert b64decode("-_-_Pj8=") == bytes.fromhex("fbffbf3e3f")
    assert b64decode("+/+/Pj8") == bytes.fromhex("fbffbf3e3f")
    with pytest.raises(DsseError):
        b64decode("+_")
    with pytest.raises(DsseError):
        b64decode("ab!c")


def test_wrong_key_and_tampered_payload_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    other = Ed25519PrivateKey.generate()
    env = sign(b'{"a":1}', MANIFEST_PAYLOAD_TYPE, [("k1", key)])
    with pytest.raises(DsseError):
        verify(env, {"k1": other.public_key()}, supported_payload_types=[MANIFEST_PAYLOAD_TYPE])
    tampered = Envelope(b'{"a":2}', env.payload_type, env.signatures)
    with pytest.raises(DsseError):
        verify(tampered, {"k1": key.public_key()}, supported_payload_types=[MANIFEST_PAYLOAD_TYPE])
    ok = verify(env, {"k1": key.public_key()}, supported_payload_types=[MANIFEST_PAYLOAD_TYPE])
    assert ok.key_ids == ("k1",)


def test_our_envelope_verifies_with_securesystemslib() -> None:
    from securesystemslib.dsse import Envelope as SslibEnvelope
    from securesystemslib.exceptions import VerificationError
    from securesystemslib.signer import SSlibKey

    key = Ed25519PrivateKey.generate()
    ours = sign(b'{"disclosure_id":"d-1"}', MANIFEST_PAYLOAD_TYPE, [("abcd1234abcd1234", key)])
    parsed = SslibEnvelope.from_dict(json.loads(ours.to_json_bytes()))
    ssl_key = SSlibKey.from_crypto(key.public_key(), keyid="abcd1234abcd1234")
    accepted = parsed.verify([ssl_key], 1)
    assert set(accepted) == {"abcd1234abcd1234"}
    assert parsed.payload_type == MANIFEST_PAYLOAD_TYPE
    # and a wrong key fails there too, so the check above can fail
    wrong = SSlibKey.from_crypto(
        Ed25519PrivateKey.generate().public_key(), keyid="abcd1234abcd1234"
    )
    with pytest.raises(VerificationError):
        SslibEnvelope.from_dict(json.loads(ours.to_json_bytes())).verify([wrong], 1)
