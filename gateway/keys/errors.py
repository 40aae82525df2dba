"""Typed errors of the keyring, with messages a Prevent Lead or administrator can act on."""

from __future__ import annotations

__all__ = ["KeyringError", "KeysExist", "KeysMissing", "PassphraseRequired", "WrongPassphrase"]


from gateway.errors import GatewayError


class KeyringError(GatewayError):
    """Something is wrong with the organisation's keys."""

    code = "keys-error"


class KeysMissing(KeyringError):
    """The keys directory or one of its key files does not exist."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            detail,
            hint="An administrator restores them at the server from the installation's backup "
            "(a new installation makes them when it is initialised).",
        )


class KeysExist(KeyringError):
    """`create` refuses to overwrite keys that already exist."""


class WrongPassphrase(KeyringError):
    """The signing key is encrypted and the passphrase given does not open it."""


class PassphraseRequired(WrongPassphrase):
    """The signing key is encrypted but no passphrase was given."""
