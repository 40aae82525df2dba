"""Secrets at rest: the SQLite database and its write-ahead log are readable by their owner
alone; the key-encryption key file is encrypted under the passphrase or an external master key
(a command or a file descriptor) whenever one is configured, and init warns loudly when none
is."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from gateway.db import make_engine
from gateway.encryption import kek as kek_module
from gateway.encryption.kek import KekError, KekSource, KeyProtection


def test_the_sqlite_file_and_its_wal_are_0600(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask would make them 0644
    try:
        path = tmp_path / "gateway.sqlite3"
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE t (x TEXT)"))
            conn.execute(text("INSERT INTO t VALUES ('a')"))
        with engine.connect() as conn:
            conn.execute(text("SELECT * FROM t")).all()
            wal = path.with_name(path.name + "-wal")
            assert wal.exists()
            for file in (path, wal, path.with_name(path.name + "-shm")):
                assert file.stat().st_mode & 0o777 == 0o600, file.name
        engine.dispose()
        # A database made readable by others earlier is tightened when it is opened.
        path.chmod(0o644)
        make_engine(f"sqlite:///{path}").dispose()
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old)


# --- the key-encryption key is never in clear beside the database when protection is set ----


def _clear_text_of(kek: bytes) -> list[bytes]:
    return [kek, base64.b64encode(kek)]


def test_a_passphrase_encrypts_the_kek_file(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "kek.key"
    source = KekSource(path=path, protection=KeyProtection(passphrase="correct horse"))
    source.create()
    _, kek = source.current()
    stored = path.read_bytes()
    assert stored.startswith(b"prevent-gateway-kek/v1:passphrase:")
    assert all(clear not in stored for clear in _clear_text_of(kek))
    assert path.stat().st_mode & 0o777 == 0o600
    again = KekSource(path=path, protection=KeyProtection(passphrase="correct horse"))
    assert again.current()[1] == kek
    with pytest.raises(KekError, match="does not open"):
        KekSource(path=path, protection=KeyProtection(passphrase="wrong")).current()
    with pytest.raises(KekError, match="PREVENT_GATEWAY_KEY_PASSPHRASE"):
        KekSource(path=path).current()


def test_a_master_key_command_encrypts_the_kek_file(tmp_path: Path) -> None:
    master = base64.b64encode(os.urandom(32)).decode()
    command = f"printf %s {master}"
    path = tmp_path / "kek.key"
    source = KekSource(path=path, protection=KeyProtection(command=command))
    source.create()
    _, kek = source.current()
    stored = path.read_bytes()
    assert stored.startswith(b"prevent-gateway-kek/v1:external:")
    assert all(clear not in stored for clear in _clear_text_of(kek))
    assert master.encode() not in stored
    assert KekSource(path=path, protection=KeyProtection(command=command)).current()[1] == kek
    other = f"printf %s {base64.b64encode(os.urandom(32)).decode()}"
    with pytest.raises(KekError, match="does not open"):
        KekSource(path=path, protection=KeyProtection(command=other)).current()
    with pytest.raises(KekError, match="exit status"):
        KekSource(path=path, protection=KeyProtection(command="false")).current()


def test_a_master_key_from_a_file_descriptor(tmp_path: Path) -> None:
    master = base64.b64encode(os.urandom(32))
    path = tmp_path / "kek.key"

    def handed_over() -> int:
        read, write = os.pipe()
        os.write(write, master + b"\n")
        os.close(write)
        return read

    source = KekSource(path=path, protection=KeyProtection(fd=handed_over()))
    source.create()
    kek = source.current()[1]
    # Another process (its own descriptor) reads the same master key.
    kek_module._MASTERS.clear()
    assert KekSource(path=path, protection=KeyProtection(fd=handed_over())).current()[1] == kek


def test_a_clear_kek_file_is_encrypted_once_protection_is_configured(tmp_path: Path) -> None:
    path = tmp_path / "kek.key"
    plain = KekSource(path=path)
    plain.create()
    kek = plain.current()[1]
    assert path.read_bytes().strip() == base64.b64encode(kek)
    protected = KekSource(path=path, protection=KeyProtection(passphrase="pass phrase"))
    assert protected.current()[1] == kek
    assert all(clear not in path.read_bytes() for clear in _clear_text_of(kek))


def test_a_rotation_writes_the_new_kek_encrypted(engine: Engine, tmp_path: Path) -> None:
    from gateway.config import load_settings
    from gateway.encryption.keystore import bind_kek, kek_source_for
    from gateway.encryption.use_cases import rotate_kek
    from tests.retention_support import nfa_case, use
    from tests.support import build_world

    world = build_world(engine, tmp_path, referral=False, dpia=False)
    ref, marker = nfa_case(world)
    settings = load_settings(data_dir=world.ctx.settings.data_dir, key_passphrase="s3cret words")
    source = kek_source_for(settings)
    bind_kek(world.sessions, source)
    old = source.current()[1]  # the clear file is encrypted on this first read
    use(world, "admin", rotate_kek, kek=source, log=world.log())
    new = source.current()[1]
    stored = source.path.read_bytes()
    assert new != old and stored.startswith(b"prevent-gateway-kek/v1:passphrase:")
    assert all(clear not in stored for k in (old, new) for clear in _clear_text_of(k))
    from gateway.cases.service import get_case

    assert world.run("lead", lambda s, a: get_case(s, a, ref).subject_name) == f"Subject {marker}"


def test_init_warns_loudly_without_protection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import typer
    from typer.testing import CliRunner

    from gateway.cli import setup

    for name in list(os.environ):
        if name.startswith("PREVENT_GATEWAY_"):
            monkeypatch.delenv(name)
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)
    app = typer.Typer()
    setup.register(app)

    @app.command("noop")
    def noop() -> None:
        """Nothing."""

    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "bare"))
    bare = CliRunner().invoke(app, ["init", "--demo", "--admin-staff-id", "IT-0001"])
    assert bare.exit_code == 0, bare.output
    assert "WARNING" in bare.output and "in clear" in " ".join(bare.output.split())

    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "safe"))
    monkeypatch.setenv("PREVENT_GATEWAY_KEY_PASSPHRASE", "a long pass phrase")
    safe = CliRunner().invoke(app, ["init", "--demo", "--admin-staff-id", "IT-0001"])
    assert safe.exit_code == 0, safe.output
    assert "WARNING" not in safe.output and "encrypted under the passphrase" in safe.output
    stored = (tmp_path / "safe" / "keys" / "kek.key").read_bytes()
    assert stored.startswith(b"prevent-gateway-kek/v1:passphrase:")
    db = tmp_path / "safe" / "gateway.sqlite3"
    assert db.stat().st_mode & 0o777 == 0o600


# --- TOTP secrets are stored encrypted, and follow the KEK when it rotates -----------------


def test_totp_secrets_are_stored_encrypted_and_survive_a_disposal(
    engine: Engine, tmp_path: Path
) -> None:
    import pyotp

    from gateway.auth.service import enrol_totp, set_password, verify_credentials
    from gateway.db import transaction
    from tests.retention_support import dispose, immediate_schedule, nfa_case
    from tests.support import build_world

    world = build_world(engine, tmp_path, referral=False, dpia=False)

    def raw() -> str:
        with engine.connect() as conn:
            return str(
                conn.execute(
                    text("SELECT totp_secret FROM users WHERE username = 'dpo'")
                ).scalar_one()
            )

    with transaction(world.sessions) as session:
        set_password(session, None, "dpo", "a long enough password")
        secret, _ = enrol_totp(session, None, "dpo")
    stored = raw()
    assert stored.startswith("pgs1:") and secret not in stored

    def sign_in(at: float) -> None:
        with transaction(world.sessions) as session:
            code = pyotp.TOTP(secret).at(at)
            verify_credentials(session, "dpo", "a long enough password", code, now=at)

    import time

    sign_in(time.time())
    nfa_case(world)
    dispose(world, immediate_schedule())  # ends by rotating the KEK
    assert raw() != stored and raw().startswith("pgs1:")
    sign_in(time.time() + 60)  # the next time step: each code is accepted once
    # A secret stored in clear before this format is sealed at the next sign-in.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE users SET totp_secret = :s WHERE username = 'dpo'"), {"s": secret}
        )
    sign_in(time.time() + 120)
    assert raw().startswith("pgs1:") and secret not in raw()
