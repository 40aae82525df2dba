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

app = typer.Typer(help="Cases: chronology, people, evidence, decisions.", no_args_is_help=True)


@app.command("list")
def list_(as_user: AsUser, as_json: JsonOption = False) -> None:
    """All cases (Prevent Lead, SMT)."""
    from gateway.cases import use_cases

    cases = run(as_user, use_cases.list_cases)
    if as_json:
        print_json(cases)
        return
    for case in cases:
        outcome = case.latest_outcome.value if case.latest_outcome else "undecided"
        say(f"{case.reference}  {case.status:7} {outcome}")


@app.command("show")
def show(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """A case with its chronology (the read is recorded in the access log)."""
    from gateway.cases import use_cases

    case = run(as_user, use_cases.read_case, reference)
    if as_json:
        print_json(case)
        return
    lines = [
        f"Case {case.reference} ({case.status}), opened {long_date(case.opened_at)}",
        f"Student: {case.subject_name} ({case.subject_student_id})",
        "People recorded: "
        + (", ".join(f"{p.name} ({p.role.value})" for p in case.people) or "none"),
        "Chronology:",
    ]
    for event in case.chronology:
        lines.append(
            f"  {event.sequence:3} {event.occurred_at:%Y-%m-%d %H:%M} "
            f"{event.kind:22} {event.summary}{_corrected(event.corrected_by)}"
        )
    lines.append("Concerns:")
    for concern in case.concerns:
        lines.append(
            f"  concern:{concern.id} {concern.reference} [{concern.source.value}] "
            f"{concern.description}{_corrected(concern.corrected_by)}"
        )
    for item in case.evidence:
        lines.append(
            f"  evidence:{item.id} {item.description} sha256={item.sha256}"
            f"{_corrected(item.corrected_by)}"
        )
    lines.append("Decisions:")
    for d in case.decisions:
        extra = f", review {long_date(d.review_date)}" if d.review_date else ""
        lines.append(
            f"  Decision {d.number}, {long_date(d.decided_at)}: {d.outcome.value} "
            f"({d.seriousness.value}{extra}) {d.rationale}"
        )
    say("\n".join(lines))


def _corrected(by: list[str]) -> str:
    """A corrected record is shown as it was recorded, marked with its corrections."""
    return f"  [corrected by {', '.join(by)}]" if by else ""


@app.command("people-found")
def people_found(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """People named in the case's texts who are not recorded in it (the read is recorded).

    Record each one with `case person REFERENCE NAME --role ...` so that every form of their
    name is redacted from what is shared."""
    from gateway.cases import use_cases

    found = run(as_user, use_cases.people_found, reference)
    if as_json:
        print_json(found)
        return
    if not found.people:
        say(f"No one in {reference}'s texts who is not recorded in the case.")
        return
    lines = [f"Named in {reference}'s texts but not recorded as people in the case:"]
    for p in found.people:
        sure = "" if p.confidence == "high" else " (low confidence)"
        lines.append(f"  {p.name}{sure}: {p.mentions} mention(s) in {', '.join(p.found_in)}")
    lines.append(f'Record one with: prevent-gateway case person {reference} "NAME" --role ROLE')
    say("\n".join(lines))


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
    from gateway.cases import use_cases
    from gateway.cases.domain import PersonRole
    from gateway.errors import InvalidInput

    try:
        parsed = PersonRole(role)
    except ValueError:
        raise InvalidInput(f"'{role}' is not a person role.") from None
    run(as_user, use_cases.record_person, reference, name, parsed)
    say(f"Recorded on {reference}.")


@app.command("note")
def note(
    reference: str,
    file: Annotated[
        Path,
        typer.Option(
            "--file",
            help="A text file holding the note ('-': standard input). Never on the command "
            "line, where the shell's history would keep it.",
        ),
    ],
    as_user: AsUser,
    coordinator_discussion: Annotated[
        bool,
        typer.Option(
            "--coordinator-discussion",
            help="The note records a discussion with the Regional Prevent Coordinator (a "
            "Channel disclosure names it with --rpc-reference event:SEQ).",
        ),
    ] = False,
) -> None:
    """Append a note to the chronology (it can never be edited or removed)."""
    from gateway.cases import use_cases

    entry = run(
        as_user,
        use_cases.add_note,
        reference,
        read_text_input(file, "the note").rstrip(),
        coordinator_discussion,
    )
    say(f"Added to the chronology as event:{entry}.")


@app.command("rpc-discussion")
def rpc_discussion(
    reference: str,
    as_user: AsUser,
    on: Annotated[
        datetime | None,
        typer.Option(
            "--on",
            formats=["%Y-%m-%d"],
            help="The day of the discussion (YYYY-MM-DD; default today).",
        ),
    ] = None,
) -> None:
    """Record that the case was discussed with the Regional Prevent Coordinator (by phone, at a
    meeting): advice sought from an external Prevent partner (policy 8.2), counted in the OfS
    return. Put what was said in a note (`case note`)."""
    from gateway.cases import use_cases

    run(as_user, use_cases.record_rpc_discussion, reference, on.date() if on else None)
    say(f"Recorded on {reference}: advice sought from the Regional Prevent Coordinator.")


@app.command("evidence")
def evidence(
    reference: str,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    description: Annotated[str, typer.Option(help="What it is.")],
    provenance: Annotated[str, typer.Option(help="Where it came from, who captured it, when.")],
    as_user: AsUser,
) -> None:
    """Attach an evidence file; its SHA-256 is recorded. Its type is read from its content:
    PNG, JPEG, PDF, Word (.docx) or UTF-8 text by default; macro-enabled or encrypted Office
    files, PDFs with JavaScript, attachments or launch actions, archives and programs are
    refused, as are files over the size limits (25 MB a file, 250 MB a case by default)."""
    from gateway.cases import use_cases

    # Read in chunks by the use case, up to the per-file limit: never whole into memory first.
    with file.open("rb") as stream:
        item = run(
            as_user,
            use_cases.add_evidence,
            reference,
            description=description,
            provenance=provenance,
            content=stream,
            filename=file.name,
        )
    say(f"evidence:{item.id} recorded, sha256 {item.sha256}")


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
    from gateway.cases import use_cases
    from gateway.cases.domain import DecisionInput, Outcome, ReferralGround, Seriousness
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
    run(as_user, use_cases.decide, reference, decision)
    say(f"Decision recorded on {reference}: {decision.outcome.value}.")


@app.command("reviews-due")
def reviews_due(as_user: AsUser, as_json: JsonOption = False) -> None:
    """Internal-action cases whose review date has come."""
    from gateway.cases import use_cases

    due = run(as_user, use_cases.reviews_due)
    if as_json:
        print_json(due)
        return
    if not due:
        say("No reviews due.")
    for row in due:
        say(f"{row.case_reference}  review due {row.review_date}")


@app.command("confirm")
def confirm(
    reference: str,
    number: Annotated[int, typer.Argument(help="The decision's number in the case (1, 2 ...).")],
    as_user: AsUser,
) -> None:
    """As an SMT member named in the decision, confirm it yourself (a referral is final only
    once every SMT member named has confirmed it)."""
    from gateway.cases import use_cases

    done = run(as_user, use_cases.confirm_decision, reference, number)
    waiting = ", ".join(done.awaiting_smt_confirmation) or "no one"
    say(f"Decision {done.number} of {reference} confirmed; still waiting for: {waiting}.")


@app.command("close")
def close(reference: str, as_user: AsUser) -> None:
    """Close a decided case (the chronology records it)."""
    from gateway.cases import use_cases

    case = run(as_user, use_cases.close_case, reference)
    say(f"Case {case.reference} is {case.status}.")


@app.command("no-share")
def no_share(
    reference: str,
    reasons: Annotated[str, typer.Option(help="Why information is not shared.")],
    as_user: AsUser,
    recipient: Annotated[str | None, typer.Option(help="Recipient reference, if any.")] = None,
) -> None:
    """Record a decision NOT to share, with reasons (logged in the sharing log)."""
    from gateway.disclosures import use_cases as disclosure_use_cases

    ctx = open_ctx()
    try:
        row = run_in(
            ctx,
            as_user,
            disclosure_use_cases.record_non_disclosure,
            reference,
            reasons,
            log=ctx.log_writer(),
            recipient_reference=recipient,
        )
    finally:
        ctx.close()
    say(f"Decision not to share {row.reference} recorded and logged.")


# --- restriction (Art 18) and objection (Art 21) --------------------------------------------


def _record_right(
    kind_name: str,
    reference: str,
    requested_by: str,
    received_on: datetime,
    scope: str,
    reasons_file: Path,
    as_user: str,
    restriction_reason: str | None,
) -> None:
    from gateway.errors import InvalidInput
    from gateway.rights import use_cases
    from gateway.rights.domain import RestrictionReason, RightKind

    try:
        why = RestrictionReason(restriction_reason) if restriction_reason else None
    except ValueError:
        raise InvalidInput(
            f"'{restriction_reason}' is not a case of Art 18(1).",
            hint="One of: " + ", ".join(r.value for r in RestrictionReason) + ".",
        ) from None
    view = run(
        as_user,
        use_cases.record,
        reference,
        RightKind(kind_name),
        requested_by=requested_by,
        requested_on=received_on.date(),
        scope=scope,
        reasons=read_text_input(reasons_file, "the reasons"),
        restriction_reason=why,
    )
    say(
        f"{view.reference} recorded on {reference}: {view.kind_words}. Nothing from the case is "
        "submitted, approved, authorised or released until the DPO records a ground to go on "
        "or it is lifted."
    )


RequestedBy = Annotated[
    str, typer.Option(help="Who asked: 'the student', or who acts for them (a role).")
]
ReceivedOn = Annotated[
    datetime, typer.Option(formats=["%Y-%m-%d"], help="The day the request was received.")
]
Scope = Annotated[str, typer.Option(help="What it covers, e.g. 'all sharing from the case'.")]
ReasonsFile = Annotated[
    Path,
    typer.Option(
        "--reasons-file",
        help="A text file with the student's reasons ('-': standard input; at least 40 "
        "characters).",
    ),
]


@app.command("restrict")
def restrict(
    reference: str,
    requested_by: RequestedBy,
    received_on: ReceivedOn,
    scope: Scope,
    reasons_file: ReasonsFile,
    as_user: AsUser,
    reason: Annotated[
        str,
        typer.Option(
            help="The case of Art 18(1): accuracy_contested, unlawful_processing, "
            "needed_for_legal_claims or objection_pending."
        ),
    ],
) -> None:
    """Record the student's restriction of processing (Art 18) on a case."""
    _record_right(
        "restriction", reference, requested_by, received_on, scope, reasons_file, as_user, reason
    )


@app.command("object")
def object_(
    reference: str,
    requested_by: RequestedBy,
    received_on: ReceivedOn,
    scope: Scope,
    reasons_file: ReasonsFile,
    as_user: AsUser,
) -> None:
    """Record the student's objection to processing (Art 21) on a case."""
    _record_right(
        "objection", reference, requested_by, received_on, scope, reasons_file, as_user, None
    )


@app.command("lift")
def lift(
    restriction: Annotated[str, typer.Argument(help="RST-... or OBJ-...")],
    reason: Annotated[str, typer.Option(help="Why it is lifted.")],
    as_user: AsUser,
    student_told_on: Annotated[
        datetime | None,
        typer.Option(
            formats=["%Y-%m-%d"],
            help="When the student was told it would be lifted (needed for a restriction, "
            "Art 18(3)).",
        ),
    ] = None,
) -> None:
    """DPO: lift a restriction or objection (a restriction only once the student was told)."""
    from gateway.rights import use_cases

    view = run(
        as_user,
        use_cases.lift,
        restriction,
        reason,
        student_told_on.date() if student_told_on else None,
    )
    say(f"{view.reference} lifted.")


@app.command("ground")
def ground(
    restriction: Annotated[str, typer.Argument(help="RST-... or OBJ-...")],
    disclosure: Annotated[str, typer.Option(help="The disclosure request it lets go on.")],
    code: Annotated[
        str,
        typer.Option(
            "--ground",
            help="art18.2.consent, art18.2.legal_claims, art18.2.another_person, "
            "art18.2.public_interest (restriction); art21.1.compelling_grounds, "
            "art21.1.legal_claims (objection).",
        ),
    ],
    reasons_file: Annotated[
        Path,
        typer.Option(
            "--reasons-file",
            help="Why the ground applies ('-': standard input; at least 40 characters).",
        ),
    ],
    as_user: AsUser,
) -> None:
    """DPO: record the lawful ground on which one disclosure goes on despite a restriction or
    objection (checked at the gate, named in the release's sharing-log entry)."""
    from gateway.errors import InvalidInput
    from gateway.rights import use_cases
    from gateway.rights.domain import Ground

    try:
        chosen = Ground(code)
    except ValueError:
        raise InvalidInput(
            f"'{code}' is not a ground.", hint=", ".join(g.value for g in Ground) + "."
        ) from None
    run(
        as_user,
        use_cases.record_ground,
        restriction,
        disclosure,
        chosen,
        read_text_input(reasons_file, "the reasons"),
    )
    say(f"Ground {chosen.value} recorded on {restriction} for {disclosure}.")


@app.command("restrictions")
def restrictions(
    as_user: AsUser,
    show: Annotated[str | None, typer.Option(help="Show this one in full.")] = None,
    active_only: Annotated[bool, typer.Option(help="Only those in force.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Restrictions and objections (or one in full, with --show)."""
    from gateway.rights import use_cases

    if show:
        view = run(as_user, use_cases.read, show)
        if as_json:
            print_json(view)
            return
        lines = [
            f"{view.reference} ({view.case_reference}): {view.kind_words}, "
            f"{'in force' if view.active else 'lifted'}",
            f"Asked by {view.requested_by}, received {long_date(view.requested_on)}",
            f"Scope: {view.scope}",
            f"Reasons: {view.reasons}",
        ]
        if view.restriction_reason_words:
            lines.append(view.restriction_reason_words)
        for g in view.ground_list:
            lines.append(
                f"Ground {g.ground.value} for {g.disclosure_reference} ({g.source.value}, "
                f"{g.recorded_by}): {g.reasons}"
            )
        if view.lifted_at:
            lines.append(f"Lifted {long_date(view.lifted_at)}: {view.lift_reason}")
        say("\n".join(lines))
        return
    rows = run(as_user, use_cases.list_restrictions, active_only=active_only)
    if as_json:
        print_json(rows)
        return
    if not rows:
        say("No restriction or objection is recorded.")
    for r in rows:
        state = "in force" if r.active else "lifted"
        say(f"{r.reference}  {r.case_reference}  {r.kind.value:11} {state}")


@app.command("correct")
def correct(
    reference: str,
    target: Annotated[
        str,
        typer.Argument(
            help="What is inaccurate: concern:ID, event:SEQUENCE or evidence:ID (as `case show` "
            "names them), or item:DISCLOSURE:POSITION for an item of a released disclosure."
        ),
    ],
    file: Annotated[
        Path,
        typer.Option(
            "--file",
            help="A text file holding what the record should say ('-': standard input).",
        ),
    ],
    reason_file: Annotated[
        Path,
        typer.Option("--reason-file", help="A text file: why it was inaccurate ('-': stdin)."),
    ],
    as_user: AsUser,
    as_json: JsonOption = False,
) -> None:
    """Correct a record (UK GDPR Art 16): the original is kept, marked as corrected, and a
    correction notice is prepared for every recipient of a released disclosure that carried it
    (Art 19); each notice goes through the gate like any disclosure."""
    from gateway.corrections import use_cases

    done = run(
        as_user,
        use_cases.correct,
        reference,
        target,
        read_text_input(file, "the corrected text").strip(),
        read_text_input(reason_file, "the reason").strip(),
    )
    if as_json:
        print_json(done)
        return
    lines = [f"Correction {done.reference} of {done.target_in_words} recorded on {reference}."]
    if not done.notices:
        lines.append("No released disclosure carried it: nobody else is to be told.")
    for n in done.notices:
        lines.append(
            f"  {n.recipient_reference} ({n.recipient_name}) received {n.corrects}: correction "
            f"notice {n.notice} prepared (draft)."
        )
    if done.notices:
        lines.append(
            "Each notice goes through the gate: `prevent-gateway disclosure redact NOTICE`, "
            "review the findings, `disclosure submit`, the DPO's approval, `disclosure release`."
        )
    say("\n".join(lines))


@app.command("corrections")
def corrections(
    as_user: AsUser,
    case: Annotated[str | None, typer.Option(help="Only this case's corrections.")] = None,
    to_tell: Annotated[
        bool, typer.Option("--to-tell", help="Only corrections with recipients still to tell.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Corrections and, for each, the recipients told and still to be told (DPO, Prevent Lead)."""
    from gateway.corrections import use_cases

    found = run(
        as_user, use_cases.list_corrections, case_reference=case, to_tell_only=to_tell
    )
    if as_json:
        print_json(found)
        return
    if not found:
        say("No corrections.")
    for c in found:
        say(
            f"{c.reference}  {c.case_reference}  {c.target}  recorded "
            f"{long_date(c.recorded_at)}  {c.recipients_to_tell} recipient(s) still to tell"
        )
        for n in c.notices:
            state = f"told {long_date(n.told_at)}" if n.told and n.told_at else n.status.value
            say(f"    {n.recipient_reference} (received {n.corrects}): notice {n.notice}, {state}")
