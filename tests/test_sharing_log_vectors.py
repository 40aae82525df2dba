"""Every check in ../shared/vectors/merkle_vectors.json: hashing, reference tree, KATs, probes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sharing_log.compact_range import CompactRange
from sharing_log.hashing import EMPTY_ROOT, hash_children, hash_leaf
from sharing_log.note import NoteVerifier, open_note
from sharing_log.proofs import (
    ProofError,
    build_proof,
    consistency_proof_nodes,
    inclusion_proof_nodes,
    root_from_inclusion_proof,
    verify_consistency,
    verify_inclusion,
)


@pytest.fixture(scope="module")
def vectors(vectors_dir: Path) -> dict[str, Any]:
    return json.loads((vectors_dir / "merkle_vectors.json").read_text())


def _h(items: list[str]) -> list[bytes]:
    return [bytes.fromhex(x) for x in items]


def _reference_nodes(vectors: dict[str, Any]) -> dict[tuple[int, int], bytes]:
    nodes: dict[tuple[int, int], bytes] = {}
    tree = CompactRange()
    for leaf in vectors["reference_tree"]["leaf_inputs_hex"]:
        tree.append(
            hash_leaf(bytes.fromhex(leaf)), lambda lv, ix, h: nodes.__setitem__((lv, ix), h)
        )
    return nodes


def test_hasher_cases(vectors: dict[str, Any]) -> None:
    cases = vectors["hasher"]["cases"]
    assert len(cases) == 4
    for case in cases:
        if case["kind"] == "empty_root":
            got = EMPTY_ROOT
        elif case["kind"] == "leaf":
            got = hash_leaf(bytes.fromhex(case["input_hex"]))
        else:
            got = hash_children(bytes.fromhex(case["left_hex"]), bytes.fromhex(case["right_hex"]))
        assert got.hex() == case["want"], case["desc"]


def test_reference_tree_roots_and_nodes(vectors: dict[str, Any]) -> None:
    ref = vectors["reference_tree"]
    roots = ref["root_by_tree_size"]["roots"]
    tree = CompactRange()
    assert tree.root().hex() == roots[0]
    for n, leaf in enumerate(ref["leaf_inputs_hex"], start=1):
        tree.append(hash_leaf(bytes.fromhex(leaf)))
        assert tree.root().hex() == roots[n], f"root of size {n}"
    nodes = _reference_nodes(vectors)
    for level, hashes in enumerate(ref["node_hashes_by_level"]["levels"]):
        for index, want in enumerate(hashes):
            assert nodes[(level, index)].hex() == want, (level, index)


def test_inclusion_kats_generate_and_verify(vectors: dict[str, Any]) -> None:
    nodes = _reference_nodes(vectors)
    cases = vectors["inclusion_kats"]["cases"]
    assert cases
    for c in cases:
        proof = build_proof(
            inclusion_proof_nodes(c["leaf_index"], c["tree_size"]),
            lambda a: {x: nodes[x] for x in a},
        )
        assert [p.hex() for p in proof] == c["proof"]
        leaf_hash = hash_leaf(bytes.fromhex(c["leaf_input_hex"]))
        verify_inclusion(
            c["leaf_index"], c["tree_size"], leaf_hash, proof, bytes.fromhex(c["root"])
        )
        assert (
            root_from_inclusion_proof(c["leaf_index"], c["tree_size"], leaf_hash, proof).hex()
            == c["root"]
        )


def test_consistency_kats_generate_and_verify(vectors: dict[str, Any]) -> None:
    nodes = _reference_nodes(vectors)
    cases = vectors["consistency_kats"]["cases"]
    assert cases
    for c in cases:
        if c["size1"] == c["size2"]:
            proof: list[bytes] = []
        else:
            plan = consistency_proof_nodes(c["size1"], c["size2"])
            proof = build_proof(plan, lambda a: {x: nodes[x] for x in a})
        assert [p.hex() for p in proof] == c["proof"]
        verify_consistency(
            c["size1"], c["size2"], proof, bytes.fromhex(c["root1"]), bytes.fromhex(c["root2"])
        )


def test_inclusion_probes(vectors: dict[str, Any]) -> None:
    cases = vectors["inclusion_probes"]["cases"]
    assert len(cases) == 98
    rejected = 0
    for c in cases:
        args = (c["leafIdx"], c["treeSize"], bytes.fromhex(c["leafHash"]), _h(c["proof"]))
        if c["wantErr"]:
            with pytest.raises(ProofError):
                verify_inclusion(*args, bytes.fromhex(c["root"]))
            rejected += 1
        else:
            verify_inclusion(*args, bytes.fromhex(c["root"]))
    assert rejected == sum(1 for c in cases if c["wantErr"]) > 0


def test_consistency_probes(vectors: dict[str, Any]) -> None:
    cases = vectors["consistency_probes"]["cases"]
    assert len(cases) == 98
    for c in cases:
        args = (
            c["size1"],
            c["size2"],
            _h(c["proof"]),
            bytes.fromhex(c["root1"]),
            bytes.fromhex(c["root2"]),
        )
        if c["wantErr"]:
            with pytest.raises(ProofError):
                verify_consistency(*args)
        else:
            verify_consistency(*args)


def test_c2sp_signed_note_example(vectors: dict[str, Any]) -> None:
    ex = vectors["c2sp_signed_note"]
    verifier = NoteVerifier.from_key_text(ex["vkey"])
    assert verifier.key_text() == ex["vkey"]
    assert open_note(ex["signed_note"], [verifier]).text == ex["note_text"]
    tampered = ex["signed_note"].replace("example message", "example massage")
    with pytest.raises(ValueError, match="invalid"):
        open_note(tampered, [verifier])


def test_generated_proofs_match_recursive_definition() -> None:
    """Cross-check generation for all (index, size) up to 40 against a direct RFC 9162 PATH."""
    leaves = [hash_leaf(bytes([i])) for i in range(40)]

    def mth(d: list[bytes]) -> bytes:
        if len(d) == 1:
            return d[0]
        k = 1 << ((len(d) - 1).bit_length() - 1)
        return hash_children(mth(d[:k]), mth(d[k:]))

    def path(m: int, d: list[bytes]) -> list[bytes]:
        if len(d) == 1:
            return []
        k = 1 << ((len(d) - 1).bit_length() - 1)
        return [*path(m, d[:k]), mth(d[k:])] if m < k else [*path(m - k, d[k:]), mth(d[:k])]

    nodes: dict[tuple[int, int], bytes] = {}
    tree = CompactRange()
    for h in leaves:
        tree.append(h, lambda lv, ix, x: nodes.__setitem__((lv, ix), x))
    for size in range(1, 41):
        root = mth(leaves[:size])
        for index in range(size):
            proof = build_proof(
                inclusion_proof_nodes(index, size), lambda a: {x: nodes[x] for x in a}
            )
            assert proof == path(index, leaves[:size])
            verify_inclusion(index, size, leaves[index], proof, root)
        for old in range(1, size):
            proof = build_proof(
                consistency_proof_nodes(old, size), lambda a: {x: nodes[x] for x in a}
            )
            verify_consistency(old, size, proof, mth(leaves[:old]), root)
            with pytest.raises(ProofError):
                verify_consistency(old, size, proof, mth(leaves[:old]), leaves[0])


def test_c2sp_checkpoint_example_parses(vectors: dict[str, Any]) -> None:
    """The spec's example has no public key, so only its structure can be checked."""
    from sharing_log.checkpoint import parse_checkpoint_text
    from sharing_log.note import parse_signed_note

    note = parse_signed_note(vectors["c2sp_tlog_checkpoint_example"]["text"])
    cp = parse_checkpoint_text(note.text)
    assert (cp.origin, cp.size) == ("example.com/behind-the-sofa", 20852163)
    assert len(cp.root_hash) == 32 and cp.text() == note.text
    assert [s.name for s in note.signatures] == ["example.com/behind-the-sofa"]
    assert note.render() == vectors["c2sp_tlog_checkpoint_example"]["text"]
