"""Typed errors of referral packages: each says which file is at fault and what to do."""

from __future__ import annotations

__all__ = ["PackageError", "PackageInvalid", "SealError", "UnsupportedFormat"]


from prevent_gateway_verify.errors import PackageError


class PackageInvalid(PackageError):
    """Verification failed. ``file`` names the package file at fault."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class UnsupportedFormat(PackageInvalid):
    """The package (or sealed file) uses a format version this software does not know."""


class SealError(PackageError):
    """A sealed package could not be opened (wrong key, damaged or not a sealed package)."""
