"""`prevent-gateway retention`, `hold` and `keys rotate-kek`: the retention schedule applied.

Wire with ``retention.register(app)`` in gateway/cli/main.py (adds the ``retention`` and
``hold`` groups, and ``rotate-kek`` to the ``keys`` group when it exists).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, JsonOption, cli_settings, console, open_ctx, run, run_in

if TYPE_CHECKING:
    from gateway.retention.views import PlanItemView

app = typer.Typer(
    help="Retention schedule: what falls due, disposal runs, certificates, complaints, leavers.",
    no_args_is_help=True,
)
hold_app = typer.Typer(
    help="Legal holds: records that must not be destroyed.", no_args_is_help=True
)

AsOf = Annotated[
    datetime | None,
    typer.Option(
        "--as-of",
        formats=["%Y-%m-%d"],
        help="Apply the schedule as of this date (YYYY-MM-DD; default today).",
    ),
]
OnDate = Annotated[
    datetime | None, typer.Option("--on", formats=["%Y-%m-%d"], help="The date (default today).")
]


def _day(value: datetime | None) -> date | None:
    return value.date() if value is not None else None


def _print_json(value: Any) -> None:
    """A view, or a list of views, as JSON (what the API returns for the same thing)."""
    from pydantic import TypeAdapter

    typer.echo(TypeAdapter(Any).dump_json(value, indent=2).decode())


@app.command("schedule")
def show_schedule(as_json: JsonOption = False) -> None:
    """Show the retention schedule in force (and check it)."""
    from rich.table import Table

    from gateway.retention.schedule import load_schedule
    from gateway.retention.views import ScheduleView

    view = ScheduleView.of(load_schedule(cli_settings().retention_schedule))
    if as_json:
        _print_json(view)
        return
    table = Table(title=f"Retention schedule {view.origin}", show_lines=True)
    for col in ("Record class", "Period", "Trigger", "Action", "Justification", "Source"):
        table.add_column(col)
    for rule in view.rules:
        table.add_row(
            rule.record_class,
            rule.period,
            rule.trigger
            + (f" (else {rule.fallback_period} after last action)" if rule.fallback_period else ""),
            rule.action,
            rule.justification,
            rule.source,
        )
    console().print(table)


def _plan_row(item: PlanItemView) -> tuple[str, ...]:
    return (
        item.record_class,
        item.record_ref,
        f"{item.trigger}{' (fallback)' if item.fallback else ''} {item.trigger_on or '-'}",
        str(item.due_on or "-"),
        item.action,
        item.status.value.replace("_", " "),
        "; ".join(item.reasons) or item.rule,
    )


@app.command("plan")
def plan(
    as_user: AsUser,
    as_of: AsOf = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list records not yet due.")] = False,
    as_json: JsonOption = False,
) -> None:
    """What falls due, when, under which rule, and what blocks it."""
    from rich.table import Table

    from gateway.retention import use_cases

    ctx = open_ctx()
    try:
        view = run_in(
            ctx,
            as_user,
            use_cases.retention_plan,
            schedule=ctx.schedule,
            as_of=_day(as_of),
            include_not_due=show_all,
        )
    finally:
        ctx.close()
    if as_json:
        _print_json(view)
        return
    table = Table(title=f"Retention plan as of {view.as_of}")
    for col in ("Class", "Record", "Trigger", "Due", "Action", "Status", "Why"):
        table.add_column(col)
    for item in view.items:
        table.add_row(*_plan_row(item))
    out = console()
    out.print(table)
    out.print(view.summary())


@app.command("run")
def run_disposal(
    as_user: AsUser,
    as_of: AsOf = None,
    execute: Annotated[
        bool,
        typer.Option("--execute", help="Really destroy (default: a dry run that changes nothing)."),
    ] = False,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="At most this many records in this run (one transaction)."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Destroy what is due (dry run unless --execute), certify it, log it."""
    from gateway.retention import use_cases

    day = _day(as_of)
    out = console()
    ctx = open_ctx()
    try:
        dry = run_in(
            ctx, as_user, use_cases.dry_run, schedule=ctx.schedule, as_of=day, limit=limit
        )
        if not execute:
            if as_json:
                _print_json(dry)
                return
            _print_items(dry.items)
            out.print(
                f"Dry run: {len(dry.items)} record(s) would be destroyed. Nothing was "
                "changed; add --execute to destroy them."
            )
            return
        from rich.progress import Progress

        with Progress(console=console(stderr=True), transient=True) as progress:
            task = progress.add_task("Destroying", total=max(len(dry.items), 1))
            result = run_in(
                ctx,
                as_user,
                use_cases.execute_disposal,
                schedule=ctx.schedule,
                log=ctx.log_writer(),
                confirm=use_cases.CONFIRM_WORD,  # --execute is the confirmation
                as_of=day,
                limit=limit,
                progress=lambda _item: progress.advance(task),
            )
        pdf = None
        if result.certificate_reference is not None:
            pdf = run_in(ctx, as_user, use_cases.certificate_pdf, result.certificate_reference)
    finally:
        ctx.close()
    if as_json:
        _print_json(result)
    else:
        _print_items(result.items)
    if pdf is None:
        if not as_json:
            out.print("Nothing is due: nothing was destroyed.")
    else:
        folder = cli_settings().data_dir / "certificates"
        path = _write_private(folder / f"{pdf.reference}.pdf", pdf.pdf)
        if not as_json:
            out.print(
                f"Destroyed {len(result.items)} record(s). Certificate "
                f"{result.certificate_reference}: {path} (manifest SHA-256 "
                f"{result.manifest_sha256}); sharing-log entries "
                f"{', '.join(str(i) for i in result.log_indexes)}."
            )
    if result.warning:
        console(stderr=True).print(f"[yellow]Warning:[/] {result.warning}")


