"""Signed notes, checkpoints, cosignatures and tlog-proof files."""

from __future__ import annotations

import base64
import hashlib

import pytest

from sharing_log.checkpoint import (
    Checkpoint,
    CheckpointError,
    CosignatureSigner,
    CosignatureVerifier,
    open_checkpoint,
    parse_checkpoint_text,
    sign_checkpoint,
    verify_cosignatures,
)
from sharing_log.compact_range import CompactRange
from sharing_log.hashing import hash_leaf
from sharing_log.note import NoteError, NoteSigner, NoteVerifier, open_note, parse_signed_note
from sharing_log.proofs import build_proof, inclusion_proof_nodes
from sharing_log.tlog_proof import TLogProof, TLogProofError, parse_tlog_proof, verify_tlog_proof

ORIGIN = "prevent-gateway.example.ac.uk/sharing-log"


def test_key_texts_round_trip_and_key_id_rule() -> None:
    signer = NoteSigner.generate(ORIGIN)
    vkey = signer.verifier_key_text()
    name, hex_id, b64 = vkey.split("+", 2)
    material = base64.b64decode(b64)
    assert name == ORIGIN and material[0] == 0x01 and len(material) == 33
    assert hex_id == hashlib.sha256(ORIGIN.encode() + b"\n\x01" + material[1:]).digest()[:4].hex()
    priv = signer.private_key_text()
    assert priv.startswith(f"PRIVATE+KEY+{ORIGIN}+{hex_id}+")
    again = NoteSigner.from_private_key_text(priv)
    assert again.verifier_key_text() == vkey
    assert NoteVerifier.from_key_text(vkey).key_id == signer.key_id


@pytest.mark.parametrize(
    "bad",
    [
        "no-plus-signs",
        "name+zzzzzzzz+AQ==",
        "name+00000000+" + base64.b64encode(b"\x01" + b"k" * 32).decode(),  # wrong key id
        "name+00000000+" + base64.b64encode(b"\x02" + b"k" * 32).decode(),  # wrong algorithm
        "na me+00000000+AQ==",
    ],
)
def test_malformed_verifier_keys_are_refused(bad: str) -> None:
    with pytest.raises(NoteError):
        NoteVerifier.from_key_text(bad)


def test_signed_note_rejects_tampering_and_unknown_keys() -> None:
    signer = NoteSigner.generate(ORIGIN)
    signed = signer.sign("hello\n")
    assert open_note(signed, [signer.verifier]).text == "hello\n"
    with pytest.raises(NoteError, match="invalid"):
        open_note(signed.replace("hello", "hellO"), [signer.verifier])
    other = NoteSigner.generate("someone.else/log")
    with pytest.raises(NoteError, match="no signature"):
        open_note(signed, [other.verifier])
    impostor = NoteSigner.generate(ORIGIN)  # same name, different key
    with pytest.raises(NoteError, match="no signature"):
        open_note(impostor.sign("hello\n"), [signer.verifier])
    with pytest.raises(NoteError):
        parse_signed_note("hello\n")
    with pytest.raises(NoteError):
        signer.sign("no final newline")


def test_checkpoint_sign_parse_verify() -> None:
    signer = NoteSigner.generate(ORIGIN)
    root = hashlib.sha256(b"x").digest()
    cp = Checkpoint(ORIGIN, 7, root, ("ext line",))
    assert cp.text() == f"{ORIGIN}\n7\n{base64.b64encode(root).decode()}\next line\n"
    assert parse_checkpoint_text(cp.text()) == cp
    signed = sign_checkpoint(cp, signer)
    opened = open_checkpoint(signed.note, signer.verifier)
    assert opened.checkpoint == cp
    with pytest.raises(CheckpointError):
        open_checkpoint(signed.note.replace("\n7\n", "\n8\n"), signer.verifier)
    for bad in [f"{ORIGIN}\n07\nAAAA\n", f"{ORIGIN}\n7\n", f"{ORIGIN}\n-1\nAAAA\n", "x\n1\n!!\n"]:
        with pytest.raises(CheckpointError):
            parse_checkpoint_text(bad)
    with pytest.raises(CheckpointError, match="origin"):
        sign_checkpoint(Checkpoint("other/log", 1, root), signer)


