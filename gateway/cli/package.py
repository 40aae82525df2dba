"""`prevent-gateway package`: verify a referral package offline; open a sealed one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import fail

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from gateway.packages import PackageReport

app = typer.Typer(help="Verify and open referral packages, offline.", no_args_is_help=True)

OrgKey = Annotated[
    Path | None,
    typer.Option(
        "--org-key",
        help="The sender's public key file (`prevent-gateway keys export-public`). "
        "Default: this installation's keys.",
    ),
]
LogKey = Annotated[
    Path | None,
    typer.Option("--log-key", help="The sharing log's verifier key file, if you hold it."),
]


def _org_keys(org_key: Path | None) -> dict[str, Ed25519PublicKey]:
    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError, KeysMissing, load_public_keys_pem

    try:
        if org_key is not None:
            return load_public_keys_pem(org_key.read_text(encoding="utf-8"))
        return Keyring(cli_settings().keys_dir, None).public_keys()
    except KeysMissing:
        fail(
            "no organisation public key to check the signature against.",
            "Give the sender's public key file with --org-key.",
        )
    except (KeyringError, OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read the organisation's public key: {exc}")


def _log_key(log_key: Path | None) -> str | None:
    if log_key is None:
        return None
    try:
        return log_key.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read the sharing-log key file: {exc}")


def _private_key(key: Path) -> bytes:
    try:
        return key.read_bytes()
    except OSError as exc:
        fail(f"cannot read the private key file: {exc}")


def _key_passphrase(private_pem: bytes | None) -> str | None:
    from gateway.cli.common import cli_settings
    from gateway.keys import is_encrypted_private_key

    if private_pem is None or not is_encrypted_private_key(private_pem):
        return None
    from_settings = cli_settings().recipient_key_passphrase
    if from_settings is not None:
        return from_settings.get_secret_value()
    answer: str = typer.prompt("Passphrase of your private key", hide_input=True)
    return answer


def _print_report(report: PackageReport, verdict: str) -> None:
    from rich.console import Console

    out = Console(highlight=False)
    out.print(f"[bold]Package[/] {report.source}")
    out.print(
        f"  disclosure {report.disclosure_id}, recipient {report.recipient_id}, "
        f"format version {report.format_version}"
    )
    m = report.manifest
    out.print(
        f"  prepared by {m.get('prepared_by')} ({m.get('prepared_at')}), approved by "
        f"{m.get('approved_by')} ({m.get('approved_at') or 'emergency release'}), released "
        f"{m.get('released_at')}; lawful basis {', '.join(m.get('lawful_basis_codes', []))}"
    )
    for check in report.checks:
        out.print(f"  [green]OK[/] {check.what}: {check.detail}")
    out.print(f"[bold green]{verdict}[/]")


@app.command("verify")
def verify(
    path: Annotated[Path, typer.Argument(help="A package folder, .zip, or sealed file.")],
    org_key: OrgKey = None,
    log_key: LogKey = None,
    key: Annotated[
        Path | None, typer.Option("--key", help="Recipient private key, for a sealed file.")
    ] = None,
) -> None:
    """Check the signature, every file's hash and the sharing-log inclusion proof, offline."""
    from gateway.packages import PackageError, PackageInvalid, verify_package

    keys = _org_keys(org_key)
    private = _private_key(key) if key is not None else None
    try:
        report = verify_package(
            path,
            keys,
            _log_key(log_key),
            private_key_pem=private,
            passphrase=_key_passphrase(private),
        )
    except PackageInvalid as exc:
        fail(f"NOT VERIFIED - {exc.file}: {exc.reason}")
    except PackageError as exc:
        fail(f"NOT VERIFIED - {exc}")
    _print_report(
        report, "VERIFIED: signed by the organisation, unaltered, and in the sharing log."
    )


@app.command("open")
def open_(
    file: Annotated[Path, typer.Argument(help="The sealed package you received.")],
    key: Annotated[Path, typer.Option("--key", help="Your private key file.")],
    out: Annotated[Path, typer.Option("--out", help="A new folder for the package's files.")],
    org_key: OrgKey = None,
    log_key: LogKey = None,
) -> None:
    """Decrypt a sealed package with your private key, verify it, and write its files."""
    from gateway.packages import PackageError, PackageInvalid, open_package

    keys = _org_keys(org_key)
    private = _private_key(key)
    try:
        report = open_package(
            file, private, out, keys, _log_key(log_key), passphrase=_key_passphrase(private)
        )
    except PackageInvalid as exc:
        fail(f"NOT OPENED - {exc.file}: {exc.reason}", "Nothing was written.")
    except PackageError as exc:
        fail(f"NOT OPENED - {exc}", "Nothing was written.")
    except OSError as exc:
        fail(f"NOT OPENED - {exc}", "Nothing was written.")
    _print_report(report, f"VERIFIED and opened into {out}. Start with referral.pdf.")
