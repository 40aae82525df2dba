"""prevent-gateway-verify: check what a prevent-gateway installation emits, without trusting it.

Opens and verifies sealed referral packages (HPKE, DSSE, SHA-256 manifest, sharing-log
inclusion proof) and verifies sharing-log exports (RFC 9162 Merkle tree, C2SP checkpoints),
offline, against keys the person verifying has pinned. Needs only `cryptography` and `rfc8785`:
the product (`prevent-gateway`) runs these very modules for its own `package` and `log` checks.
"""

__version__ = "0.1.0"
