"""`prevent-gateway package`: verify a referral package offline; open a sealed one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import fail

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from gateway.packages import PackageReport
    from prevent_gateway_verify.package.verify import LogKeyChooser
    from prevent_gateway_verify.trust import TrustedKey

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
    typer.Option(
        "--log-key",
        help="The sharing log's verifier key file (one C2SP verifier key), from the "
        "organisation. Default: this installation's own log key.",
    ),
]
PinnedKeys = Annotated[
    Path | None,
    typer.Option(
        "--pinned-keys",
        help="A file of the log keys you keep: one C2SP verifier key per line, '#' comments.",
    ),
]
TrustInPackage = Annotated[
    bool,
    typer.Option(
        "--trust-key-in-export",
        help="Use the log key found in the package (log.vkey). It is authenticated only by "
        "the organisation's signature, not pinned by you.",
    ),
]


def _org_keys(org_key: Path | None) -> dict[str, Ed25519PublicKey]:
    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError, KeysMissing, load_public_keys_pem

    try:
        if org_key is not None:
            keys = load_public_keys_pem(org_key.read_text(encoding="utf-8"))
            where = f"from --org-key {org_key}"
        else:
            keys_dir = cli_settings().keys_dir
            keys = Keyring(keys_dir, None).public_keys()
            where = f"this installation's keyring ({keys_dir})"
        typer.echo(f"Trusted organisation key(s) {', '.join(sorted(keys))}: {where}")
        return keys
    except KeysMissing:
        fail(
            "no organisation public key to check the signature against.",
            "Give the sender's public key file with --org-key.",
        )
    except (KeyringError, OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read the organisation's public key: {exc}")


def _installation_log_key() -> TrustedKey | None:
    """This installation's own log key, if there is an installation here (else None)."""
    import warnings

    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError
    from prevent_gateway_verify.trust import key_from_text

    settings = cli_settings()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            text = Keyring(settings.keys_dir, settings.key_passphrase).log_verifier_key_text()
    except (KeyringError, OSError, ValueError, KeyError):
        return None
    return key_from_text(text, f"this installation's own sharing-log key ({settings.keys_dir})")


def _log_key(
    log_key: Path | None, pinned_keys: Path | None, trust_in_package: bool
) -> LogKeyChooser:
    """Which sharing-log key to trust, decided when the package's own log.vkey is known."""
    from prevent_gateway_verify.trust import choose_log_key

    fallback = None if log_key or pinned_keys else _installation_log_key()

    def choose(material_key: str | None) -> TrustedKey:
        return choose_log_key(
            key_file=log_key,
            pinned_keys=pinned_keys,
            origin=material_key.split("+", 1)[0] if material_key else None,
            signed_note=None,
            material_key=material_key,
            material_label="the package (log.vkey)",
            trust_key_in_material=trust_in_package,
            key_flag="--log-key",
            fallback=fallback,
        )

    return choose


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
    if report.trusted_log_key is not None:
        typer.echo(report.trusted_log_key.statement())
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
    pinned_keys: PinnedKeys = None,
    trust_key_in_export: TrustInPackage = False,
) -> None:
    """Check the signature, every file's hash and the sharing-log inclusion proof, offline."""
    from gateway.packages import PackageError, PackageInvalid, verify_package
    from prevent_gateway_verify.trust import UntrustedKey

    keys = _org_keys(org_key)
    private = _private_key(key) if key is not None else None
    try:
        report = verify_package(
            path,
            keys,
            private_key_pem=private,
            passphrase=_key_passphrase(private),
            log_key=_log_key(log_key, pinned_keys, trust_key_in_export),
        )
    except PackageInvalid as exc:
        fail(f"NOT VERIFIED - {exc.file}: {exc.reason}")
    except (PackageError, UntrustedKey) as exc:
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
    pinned_keys: PinnedKeys = None,
    trust_key_in_export: TrustInPackage = False,
) -> None:
    """Decrypt a sealed package with your private key, verify it, and write its files."""
    from gateway.packages import PackageError, PackageInvalid, open_package
    from prevent_gateway_verify.trust import UntrustedKey

    keys = _org_keys(org_key)
    private = _private_key(key)
    try:
        report = open_package(
            file,
            private,
            out,
            keys,
            passphrase=_key_passphrase(private),
            log_key=_log_key(log_key, pinned_keys, trust_key_in_export),
        )
    except PackageInvalid as exc:
        fail(f"NOT OPENED - {exc.file}: {exc.reason}", "Nothing was written.")
    except (PackageError, UntrustedKey) as exc:
        fail(f"NOT OPENED - {exc}", "Nothing was written.")
    except OSError as exc:
        fail(f"NOT OPENED - {exc}", "Nothing was written.")
    _print_report(report, f"VERIFIED and opened into {out}. Start with referral.pdf.")
