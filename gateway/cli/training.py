"""`prevent-gateway training`: Prevent training records (policy 3.1)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, console, run

if TYPE_CHECKING:
    from gateway.training.domain import StaffGroup
    from gateway.training.views import StaffTrainingView, TrainingFigures

app = typer.Typer(help="Prevent training records: completions, refreshers due, compliance.",
                  no_args_is_help=True)

GROUP_HELP = "associate_tutor or student_facing."
RefresherOption = Annotated[
    int | None,
    typer.Option(
        "--refresher-months",
        min=1,
        max=60,
        help="Count refreshers due at this interval instead of the installation's setting "
        "(PREVENT_GATEWAY_TRAINING_REFRESHER_MONTHS, default 24).",
    ),
]


def _group(value: str) -> StaffGroup:
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
    from gateway.training import use_cases
    from gateway.training.domain import TrainingModule

    module = TrainingModule.REFRESHER if refresher else TrainingModule.INTRODUCTORY
    done = run(as_user, use_cases.record_completion, staff_id=staff_id, name=name,
               group=_group(group), module=module, completed_on=completed_on.date())
    console().print(f"Recorded: {done.staff_id} completed the {done.module.label} on "
                    f"{done.completed_on.isoformat()}.", markup=False)


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
    from gateway.training import use_cases

    staff = run(as_user, use_cases.add_staff, staff_id=staff_id, name=name, group=_group(group),
                started_on=started_on.date() if started_on else None)
    console().print(f"Added {staff.staff_id} ({staff.group.label}); not trained yet.",
                    markup=False)


@app.command("leave")
def leave(
    staff_id: Annotated[str, typer.Argument(help="The member of staff's id.")],
    as_user: AsUser,
    left_on: Annotated[datetime | None, typer.Option(
        formats=["%Y-%m-%d"], help="Their last day + 1 (default today).")] = None,
) -> None:
    """Record that someone left: they stop counting towards compliance."""
    from gateway.training import use_cases

    staff = run(as_user, use_cases.record_leaving, staff_id,
                left_on=left_on.date() if left_on else None)
    console().print(f"{staff.staff_id} no longer counts towards training compliance.",
                    markup=False)


def _print(rows: list[StaffTrainingView]) -> None:
    out = console()
    if not rows:
        out.print("No staff to show.")
    for r in rows:
        due = r.due_on.isoformat() if r.due_on else "-"
        last = r.last_completed_on.isoformat() if r.last_completed_on else "-"
        out.print(f"{r.staff_id:12} {r.name[:30]:30} {r.group.value:16} last {last:10} "
                  f"due {due:10} {r.state.value}", markup=False)


def _figures(as_user: str, group: str | None, refresher_months: int | None) -> TrainingFigures:
    from gateway.training import use_cases

    return run(as_user, use_cases.training_figures, _group(group) if group else None,
               refresher_months=refresher_months)


@app.command("list")
def list_(
    as_user: AsUser,
    group: Annotated[str | None, typer.Option(help=GROUP_HELP)] = None,
    refresher_months: RefresherOption = None,
    json: JsonOption = False,
) -> None:
    """Everyone on record, with their last completion and next refresher."""
    figures = _figures(as_user, group, refresher_months)
    if json:
        typer.echo(figures.model_dump_json(
            indent=2, include={"as_of", "refresher_months", "group", "records", "compliance"}))
        return
    _print(figures.records)
    for gc in figures.compliance:
        console().print(f"{gc.group.label}: {gc.trained_in_date} of {gc.staff} in date "
                        f"({gc.percent:.0f}%), {gc.overdue} overdue, {gc.not_trained} not "
                        "trained", markup=False)


@app.command("due")
def due(
    as_user: AsUser, refresher_months: RefresherOption = None, json: JsonOption = False
) -> None:
    """Staff whose refresher is overdue or due within 30 days."""
    figures = _figures(as_user, None, refresher_months)
    if json:
        typer.echo(figures.model_dump_json(
            indent=2, include={"as_of", "refresher_months", "due"}))
        return
    _print(figures.due)
