"""`prevent-gateway keys`: recipient key pairs, signing-key rotation, public-key export."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, fail

app = typer.Typer(help="The organisation's keys and recipients' key pairs.", no_args_is_help=True)


def on_rotated(old_key_id: str, new_key_id: str, as_user: str) -> None:
    """Append a ``key_rotated`` sharing-log entry, acting as ``as_user`` (an administrator).

    Called after the new signing key is written but before it becomes current; if it raises
    (no permission, database down), the keyring undoes the rotation, so no rotation goes unlogged.
    """
    from gateway.cli.common import open_ctx, run_in
    from gateway.keys import use_cases

    ctx = open_ctx()
    try:
        run_in(
            ctx,
            as_user,
            use_cases.record_key_rotation,
            old_key_id,
            new_key_id,
            log=ctx.log_writer(),
        )
    finally:
        ctx.close()


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()
    return slug or "recipient"


@app.command("recipient-new")
def recipient_new(
    name: Annotated[str, typer.Argument(help="Who will hold the key, e.g. 'RPC North West'.")],
    out_dir: Annotated[
        Path, typer.Option("--out-dir", help="Where to write the two key files.")
    ] = Path("."),
    protect: Annotated[
        bool,
        typer.Option(
            "--protect",
            help="Encrypt the private key with a passphrase (asked for, or "
            "PREVENT_GATEWAY_RECIPIENT_KEY_PASSPHRASE).",
        ),
    ] = False,
) -> None:
    """Make an X25519 key pair for a recipient. They keep the private key; register the public."""
    from rich.console import Console

    from gateway.keys import generate_recipient_keypair
    from gateway.keys.files import write_private_file

    slug = _slug(name)
    private_path = out_dir / f"{slug}.private-key.pem"
    public_path = out_dir / f"{slug}.public-key.pem"
    for path in (private_path, public_path):
        if path.exists():
            fail(
                f"{path} already exists.",
                "Choose another --out-dir or name; keys are never overwritten.",
            )
    passphrase = None
    if protect:
        from gateway.cli.common import cli_settings

        given = cli_settings().recipient_key_passphrase
        passphrase = (given.get_secret_value() if given else None) or typer.prompt(
            "Passphrase for the private key", hide_input=True, confirmation_prompt=True
        )
    private_pem, public_text = generate_recipient_keypair(name, passphrase)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        write_private_file(private_path, private_pem)
        write_private_file(public_path, public_text.encode("utf-8"))
        public_path.chmod(0o644)
    except OSError as exc:
        private_path.unlink(missing_ok=True)
        fail(f"could not write the key files: {exc}")
    out = Console(highlight=False)
    out.print(f"Private key (give ONLY to {name}; never to the gateway): {private_path}")
    out.print(
        f"Public key (register with `prevent-gateway recipient add --public-key`): {public_path}"
    )
    out.print(public_text, end="")


@app.command("rotate")
def rotate(as_user: AsUser) -> None:
    """Replace the organisation's signing key. Old public keys are kept so old packages verify."""
    from rich.console import Console

    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError

    settings = cli_settings()
    try:
        keyring = Keyring(settings.keys_dir, settings.key_passphrase)
        old_id, new_id = keyring.rotate(on_rotated=lambda old, new: on_rotated(old, new, as_user))
    except KeyringError as exc:
        fail(str(exc))
    Console(highlight=False).print(
        f"Signing key rotated: {old_id} (retired, public key kept) -> {new_id} (current). "
        "The rotation is recorded in the sharing log."
    )


@app.command("export-public")
def export_public(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of the screen.")
    ] = None,
) -> None:
    """Print every organisation signing public key (current and retired) with its key id."""
    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError

    settings = cli_settings()
    try:
        text = Keyring(settings.keys_dir, None).export_public()
    except KeyringError as exc:
        fail(str(exc))
    if out is None:
        typer.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        typer.echo(f"Wrote the organisation's public keys to {out}.")
