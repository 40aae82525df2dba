"""The key-encryption key (KEK): read from ``PREVENT_GATEWAY_KEK`` (base64) or a 0600 file.

The file is stored encrypted (AES-256-GCM) when the deployment gives a way to protect it: a key
printed by ``PREVENT_GATEWAY_KEY_COMMAND`` or read from ``PREVENT_GATEWAY_KEY_FD`` (HKDF-SHA256
per file), else ``PREVENT_GATEWAY_KEY_PASSPHRASE`` (scrypt). A copy of the data directory then
holds no key that opens a case. Without any, the file is plain base64 and ``init`` warns.

The KEK only wraps the per-case data keys (AES-256-GCM, AAD ``prevent-gateway/dek/v1|<uid>``);
it never touches content. A rotation writes the new KEK next to the old one as ``<file>.next``
first, re-wraps every data key in one transaction, then renames: if the process dies between
the commit and the rename, both files are read and the key id stored with each wrapped key says
which one opens it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import shlex
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.errors import GatewayError

KEK_BYTES = 32


class KekError(GatewayError):
    code = "kek-error"


class KekMissing(KekError):
    code = "kek-missing"


def kek_id(kek: bytes) -> str:
    return hashlib.sha256(b"prevent-gateway/kek-id/v1|" + kek).hexdigest()[:16]


def _dek_aad(uid: str) -> bytes:
    return f"prevent-gateway/dek/v1|{uid}".encode()


def wrap(kek: bytes, uid: str, data_key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(kek).encrypt(nonce, data_key, _dek_aad(uid))


def unwrap(kek: bytes, uid: str, wrapped: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _dek_aad(uid))
    except InvalidTag as exc:
        raise KekError(
            f"The data key {uid} does not open with the key-encryption key: it was altered, "
            "or belongs to another installation.",
            hint="Check PREVENT_GATEWAY_KEK / PREVENT_GATEWAY_KEK_FILE point at this "
            "installation's key.",
        ) from exc


#: The first field of a protected KEK file.
_PROTECTED = "prevent-gateway-kek/v1"
_FILE_AAD = b"prevent-gateway/kek-file/v1"
#: scrypt cost for a passphrase (2**15 x 8 x 128 bytes = 32 MiB, once per process and file).
_SCRYPT_N = 2**15

#: Master keys already read in this process: a file descriptor can be read only once.
_MASTERS: dict[str, bytes] = {}


@dataclass(frozen=True)
class KeyProtection:
    """What protects the KEK file at rest: an external master key (a command that prints it, or
    a file descriptor it is read from) or the passphrase; nothing when none is configured."""

    passphrase: str | None = None
    command: str | None = None
    fd: int | None = None

    @property
    def configured(self) -> bool:
        return bool(self.command) or self.fd is not None or bool(self.passphrase)

    @property
    def scheme(self) -> str:
        return "external" if (self.command or self.fd is not None) else "passphrase"

    def _master(self) -> bytes:
        where = f"fd:{self.fd}" if self.fd is not None else f"command:{self.command}"
        cached = _MASTERS.get(where)
        if cached is not None:
            return cached
        if self.fd is not None:
            try:
                with os.fdopen(self.fd, "rb", closefd=True) as handle:
                    text = handle.read().decode("ascii", "replace").strip()
            except OSError as exc:
                raise KekError(
                    f"The master key could not be read from file descriptor {self.fd}: {exc}.",
                    hint="Check that PREVENT_GATEWAY_KEY_FD names a descriptor open for "
                    "reading when the gateway starts.",
                ) from None
            label = f"file descriptor {self.fd}"
        else:
            assert self.command is not None
            try:
                done = subprocess.run(  # noqa: S603 - the deployment's own, configured command
                    shlex.split(self.command), capture_output=True, timeout=60, check=False
                )
            except (OSError, subprocess.SubprocessError) as exc:
                raise KekError(
                    f"The master-key command could not be run: {exc}.",
                    hint="Check PREVENT_GATEWAY_KEY_COMMAND.",
                ) from None
            if done.returncode != 0:
                # Its output is not shown: it may hold a secret.
                raise KekError(
                    f"The master-key command failed (exit status {done.returncode}).",
                    hint="Run PREVENT_GATEWAY_KEY_COMMAND yourself to see why.",
                )
            text = done.stdout.decode("ascii", "replace").strip()
            label = "PREVENT_GATEWAY_KEY_COMMAND"
        master = _decode(text, label)
        _MASTERS[where] = master
        return master

    def file_key(self, salt: bytes) -> bytes:
        """The AES-256 key that encrypts one KEK file (``salt`` is the file's own)."""
        if self.scheme == "external":
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.kdf.hkdf import HKDF

            return HKDF(
                algorithm=hashes.SHA256(), length=32, salt=salt, info=_FILE_AAD
            ).derive(self._master())
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        assert self.passphrase is not None
        return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=8, p=1).derive(
            self.passphrase.encode()
        )


def _protect(kek: bytes, protection: KeyProtection) -> bytes:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    sealed = AESGCM(protection.file_key(salt)).encrypt(nonce, kek, _FILE_AAD)
    fields = [_PROTECTED, protection.scheme, base64.b64encode(salt).decode()]
    fields.append(base64.b64encode(nonce + sealed).decode())
    return ":".join(fields).encode()


