from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, print_json, read_text_input, run, say

app = typer.Typer(help="Raise and list concerns (policy 7).", no_args_is_help=True)

SOURCE_HELP = "staff, associate_tutor, student_via_support_team or social_media_report."


@app.command("add")
def add(
    student_id: Annotated[str, typer.Option(help="The student's id, e.g. S1234567.")],
    student_name: Annotated[str, typer.Option(help="The student's full name.")],
    source: Annotated[str, typer.Option(help=SOURCE_HELP)],
    description_file: Annotated[
        Path,
        typer.Option(
            "--description-file",
            help="A text file saying what was seen or said, where and when ('-': standard "
            "input). Never on the command line, where the shell's history would keep it.",
        ),
    ],
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
    from gateway.cases import use_cases
    from gateway.cases.domain import ConcernSource, SubjectDetails
    from gateway.errors import InvalidInput

    try:
        parsed = ConcernSource(source)
    except ValueError:
        raise InvalidInput(f"'{source}' is not a concern source.", hint=SOURCE_HELP) from None
    description = read_text_input(description_file, "the concern's description").rstrip()
    concern = run(
        as_user,
        use_cases.raise_concern,
        SubjectDetails(
            student_id=student_id,
            name=student_name,
            date_of_birth=date_of_birth.date() if date_of_birth else None,
        ),
        parsed,
        description,
        observed_on=observed_on.date() if observed_on else None,
        reported_by_name=reported_by,
    )
    # Those who raise concerns are told nothing about any case (whether the student has one).
    on_case = f" on case {concern.case_reference}" if concern.case_reference else ""
    say(f"Concern {concern.reference} recorded{on_case}. The Prevent Lead will see it.")


@app.command("mine")
def mine(as_user: AsUser, as_json: JsonOption = False) -> None:
    """The concerns you raised (support staff and tutors see only these)."""
    from gateway.cases import use_cases

    concerns = run(as_user, use_cases.my_concerns)
    if as_json:
        print_json(concerns)
        return
    for c in concerns:
        say(f"{c.reference:14} {c.raised_at:%Y-%m-%d} {c.source.value}")
