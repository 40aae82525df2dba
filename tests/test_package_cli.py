"""`prevent-gateway keys ...` and `prevent-gateway package ...` as a user runs them."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_package_verify import ORIGIN, _info, _log_release
from typer.testing import CliRunner

from gateway.cli import keys as keys_cli
from gateway.cli import package as package_cli
from gateway.keys import Keyring
from gateway.packages import assemble_zip, build_signed_package, seal
from gateway.packages.example import example_referral_content

runner = CliRunner()


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep tests fast: production key files use 600,000 PBKDF2 iterations."""
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("PREVENT_GATEWAY_KEY_PASSPHRASE", "pw")
    Keyring.create(tmp_path / "data" / "keys", "pw", ORIGIN)
    yield tmp_path / "data"


def _package(data_dir: Path, tmp_path: Path) -> tuple[Path, bytes, str]:
    keyring = Keyring(data_dir / "keys", "pw")
    signed = build_signed_package(example_referral_content(2, 1), _info(), keyring)
    entry, proof = _log_release(keyring, signed)
    zip_bytes = assemble_zip(signed, entry, proof, keyring.log_verifier_key_text())
    path = tmp_path / "package.zip"
    path.write_bytes(zip_bytes)
    return path, zip_bytes, signed.disclosure_id


def test_recipient_new(tmp_path: Path) -> None:
    result = runner.invoke(
        keys_cli.app, ["recipient-new", "RPC North West", "--out-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    private = tmp_path / "rpc-north-west.private-key.pem"
    public = tmp_path / "rpc-north-west.public-key.pem"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "BEGIN PUBLIC KEY" in result.output and "BEGIN PUBLIC KEY" in public.read_text()
    assert "PRIVATE" not in result.output.split("Public key")[1]
    again = runner.invoke(
        keys_cli.app, ["recipient-new", "RPC North West", "--out-dir", str(tmp_path)]
    )
    assert again.exit_code != 0 and "already exists" in again.output


def test_export_public_and_verify_with_exported_key(data_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(keys_cli.app, ["export-public", "--out", str(tmp_path / "org.pem")])
    assert result.exit_code == 0, result.output
    path, _, _ = _package(data_dir, tmp_path)
    ok = runner.invoke(
        package_cli.app, ["verify", str(path), "--org-key", str(tmp_path / "org.pem")]
    )
    assert ok.exit_code == 0, ok.output
    assert "VERIFIED" in ok.output and "inclusion proof" in ok.output


def test_verify_tampered_names_file_and_fails(data_dir: Path, tmp_path: Path) -> None:
    path, zip_bytes, _ = _package(data_dir, tmp_path)
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as src, zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "referral.pdf":
                data = data.replace(b"Prevent referral", b"Prevent referra1", 1)
            dst.writestr(info, data)
    path.write_bytes(buf.getvalue())
    result = runner.invoke(package_cli.app, ["verify", str(path)])
    assert result.exit_code == 1
    assert "NOT VERIFIED" in result.output and "referral.pdf" in result.output


def test_open_sealed_and_wrong_key(data_dir: Path, tmp_path: Path) -> None:
    _, zip_bytes, disclosure_id = _package(data_dir, tmp_path)
    runner.invoke(keys_cli.app, ["recipient-new", "rpc", "--out-dir", str(tmp_path / "rk")])
    runner.invoke(keys_cli.app, ["recipient-new", "other", "--out-dir", str(tmp_path / "rk")])
    public = (tmp_path / "rk" / "rpc.public-key.pem").read_text()
    sealed = tmp_path / "p.sealed"
    sealed.write_bytes(seal(zip_bytes, public, disclosure_id, "rcp-1"))
    wrong = runner.invoke(
        package_cli.app,
        [
            "open",
            str(sealed),
            "--key",
            str(tmp_path / "rk" / "other.private-key.pem"),
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert wrong.exit_code == 1 and "sealed for recipient key" in " ".join(wrong.output.split())
    assert not (tmp_path / "o").exists()
    ok = runner.invoke(
        package_cli.app,
        [
            "open",
            str(sealed),
            "--key",
            str(tmp_path / "rk" / "rpc.private-key.pem"),
            "--out",
            str(tmp_path / "o"),
        ],
    )
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / "o" / "referral.pdf").is_file()


def test_rotate_undone_when_it_cannot_be_logged(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {p.name: p.read_bytes() for p in (data_dir / "keys").iterdir()}

    def log_unavailable(old: str, new: str, user: str) -> None:
        raise RuntimeError("sharing log unavailable")

    monkeypatch.setattr(keys_cli, "on_rotated", log_unavailable)
    refused = runner.invoke(keys_cli.app, ["rotate", "--as", "admin"])
    assert refused.exit_code != 0
    assert {p.name: p.read_bytes() for p in (data_dir / "keys").iterdir()} == before
    logged: list[tuple[str, str, str]] = []
    monkeypatch.setattr(keys_cli, "on_rotated", lambda o, n, u: logged.append((o, n, u)))
    ok = runner.invoke(keys_cli.app, ["rotate", "--as", "admin"])
    assert ok.exit_code == 0, ok.output
    assert len(logged) == 1 and logged[0][2] == "admin"
    assert Keyring(data_dir / "keys", "pw").current_key_id == logged[0][1]


def test_verify_without_any_key_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREVENT_GATEWAY_DATA_DIR", str(tmp_path / "nothing"))
    (tmp_path / "x.zip").write_bytes(b"PK\x03\x04junk")
    result = runner.invoke(package_cli.app, ["verify", str(tmp_path / "x.zip")])
    assert result.exit_code == 1 and "--org-key" in result.output


def test_protected_recipient_key_via_cli(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PREVENT_GATEWAY_RECIPIENT_KEY_PASSPHRASE", "coordinator pw")
    made = runner.invoke(
        keys_cli.app, ["recipient-new", "rpc", "--out-dir", str(tmp_path / "rk"), "--protect"]
    )
    assert made.exit_code == 0, made.output
    private = tmp_path / "rk" / "rpc.private-key.pem"
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    _, zip_bytes, disclosure_id = _package(data_dir, tmp_path)
    sealed = tmp_path / "p.sealed"
    public = (tmp_path / "rk" / "rpc.public-key.pem").read_text()
    sealed.write_bytes(seal(zip_bytes, public, disclosure_id, "rcp-1"))
    ok = runner.invoke(
        package_cli.app, ["open", str(sealed), "--key", str(private), "--out", str(tmp_path / "o")]
    )
    assert ok.exit_code == 0, ok.output
    monkeypatch.setenv("PREVENT_GATEWAY_RECIPIENT_KEY_PASSPHRASE", "wrong")
    bad = runner.invoke(
        package_cli.app, ["open", str(sealed), "--key", str(private), "--out", str(tmp_path / "o2")]
    )
    assert bad.exit_code == 1 and "passphrase" in bad.output
    assert not (tmp_path / "o2").exists()
