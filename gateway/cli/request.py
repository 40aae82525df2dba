"""`prevent-gateway request ...`: requests for information from a Channel panel or the police."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import (
    AsUser,
    JsonOption,
    open_ctx,
    print_json,
    read_text_input,
    run,
    run_in,
    say,
)
from gateway.timeutil import long_date

app = typer.Typer(
    help="Requests for information from a Channel panel or the police: record, answer through "
    "the gate (no referral decision), or refuse.",
    no_args_is_help=True,
)


@app.command("open")
def open_(
    recipient: Annotated[
        str, typer.Option(help="The registered recipient the requester's organisation is.")
    ],
    requester: Annotated[str, typer.Option(help="Who made the request.")],
    organisation: Annotated[str, typer.Option(help="The organisation they made it for.")],
    power: Annotated[
        str,
        typer.Option(
            help="What it is made under: ctsa2015.s38 (Channel), dpa2018.sch2.para2 (crime), "
            "court_order, or stated_purpose."
        ),
    ],
    purpose_file: Annotated[
        Path, typer.Option("--purpose-file", help="The purpose they stated ('-': stdin).")
    ],
    asked_for_file: Annotated[
        Path, typer.Option("--asked-for-file", help="What they asked for ('-': stdin).")
    ],
    deadline: Annotated[datetime, typer.Option(formats=["%Y-%m-%d"], help="Answer by (date).")],
    as_user: AsUser,
    case: Annotated[str | None, typer.Option(help="The case to record it on.")] = None,
    student_id: Annotated[
        str | None, typer.Option(help="Else: the student's id (their case, or a new one).")
    ] = None,
    student_name: Annotated[str | None, typer.Option(help="And the student's name.")] = None,
    received: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Day received (default today).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Record a request as it was made, on the student's case (opened if they have none)."""
    from gateway.cases.domain import SubjectDetails
    from gateway.requests import use_cases
    from gateway.requests.domain import parse_power

    subject = (
        SubjectDetails(student_id=student_id, name=student_name or "")
        if student_id and not case
        else None
    )
    done = run(
        as_user,
        use_cases.open_request,
        recipient_reference=recipient,
        requester=requester,
        organisation=organisation,
        legal_power=parse_power(power),
        purpose=read_text_input(purpose_file, "the stated purpose").strip(),
        asked_for=read_text_input(asked_for_file, "what was asked for").strip(),
        deadline=deadline.date(),
        received_on=received.date() if received else None,
        case_reference=case,
        subject=subject,
    )
    if as_json:
        print_json(done)
        return
    say(
        f"Request {done.reference} recorded on {done.case_reference}; answer by "
        f"{long_date(done.deadline)}."
    )


@app.command("list")
def list_(
    as_user: AsUser,
    show_all: Annotated[bool, typer.Option("--all", help="Include answered and refused.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Requests, nearest deadline first (open ones unless --all)."""
    from gateway.requests import use_cases

    found = run(as_user, use_cases.list_requests, open_only=not show_all)
    if as_json:
        print_json(found)
        return
    if not found:
        say("No requests.")
    for r in found:
        late = "  OVERDUE" if r.overdue else ""
        outcome = f" {r.outcome_reference}" if r.outcome_reference else ""
        say(
            f"{r.reference}  {r.case_reference}  from {r.recipient_reference} "
            f"({r.legal_power.value})  answer by {r.deadline}  "
            f"{r.state.value.replace('_', ' ')}{outcome}{late}"
        )


@app.command("show")
def show(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """A request as it was made (the read is recorded in the access log)."""
    from gateway.requests import use_cases

    r = run(as_user, use_cases.read_request, reference)
    if as_json:
        print_json(r)
        return
    say(
        "\n".join(
            [
                f"Request {r.reference} on {r.case_reference}: {r.state.value.replace('_', ' ')}"
                + (f" ({r.outcome_reference})" if r.outcome_reference else ""),
                f"From: {r.requester}, {r.organisation} (recipient {r.recipient_reference})",
                f"Under: {r.legal_power_in_words}",
                f"Purpose stated: {r.purpose}",
                f"Asked for: {r.asked_for}",
                f"Received {long_date(r.received_on)}; answer by {long_date(r.deadline)}"
                + (" (overdue)" if r.overdue else ""),
            ]
            + ([f"Refused: {r.refusal_reason}"] if r.refusal_reason else [])
        )
    )


@app.command("answer")
def answer(reference: str, as_user: AsUser) -> None:
    """Start the disclosure that answers the request (its purpose and Art 6 basis from the
    request); then add items, complete the basis, redact and submit it like any disclosure."""
    from gateway.requests import use_cases

    view = run(as_user, use_cases.answer, reference)
    say(
        f"Disclosure request {view.reference} answers {reference} (to "
        f"{view.recipient_reference}). Add its items with `prevent-gateway disclosure add-item "
        f"{view.reference} ...`, complete the lawful basis, redact and submit it."
    )


@app.command("refuse")
def refuse(
    reference: str,
    reason_file: Annotated[
        Path, typer.Option("--reason-file", help="Why it is refused ('-': standard input).")
    ],
    as_user: AsUser,
) -> None:
    """Refuse the request with reasons (logged as a decision not to share naming it)."""
    from gateway.requests import use_cases

    ctx = open_ctx()
    try:
        r = run_in(
            ctx,
            as_user,
            use_cases.refuse,
            reference,
            read_text_input(reason_file, "the reasons").strip(),
            log=ctx.log_writer(),
        )
    finally:
        ctx.close()
    say(f"Request {r.reference} refused ({r.outcome_reference}, in the sharing log).")
