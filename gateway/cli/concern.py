from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import typer

from gateway.cli.common import AsUser, act

app = typer.Typer(help="Raise and list concerns (policy 7).", no_args_is_help=True)

SOURCE_HELP = "staff, associate_tutor, student_via_support_team or social_media_report."


@app.command("add")
def add(
    student_id: Annotated[str, typer.Option(help="The student's id, e.g. S1234567.")],
    student_name: Annotated[str, typer.Option(help="The student's full name.")],
    source: Annotated[str, typer.Option(help=SOURCE_HELP)],
    description: Annotated[str, typer.Option(help="What was seen or said, where and when.")],
    as_user: AsUser,
    observed_on: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="When it was observed.")
    ] = None,
    reported_by: Annotated[
        str | None, typer.Option(help="Who first reported it, if not you (e.g. a student).")
    ] = None,
    date_of_birth: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="The student's date of birth.")
    ] = None,
) -> None:
    """Record a concern about a student; it opens a case or joins the open one."""
    from gateway.cases.domain import ConcernSource
    from gateway.cases.service import SubjectDetails, raise_concern
    from gateway.errors import InvalidInput

    try:
        parsed = ConcernSource(source)
    except ValueError:
        raise InvalidInput(f"'{source}' is not a concern source.", hint=SOURCE_HELP) from None
    observed: date | None = observed_on.date() if observed_on else None

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        concern = raise_concern(
            s,
            a,
            subject=SubjectDetails(
                student_id=student_id,
                name=student_name,
                date_of_birth=date_of_birth.date() if date_of_birth else None,
            ),
            source=parsed,
            description=description,
            observed_on=observed,
            reported_by_name=reported_by,
        )
        return concern.id, concern.case.reference

    concern_id, case_ref = act(as_user, work)
    typer.echo(f"Concern {concern_id} recorded on case {case_ref}. The Prevent Lead is notified.")


@app.command("mine")
def mine(as_user: AsUser) -> None:
    """The concerns you raised (support staff and tutors see only these)."""
    from gateway.cases.service import list_own_concerns

    rows = act(
        as_user,
        lambda s, a, _c: [
            (c.id, c.raised_at, c.source.value, c.case.status.value)
            for c in list_own_concerns(s, a)
        ],
    )
    for cid, raised, source, status in rows:
        typer.echo(f"{cid:5} {raised:%Y-%m-%d} {source:26} case {status}")