def _print_items(items: list[PlanItemView]) -> None:
    out = console()
    for item in items:
        out.print(f"  {item.record_class:<26} {item.record_ref:<32} due {item.due_on}")


def _write_private(path: Path, data: bytes) -> Path:
    import os

    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    return path


@app.command("certificates")
def certificates(as_user: AsUser, as_json: JsonOption = False) -> None:
    """List destruction certificates (newest first)."""
    from gateway.retention import use_cases

    found = run(as_user, use_cases.list_certificates)
    if as_json:
        _print_json(found)
        return
    for c in found:
        typer.echo(
            f"{c.reference}  {c.created_at:%Y-%m-%d %H:%M}Z  {c.record_count} record(s)  "
            f"sha256 {c.manifest_sha256}  log {c.log_indexes}"
        )
    if not found:
        typer.echo("No destruction certificates.")


@app.command("certificate")
def certificate(
    reference: Annotated[str, typer.Argument(help="e.g. DC-2026-0001")],
    as_user: AsUser,
    out: Annotated[Path, typer.Option(help="Where to write the PDF.")],
) -> None:
    """Export one destruction certificate as PDF."""
    from gateway.retention import use_cases

    pdf = run(as_user, use_cases.certificate_pdf, reference)
    typer.echo(str(_write_private(out, pdf.pdf)))


@app.command("student-left")
def student_left(
    student_id: Annotated[str, typer.Argument(help="The student number.")],
    as_user: AsUser,
    on: OnDate = None,
) -> None:
    """Record the day a student left the provider (the trigger student_left)."""
    from gateway.retention import use_cases

    done = run(as_user, use_cases.record_departure, student_id, left_on=_day(on))
    typer.echo(f"Recorded: student {done.student_id} left on {done.left_on}.")


@app.command("complaints")
def complaints(
    as_user: AsUser,
    show_all: Annotated[bool, typer.Option("--all", help="Include closed complaints.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List complaints recorded against cases (open ones keep the case from disposal); record
    and follow them with `prevent-gateway complaint`."""
    from gateway.retention import use_cases

    found = run(as_user, use_cases.list_complaints, include_closed=show_all)
    if as_json:
        _print_json(found)
        return
    for c in found:
        state = f"closed {c.closed_on}" if c.closed_on else "OPEN"
        typer.echo(f"{c.reference}  case {c.case_reference}  received {c.received_on}  {state}")
    if not found:
        typer.echo("No complaints.")


@hold_app.command("place")
def hold_place(
    as_user: AsUser,
    holder: Annotated[str, typer.Option(help="Who asked for the hold (e.g. 'Legal Services').")],
    reason: Annotated[str, typer.Option(help="Why (e.g. 'Employment tribunal claim 2026/123').")],
    case: Annotated[str | None, typer.Option(help="Hold one case (reference).")] = None,
    student: Annotated[str | None, typer.Option(help="Hold every case of a student.")] = None,
    on: OnDate = None,
) -> None:
    """Place a legal hold: held records are never destroyed."""
    from gateway.retention import use_cases

    hold = run(
        as_user,
        use_cases.place_hold,
        case_ref=case,
        student_id=student,
        holder=holder,
        reason=reason,
        placed_on=_day(on),
    )
    covers = hold.target if hold.scope == "case" else f"student {hold.target}"
    typer.echo(f"Legal hold {hold.reference} placed on {covers} from {hold.placed_on}.")


@hold_app.command("release")
def hold_release(
    reference: Annotated[str, typer.Argument(help="e.g. HOLD-2026-0001")],
    as_user: AsUser,
    reason: Annotated[str, typer.Option(help="Why the hold ends.")],
    on: OnDate = None,
) -> None:
    """Release a legal hold (the records fall under the schedule again)."""
    from gateway.retention import use_cases

    hold = run(as_user, use_cases.release_hold, reference, reason=reason, released_on=_day(on))
    typer.echo(f"Legal hold {hold.reference} released on {hold.released_on}.")


@hold_app.command("list")
def hold_list(
    as_user: AsUser,
    show_all: Annotated[bool, typer.Option("--all", help="Include released holds.")] = False,
    as_json: JsonOption = False,
) -> None:
    """List legal holds: what, holder, reason, dates."""
    from gateway.retention import use_cases

    holds = run(as_user, use_cases.list_holds, include_released=show_all)
    if as_json:
        _print_json(holds)
        return
    lines = [
        f"{h.reference}  {h.scope} {h.target}  holder: {h.holder}  since {h.placed_on}"
        + (f"  released {h.released_on}" if h.released_on else "  ACTIVE")
        + f"\n    reason: {h.reason}"
        for h in holds
    ]
    typer.echo("\n".join(lines) if lines else "No legal holds.")


def rotate_kek_command(as_user: AsUser) -> None:
    """Re-wrap every case data key under a new key-encryption key (content is not touched)."""
    from gateway.encryption.use_cases import rotate_kek

    ctx = open_ctx()
    try:
        done = run_in(ctx, as_user, rotate_kek, kek=ctx.kek_source, log=ctx.log_writer())
    finally:
        ctx.close()
    typer.echo(
        f"Key-encryption key rotated: {done.old_kek_id} -> {done.new_kek_id}; "
        f"{done.rewrapped} data key(s) re-wrapped (sharing-log entry {done.log_index}). Back up "
        "the new key file; old backups of the database need the old KEK, which is now gone."
    )


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="retention")
    root.add_typer(hold_app, name="hold")
    from gateway.cli.keys import app as keys_app

    if not any(info.name == "rotate-kek" for info in keys_app.registered_commands):
        keys_app.command("rotate-kek")(rotate_kek_command)
