"""The organisation keyring and recipient keys."""

from __future__ import annotations

import stat
import warnings
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from gateway.keys import (
    Keyring,
    KeysExist,
    KeysMissing,
    PassphraseRequired,
    UnencryptedKeyWarning,
    WrongPassphrase,
    generate_recipient_keypair,
    key_id,
    load_public_keys_pem,
    load_recipient_private_key,
    load_recipient_public_key,
)

ORIGIN = "prevent-gateway.example.ac.uk/sharing-log"


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests fast: production key files use 600,000 PBKDF2 iterations."""
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_writes_private_files_and_dir(tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    ring = Keyring.create(keys_dir, "correct horse", ORIGIN)
    assert _mode(keys_dir) == 0o700
    files = list(keys_dir.iterdir())
    assert len(files) == 4  # keyring.json, the signing key pair, the checkpoint key
    for f in files:
        assert _mode(f) == 0o600, f.name
    key_pem = (keys_dir / f"signing-{ring.current_key_id}.key.pem").read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in key_pem
    # No installation-wide subject key: sharing-log references are made with each case's key.
    assert ring.subject_hmac_key() == b""
    assert ring.signing_key().key_id == key_id(ring.signing_key().public_key)


def test_unencrypted_keys_warn(tmp_path: Path) -> None:
    with pytest.warns(UnencryptedKeyWarning):
        ring = Keyring.create(tmp_path / "keys", None, ORIGIN)
    pem = (tmp_path / "keys" / f"signing-{ring.current_key_id}.key.pem").read_bytes()
    assert b"BEGIN PRIVATE KEY" in pem
    assert Keyring(tmp_path / "keys").signing_key().key_id == ring.current_key_id


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    before = {p.name: p.read_bytes() for p in (tmp_path / "keys").iterdir()}
    with pytest.raises(KeysExist):
        Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    assert {p.name: p.read_bytes() for p in (tmp_path / "keys").iterdir()} == before


def test_wrong_or_missing_passphrase_is_a_clear_error(tmp_path: Path) -> None:
    Keyring.create(tmp_path / "keys", "right", ORIGIN)
    with pytest.raises(WrongPassphrase, match="PREVENT_GATEWAY_KEY_PASSPHRASE"):
        Keyring(tmp_path / "keys", "wrong").signing_key()
    with pytest.raises(PassphraseRequired, match="PREVENT_GATEWAY_KEY_PASSPHRASE"):
        Keyring(tmp_path / "keys", None).signing_key()
    # public keys need no passphrase
    assert Keyring(tmp_path / "keys", None).public_keys()


def test_missing_keys_say_what_to_do_in_words_for_every_door(tmp_path: Path) -> None:
    with pytest.raises(KeysMissing) as missing:
        Keyring(tmp_path / "nothing", "pw")
    assert missing.value.hint and "backup" in missing.value.hint
    assert "initialised" in missing.value.hint and "prevent-gateway" not in missing.value.hint


def test_rotation_keeps_retired_public_keys(tmp_path: Path) -> None:
    ring = Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    first = ring.current_key_id
    old_public = ring.signing_key().public_key
    old_id, new_id = ring.rotate()
    assert old_id == first and new_id != first
    reopened = Keyring(tmp_path / "keys", "pw")
    assert reopened.current_key_id == new_id
    assert set(reopened.public_keys()) == {old_id, new_id}
    assert reopened.public_keys()[old_id] == old_public
    assert not (tmp_path / "keys" / f"signing-{old_id}.key.pem").exists()
    for f in (tmp_path / "keys").iterdir():
        assert _mode(f) == 0o600
    exported = load_public_keys_pem(reopened.export_public())
    assert set(exported) == {old_id, new_id}
    assert f"key id: {old_id}" in reopened.export_public()


def test_rotation_with_wrong_passphrase_changes_nothing(tmp_path: Path) -> None:
    Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    before = sorted(p.name for p in (tmp_path / "keys").iterdir())
    with pytest.raises(WrongPassphrase):
        Keyring(tmp_path / "keys", "nope").rotate()
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == before


def test_log_key_is_a_c2sp_signed_note_key(tmp_path: Path) -> None:
    ring = Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    signer_text = ring.log_signer_text()
    vkey = ring.log_verifier_key_text()
    assert signer_text.startswith(f"PRIVATE+KEY+{ORIGIN}+")
    assert vkey.startswith(f"{ORIGIN}+")
    import sharing_log as note

    signer = note.NoteSigner.from_private_key_text(signer_text)
    assert signer.verifier_key_text() == vkey
    assert signer.private_key_text() == signer_text
    signed = signer.sign("hello\n")
    note.open_note(signed, [note.NoteVerifier.from_key_text(vkey)])


def test_recipient_keypair(tmp_path: Path) -> None:
    private_pem, public_text = generate_recipient_keypair("RPC North West")
    assert "RPC North West" in public_text
    public = load_recipient_public_key(public_text)
    assert isinstance(public, X25519PublicKey)
    private = load_recipient_private_key(private_pem)
    assert private.public_key() == public
    assert f"key id: {key_id(public)}" in public_text


def test_no_warning_with_passphrase(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Keyring.create(tmp_path / "keys", "pw", ORIGIN)


def test_rotation_hook_failure_changes_nothing(tmp_path: Path) -> None:
    ring = Keyring.create(tmp_path / "keys", "pw", ORIGIN)
    before = {p.name: p.read_bytes() for p in (tmp_path / "keys").iterdir()}
    seen: list[tuple[str, str]] = []

    def log_fails(old: str, new: str) -> None:
        seen.append((old, new))
        raise RuntimeError("sharing log unavailable")

    with pytest.raises(RuntimeError):
        ring.rotate(on_rotated=log_fails)
    assert seen == [(ring.current_key_id, seen[0][1])] and seen[0][1] != ring.current_key_id
    assert {p.name: p.read_bytes() for p in (tmp_path / "keys").iterdir()} == before
    calls: list[tuple[str, str]] = []
    old_id, new_id = ring.rotate(on_rotated=lambda o, n: calls.append((o, n)))
    assert calls == [(old_id, new_id)]


def test_encrypted_key_uses_strong_standard_kdf(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import base64

    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from gateway.keys import pkcs8

    monkeypatch.undo()  # the real iteration count
    assert pkcs8.PBKDF2_ITERATIONS >= 600_000
    ring = Keyring.create(tmp_path / "keys", "pass phrase", ORIGIN)
    pem = (tmp_path / "keys" / f"signing-{ring.current_key_id}.key.pem").read_bytes()
    der = base64.b64decode(b"".join(pem.splitlines()[1:-1]))
    assert pkcs8._int(pkcs8.PBKDF2_ITERATIONS) in der  # PBKDF2 iteration count
    assert bytes.fromhex("06082a864886f70d0209") in der  # hmacWithSHA256
    assert bytes.fromhex("060960864801650304012a") in der  # aes256-CBC
    key = load_pem_private_key(pem, b"pass phrase")
    assert key.public_key() == ring.public_keys()[ring.current_key_id]
