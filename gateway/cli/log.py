"""`prevent-gateway log`: the sharing log for auditors: checkpoint, export, verify, proofs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, console, fail, run_in

if TYPE_CHECKING:

    from gateway.context import AppContext
    from prevent_gateway_verify.trust import TrustedKey
    from sharing_log.sql import SQLTransparencyLog

app = typer.Typer(
    help="The sharing log: print the signed checkpoint, export it for an auditor, verify an "
    "export offline, and produce inclusion and consistency proofs.",
    no_args_is_help=True,
)


def _context() -> AppContext:
    from gateway.cli.common import open_ctx

    return open_ctx()


def _log(ctx: AppContext) -> SQLTransparencyLog:
    try:
        return ctx.transparency_log()
    except ValueError as exc:  # the key's name does not match the configured origin
        ctx.close()
        fail(
            f"the sharing-log key does not fit this installation: {exc}",
            "Set PREVENT_GATEWAY_LOG_ORIGIN to the name the log key was created with.",
        )


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {what} {path}: {exc}")


KeyOption = typer.Option(
    "--key",
    help="The log's verifier key (one C2SP verifier key), received from the organisation by a "
    "channel you trust.",
)
PinnedKeysOption = typer.Option(
    "--pinned-keys",
    help="A file of the log keys you keep: one C2SP verifier key per line, '#' comments; the "
    "key named by the log's origin is used.",
)
TrustInExportOption = typer.Option(
    "--trust-key-in-export",
    help="Use the verifier key found in the export itself. It proves only that the export is "
    "self-consistent: whoever forged it could have put their own key there.",
)


def _export_log_key(
    directory: Path, key: Path | None, pinned_keys: Path | None, trust_in_export: bool
) -> TrustedKey:
    """The log key to trust for an export: pinned (--key, --pinned-keys), or the export's own
    only with --trust-key-in-export. Never silently the export's own."""
    from prevent_gateway_verify.log.export import export_claims
    from prevent_gateway_verify.trust import UntrustedKey, choose_log_key

    claims = export_claims(directory)
    try:
        return choose_log_key(
            key_file=key,
            pinned_keys=pinned_keys,
            origin=claims.origin,
            signed_note=claims.checkpoint,
            material_key=claims.verifier_key,
            material_label="the export (its verifier-key.txt)",
            trust_key_in_material=trust_in_export,
        )
    except UntrustedKey as exc:
        fail(f"NOT VERIFIED - {exc}")


@app.command("checkpoint")
def checkpoint(as_user: AsUser) -> None:
    """Print the log's latest signed checkpoint (C2SP tlog-checkpoint, with any cosignatures).

    Save it: next time, `log consistency FILE` proves the log only grew since.
    """
    from gateway.audit import use_cases

    ctx = _context()
    try:
        view = run_in(ctx, as_user, use_cases.checkpoint, log=_log(ctx))
    finally:
        ctx.close()
    typer.echo(view.note, nl=False)


@app.command("monitor")
def monitor(as_user: AsUser) -> None:
    """Check the whole sharing log, for cron: every entry, tree node and signed checkpoint; the
    checkpoint saved outside the database (a rollback or a deleted checkpoint shows); and the
    disclosure records against the log, both ways, and every released package's file.

    Prints every finding with the checkpoint it compared against. Exit code 0: healthy;
    1: something is wrong (then releases, reports and subject access requests are refused until
    an administrator runs `log resolve`, except for a missing package file, which
    `disclosure export-package` writes again).
    """
    from gateway.audit import use_cases

    ctx = _context()
    try:
        view = run_in(ctx, as_user, use_cases.monitor_log, log=_log(ctx))
    finally:
        ctx.close()
    out = console()
    out.print(
        f"Compared with {view.compared_with} (kept in {view.saved_checkpoint_file}).",
        markup=False,
    )
    signed = (
        f"{view.checkpoint_size} entries signed (root {view.checkpoint_root})"
        if view.checkpoint_size is not None
        else "no signed checkpoint"
    )
    out.print(
        f"{view.entries} entries stored, {signed}; {view.releases_checked} release entries "
        "reconciled with the disclosure records.",
        markup=False,
    )
    for problem in view.problems:
        out.print(f"BROKEN: {problem}", markup=False)
    for item in view.attention:
        out.print(f"TO DO: {item}", markup=False)
    if view.alarm is not None:
        out.print(
            f"ALARM raised {view.alarm.raised_at} and not resolved: releases, reports and "
            "subject access requests are refused until an administrator runs "
            "`prevent-gateway log resolve --reason ... --as ADMIN`.",
            markup=False,
        )
    if not view.healthy:
        raise typer.Exit(1)
    out.print("Sharing log healthy.")


