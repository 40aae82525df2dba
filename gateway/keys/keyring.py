"""The organisation's keyring: signing key (with retired public keys), checkpoint key, HMAC key.

Layout of ``keys_dir`` (directory 0700, every file 0600)::

    keyring.json                 which keys exist, which signing key is current (no secrets)
    signing-<key id>.key.pem     the current Ed25519 signing key, PKCS#8 (encrypted with the
                                 passphrase when one is configured: PBES2, PBKDF2-HMAC-SHA256
                                 600,000 iterations, AES-256-CBC; see gateway.keys.pkcs8)
    signing-<key id>.pub.pem     one per signing key ever used, current and retired
    log-checkpoint.key.pem       the sharing-log checkpoint Ed25519 key, PKCS#8 (encrypted
                                 likewise); its C2SP signed-note name is the log origin
    subject-hmac.key             only in installations made before subject references were
                                 made per case: 32 random bytes, the installation-wide HMAC key
                                 of the sharing-log entries written then. Disposal destroys it
                                 once no remaining case has such an entry; new installations
                                 never have one.

Retired signing keys keep only their public half, so packages signed before a rotation still
verify while the retired private key can no longer sign anything.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
    load_pem_public_key,
)

from gateway.keys import pkcs8
from gateway.keys.errors import (
    KeyringError,
    KeysExist,
    KeysMissing,
    PassphraseRequired,
    WrongPassphrase,
)
from gateway.keys.files import ensure_private_dir, write_private_file
from gateway.keys.keyids import key_id
from gateway.keys.note_key import (
    note_private_key_text,
    note_verifier_key_text,
    validate_note_name,
)

__all__ = [
    "Keyring",
    "OrgPublicKey",
    "OrgSigningKey",
    "UnencryptedKeyWarning",
    "load_public_keys_pem",
]

KEYRING_FILE = "keyring.json"
LOG_KEY_FILE = "log-checkpoint.key.pem"
HMAC_KEY_FILE = "subject-hmac.key"
_KEYRING_FORMAT = "prevent-gateway/keyring"
_KEYRING_VERSION = 1
_PEM_BLOCK = re.compile(r"-----BEGIN PUBLIC KEY-----\s+[A-Za-z0-9+/=\s]+?-----END PUBLIC KEY-----")


class UnencryptedKeyWarning(UserWarning):
    """Keys were written without a passphrase (acceptable for development only)."""


@dataclass(frozen=True)
class OrgSigningKey:
    key_id: str
    private_key: Ed25519PrivateKey

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.private_key.public_key()


@dataclass(frozen=True)
class OrgPublicKey:
    key_id: str
    public_key: Ed25519PublicKey
    created_at: str
    retired_at: str | None

    @property
    def current(self) -> bool:
        return self.retired_at is None

    def pem(self) -> str:
        return self.public_key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo).decode(
            "ascii"
        )


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _private_pem(key: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """PKCS#8 PEM; encrypted (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC) with a passphrase."""
    if not passphrase:
        return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    der = key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
    return pkcs8.encrypt_pkcs8_pem(der, passphrase.encode("utf-8"), pkcs8.PBKDF2_ITERATIONS)


def _public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)


def load_public_keys_pem(text: str) -> dict[str, Ed25519PublicKey]:
    """Every Ed25519 public key in a PEM text (comment lines allowed), by key id."""
    keys: dict[str, Ed25519PublicKey] = {}
    for block in _PEM_BLOCK.findall(text):
        try:
            key = load_pem_public_key(block.encode("ascii"))
        except ValueError as exc:
            raise KeyringError(f"a public key in the file is damaged: {exc}") from exc
        if not isinstance(key, Ed25519PublicKey):
            raise KeyringError("the public key file holds a key that is not Ed25519")
        keys[key_id(key)] = key
    if not keys:
        raise KeyringError(
            "no public key found: expected PEM 'BEGIN PUBLIC KEY' blocks, as in the "
            "organisation's exported public-key file"
        )
    return keys


