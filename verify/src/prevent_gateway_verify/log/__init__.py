"""The sharing log's formats and their verification: RFC 9162 Merkle tree and proofs, C2SP
signed notes, checkpoints, cosignatures and tlog-proofs, typed entries, exports, the witness."""