def test_witness_cosignature() -> None:
    signer = NoteSigner.generate(ORIGIN)
    witness = CosignatureSigner.generate("dpo.example.ac.uk/witness")
    signed = sign_checkpoint(Checkpoint(ORIGIN, 3, hashlib.sha256(b"r").digest()), signer)
    cosigned = witness.cosign(signed.note, signer.verifier, timestamp=1_700_000_000)
    # The log signature still verifies, and the cosignature verifies with the published key.
    assert open_checkpoint(cosigned, signer.verifier).size == 3
    wv = CosignatureVerifier.from_key_text(witness.verifier_key_text())
    assert wv.verify(cosigned) == 1_700_000_000
    assert verify_cosignatures(cosigned, [wv], 1) == {"dpo.example.ac.uk/witness": 1_700_000_000}
    # Key id uses algorithm byte 0x04 per C2SP tlog-cosignature.
    raw = base64.b64decode(witness.verifier_key_text().split("+", 2)[2])
    assert raw[0] == 0x04
    # Cosignature over the exact signed message: "cosignature/v1\ntime T\n" + body.
    sig = parse_signed_note(cosigned).signatures[-1]
    msg = b"cosignature/v1\ntime 1700000000\n" + parse_signed_note(cosigned).text.encode()
    wv.public_key.verify(sig.signature[8:], msg)
    with pytest.raises(CheckpointError):
        wv.verify(signed.note)
    with pytest.raises(CheckpointError):
        verify_cosignatures(signed.note, [wv], 1)
    # A cosignature does not carry over to a different checkpoint.
    other = sign_checkpoint(Checkpoint(ORIGIN, 4, hashlib.sha256(b"s").digest()), signer)
    forged = other.note + cosigned.splitlines(keepends=True)[-1]
    with pytest.raises(CheckpointError, match="does not verify"):
        wv.verify(forged)
    assert CosignatureSigner.from_private_key_text(witness.private_key_text()).key_id == wv.key_id


def _tree(n: int) -> tuple[list[bytes], dict[tuple[int, int], bytes], CompactRange]:
    leaves = [f"entry {i}".encode() for i in range(n)]
    nodes: dict[tuple[int, int], bytes] = {}
    tree = CompactRange()
    for leaf in leaves:
        tree.append(hash_leaf(leaf), lambda lv, ix, h: nodes.__setitem__((lv, ix), h))
    return leaves, nodes, tree


def test_tlog_proof_round_trip_and_verification() -> None:
    signer = NoteSigner.generate(ORIGIN)
    leaves, nodes, tree = _tree(13)
    signed = sign_checkpoint(Checkpoint(ORIGIN, 13, tree.root()), signer)
    hashes = build_proof(inclusion_proof_nodes(6, 13), lambda a: {x: nodes[x] for x in a})
    text = TLogProof(6, tuple(hashes), signed.note, extra=b"context").format()
    assert text.startswith("c2sp.org/tlog-proof@v1\nextra Y29udGV4dA==\nindex 6\n")
    assert parse_tlog_proof(text) == TLogProof(6, tuple(hashes), signed.note, b"context")
    assert verify_tlog_proof(text, leaves[6], signer.verifier).size == 13
    with pytest.raises(TLogProofError, match="not proven"):
        verify_tlog_proof(text, leaves[5], signer.verifier)
    with pytest.raises(TLogProofError):
        verify_tlog_proof(text.replace("index 6", "index 7"), leaves[6], signer.verifier)
    with pytest.raises(TLogProofError):
        verify_tlog_proof(text, leaves[6], NoteSigner.generate(ORIGIN).verifier)
    without = TLogProof(6, tuple(hashes), signed.note).format()
    assert "extra" not in without and verify_tlog_proof(without, leaves[6], signer.verifier)
    for bad in [
        "c2sp.org/tlog-proof@v2\nindex 1\n\n" + signed.note,
        "c2sp.org/tlog-proof@v1\nindex 01\n\n" + signed.note,
    ]:
        with pytest.raises(TLogProofError):
            parse_tlog_proof(bad)


def test_tlog_proof_refuses_non_canonical_base64() -> None:
    import base64

    import pytest

    from prevent_gateway_verify.log.tlog_proof import TLogProofError, _b64

    canonical = base64.b64encode(bytes(32)).decode()
    assert _b64(canonical, "hash") == bytes(32)
    # Same bytes, different text: the last character's unused bits set.
    altered = canonical[:-2] + "B="
    assert base64.b64decode(altered) == bytes(32)
    with pytest.raises(TLogProofError, match="canonical"):
        _b64(altered, "hash")