@app.command("resolve")
def resolve(
    reason: Annotated[
        str, typer.Option(help="What was found and what was done (kept for the auditors).")
    ],
    as_user: AsUser,
    accept_database: Annotated[
        bool,
        typer.Option(
            "--accept-database",
            help="Accept a sound database that is behind or beside the saved checkpoint (e.g. "
            "restored from an older backup), or whose disclosure records disagree with the log.",
        ),
    ] = False,
) -> None:
    """Administrator: resolve a sharing-log alarm after investigating it (recorded). Refused
    while the log in the database is itself damaged: restore it from a backup first."""
    from gateway.audit import use_cases

    ctx = _context()
    try:
        view = run_in(
            ctx,
            as_user,
            use_cases.resolve_log_alarm,
            log=_log(ctx),
            reason=reason,
            accept_database=accept_database,
        )
    finally:
        ctx.close()
    accepted = " (the database was accepted as it is)" if view.accepted_database else ""
    typer.echo(
        f"Resolution {view.resolution_id} recorded{accepted}. Saved checkpoint: "
        f"{view.saved_size} entries, root {view.saved_root}."
    )


@app.command("key")
def key(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the key to this file (default: print).")
    ] = None,
) -> None:
    """Print the log's verifier key (C2SP signed-note form, one line): give it to auditors,
    witnesses and recipients by a channel they trust, so they pin it (`--key`, `--log-key`)."""
    from gateway.cli.common import cli_settings
    from gateway.keys import Keyring, KeyringError

    settings = cli_settings()
    try:
        text = Keyring(settings.keys_dir, settings.key_passphrase).log_verifier_key_text()
    except KeyringError as exc:
        fail(str(exc))
    if out is None:
        typer.echo(text)
        return
    out.write_text(text + "\n", encoding="utf-8")
    typer.echo(f"Wrote the sharing log's verifier key {'+'.join(text.split('+')[:2])} to {out}.")


@app.command("export")
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write the export into.")],
    as_user: AsUser,
) -> None:
    """Write the checkpoint, the verifier key and every entry (canonical bytes, one JSON line
    each) to DIR, for an auditor to check offline with `log verify DIR`."""
    from gateway.audit import use_cases

    ctx = _context()
    try:
        view = run_in(
            ctx, as_user, use_cases.export_to_folder, log=_log(ctx), directory=directory
        )
    finally:
        ctx.close()
    # Plain echo, never a console that wraps: the verifier key must stay on one line to be
    # copied. It is also in DIR/verifier-key.txt, but an auditor pins it from a trusted channel.
    # The count is of the lines written, never the checkpoint's claim.
    typer.echo(
        f"Exported {view.entries_written} entries of log {view.origin!r} to {directory} "
        f"(its signed checkpoint covers {view.tree_size})"
    )
    typer.echo(f"  root hash {view.root_hash}")
    typer.echo(f"  verifier key {view.verifier_key}")
    typer.echo(
        f"Check it offline with: prevent-gateway log verify {directory} --key LOG.vkey "
        "(the log's verifier key, pinned from a channel you trust)"
    )
    if view.entries_written != view.tree_size or view.unsigned_entries:
        missing = view.tree_size - view.entries_written
        found = []
        if missing:
            found.append(f"{missing} of the {view.tree_size} signed entries are missing")
        if view.unsigned_entries:
            found.append(
                f"{view.unsigned_entries} entries stored after the latest signed checkpoint "
                "were not exported (nothing signs them)"
            )
        fail(
            "THE EXPORT IS NOT THE SIGNED LOG: " + "; ".join(found) + ".",
            "Run `prevent-gateway log monitor` to list every finding, keep this export for "
            "investigation and tell the DPO.",
        )


