"""A compact range: the O(log n) state from which a Merkle tree over [0, n) grows and gets its root.

The range [0, n) is kept as the hashes of its perfect subtrees, largest (leftmost) first: one per
set bit of n. Appending a leaf merges equal-sized subtrees on the right, exactly like a binary
counter, so every append costs amortised O(1) hashes and at most O(log n).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

from prevent_gateway_verify.log.hashing import EMPTY_ROOT, HASH_SIZE, hash_children

_sha256 = hashlib.sha256

NodeCallback = Callable[[int, int, bytes], None]
"""Called with (level, index, hash) for every perfect subtree a range completes."""


def perfect_subtrees(start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) into perfect subtrees (level, index), left to right, largest first.

    `start` must be aligned so that the split is the RFC 9162 one (true for [0, n) and for every
    range a proof asks for).
    """
    if start < 0 or end < start:
        raise ValueError(f"bad range [{start}, {end})")
    out: list[tuple[int, int]] = []
    while start < end:
        level = (start & -start).bit_length() - 1 if start else (end - start).bit_length() - 1
        while start + (1 << level) > end:
            level -= 1
        out.append((level, start >> level))
        start += 1 << level
    return out


def subtree_root(leaf_hashes: Sequence[bytes]) -> bytes:
    """Root of a perfect subtree (a power-of-two number of leaf hashes), one level at a time."""
    level = list(leaf_hashes)
    n = len(level)
    if n == 0 or n & (n - 1):
        raise ValueError("a perfect subtree has a power-of-two number of leaves")
    sha = _sha256
    while len(level) > 1:
        pairs = iter(level)
        level = [sha(b"\x01" + a + b).digest() for a, b in zip(pairs, pairs, strict=True)]
    return level[0]


def fold_subtrees(hashes: Sequence[bytes]) -> bytes:
    """Root of a range from its perfect-subtree hashes (largest first), folding from the right."""
    if not hashes:
        return EMPTY_ROOT
    root = hashes[-1]
    for h in reversed(hashes[:-1]):
        root = hash_children(h, root)
    return root


class CompactRange:
    """The compact range [0, size) of an RFC 9162 tree."""

    __slots__ = ("_hashes", "_size")

    def __init__(self, size: int = 0, hashes: Iterable[bytes] = ()) -> None:
        hashes = list(hashes)
        if size < 0:
            raise ValueError("size must not be negative")
        if len(hashes) != size.bit_count():
            raise ValueError(
                f"a compact range of size {size} needs {size.bit_count()} hashes, got {len(hashes)}"
            )
        if any(len(h) != HASH_SIZE for h in hashes):
            raise ValueError("compact range hashes must be 32 bytes")
        self._size = size
        self._hashes = hashes

    @property
    def size(self) -> int:
        return self._size

    @property
    def hashes(self) -> list[bytes]:
        """The perfect-subtree hashes, largest first (copy)."""
        return list(self._hashes)

    def append(self, leaf_hash: bytes, on_node: NodeCallback | None = None) -> None:
        """Add a leaf hash; `on_node` sees the leaf and every subtree this append completes."""
        size = self._size
        hashes = self._hashes
        h = leaf_hash
        level = 0
        index = size
        if on_node is not None:
            on_node(0, index, h)
        while index & 1:
            h = hash_children(hashes.pop(), h)
            level += 1
            index >>= 1
            if on_node is not None:
                on_node(level, index, h)
        hashes.append(h)
        self._size = size + 1

    def extend(self, leaf_hashes: Sequence[bytes]) -> None:
        """Append many leaf hashes quickly (no callbacks): whole perfect subtrees are hashed
        level by level, then merged into the range."""
        leaves = list(leaf_hashes)
        offset = 0
        for level, _index in perfect_subtrees(self._size, self._size + len(leaves)):
            width = 1 << level
            self.append_subtree(level, subtree_root(leaves[offset : offset + width]))
            offset += width

    def append_subtree(self, level: int, subtree_hash: bytes) -> None:
        """Append a whole perfect subtree of 2**level leaves (the size must be a multiple)."""
        if self._size & ((1 << level) - 1):
            raise ValueError(f"size {self._size} is not a multiple of 2**{level}")
        hashes = self._hashes
        h = subtree_hash
        index = self._size >> level
        while index & 1:
            h = _sha256(b"\x01" + hashes.pop() + h).digest()
            index >>= 1
        hashes.append(h)
        self._size += 1 << level

    def root(self) -> bytes:
        """The RFC 9162 root hash of [0, size)."""
        return fold_subtrees(self._hashes)

    def copy(self) -> CompactRange:
        return CompactRange(self._size, self._hashes)
