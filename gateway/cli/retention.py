"""`prevent-gateway retention`, `hold` and `keys rotate-kek`: the retention schedule applied.

Wire with ``retention.register(app)`` in gateway/cli/main.py (adds the ``retention`` and
``hold`` groups, and ``rotate-kek`` to the ``keys`` group when it exists).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, act, cli_settings, console

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.context import AppContext

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


def _day(value: datetime | None) -> date:
    from gateway.timeutil import today

    return value.date() if value is not None else today()


@app.command("schedule")
def show_schedule() -> None:
    """Show the retention schedule in force (and check it)."""
    from rich.table import Table

    from gateway.retention.schedule import load_schedule

    schedule = load_schedule(cli_settings().retention_schedule)
    table = Table(title=f"Retention schedule {schedule.origin}", show_lines=True)
    for col in ("Record class", "Period", "Trigger", "Action", "Justification", "Source"):
        table.add_column(col)
    for rule in schedule.rules.values():
        table.add_row(
            rule.record_class.value,
            rule.period.text,
            rule.trigger.value,
            rule.action.value,
            rule.justification,
            rule.source,
        )
    console().print(table)


@app.command("plan")
def plan(
    as_user: AsUser,
    as_of: AsOf = None,
    show_all: Annotated[bool, typer.Option("--all", help="Also list records not yet due.")] = False,
) -> None:
    """What falls due, when, under which rule, and what blocks it."""
    from rich.table import Table

    from gateway.retention.service import PLAN_ROLES, PlanStatus, build_plan, require_role

    day = _day(as_of)

    def work(session: Session, actor: Actor, ctx: AppContext) -> list[Any]:
        require_role(actor, PLAN_ROLES, "see the retention plan")
        return build_plan(session, ctx.schedule, day)

    items = act(as_user, work)
    shown = [i for i in items if show_all or i.status is not PlanStatus.NOT_DUE]
    table = Table(title=f"Retention plan as of {day}")
    for col in ("Class", "Record", "Trigger", "Due", "Action", "Status", "Why"):
        table.add_column(col)
    for item in shown:
        table.add_row(
            item.record_class.value,
            item.record_ref,
            f"{item.rule.trigger.value} {item.trigger_on or '-'}",
            str(item.due_on or "-"),
            item.rule.action.value,
            item.status.value.replace("_", " "),
            "; ".join(item.reasons) or item.rule.describe(),
        )
    out = console()
    out.print(table)
    counts = {s: sum(1 for i in items if i.status is s) for s in PlanStatus}
    out.print(
        f"{counts[PlanStatus.DUE]} due, {counts[PlanStatus.BLOCKED]} blocked, "
        f"{counts[PlanStatus.REVIEW]} for review, {counts[PlanStatus.NOT_DUE]} not yet due."
    )


@app.command("run")
def run(
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
) -> None:
    """Destroy what is due (dry run unless --execute), certify it, log it."""
    from rich.progress import Progress

    from gateway.cli.disclosure import log_writer
    from gateway.retention.flows import run_disposal, scrub_after_commit
    from gateway.retention.service import PLAN_ROLES, build_plan, require_role

    day = _day(as_of)
    out = console()

    def count_due(session: Session, actor: Actor, ctx: AppContext) -> int:
        require_role(actor, PLAN_ROLES, "see the retention plan")
        return sum(1 for i in build_plan(session, ctx.schedule, day) if i.disposable)

    total = act(as_user, count_due)
    if limit is not None:
        total = min(total, limit)
    engine_holder: dict[str, Any] = {}
    with Progress(console=out, transient=False) as progress:
        task = progress.add_task("Destroying" if execute else "Dry run", total=max(total, 1))

        def work(session: Session, actor: Actor, ctx: AppContext) -> Any:
            engine_holder["dir"] = ctx.settings.data_dir
            return run_disposal(
                session,
                actor,
                ctx.schedule,
                day,
                execute=execute,
                log=log_writer(ctx) if execute else None,
                organisation=ctx.settings.organisation_name,
                limit=limit,
                progress=lambda item: progress.advance(task),
            )

        result = act(as_user, work)
        if total == 0:
            progress.update(task, completed=1)
    for item in result.items:
        out.print(f"  {item.record_class.value:<26} {item.record_ref:<32} due {item.due_on}")
    if not execute:
        out.print(
            f"Dry run: {len(result.items)} record(s) would be destroyed. Nothing was "
            "changed; add --execute to destroy them."
        )
        return
    if result.certificate_reference is None:
        out.print("Nothing is due: nothing was destroyed.")
        return
    from gateway.context import open_context

    ctx = open_context(cli_settings())
    try:
        scrub_after_commit(ctx.engine)
    finally:
        ctx.close()
    out_dir = Path(engine_holder["dir"]) / "certificates"
    path = _write_private(
        out_dir / f"{result.certificate_reference}.pdf", result.certificate_pdf or b""
    )
    out.print(
        f"Destroyed {len(result.items)} record(s). Certificate {result.certificate_reference}: "
        f"{path} (manifest SHA-256 {result.manifest_sha256}); sharing-log entries "
        f"{', '.join(str(i) for i in result.log_indexes)}."
    )


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
def certificates(as_user: AsUser) -> None:
    """List destruction certificates."""
    from sqlalchemy import select

    from gateway.retention.models import DestructionCertificate
    from gateway.retention.service import PLAN_ROLES, require_role

    def work(session: Session, actor: Actor, ctx: AppContext) -> list[tuple[Any, ...]]:
        require_role(actor, PLAN_ROLES, "see destruction certificates")
        return [
            (c.reference, c.created_at, c.record_count, c.manifest_sha256, c.log_indexes)
            for c in session.scalars(
                select(DestructionCertificate).order_by(DestructionCertificate.id)
            )
        ]

    for ref, at, count, digest, idx in act(as_user, work):
        typer.echo(f"{ref}  {at:%Y-%m-%d %H:%M}Z  {count} record(s)  sha256 {digest}  log {idx}")


@app.command("certificate")
def certificate(
    reference: Annotated[str, typer.Argument(help="e.g. DC-2026-0001")],
    as_user: AsUser,
    out: Annotated[Path, typer.Option(help="Where to write the PDF.")],
) -> None:
    """Export one destruction certificate as PDF."""
    from sqlalchemy import select

    from gateway.errors import NotFound
    from gateway.retention.models import DestructionCertificate
    from gateway.retention.service import PLAN_ROLES, require_role

    def work(session: Session, actor: Actor, ctx: AppContext) -> bytes:
        require_role(actor, PLAN_ROLES, "see destruction certificates")
        cert = session.scalar(
            select(DestructionCertificate).where(DestructionCertificate.reference == reference)
        )
        if cert is None:
            raise NotFound(
                f"No certificate {reference}.", hint="See `prevent-gateway retention certificates`."
            )
        return cert.pdf

    typer.echo(str(_write_private(out, act(as_user, work))))


@app.command("student-left")
def student_left(
    student_id: Annotated[str, typer.Argument(help="The student number.")],
    as_user: AsUser,
    on: OnDate = None,
) -> None:
    """Record the day a student left the provider (the trigger student_left)."""
    from gateway.retention.service import record_departure

    day = _day(on)
    act(as_user, lambda s, a, c: record_departure(s, a, student_id, day))
    typer.echo(f"Recorded: student {student_id} left on {day}.")


@app.command("complaint-open")
def complaint_open(
    case: Annotated[str, typer.Option(help="Case reference the complaint is about.")],
    as_user: AsUser,
    received: OnDate = None,
) -> None:
    """Record a complaint about a case: its records are kept until it is closed."""
    from gateway.retention.service import open_complaint

    day = _day(received)
    ref = act(as_user, lambda s, a, c: open_complaint(s, a, case, day).reference)
    typer.echo(f"Complaint {ref} recorded against {case}; the case is kept while it is open.")


@app.command("complaint-close")
def complaint_close(
    reference: Annotated[str, typer.Argument(help="e.g. CMP-2026-0001")],
    as_user: AsUser,
    on: OnDate = None,
) -> None:
    """Close a complaint."""
    from gateway.retention.service import close_complaint

    day = _day(on)
    act(as_user, lambda s, a, c: close_complaint(s, a, reference, day))
    typer.echo(f"Complaint {reference} closed on {day}.")


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
    from gateway.retention.service import place_hold

    day = _day(on)
    ref = act(
        as_user,
        lambda s, a, c: (
            place_hold(
                s, a, case_ref=case, student_id=student, holder=holder, reason=reason, placed_on=day
            ).reference
        ),
    )
    typer.echo(f"Legal hold {ref} placed on {case or 'student ' + str(student)} from {day}.")


@hold_app.command("release")
def hold_release(
    reference: Annotated[str, typer.Argument(help="e.g. HOLD-2026-0001")],
    as_user: AsUser,
    reason: Annotated[str, typer.Option(help="Why the hold ends.")],
    on: OnDate = None,
) -> None:
    """Release a legal hold (the records fall under the schedule again)."""
    from gateway.retention.service import release_hold

    day = _day(on)
    act(as_user, lambda s, a, c: release_hold(s, a, reference, reason=reason, released_on=day))
    typer.echo(f"Legal hold {reference} released on {day}.")


@hold_app.command("list")
def hold_list(
    as_user: AsUser,
    show_all: Annotated[bool, typer.Option("--all", help="Include released holds.")] = False,
) -> None:
    """List legal holds: what, holder, reason, dates."""
    from gateway.retention.service import list_holds

    def work(session: Session, actor: Actor, ctx: AppContext) -> list[str]:
        return [
            f"{h.reference}  {h.scope} {h.target}  holder: {h.holder}  since {h.placed_on}"
            + (f"  released {h.released_on}" if h.released_on else "  ACTIVE")
            + f"\n    reason: {h.reason}"
            for h in list_holds(session, actor, include_released=show_all)
        ]

    lines = act(as_user, work)
    typer.echo("\n".join(lines) if lines else "No legal holds.")


def rotate_kek_command(as_user: AsUser) -> None:
    """Re-wrap every case data key under a new key-encryption key (content is not touched)."""
    from gateway.cli.common import open_ctx
    from gateway.cli.disclosure import log_writer
    from gateway.encryption.keystore import source_for
    from gateway.encryption.rotation import rotate_kek
    from gateway.timeutil import utcnow
    from gateway.users.domain import Action
    from gateway.users.service import get_user

    ctx = open_ctx()
    try:
        from gateway.actor import Actor

        def logged(session: Session, old_id: str, new_id: str) -> None:
            actor = Actor(get_user(session, as_user))
            actor.require(Action.KEYS_MANAGE)
            log_writer(ctx).key_rotated(
                session,
                purpose="data_key_wrapping",
                old_key_id=old_id,
                new_key_id=new_id,
                rotated_by=actor.user.id,
                rotated_at=utcnow(),
            )

        result = rotate_kek(ctx.sessions, source_for(ctx.sessions), on_rewrapped=logged)
    finally:
        ctx.close()
    typer.echo(
        f"Key-encryption key rotated: {result.old_kek_id} -> {result.new_kek_id}; "
        f"{result.rewrapped} data key(s) re-wrapped. Back up the new key file; old backups of "
        "the database need the old KEK, which is now gone."
    )


def register(root: typer.Typer) -> None:
    root.add_typer(app, name="retention")
    root.add_typer(hold_app, name="hold")
    try:
        from gateway.cli.keys import app as keys_app
    except ImportError:
        return
    keys_app.command("rotate-kek")(rotate_kek_command)