@app.command("verify")
def verify(
    directory: Annotated[Path, typer.Argument(help="An export written by `log export`.")],
    trusted_checkpoint: Annotated[
        Path | None,
        typer.Option(
            "--trusted-checkpoint",
            help="The checkpoint you saved last time; the log must be an extension of it.",
        ),
    ] = None,
    key: Annotated[Path | None, KeyOption] = None,
    pinned_keys: Annotated[Path | None, PinnedKeysOption] = None,
    trust_key_in_export: Annotated[bool, TrustInExportOption] = False,
    check_entries: Annotated[
        bool,
        typer.Option(
            "--check-entries/--no-check-entries",
            help="Also decode every entry and check its type, fields and canonical form.",
        ),
    ] = True,
) -> None:
    """Recompute the whole log from an export, offline, and say exactly what is wrong, if
    anything. Needs no database and no access to the gateway."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from sharing_log import LogTampered, verify_export

    if not directory.is_dir():
        fail(f"{directory} is not a folder.", "Give the folder written by `log export`.")
    trusted = (
        _read_text(trusted_checkpoint, "the trusted checkpoint") if trusted_checkpoint else None
    )
    out = Console(highlight=False)
    log_key = _export_log_key(directory, key, pinned_keys, trust_key_in_export)
    typer.echo(log_key.statement())
    trusted_key = log_key.text
    try:
        with Progress(
            "[progress.description]{task.description}",
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        ) as bar:
            task = bar.add_task("Verifying entries", total=None)
            report = verify_export(
                directory,
                trusted_key=trusted_key,
                trusted_checkpoint=trusted,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                check_entries=check_entries,
            )
    except LogTampered as exc:
        if exc.consistency_proof:
            out.print("Consistency proof checked (base64, RFC 9162):")
            for h in exc.consistency_proof:
                out.print(f"  {_b64(h)}")
        fail(
            f"THE SHARING LOG DOES NOT VERIFY ({exc.kind.value}): {exc.message}",
            "Do not rely on this log. Keep this export and the checkpoint you saved, and report "
            "the finding to the DPO and internal audit.",
        )
    out.print(
        f"[bold green]Sharing log verified[/]: {report.tree_size} entries of {report.origin!r}"
    )
    out.print(f"  root hash {report.root_hash.hex()}")
    if report.trusted_size is not None:
        out.print(
            f"  consistent with your trusted checkpoint of {report.trusted_size} entries; "
            "consistency proof checked (base64, RFC 9162):"
        )
        for h in report.consistency_proof:
            out.print(f"    {_b64(h)}")
    out.print("Save the export's checkpoint file to use as --trusted-checkpoint next time.")


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


@app.command("prove")
def prove(
    index: Annotated[int, typer.Argument(help="The entry's index in the log (from 0).", min=0)],
    as_user: AsUser,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the proof to this file (default: print it)."),
    ] = None,
) -> None:
    """Write a C2SP tlog-proof that entry INDEX is in the log: a recipient or auditor checks it
    offline with the entry's bytes and the log's verifier key."""
    from gateway.audit import use_cases

    ctx = _context()
    try:
        text = run_in(ctx, as_user, use_cases.inclusion_proof, log=_log(ctx), index=index)
    finally:
        ctx.close()
    if out is None:
        typer.echo(text, nl=False)
        return
    out.write_text(text, encoding="utf-8")
    typer.echo(f"Wrote the inclusion proof for entry {index} to {out}")


@app.command("consistency")
def consistency(
    old_checkpoint: Annotated[
        Path, typer.Argument(help="A checkpoint of this log saved earlier (`log checkpoint`).")
    ],
    as_user: AsUser,
    out_file: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Also write the proof and the current checkpoint to this file, for an auditor "
            "to check offline: prevent-gateway-verify consistency OLD FILE --key LOG.vkey.",
        ),
    ] = None,
) -> None:
    """Print the RFC 9162 consistency proof from an old checkpoint to the current one, after
    checking it: the log only grew since that checkpoint."""
    from gateway.audit import use_cases

    text = _read_text(old_checkpoint, "the checkpoint")
    ctx = _context()
    try:
        view = run_in(
            ctx, as_user, use_cases.consistency_since, log=_log(ctx), old_checkpoint=text
        )
    finally:
        ctx.close()
    typer.echo(
        f"Trusted log key {view.trusted_key}: this installation's own sharing-log key "
        "(its keyring)"
    )
    out = console()
    out.print(f"Consistency proof from {view.old_size} to {view.new_size} entries (verified):")
    for h in view.proof:
        out.print(f"  {_b64(h)}")
    out.print("Current checkpoint:")
    typer.echo(view.current_note, nl=False)
    if out_file is not None:
        from prevent_gateway_verify.log.consistency import format_consistency_file

        out_file.write_text(
            format_consistency_file(view.old_size, view.proof, view.current_note), "utf-8"
        )
        typer.echo(f"Wrote the consistency proof and the current checkpoint to {out_file}.")


@app.command("witness-key")
def witness_key(
    name: Annotated[str, typer.Argument(help="The witness's name, e.g. liverpool.ac.uk/witness.")],
    out: Annotated[Path, typer.Option(help="File for the witness's PRIVATE key (kept by them).")],
) -> None:
    """Make a witness key pair (C2SP tlog-cosignature) for a second party, e.g. the University.

    The private key stays with the witness; give the printed verifier key to the gateway's
    administrator (`log add-cosignature ... --witness-key`) and to anyone who checks cosignatures.
    """
    import os

    from sharing_log import CosignatureSigner

    if out.exists():
        fail(f"{out} already exists.", "Choose a new file; an existing key is never overwritten.")
    try:
        signer = CosignatureSigner.generate(name)
    except ValueError as exc:
        fail(f"'{name}' cannot name a witness: {exc}")
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(signer.private_key_text() + "\n")
    typer.echo(signer.verifier_key_text())


@app.command("cosign")
def cosign(
    directory: Annotated[Path, typer.Argument(help="An export from `log export`.")],
    key: Annotated[Path, typer.Option(help="The witness's private key file.")],
    out: Annotated[Path, typer.Option(help="Where to write the cosigned checkpoint.")],
    state: Annotated[
        Path,
        typer.Option(
            help="The witness's state file: the last checkpoint cosigned for each log (created "
            "on first use, rewritten atomically). Keep it, and back it up.",
        ),
    ],
    log_key: Annotated[
        Path | None,
        typer.Option(
            "--log-key",
            help="The log's verifier key as the witness received it from the organisation.",
        ),
    ] = None,
    pinned_keys: Annotated[Path | None, PinnedKeysOption] = None,
) -> None:
    """Witness: verify an export in full with the log key you pinned, check it extends the
    checkpoint you cosigned last time for this log (never a smaller tree, never a fork), remember
    it, then cosign its checkpoint. Run by the second party on their own machine; no database."""
    from prevent_gateway_verify.log.export import export_claims
    from prevent_gateway_verify.log.witness import (
        WitnessRefused,
        WitnessStateError,
        cosign_export,
        locked_state,
    )
    from prevent_gateway_verify.trust import UntrustedKey, choose_log_key
    from sharing_log import CosignatureSigner

    if log_key is None and pinned_keys is None:
        fail(
            "NOT COSIGNED - a witness needs the log's key: a witness that trusted the key in "
            "the export would cosign a forged log.",
            "Give --log-key FILE (the log's verifier key, from the organisation) or "
            "--pinned-keys FILE (one C2SP verifier key per line).",
        )
    claims = export_claims(directory)
    try:
        trusted = choose_log_key(
            key_file=log_key,
            pinned_keys=pinned_keys,
            origin=claims.origin,
            signed_note=claims.checkpoint,
            material_key=None,
            material_label="the export",
            trust_key_in_material=False,
            key_flag="--log-key",
        )
    except UntrustedKey as exc:
        fail(f"NOT COSIGNED - {exc}")
    typer.echo(trusted.statement())
    try:
        signer = CosignatureSigner.from_private_key_text(_read_text(key, "witness key").strip())
    except ValueError as exc:
        fail(f"{key} is not a witness private key: {exc}")
    try:
        with locked_state(state) as memory:
            result = cosign_export(directory, signer, trusted.text, memory)
    except WitnessStateError as exc:
        fail(f"NOT COSIGNED - {exc}")
    except WitnessRefused as exc:
        hint = (
            "Do not cosign. Keep this export and your state file, and tell the organisation's "
            "DPO and internal audit."
        )
        fail(f"NOT COSIGNED - {exc.message}", hint)
    out.write_text(result.cosigned, encoding="utf-8")
    before = (
        f"extends the {result.previous.size} entries you cosigned before"
        if result.previous is not None
        else "the first checkpoint of this log you cosign"
    )
    typer.echo(
        f"Cosigned checkpoint of {result.report.tree_size} entries (root "
        f"{result.report.root_hash.hex()}; {before}) written to {out}. Remembered in {state}."
    )


@app.command("add-cosignature")
def add_cosignature(
    cosigned: Annotated[Path, typer.Argument(help="A checkpoint file cosigned by a witness.")],
    witness_key: Annotated[Path, typer.Option(help="The witness's verifier key file.")],
    as_user: AsUser,
) -> None:
    """Store a witness's cosignature on one of our checkpoints (administrators).

    Checkpoints printed by `log checkpoint` and proofs from `log prove` then carry it, so a
    recipient can require that an independent party saw the same log."""
    from gateway.audit import use_cases

    note = _read_text(cosigned, "cosigned checkpoint")
    key_text = _read_text(witness_key, "witness key")
    ctx = _context()
    try:
        size = run_in(
            ctx, as_user, use_cases.add_cosignature, log=_log(ctx), cosigned_note=note,
            witness_key=key_text,
        )
    finally:
        ctx.close()
    name = key_text.strip().split("+", 1)[0]
    typer.echo(f"Cosignature by {name} stored on the checkpoint of {size} entries.")
