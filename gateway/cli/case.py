from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from gateway.cli.common import AsUser, act

app = typer.Typer(help="Cases: chronology, people, evidence, decisions.", no_args_is_help=True)


@app.command("list")
def list_(as_user: AsUser) -> None:
    """All cases (Prevent Lead, SMT)."""
    from gateway.cases.service import latest_decision, list_cases

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        out = []
        for case in list_cases(s, a):
            last = latest_decision(case)
            out.append(
                (case.reference, case.status.value, last.outcome.value if last else "undecided")
            )
        return out

    for ref, status, outcome in act(as_user, work):
        typer.echo(f"{ref}  {status:7} {outcome}")


@app.command("show")
def show(reference: str, as_user: AsUser) -> None:
    """A case with its chronology (the read is recorded in the access log)."""
    from gateway.cases.service import get_case

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        case = get_case(s, a, reference)
        lines = [
            f"Case {case.reference} ({case.status.value}), opened {case.opened_at:%d %b %Y}",
            f"Student: {case.subject_name} ({case.subject_student_id})",
            "People recorded: "
            + (", ".join(f"{p.name} ({p.role.value})" for p in case.people) or "none"),
            "Chronology:",
        ]
        for event in case.events:
            lines.append(
                f"  {event.sequence:3} {event.occurred_at:%Y-%m-%d %H:%M} "
                f"{event.kind:22} {event.summary}"
            )
        lines.append("Concerns:")
        for concern in case.concerns:
            lines.append(f"  concern:{concern.id} [{concern.source.value}] {concern.description}")
        for item in case.evidence:
            lines.append(f"  evidence:{item.id} {item.description} sha256={item.sha256}")
        lines.append("Decisions:")
        for d in case.decisions:
            extra = f", review {d.review_date}" if d.review_date else ""
            lines.append(
                f"  {d.decided_at:%Y-%m-%d} {d.outcome.value} ({d.seriousness.value}"
                f"{extra}) {d.rationale}"
            )
        return "\n".join(lines)

    typer.echo(act(as_user, work))


@app.command("person")
def person(
    reference: str,
    name: str,
    role: Annotated[
        str, typer.Option(help="subject_alias, referrer, witness, staff, family or other.")
    ],
    as_user: AsUser,
) -> None:
    """Record a person named in the case (their data is redacted from disclosures)."""
    from gateway.cases.domain import PersonRole
    from gateway.cases.service import record_person
    from gateway.errors import InvalidInput

    try:
        parsed = PersonRole(role)
    except ValueError:
        raise InvalidInput(f"'{role}' is not a person role.") from None
    act(as_user, lambda s, a, _c: record_person(s, a, reference, name, parsed))
    typer.echo(f"Recorded on {reference}.")


@app.command("note")
def note(reference: str, text: str, as_user: AsUser) -> None:
    """Append a note to the chronology (it can never be edited or removed)."""
    from gateway.cases.service import add_note

    act(as_user, lambda s, a, _c: add_note(s, a, reference, text))
    typer.echo("Added to the chronology.")


@app.command("evidence")
def evidence(
    reference: str,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    description: Annotated[str, typer.Option(help="What it is.")],
    provenance: Annotated[str, typer.Option(help="Where it came from, who captured it, when.")],
    as_user: AsUser,
) -> None:
    """Attach an evidence file; its SHA-256 is recorded."""
    from gateway.cases.service import add_evidence

    content = file.read_bytes()
    item = act(
        as_user,
        lambda s, a, _c: add_evidence(
            s,
            a,
            reference,
            description=description,
            provenance=provenance,
            content=content,
            filename=file.name,
        ),
    )
    typer.echo(f"evidence:{item.id} recorded, sha256 {item.sha256}")


@app.command("decide")
def decide(
    reference: str,
    outcome: Annotated[str, typer.Option(help="no_further_action, internal_action or referral.")],
    seriousness: Annotated[str, typer.Option(help="low, moderate, high or serious_and_immediate.")],
    rationale: Annotated[str, typer.Option(help="Why this outcome.")],
    freedom_of_speech: Annotated[
        str, typer.Option(help="How freedom of speech was considered (policy 2.2-2.4).")
    ],
    smt: Annotated[list[str], typer.Option(help="SMT member usernames (repeat).")],
    as_user: AsUser,
    ground: Annotated[
        list[str] | None,
        typer.Option(help="Referral ground: serious_immediate_safety or criminal_act (repeat)."),
    ] = None,
    actions: Annotated[str | None, typer.Option(help="Internal action agreed.")] = None,
    review_date: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Internal action review date.")
    ] = None,
) -> None:
    """Record the decision of the Prevent Lead and the SMT (policy 9)."""
    from gateway.cases.domain import DecisionInput, Outcome, ReferralGround, Seriousness
    from gateway.cases.service import decide as decide_case
    from gateway.errors import InvalidInput

    try:
        decision = DecisionInput(
            seriousness=Seriousness(seriousness),
            outcome=Outcome(outcome),
            rationale=rationale,
            freedom_of_speech_consideration=freedom_of_speech,
            smt_usernames=tuple(smt),
            grounds=tuple(ReferralGround(g) for g in ground or ()),
            actions=actions,
            review_date=review_date.date() if review_date else None,
        )
    except ValueError as exc:
        raise InvalidInput(f"{exc}.", hint="See `prevent-gateway case decide --help`.") from None
    act(as_user, lambda s, a, _c: decide_case(s, a, reference, decision))
    typer.echo(f"Decision recorded on {reference}: {decision.outcome.value}.")


@app.command("reviews-due")
def reviews_due(as_user: AsUser) -> None:
    """Internal-action cases whose review date has come."""
    from gateway.cases.service import reviews_due as due
    from gateway.timeutil import today

    rows = act(
        as_user,
        lambda s, a, _c: [(c.reference, d.review_date) for c, d in due(s, a, today())],
    )
    if not rows:
        typer.echo("No reviews due.")
    for ref, when in rows:
        typer.echo(f"{ref}  review due {when}")


@app.command("no-share")
def no_share(
    reference: str,
    reasons: Annotated[str, typer.Option(help="Why information is not shared.")],
    as_user: AsUser,
    recipient: Annotated[str | None, typer.Option(help="Recipient reference, if any.")] = None,
) -> None:
    """Record a decision NOT to share, with reasons (logged in the sharing log)."""
    from gateway.cli.disclosure import log_writer
    from gateway.disclosures.service import record_non_disclosure

    ref = act(
        as_user,
        lambda s, a, c: (
            record_non_disclosure(s, a, reference, reasons, log_writer(c), recipient).reference
        ),
    )
    typer.echo(f"Decision not to share {ref} recorded and logged.")
