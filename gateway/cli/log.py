"""`prevent-gateway log`: the sharing log for auditors: checkpoint, export, verify, proofs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import fail

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from gateway.context import AppContext
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


def _read_connection(ctx: AppContext) -> Connection:
    # A read-only snapshot: on SQLite do not take the write lock that appends use.
    return ctx.engine.connect().execution_options(sqlite_begin="DEFERRED")


def _read_text(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {what} {path}: {exc}")


@app.command("checkpoint")
def checkpoint() -> None:
    """Print the log's latest signed checkpoint (C2SP tlog-checkpoint, with any cosignatures).

    Save it: next time, `log verify DIR --trusted-checkpoint FILE` proves the log only grew.
    """
    ctx = _context()
    try:
        log = _log(ctx)
        with _read_connection(ctx) as conn:
            signed = log.latest_checkpoint(conn)
    finally:
        ctx.close()
    typer.echo(signed.note, nl=False)


@app.command("export")
def export(
    directory: Annotated[Path, typer.Argument(help="Folder to write the export into.")],
) -> None:
    """Write the checkpoint, the verifier key and every entry (canonical bytes, one JSON line
    each) to DIR, for an auditor to check offline with `log verify DIR`."""
    from rich.console import Console

    if directory.exists() and any(directory.iterdir()):
        fail(f"{directory} is not empty.", "Choose a new or empty folder for the export.")
    ctx = _context()
    try:
        log = _log(ctx)
        with _read_connection(ctx) as conn:
            summary = log.export(conn, directory)
    finally:
        ctx.close()
    out = Console(highlight=False)
    out.print(f"Exported {summary.tree_size} entries of log {log.origin!r} to {directory}")
    out.print(f"  root hash {summary.root_hash.hex()}")
    out.print(f"  verifier key {log.verifier.key_text()}")
    out.print(f"Check it offline with: prevent-gateway log verify {directory}")


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
    key: Annotated[
        Path | None,
        typer.Option(
            "--key",
            help="The log's verifier key as you received it (default: the one in the export).",
        ),
    ] = None,
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
    trusted_key = _read_text(key, "the verifier key").strip() if key else None
    out = Console(highlight=False)
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
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the proof to this file (default: print it)."),
    ] = None,
) -> None:
    """Write a C2SP tlog-proof that entry INDEX is in the log: a recipient or auditor checks it
    offline with the entry's bytes and the log's verifier key."""
    from sharing_log.sql import LogStateError

    ctx = _context()
    try:
        log = _log(ctx)
        with _read_connection(ctx) as conn:
            try:
                text = log.tlog_proof(conn, index)
            except LogStateError as exc:
                fail(str(exc), "Use an index below the log size (`log checkpoint` shows it).")
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
) -> None:
    """Print the RFC 9162 consistency proof from an old checkpoint to the current one, after
    checking it: the log only grew since that checkpoint."""
    from rich.console import Console

    from sharing_log import CheckpointError, ProofError, open_checkpoint, verify_consistency
    from sharing_log.sql import LogStateError

    text = _read_text(old_checkpoint, "the checkpoint")
    ctx = _context()
    try:
        log = _log(ctx)
        try:
            old = open_checkpoint(text, log.verifier)
        except CheckpointError as exc:
            fail(f"{old_checkpoint} is not a valid checkpoint of this log: {exc}")
        with _read_connection(ctx) as conn:
            current = log.latest_checkpoint(conn)
            if old.size > current.size:
                fail(
                    f"the old checkpoint has {old.size} entries but the log now has only "
                    f"{current.size}: entries have been removed.",
                    "Report this to the DPO and internal audit.",
                )
            try:
                proof = log.consistency_proof(conn, old.size, current.size) if old.size else []
            except LogStateError as exc:
                fail(str(exc))
    finally:
        ctx.close()
    if old.size:
        try:
            verify_consistency(old.size, current.size, proof, old.root_hash, current.root_hash)
        except ProofError as exc:
            fail(
                f"the log is NOT consistent with {old_checkpoint}: {exc}",
                "The log has been rewritten since that checkpoint. Report this to the DPO and "
                "internal audit.",
            )
    out = Console(highlight=False)
    out.print(f"Consistency proof from {old.size} to {current.size} entries (verified):")
    for h in proof:
        out.print(f"  {_b64(h)}")
    out.print("Current checkpoint:")
    typer.echo(current.note, nl=False)


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
    trusted_checkpoint: Annotated[
        Path | None,
        typer.Option(help="The checkpoint this witness cosigned last time (must be extended)."),
    ] = None,
    log_key: Annotated[
        Path | None, typer.Option(help="The log's verifier key as the witness knows it.")
    ] = None,
) -> None:
    """Witness: verify an export in full (and that it extends what you cosigned before), then
    cosign its checkpoint. Run by the second party on their own machine; needs no database."""
    from sharing_log import CosignatureSigner, LogTampered, NoteVerifier, verify_export

    trusted = _read_text(trusted_checkpoint, "trusted checkpoint") if trusted_checkpoint else None
    vkey = _read_text(log_key, "log key").strip() if log_key else None
    try:
        signer = CosignatureSigner.from_private_key_text(_read_text(key, "witness key").strip())
    except ValueError as exc:
        fail(f"{key} is not a witness private key: {exc}")
    try:
        report = verify_export(directory, trusted_key=vkey, trusted_checkpoint=trusted)
    except LogTampered as exc:
        fail(f"NOT COSIGNED - the log failed verification: {exc}")
    verifier = NoteVerifier.from_key_text(
        vkey or _read_text(directory / "verifier-key.txt", "verifier key").strip()
    )
    cosigned = signer.cosign(report.checkpoint.note, verifier)
    out.write_text(cosigned, encoding="utf-8")
    typer.echo(
        f"Cosigned checkpoint of {report.tree_size} entries (root {report.root_hash.hex()}) "
        f"written to {out}. Keep it: next time pass it as --trusted-checkpoint."
    )


@app.command("add-cosignature")
def add_cosignature(
    cosigned: Annotated[Path, typer.Argument(help="A checkpoint file cosigned by a witness.")],
    witness_key: Annotated[Path, typer.Option(help="The witness's verifier key file.")],
    as_user: Annotated[
        str, typer.Option("--as", envvar="PREVENT_GATEWAY_USER", help="Your username.")
    ],
) -> None:
    """Store a witness's cosignature on one of our checkpoints (administrators).

    Checkpoints printed by `log checkpoint` and proofs from `log prove` then carry it, so a
    recipient can require that an independent party saw the same log."""
    from gateway.cli.common import act
    from gateway.users.domain import Action
    from sharing_log import CosignatureVerifier

    note = _read_text(cosigned, "cosigned checkpoint")
    try:
        verifier = CosignatureVerifier.from_key_text(
            _read_text(witness_key, "witness key").strip()
        )
    except ValueError as exc:
        fail(f"{witness_key} is not a witness verifier key: {exc}")

    def work(session, actor, ctx):  # type: ignore[no-untyped-def]
        actor.require(Action.KEYS_MANAGE)
        return _log(ctx).add_cosignature(session.connection(), note, verifier).size

    try:
        size = act(as_user, work)
    except ValueError as exc:
        fail(f"the cosignature was not stored: {exc}")
    typer.echo(f"Cosignature by {verifier.name} stored on the checkpoint of {size} entries.")
