"""The stand-alone verifier (verify/, `prevent-gateway-verify`): it imports nothing of the
product, and opens, verifies and refuses exactly as the product does, with pinned keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from test_package_cli import _package, data_dir  # noqa: F401 - the fixture
from test_sharing_log_cli import _genuine_and_forged

from gateway.cli import package as package_cli
from gateway.keys import Keyring, generate_recipient_keypair
from gateway.packages import seal
from prevent_gateway_verify.cli import main

ROOT = Path(__file__).resolve().parents[1]
PURE = (
    "sharing_log",
    "prevent_gateway_verify.cli",
    "prevent_gateway_verify.log.export",
    "prevent_gateway_verify.log.witness",
    "prevent_gateway_verify.package.verify",
    "prevent_gateway_verify.trust",
)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("gateway.keys.pkcs8.PBKDF2_ITERATIONS", 1000)


@pytest.mark.parametrize("module", PURE)
def test_verification_imports_no_sqlalchemy_and_no_gateway(module: str) -> None:
    probe = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'gateway', 'typer', 'rich', 'pydantic'}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip() == "[]"


def test_the_product_runs_the_verifier_modules() -> None:
    import gateway.packages.verify as product_verify
    import prevent_gateway_verify.log.export as shared_export
    import prevent_gateway_verify.package.verify as shared_verify
    import sharing_log

    assert product_verify.verify_package is shared_verify.verify_package
    assert product_verify.open_package is shared_verify.open_package
    assert sharing_log.verify_export is shared_export.verify_export


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        main(argv)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, " ".join((out.out + out.err).split())


def _sealed(data_dir: Path, tmp_path: Path) -> dict[str, Path]:  # noqa: F811
    _, zip_bytes, disclosure_id = _package(data_dir, tmp_path)
    private_pem, public_text = generate_recipient_keypair("RPC")
    files = {
        "sealed": tmp_path / "p.sealed",
        "key": tmp_path / "rpc.key.pem",
        "org": tmp_path / "org.pub",
        "log": tmp_path / "log.vkey",
        "other_log": tmp_path / "other.vkey",
    }
    files["sealed"].write_bytes(seal(zip_bytes, public_text, disclosure_id, "rcp-1"))
    files["key"].write_bytes(private_pem)
    keyring = Keyring(data_dir / "keys", "pw")
    files["org"].write_text(keyring.export_public())
    files["log"].write_text(keyring.log_verifier_key_text() + "\n")
    from sharing_log import NoteSigner

    files["other_log"].write_text(NoteSigner.generate(keyring.log_origin).verifier_key_text())
    return files


def test_open_and_verify_with_pinned_keys(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = _sealed(data_dir, tmp_path)
    out = tmp_path / "opened"
    common = ["--org-key", str(f["org"]), "--log-key", str(f["log"])]
    opening = ["open", str(f["sealed"]), "--key", str(f["key"]), *common, "--out", str(out)]
    code, text = _run(opening, capsys)
    assert code == 0, text
    assert "Trusted organisation key(s)" in text and f"from --org-key {f['org']}" in text
    assert f"pinned with --log-key {f['log']}" in text and "VERIFIED and opened" in text
    assert (out / "referral.pdf").read_bytes().startswith(b"%PDF")
    code, text = _run(["verify", str(out), *common], capsys)
    assert code == 0 and "VERIFIED: signed by the organisation" in text

    pdf = out / "referral.pdf"
    pdf.write_bytes(pdf.read_bytes().replace(b"%PDF", b"%PDX", 1))
    code, text = _run(["verify", str(out), *common], capsys)
    assert code == 1 and "NOT VERIFIED - referral.pdf" in text


def test_package_log_key_is_pinned_not_taken_from_the_package(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    f = _sealed(data_dir, tmp_path)
    base = ["verify", str(f["sealed"]), "--key", str(f["key"]), "--org-key", str(f["org"])]
    code, text = _run(base, capsys)
    assert code == 1
    assert "refusing to trust the log key found in the package (log.vkey)" in text
    assert "--log-key FILE" in text and "--pinned-keys FILE" in text
    code, text = _run([*base, "--trust-key-in-export"], capsys)
    assert code == 0, text
    assert "because you passed --trust-key-in-export" in text
    code, text = _run([*base, "--log-key", str(f["other_log"])], capsys)
    assert code == 1 and "log.vkey: is not the sharing-log key you trust" in text


def test_product_package_verify_names_the_keys_it_trusted(
    data_dir: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    f = _sealed(data_dir, tmp_path)
    result = CliRunner().invoke(
        package_cli.app, ["verify", str(f["sealed"]), "--key", str(f["key"])]
    )
    text = " ".join(result.output.split())
    assert result.exit_code == 0, text
    assert "Trusted organisation key(s)" in text and "this installation's keyring" in text
    assert "Trusted log key" in text and "this installation's own sharing-log key" in text
    result = CliRunner().invoke(
        package_cli.app,
        ["verify", str(f["sealed"]), "--key", str(f["key"]), "--log-key", str(f["other_log"])],
    )
    assert result.exit_code == 1
    assert "is not the sharing-log key you trust" in " ".join(result.output.split())


def test_verifier_log_command_pins_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine, forged, vkey = _genuine_and_forged(tmp_path)
    code, text = _run(["log", str(forged)], capsys)
    assert code == 1 and "--key FILE" in text and "refusing to trust" in text
    code, text = _run(["log", str(forged), "--trust-key-in-export"], capsys)
    assert code == 0 and "because you passed --trust-key-in-export" in text
    code, text = _run(["log", str(forged), "--key", str(vkey)], capsys)
    assert code == 1 and "DOES NOT VERIFY (bad_signature)" in text
    code, text = _run(["log", str(genuine), "--key", str(vkey)], capsys)
    assert code == 0 and "Sharing log verified: 3 entries" in text
    code, text = _run(
        ["consistency", str(genuine / "checkpoint"), str(genuine), "--key", str(vkey)], capsys
    )
    assert code == 0 and "The log only grew" in text