class Keyring:
    """The organisation's keys in ``keys_dir``, opened with ``passphrase`` when encrypted."""

    def __init__(self, keys_dir: Path, passphrase: str | None = None) -> None:
        self.keys_dir = Path(keys_dir)
        self._passphrase = passphrase or None
        self._meta = self._read_meta()
        self._signing: OrgSigningKey | None = None
        self._log_key: Ed25519PrivateKey | None = None

    # ----------------------------------------------------------------------------- creation

    @classmethod
    def create(cls, keys_dir: Path, passphrase: str | None, log_origin: str) -> Keyring:
        """Create every key of a new installation. Refuses to overwrite existing keys."""
        keys_dir = Path(keys_dir)
        validate_note_name(log_origin)
        passphrase = passphrase or None
        if keys_dir.exists() and any(keys_dir.iterdir()):
            raise KeysExist(
                f"{keys_dir} already holds keys; refusing to overwrite them. Existing packages "
                "and the sharing log depend on these keys: use `prevent-gateway keys rotate` "
                "to replace the signing key."
            )
        if passphrase is None:
            warnings.warn(
                "PREVENT_GATEWAY_KEY_PASSPHRASE is not set: the organisation's keys are stored "
                "unencrypted (file mode 0600). Acceptable for development only.",
                UnencryptedKeyWarning,
                stacklevel=2,
            )
        ensure_private_dir(keys_dir)
        written: list[Path] = []
        try:
            signing = Ed25519PrivateKey.generate()
            sid = key_id(signing.public_key())
            log_key = Ed25519PrivateKey.generate()
            for name, data in (
                (f"signing-{sid}.key.pem", _private_pem(signing, passphrase)),
                (f"signing-{sid}.pub.pem", _public_pem(signing.public_key())),
                (LOG_KEY_FILE, _private_pem(log_key, passphrase)),
            ):
                write_private_file(keys_dir / name, data)
                written.append(keys_dir / name)
            meta: dict[str, Any] = {
                "format": _KEYRING_FORMAT,
                "version": _KEYRING_VERSION,
                "encrypted": passphrase is not None,
                "current_signing_key": sid,
                "signing_keys": [{"key_id": sid, "created_at": _now(), "retired_at": None}],
                "log_origin": log_origin,
            }
            write_private_file(keys_dir / KEYRING_FILE, _meta_bytes(meta))
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        return cls(keys_dir, passphrase)

    # ----------------------------------------------------------------------------- reading

    def _read_meta(self) -> dict[str, Any]:
        path = self.keys_dir / KEYRING_FILE
        if not path.is_file():
            raise KeysMissing(f"No organisation keys found in {self.keys_dir}.")
        try:
            meta = json.loads(path.read_bytes())
        except (OSError, ValueError) as exc:
            raise KeyringError(f"{path} is unreadable or damaged: {exc}") from exc
        if not isinstance(meta, dict) or meta.get("format") != _KEYRING_FORMAT:
            raise KeyringError(f"{path} is not a prevent-gateway keyring file")
        if meta.get("version") != _KEYRING_VERSION:
            raise KeyringError(
                f"{path} has keyring version {meta.get('version')!r}; this version of "
                f"prevent-gateway reads version {_KEYRING_VERSION}"
            )
        return meta

    def _load_private(self, filename: str) -> Ed25519PrivateKey:
        path = self.keys_dir / filename
        if not path.is_file():
            raise KeysMissing(f"The key file {path} is missing.")
        password = self._passphrase.encode("utf-8") if self._passphrase else None
        try:
            key = load_pem_private_key(path.read_bytes(), password=password)
        except TypeError as exc:
            if password is None:
                raise PassphraseRequired(
                    f"{path.name} is encrypted: set PREVENT_GATEWAY_KEY_PASSPHRASE to the "
                    "passphrase chosen when the installation was initialised."
                ) from exc
            # a passphrase was given for an unencrypted key: accept nothing silently
            raise KeyringError(
                f"{path.name} is not encrypted but a passphrase was given; unset "
                "PREVENT_GATEWAY_KEY_PASSPHRASE or re-create the keys with one."
            ) from exc
        except ValueError as exc:
            raise WrongPassphrase(
                f"the passphrase does not open {path.name} (or the file is damaged): check "
                "PREVENT_GATEWAY_KEY_PASSPHRASE."
            ) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyringError(f"{path.name} does not hold an Ed25519 key")
        return key

    @property
    def encrypted(self) -> bool:
        return bool(self._meta.get("encrypted"))

    @property
    def current_key_id(self) -> str:
        return str(self._meta["current_signing_key"])

    @property
    def log_origin(self) -> str:
        return str(self._meta["log_origin"])

    def signing_key(self) -> OrgSigningKey:
        """The current signing key (decrypted with the passphrase)."""
        if self._signing is None:
            kid = self.current_key_id
            key = self._load_private(f"signing-{kid}.key.pem")
            if key_id(key.public_key()) != kid:
                raise KeyringError(f"signing-{kid}.key.pem does not hold the key {kid}")
            self._signing = OrgSigningKey(kid, key)
        return self._signing

    def public_key_records(self) -> list[OrgPublicKey]:
        """Every signing public key, current and retired, oldest first."""
        records = []
        for entry in self._meta["signing_keys"]:
            kid = str(entry["key_id"])
            path = self.keys_dir / f"signing-{kid}.pub.pem"
            if not path.is_file():
                raise KeysMissing(f"The public key file {path} is missing.")
            loaded = load_public_keys_pem(path.read_text("ascii"))
            if list(loaded) != [kid]:
                raise KeyringError(f"{path.name} does not hold the key {kid}")
            records.append(OrgPublicKey(kid, loaded[kid], entry["created_at"], entry["retired_at"]))
        return records

    def public_keys(self) -> dict[str, Ed25519PublicKey]:
        """Key id -> public key, for every signing key ever used (retired ones included)."""
        return {r.key_id: r.public_key for r in self.public_key_records()}

    def export_public(self) -> str:
        """PEM text of every signing public key, each preceded by a comment with its key id."""
        parts = []
        for record in reversed(self.public_key_records()):
            state = "current" if record.current else f"retired {record.retired_at}"
            parts.append(
                f"# prevent-gateway organisation signing key\n# key id: {record.key_id} "
                f"({state}; created {record.created_at})\n{record.pem()}"
            )
        return "\n".join(parts)

    def _log_private(self) -> Ed25519PrivateKey:
        if self._log_key is None:
            self._log_key = self._load_private(LOG_KEY_FILE)
        return self._log_key

    def log_signer_text(self) -> str:
        """The checkpoint key as C2SP signed-note private key text (``PRIVATE+KEY+...``)."""
        return note_private_key_text(self.log_origin, self._log_private())

    def log_verifier_key_text(self) -> str:
        """The checkpoint verifier key as C2SP signed-note text (``<origin>+<hash>+<key>``)."""
        return note_verifier_key_text(self.log_origin, self._log_private())

    def subject_hmac_key(self) -> bytes:
        """The installation-wide subject key of entries written before references were made
        per case; empty when there is none (a new installation, or destroyed by disposal)."""
        path = self.keys_dir / HMAC_KEY_FILE
        if not path.is_file():
            return b""
        data = path.read_bytes()
        if len(data) != 32:
            raise KeyringError(f"{path.name} is damaged: expected 32 bytes, found {len(data)}")
        return data

    # ----------------------------------------------------------------------------- rotation

    def rotate(self, on_rotated: Callable[[str, str], None] | None = None) -> tuple[str, str]:
        """Replace the signing key; keep the retired public key. Returns (old id, new id).

        ``on_rotated(old_id, new_id)`` runs after the new key is written but before it becomes
        current: the caller records the rotation in the sharing log there (a ``key_rotated``
        entry). If it raises, the new key is removed and nothing changes. Afterwards the retired
        private key is deleted: it can no longer sign anything.
        """
        old = self.signing_key()  # proves the passphrase opens the current key
        new_key = Ed25519PrivateKey.generate()
        new_id = key_id(new_key.public_key())
        new_private = self.keys_dir / f"signing-{new_id}.key.pem"
        new_public = self.keys_dir / f"signing-{new_id}.pub.pem"
        try:
            write_private_file(new_private, _private_pem(new_key, self._passphrase))
            write_private_file(new_public, _public_pem(new_key.public_key()))
            if on_rotated is not None:
                on_rotated(old.key_id, new_id)
        except BaseException:
            new_private.unlink(missing_ok=True)
            new_public.unlink(missing_ok=True)
            raise
        now = _now()
        meta = json.loads(json.dumps(self._meta))
        for entry in meta["signing_keys"]:
            if entry["key_id"] == old.key_id:
                entry["retired_at"] = now
        meta["signing_keys"].append({"key_id": new_id, "created_at": now, "retired_at": None})
        meta["current_signing_key"] = new_id
        meta["encrypted"] = self._passphrase is not None
        write_private_file(self.keys_dir / KEYRING_FILE, _meta_bytes(meta), overwrite=True)
        (self.keys_dir / f"signing-{old.key_id}.key.pem").unlink(missing_ok=True)
        self._meta = meta
        self._signing = OrgSigningKey(new_id, new_key)
        return old.key_id, new_id


def _meta_bytes(meta: dict[str, Any]) -> bytes:
    return (json.dumps(meta, indent=2, sort_keys=True) + "\n").encode("utf-8")
