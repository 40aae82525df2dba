"""RFC 9162 inclusion and consistency proofs: which nodes a proof needs, and how to verify one.

Verification follows RFC 9162 sections 2.1.3.2 and 2.1.4.2 in the shape of transparency-dev/merkle
(proof/verify.go), including its edge-case policy: a proof of the wrong length is rejected, a
consistency proof from the empty tree is rejected, every hash must be 32 bytes.

Generation is storage-agnostic: `inclusion_proof_nodes` / `consistency_proof_nodes` say which
perfect subtrees (level, index) are needed, and `assemble_proof` turns the fetched hashes into the
proof, so a store answers in O(log n) reads.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from prevent_gateway_verify.errors import LogError
from prevent_gateway_verify.log.compact_range import fold_subtrees, perfect_subtrees
from prevent_gateway_verify.log.hashing import HASH_SIZE, hash_children


class ProofError(LogError, ValueError):
    """A Merkle proof does not prove what it claims (or is malformed)."""


NodeAddress = tuple[int, int]
"""(level, index): the perfect subtree of 2**level leaves starting at leaf index * 2**level."""


@dataclass(frozen=True)
class ProofPlan:
    """The ranges whose hashes make up a proof, in proof order, and the nodes they need."""

    ranges: tuple[tuple[int, int], ...]

    def nodes(self) -> list[NodeAddress]:
        seen: dict[NodeAddress, None] = {}
        for start, end in self.ranges:
            for address in perfect_subtrees(start, end):
                seen[address] = None
        return list(seen)


def _largest_power_of_two_below(n: int) -> int:
    return 1 << ((n - 1).bit_length() - 1)


def inclusion_proof_nodes(index: int, size: int) -> ProofPlan:
    """RFC 9162 PATH(index, D[0:size]) as ranges, leaf sibling first."""
    if not 0 <= index < size:
        raise ProofError(f"index {index} is outside a tree of size {size}")
    ranges: list[tuple[int, int]] = []
    start, n, m = 0, size, index
    while n > 1:
        k = _largest_power_of_two_below(n)
        if m < k:
            ranges.append((start + k, start + n))
            n = k
        else:
            ranges.append((start, start + k))
            start, n, m = start + k, n - k, m - k
    ranges.reverse()
    return ProofPlan(tuple(ranges))


def consistency_proof_nodes(old_size: int, new_size: int) -> ProofPlan:
    """RFC 9162 PROOF(old_size, D[0:new_size]) as ranges, in proof order."""
    if not 0 < old_size <= new_size:
        raise ProofError(
            f"no consistency proof from size {old_size} to size {new_size} "
            "(the old size must be at least 1 and not larger than the new size)"
        )
    ranges: list[tuple[int, int]] = []
    start, n, m, complete = 0, new_size, old_size, True
    while m != n:
        k = _largest_power_of_two_below(n)
        if m <= k:
            ranges.append((start + k, start + n))
            n = k
        else:
            ranges.append((start, start + k))
            start, n, m, complete = start + k, n - k, m - k, False
    if not complete:
        ranges.append((start, start + n))
    ranges.reverse()
    return ProofPlan(tuple(ranges))


def assemble_proof(plan: ProofPlan, nodes: Mapping[NodeAddress, bytes]) -> list[bytes]:
    """The proof hashes for `plan` from fetched perfect-subtree hashes."""
    out: list[bytes] = []
    for start, end in plan.ranges:
        try:
            out.append(fold_subtrees([nodes[a] for a in perfect_subtrees(start, end)]))
        except KeyError as exc:
            raise ProofError(f"tree node {exc.args[0]} is missing from storage") from exc
    return out


def build_proof(
    plan: ProofPlan, fetch: Callable[[Sequence[NodeAddress]], Mapping[NodeAddress, bytes]]
) -> list[bytes]:
    """Fetch the nodes `plan` needs (one call) and assemble the proof."""
    return assemble_proof(plan, fetch(plan.nodes()))


# --- verification -----------------------------------------------------------------------------


def _check_hash(value: bytes, what: str) -> None:
    if len(value) != HASH_SIZE:
        raise ProofError(f"{what} is {len(value)} bytes long; a SHA-256 hash is {HASH_SIZE}")


def _decompose_inclusion(index: int, size: int) -> tuple[int, int]:
    inner = (index ^ (size - 1)).bit_length()
    border = (index >> inner).bit_count()
    return inner, border


def _chain_inner(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        seed = hash_children(seed, h) if (index >> i) & 1 == 0 else hash_children(h, seed)
    return seed


def _chain_inner_right(seed: bytes, proof: Sequence[bytes], index: int) -> bytes:
    for i, h in enumerate(proof):
        if (index >> i) & 1:
            seed = hash_children(h, seed)
    return seed


def _chain_border_right(seed: bytes, proof: Sequence[bytes]) -> bytes:
    for h in proof:
        seed = hash_children(h, seed)
    return seed


def root_from_inclusion_proof(
    index: int, size: int, leaf_hash: bytes, proof: Sequence[bytes]
) -> bytes:
    """The root that `proof` implies for leaf `index` in a tree of `size` leaves."""
    if index < 0 or size < 0:
        raise ProofError("index and tree size must not be negative")
    if index >= size:
        raise ProofError(f"leaf index {index} is beyond the tree size {size}")
    _check_hash(leaf_hash, "the leaf hash")
    for i, h in enumerate(proof):
        _check_hash(h, f"proof hash {i}")
    inner, border = _decompose_inclusion(index, size)
    if len(proof) != inner + border:
        raise ProofError(
            f"an inclusion proof for leaf {index} in a tree of {size} has {inner + border} "
            f"hashes, this one has {len(proof)}"
        )
    res = _chain_inner(leaf_hash, proof[:inner], index)
    return _chain_border_right(res, proof[inner:])


def verify_inclusion(
    index: int, size: int, leaf_hash: bytes, proof: Sequence[bytes], root: bytes
) -> None:
    """Raise ProofError unless `proof` shows leaf `index` with `leaf_hash` is in the tree `root`."""
    _check_hash(root, "the root hash")
    calculated = root_from_inclusion_proof(index, size, leaf_hash, proof)
    if calculated != root:
        raise ProofError(
            f"the inclusion proof for leaf {index} leads to root {calculated.hex()}, "
            f"not the expected {root.hex()}"
        )


def root_from_consistency_proof(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes
) -> bytes:
    """Check `proof` against the old root and return the new root it implies."""
    if old_size < 0 or new_size < 0:
        raise ProofError("tree sizes must not be negative")
    if new_size < old_size:
        raise ProofError(f"the new tree ({new_size}) is smaller than the old one ({old_size})")
    if old_size == 0:
        raise ProofError("a consistency proof from the empty tree proves nothing")
    if old_size == new_size:
        if proof:
            raise ProofError("the tree sizes are equal, so the proof must be empty")
        return old_root
    if not proof:
        raise ProofError(f"empty consistency proof from size {old_size} to {new_size}")
    _check_hash(old_root, "the old root hash")
    for i, h in enumerate(proof):
        _check_hash(h, f"proof hash {i}")

    inner, border = _decompose_inclusion(old_size - 1, new_size)
    shift = (old_size & -old_size).bit_length() - 1
    inner -= shift
    if old_size == 1 << shift:
        seed, start = old_root, 0
    else:
        seed, start = proof[0], 1
    if len(proof) != start + inner + border:
        raise ProofError(
            f"a consistency proof from size {old_size} to {new_size} has "
            f"{start + inner + border} hashes, this one has {len(proof)}"
        )
    rest = proof[start:]
    mask = (old_size - 1) >> shift
    hash1 = _chain_border_right(_chain_inner_right(seed, rest[:inner], mask), rest[inner:])
    if hash1 != old_root:
        raise ProofError(
            f"the consistency proof leads to old root {hash1.hex()}, "
            f"not the expected {old_root.hex()}"
        )
    return _chain_border_right(_chain_inner(seed, rest[:inner], mask), rest[inner:])


def verify_consistency(
    old_size: int, new_size: int, proof: Sequence[bytes], old_root: bytes, new_root: bytes
) -> None:
    """Raise ProofError unless the tree (new_size, new_root) extends (old_size, old_root)."""
    calculated = root_from_consistency_proof(old_size, new_size, proof, old_root)
    if calculated != new_root:
        raise ProofError(
            f"the consistency proof leads to new root {calculated.hex()}, "
            f"not the expected {new_root.hex()}"
        )
