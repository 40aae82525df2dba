"""The compact range: appending leaf by leaf, in chunks or as whole subtrees gives one tree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sharing_log.compact_range import CompactRange, perfect_subtrees, subtree_root
from sharing_log.hashing import EMPTY_ROOT, hash_children, hash_leaf


def mth(leaves: list[bytes]) -> bytes:
    """RFC 9162 MTH straight from the definition."""
    if not leaves:
        return EMPTY_ROOT
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hash_children(mth(leaves[:k]), mth(leaves[k:]))


@settings(max_examples=150, deadline=None)
@given(n=st.integers(0, 300), cuts=st.lists(st.integers(1, 70), max_size=30))
def test_chunked_extend_equals_leaf_by_leaf_and_definition(n: int, cuts: list[int]) -> None:
    leaves = [hash_leaf(i.to_bytes(2, "big")) for i in range(n)]
    one = CompactRange()
    for h in leaves:
        one.append(h)
    chunked = CompactRange()
    pos = 0
    for cut in [*cuts, n]:
        chunked.extend(leaves[pos : pos + cut])
        pos = min(pos + cut, n)
    assert one.size == chunked.size == n
    assert one.root() == chunked.root() == mth(leaves)
    assert one.hashes == chunked.hashes


def test_perfect_subtrees_and_misuse() -> None:
    assert perfect_subtrees(0, 13) == [(3, 0), (2, 2), (0, 12)]
    assert perfect_subtrees(12, 16) == [(2, 3)]
    assert perfect_subtrees(6, 11) == [(1, 3), (1, 4), (0, 10)]
    with pytest.raises(ValueError):
        subtree_root([hash_leaf(b"x")] * 3)
    with pytest.raises(ValueError):
        CompactRange(3, [hash_leaf(b"x")])
    tree = CompactRange(1, [hash_leaf(b"x")])
    with pytest.raises(ValueError):
        tree.append_subtree(1, hash_leaf(b"y"))
