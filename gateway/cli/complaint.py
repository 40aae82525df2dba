"""`prevent-gateway complaint ...`: complaints about how a case was handled (DPA 2018 s.164A)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, JsonOption, print_json, read_text_input, run, say
from gateway.timeutil import long_date

app = typer.Typer(
    help="Complaints: record, acknowledge within 30 days, close with the outcome (DPO).",
    no_args_is_help=True,
)

OnDate = Annotated[
    datetime | None, typer.Option("--on", formats=["%Y-%m-%d"], help="The day (default today).")
]


@app.command("open")
def open_(
    case: Annotated[str, typer.Option(help="The case complained about.")],
    complainant: Annotated[str, typer.Option(help="Who complained.")],
    summary_file: Annotated[
        Path, typer.Option("--summary-file", help="What the complaint is about ('-': stdin).")
    ],
    as_user: AsUser,
    received: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Day received (default today).")
    ] = None,
) -> None:
    """Record a complaint: it must be acknowledged within 30 days, and keeps the case from
    disposal until it is closed."""
    from gateway.complaints import use_cases

    done = run(
        as_user,
        use_cases.open_complaint,
        case,
        complainant,
        read_text_input(summary_file, "what the complaint is about").strip(),
        received_on=received.date() if received else None,
    )
    say(
        f"Complaint {done.reference} recorded on {done.case_reference}; acknowledge it by "
        f"{long_date(done.acknowledge_by)}."
    )


@app.command("acknowledge")
def acknowledge(reference: str, as_user: AsUser, on: OnDate = None) -> None:
    """Record that the complainant was sent an acknowledgement."""
    from gateway.complaints import use_cases

    done = run(as_user, use_cases.acknowledge, reference, on=on.date() if on else None)
    assert done.acknowledged_on is not None
    say(f"Complaint {done.reference} acknowledged on {long_date(done.acknowledged_on)}.")


@app.command("close")
def close(
    reference: str,
    outcome: Annotated[str, typer.Option(help="upheld, partly_upheld, not_upheld or withdrawn.")],
    summary_file: Annotated[
        Path,
        typer.Option(
            "--summary-file", help="The outcome as the complainant was told ('-': stdin)."
        ),
    ],
    as_user: AsUser,
    on: OnDate = None,
) -> None:
    """Record the outcome and close the complaint (the case falls under the schedule again)."""
    from gateway.complaints import use_cases

    done = run(
        as_user,
        use_cases.close,
        reference,
        outcome,
        read_text_input(summary_file, "the outcome").strip(),
        on=on.date() if on else None,
    )
    say(f"Complaint {done.reference} closed ({done.outcome}).")


@app.command("list")
def list_(
    as_user: AsUser,
    show_all: Annotated[bool, typer.Option("--all", help="Include closed complaints.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Complaints with the day each must be acknowledged by (overdue ones flagged)."""
    from gateway.complaints import use_cases

    found = run(as_user, use_cases.list_complaints, include_closed=show_all)
    if as_json:
        print_json(found)
        return
    if not found:
        say("No complaints.")
    for c in found:
        if c.closed_on:
            state = f"closed {c.closed_on} ({c.outcome})"
        elif c.acknowledged_on:
            state = f"acknowledged {c.acknowledged_on}"
        else:
            state = f"acknowledge by {c.acknowledge_by}" + ("  OVERDUE" if c.overdue else "")
        say(f"{c.reference}  {c.case_reference}  received {c.received_on}  {state}")


@app.command("show")
def show(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """One complaint in full (the read is recorded in the access log)."""
    from gateway.complaints import use_cases

    c = run(as_user, use_cases.read_complaint, reference)
    if as_json:
        print_json(c)
        return
    lines = [
        f"Complaint {c.reference} about {c.case_reference}: {c.state.value.replace('_', ' ')}",
        f"From: {c.complainant or 'not recorded'}; received {long_date(c.received_on)}",
        f"About: {c.summary or 'not recorded'}",
        f"Acknowledge by {long_date(c.acknowledge_by)}"
        + (f"; acknowledged {long_date(c.acknowledged_on)}" if c.acknowledged_on else "")
        + (" (OVERDUE)" if c.overdue else ""),
    ]
    if c.closed_on:
        lines.append(f"Closed {long_date(c.closed_on)}: {c.outcome}. {c.outcome_summary or ''}")
    say("\n".join(lines))
