"""`prevent-gateway training`: Prevent training records (policy 3.1)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, act

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gateway.actor import Actor
    from gateway.context import AppContext
    from gateway.training.service import StaffTraining

app = typer.Typer(help="Prevent training records: completions, refreshers due, compliance.",
                  no_args_is_help=True)

GROUP_HELP = "associate_tutor or student_facing."
RefresherOption = Annotated[
    int,
    typer.Option(
        envvar="PREVENT_GATEWAY_TRAINING_REFRESHER_MONTHS",
        help="Months between Prevent refreshers.",
    ),
]


def _group(value: str) -> object:
    from gateway.errors import InvalidInput
    from gateway.training.domain import StaffGroup

    try:
        return StaffGroup(value)
    except ValueError:
        raise InvalidInput(f"'{value}' is not a staff group.", hint=GROUP_HELP) from None


@app.command("record")
def record(
    staff_id: Annotated[str, typer.Option(help="The member of staff's id.")],
    name: Annotated[str, typer.Option(help="Their name.")],
    group: Annotated[str, typer.Option(help=GROUP_HELP)],
    completed_on: Annotated[datetime, typer.Option(formats=["%Y-%m-%d"],
                                                   help="Date completed.")],
    as_user: AsUser,
    refresher: Annotated[bool, typer.Option(help="A refresher, not the introductory module.")]
    = False,
) -> None:
    """Record a completed Prevent module (staff need not have a gateway account)."""
    from gateway.training.domain import StaffGroup, TrainingModule
    from gateway.training.service import record_completion

    parsed = _group(group)
    assert isinstance(parsed, StaffGroup)
    module = TrainingModule.REFRESHER if refresher else TrainingModule.INTRODUCTORY

    def work(session: Session, actor: Actor, _ctx: AppContext) -> int:
        return record_completion(session, actor, staff_id=staff_id, name=name, group=parsed,
                                 module=module, completed_on=completed_on.date()).id

    act(as_user, work)
    typer.echo(f"Recorded: {staff_id} completed the {module.label} on "
               f"{completed_on.date().isoformat()}.")


@app.command("add")
def add(
    staff_id: Annotated[str, typer.Option(help="The member of staff's id.")],
    name: Annotated[str, typer.Option(help="Their name.")],
    group: Annotated[str, typer.Option(help=GROUP_HELP)],
    as_user: AsUser,
    started_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="When they started (default today).")] = None,
) -> None:
    """Add someone who must take the Prevent module; they count as not trained until they do."""
    from gateway.training.domain import StaffGroup
    from gateway.training.service import register_staff

    parsed = _group(group)
    assert isinstance(parsed, StaffGroup)
    act(as_user, lambda s, a, _c: register_staff(
        s, a, staff_id=staff_id, name=name, group=parsed,
        started_on=started_on.date() if started_on else None).id)
    typer.echo(f"Added {staff_id} ({parsed.label}); not trained yet.")


@app.command("leave")
def leave(
    staff_id: Annotated[str, typer.Argument(help="The member of staff's id.")],
    as_user: AsUser,
    left_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Their last day + 1 (default today).")] = None,
) -> None:
    """Record that someone left: they stop counting towards compliance."""
    from gateway.training.service import record_leaving

    act(as_user, lambda s, a, _c: record_leaving(
        s, a, staff_id, left_on.date() if left_on else None).id)
    typer.echo(f"{staff_id} no longer counts towards training compliance.")


def _print(rows: list[StaffTraining]) -> None:
    if not rows:
        typer.echo("No staff to show.")
    for r in rows:
        due = r.status.due_on.isoformat() if r.status.due_on else "-"
        last = r.status.last_completed_on.isoformat() if r.status.last_completed_on else "-"
        typer.echo(f"{r.staff_id:12} {r.name[:30]:30} {r.group.value:16} last {last:10} "
                   f"due {due:10} {r.status.state.value}")


@app.command("list")
def list_(
    as_user: AsUser,
    group: Annotated[str | None, typer.Option(help=GROUP_HELP)] = None,
    refresher_months: RefresherOption = 24,
) -> None:
    """Everyone on record, with their last completion and next refresher."""
    from gateway.training.domain import StaffGroup
    from gateway.training.service import group_compliance, list_records

    parsed = _group(group) if group else None
    assert parsed is None or isinstance(parsed, StaffGroup)

    def work(session: Session, actor: Actor, _ctx: AppContext) -> tuple[object, object]:
        return (list_records(session, actor, refresher_months=refresher_months, group=parsed),
                group_compliance(session, actor, refresher_months=refresher_months))

    rows, compliance = act(as_user, work)
    _print(rows)  # type: ignore[arg-type]
    for gc in compliance:  # type: ignore[attr-defined]
        typer.echo(f"{gc.group.label}: {gc.trained_in_date} of {gc.staff} in date "
                   f"({gc.percent:.0f}%), {gc.overdue} overdue, {gc.not_trained} not trained")


@app.command("due")
def due(as_user: AsUser, refresher_months: RefresherOption = 24) -> None:
    """Staff whose refresher is overdue or due within 30 days."""
    from gateway.training.service import due_refreshers

    rows = act(as_user, lambda s, a, _c: due_refreshers(s, a, refresher_months=refresher_months))
    _print(rows)