def _unprotect(text: str, path: Path, protection: KeyProtection) -> bytes:
    try:
        _, scheme, salt_text, sealed_text = text.split(":")
        salt = base64.b64decode(salt_text, validate=True)
        sealed = base64.b64decode(sealed_text, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise KekError(f"The key-encryption key file {path} is damaged.") from exc
    if not protection.configured or scheme != protection.scheme:
        wanted = (
            "PREVENT_GATEWAY_KEY_COMMAND or PREVENT_GATEWAY_KEY_FD"
            if scheme == "external"
            else "PREVENT_GATEWAY_KEY_PASSPHRASE"
        )
        raise KekError(
            f"The key-encryption key file {path} is encrypted and cannot be opened without the "
            f"key it was protected with.",
            hint=f"Set {wanted} as it was when the file was written.",
        )
    try:
        return AESGCM(protection.file_key(salt)).decrypt(sealed[:12], sealed[12:], _FILE_AAD)
    except InvalidTag:
        raise KekError(
            f"The key-encryption key file {path} does not open with the configured "
            f"{'master key' if scheme == 'external' else 'passphrase'}.",
            hint="Check the passphrase or master key is this installation's.",
        ) from None


def write_key_file(path: Path, kek: bytes, protection: KeyProtection | None = None) -> None:
    """Write ``kek`` to ``path`` with mode 0600, created atomically: encrypted under
    ``protection`` when one is configured, else as base64."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = (
        _protect(kek, protection)
        if protection is not None and protection.configured
        else base64.b64encode(kek)
    )
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def key_file_is_protected(path: Path) -> bool:
    return path.read_text().startswith(_PROTECTED + ":")


def read_key_file(path: Path, protection: KeyProtection | None = None) -> bytes:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise KekError(
            f"The key-encryption key file {path} can be read by other users (mode {mode:o}).",
            hint=f"Run `chmod 600 {path}`.",
        )
    text = path.read_text().strip()
    if text.startswith(_PROTECTED + ":"):
        return _unprotect(text, path, protection or KeyProtection())
    return _decode(text, str(path))


def _decode(text: str, where: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KekError(f"The key-encryption key in {where} is not base64.") from exc
    if len(raw) != KEK_BYTES:
        raise KekError(
            f"The key-encryption key in {where} is {len(raw)} bytes; it must be 32 (AES-256).",
            hint='Generate one with `python -c "import os,base64;print(base64.b64encode('
            'os.urandom(32)).decode())"`.',
        )
    return raw


@dataclass
class KekSource:
    """Where this installation's KEK comes from; loads lazily, caches in memory."""

    path: Path
    env_value: str | None = None
    protection: KeyProtection = field(default_factory=KeyProtection)
    _keys: dict[str, bytes] = field(default_factory=dict, repr=False)
    _current: str | None = field(default=None, repr=False)

    @property
    def from_environment(self) -> bool:
        return self.env_value is not None

    @property
    def next_path(self) -> Path:
        return self.path.with_name(self.path.name + ".next")

    def reset(self) -> None:
        self._keys.clear()
        self._current = None

    def load(self) -> bool:
        """Load what exists; False when no KEK is configured yet."""
        if self._current is not None:
            return True
        if self.env_value is not None:
            kek = _decode(self.env_value, "PREVENT_GATEWAY_KEK")
        elif self.path.exists():
            kek = read_key_file(self.path, self.protection)
            if self.protection.configured and not key_file_is_protected(self.path):
                # A file written before protection was configured: never leave it in clear.
                write_key_file(self.path, kek, self.protection)
        else:
            return False
        self._current = kek_id(kek)
        self._keys[self._current] = kek
        if self.env_value is None and self.next_path.exists():
            pending = read_key_file(self.next_path, self.protection)
            self._keys[kek_id(pending)] = pending
        return True

    def create(self) -> str:
        """Create the KEK file (0600). Refuses when one exists or the KEK is in the env."""
        if self.env_value is not None:
            raise KekError("The key-encryption key comes from PREVENT_GATEWAY_KEK; no file made.")
        if self.path.exists():
            raise KekError(f"A key-encryption key already exists at {self.path}; kept.")
        kek = os.urandom(KEK_BYTES)
        write_key_file(self.path, kek, self.protection)
        self.reset()
        self.load()
        assert self._current is not None
        return self._current

    def current(self) -> tuple[str, bytes]:
        if not self.load():
            raise KekMissing(
                f"No key-encryption key: neither PREVENT_GATEWAY_KEK nor the file {self.path}.",
                hint="An administrator points PREVENT_GATEWAY_KEK_FILE (or PREVENT_GATEWAY_KEK) at "
                "the installation's key; a new installation makes one when it is initialised.",
            )
        assert self._current is not None
        return self._current, self._keys[self._current]

    def get(self, wanted_id: str) -> bytes:
        self.current()
        if wanted_id not in self._keys and self.env_value is None:
            # Another process may have rotated the KEK since we read the file: read it again.
            self.reset()
            self.current()
        try:
            return self._keys[wanted_id]
        except KeyError:
            raise KekError(
                f"A data key was wrapped by key-encryption key {wanted_id}, which this "
                f"installation does not have (it has {', '.join(sorted(self._keys))}).",
                hint="Restore the KEK file that belongs to this database, or set "
                "PREVENT_GATEWAY_KEK to it.",
            ) from None

    def known(self) -> list[bytes]:
        """Every KEK loaded: the current one, and ``.next`` while a rotation is unfinished."""
        self.current()
        return list(self._keys.values())

    def adopt(self, kek: bytes) -> None:
        """Make ``kek`` current (after a rotation's rename)."""
        self._keys[kek_id(kek)] = kek
        self._current = kek_id(kek)
