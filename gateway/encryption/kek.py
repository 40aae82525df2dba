"""The key-encryption key (KEK): read from ``PREVENT_GATEWAY_KEK`` (base64) or a 0600 file.

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


def write_key_file(path: Path, kek: bytes) -> None:
    """Write ``kek`` (base64) to ``path`` with mode 0600, created atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, base64.b64encode(kek) + b"\n")
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def read_key_file(path: Path) -> bytes:
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise KekError(
            f"The key-encryption key file {path} can be read by other users (mode {mode:o}).",
            hint=f"Run `chmod 600 {path}`.",
        )
    return _decode(path.read_text().strip(), str(path))


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
            kek = read_key_file(self.path)
        else:
            return False
        self._current = kek_id(kek)
        self._keys[self._current] = kek
        if self.env_value is None and self.next_path.exists():
            pending = read_key_file(self.next_path)
            self._keys[kek_id(pending)] = pending
        return True

    def create(self) -> str:
        """Create the KEK file (0600). Refuses when one exists or the KEK is in the env."""
        if self.env_value is not None:
            raise KekError("The key-encryption key comes from PREVENT_GATEWAY_KEK; no file made.")
        if self.path.exists():
            raise KekError(f"A key-encryption key already exists at {self.path}; kept.")
        kek = os.urandom(KEK_BYTES)
        write_key_file(self.path, kek)
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

    def adopt(self, kek: bytes) -> None:
        """Make ``kek`` current (after a rotation's rename)."""
        self._keys[kek_id(kek)] = kek
        self._current = kek_id(kek)
