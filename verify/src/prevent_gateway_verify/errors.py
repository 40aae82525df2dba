"""One error root for everything the verifier can refuse (as sigstore-python's ``Error``):
``Error`` -> ``LogError`` (the sharing log: notes, checkpoints, proofs, entries, exports, the
witness, pinned keys) and ``PackageError`` (referral packages: DSSE, manifest, seal, archive)."""

from __future__ import annotations

__all__ = ["Error", "LogError", "PackageError"]


class Error(Exception):
    """Something the verifier refuses; the message says what and, where it can, what to do."""


class LogError(Error):
    """The sharing log, or something said about it, does not hold up."""


class PackageError(Error):
    """A referral package could not be built, sealed, opened or verified."""
