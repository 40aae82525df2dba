"""`prevent-gateway disclosure ...`: parse the options, run one use case, print its view."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, JsonOption, console, open_ctx, run, run_in, say

if TYPE_CHECKING:
    from gateway.context import AppContext
    from gateway.disclosures.views import ApprovalView
    from gateway.sharing import SharingLogWriter

app = typer.Typer(
    help="Disclosure requests: prepare, redact, submit, approve or refuse, release.",
    no_args_is_help=True,
)

def log_writer(ctx: AppContext) -> SharingLogWriter:
    """The sharing-log writer of ``ctx`` (other commands use it too)."""
    return ctx.log_writer()




@app.command("create")
def create(
    case: Annotated[str, typer.Option(help="Case reference, e.g. PRV-2026-0001.")],
    recipient: Annotated[str, typer.Option(help="Recipient reference, e.g. R-0001.")],
    purpose: Annotated[str, typer.Option(help="Why the recipient needs this information.")],
    as_user: AsUser,
    rpc_reference: Annotated[
        str | None,
        typer.Option(
            help="The case's chronology entry recording the discussion with the RPC "
            "(event:SEQ)."
        ),
    ] = None,
    referrer_email: Annotated[
        str | None,
        typer.Option(help="Your work e-mail address the recipient can reply to."),
    ] = None,
    referrer_telephone: Annotated[
        str | None, typer.Option(help="Your work telephone number the recipient can call.")
    ] = None,
) -> None:
    """Start a disclosure request for a case decided as a referral."""
    from gateway.disclosures import use_cases

    view = run(
        as_user, use_cases.create, case, recipient, purpose, rpc_reference, referrer_email,
        referrer_telephone,
    )
    console().print(f"Disclosure request {view.reference} created (draft).")


@app.command("referrer-contact")
def referrer_contact(
    reference: Annotated[str, typer.Argument(help="Disclosure request reference.")],
    as_user: AsUser,
    email: Annotated[
        str | None, typer.Option(help="Work e-mail address the recipient can reply to.")
    ] = None,
    telephone: Annotated[
        str | None, typer.Option(help="Work telephone number the recipient can call.")
    ] = None,
) -> None:
    """Set the work contact the recipient can reply to (a change voids an approval)."""
    from gateway.disclosures import use_cases

    run(as_user, use_cases.set_referrer_contact, reference, email=email, telephone=telephone)
    console().print(f"Referrer's contact for {reference} recorded.")


@app.command("accept-findings")
def accept_findings(
    reference: str,
    as_user: AsUser,
    item: Annotated[
        int | None, typer.Option(help="Only this item (by position); default: every item.")
    ] = None,
) -> None:
    """Accept, as the engine decided them, every finding not yet reviewed (read them first
    with 'disclosure show'; reverse any with 'review-finding --reject')."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.accept_findings, reference, item)
    for shown in view.items:
        say(f"Item {shown.position} ({shown.label}): {shown.redaction_status}")


@app.command("edit-item")
def edit_item(
    reference: str,
    position: int,
    as_user: AsUser,
    text: Annotated[
        str | None,
        typer.Option(help="The item's new text (it must then be redacted and reviewed again)."),
    ] = None,
    label: Annotated[str | None, typer.Option(help="The item's new label.")] = None,
    special: Annotated[
        str | None,
        typer.Option(
            help="Special categories the item reveals: none, or e.g. health,religion; replaces "
            "the answer recorded.",
        ),
    ] = None,
    criminal_offence: Annotated[
        str | None,
        typer.Option(
            "--criminal-offence", help="Whether the item is criminal offence data: yes or no."
        ),
    ] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why the answer says less than the text suggests (at least 40 characters).",
        ),
    ] = None,
) -> None:
    """Change one item. Any change sends the request back to draft (an approval no longer
    applies); a new text voids the item's redaction."""
    from gateway.disclosures import use_cases
    from gateway.disclosures.suggest import parse_special, parse_yes_no

    view = run(
        as_user,
        use_cases.edit_item,
        reference,
        position,
        text=text,
        label=label,
        special_categories=parse_special([special]) if special is not None else None,
        criminal_offence=None
        if criminal_offence is None
        else parse_yes_no(criminal_offence, "--criminal-offence"),
        below_suggestion_reason=reason,
    )
    changed = next(i for i in view.items if i.position == position)
    say(
        f"Item {position} of {reference} changed ({changed.redaction_status}); "
        f"the request is {view.status.value}."
    )


@app.command("add-item")
def add_item(
    reference: str,
    as_user: AsUser,
    special: Annotated[
        str,
        typer.Option(
            help="Special categories the item reveals: none, or e.g. health,religion "
            "(required: nothing is assumed).",
        ),
    ],
    criminal_offence: Annotated[
        str,
        typer.Option(
            "--criminal-offence",
            help="Whether the item is criminal offence data: yes or no (required).",
        ),
    ],
    from_case: Annotated[
        str | None, typer.Option(help="A case record: concern:ID, event:SEQ or evidence:ID.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="For free text: vulnerabilities, other_agencies, note, decision..."),
    ] = None,
    label: Annotated[str | None, typer.Option(help="For free text: a short label.")] = None,
    text: Annotated[str | None, typer.Option(help="For free text: the text.")] = None,
    reason: Annotated[
        str | None,
        typer.Option(
            help="Why the answer says less than the text suggests (at least 40 characters).",
        ),
    ] = None,
) -> None:
    """Select one data item to share (minimise: only what the recipient needs), with its
    answers: special categories (or none) and criminal offence data (yes or no)."""
    from gateway.disclosures import use_cases
    from gateway.disclosures.domain import ItemKind
    from gateway.disclosures.suggest import parse_special, parse_yes_no
    from gateway.disclosures.views import suggestion_in_words
    from gateway.errors import InvalidInput

    categories = parse_special([special])
    criminal = parse_yes_no(criminal_offence, "--criminal-offence")
    parsed: ItemKind | None = None
    if not from_case:
        if not (kind and text):
            raise InvalidInput("Give --from-case, or --kind and --text for a free-text item.")
        try:
            parsed = ItemKind(kind)
        except ValueError:
            raise InvalidInput(
                f"'{kind}' is not an item kind.",
                hint="One of: " + ", ".join(k.value for k in ItemKind),
            ) from None
    view = run(
        as_user,
        use_cases.add_item,
        reference,
        from_case=from_case,
        kind=parsed,
        label=label,
        text=text,
        special_categories=categories,
        criminal_offence=criminal,
        below_suggestion_reason=reason,
    )
    added = view.items[-1]
    console().print(f"Item {len(view.items)} added to {reference}.")
    console().print(
        "Suggested from the text: "
        + suggestion_in_words(added.suggested_special_categories, added.suggested_criminal_offence)
        + "."
    )


@app.command("subject-fields")
def subject_fields(
    reference: str,
    as_user: AsUser,
    field: Annotated[
        list[str] | None,
        typer.Option(help="date_of_birth, student_number or address (repeat); none = name only."),
    ] = None,
) -> None:
    """Choose which of the student's identifiers go out besides their name."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.set_subject_fields, reference, field or [])
    console().print(f"Subject identifiers for {reference}: name, " + ", ".join(view.subject_fields))


@app.command("basis")
def basis(
    reference: str,
    as_user: AsUser,
    file: Annotated[
        Path | None, typer.Option(help="TOML file with the lawful-basis fields (see README).")
    ] = None,
    art6: Annotated[str | None, typer.Option(help="e.g. art6.1.e (public task).")] = None,
    art9: Annotated[str | None, typer.Option(help="e.g. art9.2.g.")] = None,
    sch1: Annotated[int | None, typer.Option(help="DPA 2018 Sch 1 paragraph for Art 9.")] = None,
    art10: Annotated[int | None, typer.Option(help="Sch 1 paragraph for Art 10 data.")] = None,
    apd: Annotated[
        str | None,
        typer.Option(help="The register entry of the appropriate policy document (see apd list)."),
    ] = None,
    necessity: Annotated[str | None, typer.Option()] = None,
    proportionality: Annotated[str | None, typer.Option()] = None,
    clear_and_compelling: Annotated[str | None, typer.Option()] = None,
    at_risk: Annotated[
        str | None, typer.Option(help="Para 18: why the student is at risk.")
    ] = None,
    consent_not_sought: Annotated[str | None, typer.Option(help="Para 18.")] = None,
    consent_prejudice: Annotated[str | None, typer.Option(help="Para 10.")] = None,
    subject_informed: Annotated[bool | None, typer.Option()] = None,
    not_informed_reason: Annotated[str | None, typer.Option()] = None,
    sch2_para2: Annotated[bool | None, typer.Option(help="Rely on DPA 2018 Sch 2 para 2.")] = None,
    care_needs: Annotated[
        str | None, typer.Option(help="Para 18(3)(a): the student's needs for care and support.")
    ] = None,
    harm: Annotated[
        str | None, typer.Option(help="Para 18(3)(b): the harm, or risk of harm.")
    ] = None,
    cannot_protect: Annotated[
        str | None,
        typer.Option(help="Para 18(3)(c): why those needs leave them unable to protect."),
    ] = None,
    consent_not_sought_ground: Annotated[
        str | None,
        typer.Option(
            help="Para 18(2): cannot_be_given, cannot_reasonably_obtain or would_prejudice."
        ),
    ] = None,
    consent_given_on: Annotated[
        datetime | None, typer.Option(formats=["%Y-%m-%d"], help="Consent: the date given.")
    ] = None,
    consent_how: Annotated[str | None, typer.Option(help="Consent: how it was given.")] = None,
    consent_what_told: Annotated[
        str | None, typer.Option(help="Consent: what the student was told.")
    ] = None,
    annex1: Annotated[
        str | None, typer.Option(help="With art6.1.ea: annex1.para1 ... annex1.para5.")
    ] = None,
) -> None:
    """Record the lawful basis (UK GDPR Art 6, Art 9 + DPA 2018 Sch 1, Art 10)."""
    import tomllib

    from gateway.disclosures import use_cases
    from gateway.disclosures.lawful_basis import parse_lawful_basis
    from gateway.errors import InvalidInput

    values: dict[str, Any] = {}
    if file is not None:
        try:
            values.update(tomllib.loads(file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InvalidInput(f"Cannot read {file}: {exc}") from None
    options = {
        "art6_basis": art6,
        "art9_condition": art9,
        "schedule1_paragraph": sch1,
        "art10_paragraph": art10,
        "appropriate_policy_document": apd,
        "necessity": necessity,
        "proportionality": proportionality,
        "clear_and_compelling": clear_and_compelling,
        "at_risk_justification": at_risk,
        "consent_not_sought_reason": consent_not_sought,
        "consent_prejudice_reason": consent_prejudice,
        "subject_informed": subject_informed,
        "subject_not_informed_reason": not_informed_reason,
        "relies_on_sch2_para2": sch2_para2,
        "at_risk_care_needs": care_needs,
        "at_risk_harm": harm,
        "at_risk_cannot_protect": cannot_protect,
        "consent_not_sought_ground": consent_not_sought_ground,
        "consent_given_on": consent_given_on.date() if consent_given_on else None,
        "consent_how": consent_how,
        "consent_what_told": consent_what_told,
        "annex1_condition": annex1,
    }
    values.update({k: v for k, v in options.items() if v is not None})
    record = parse_lawful_basis(values)
    run(as_user, use_cases.set_lawful_basis, reference, record)
    console().print(
        f"Lawful basis recorded on {reference}: {', '.join(record.codes()) or 'none'}."
    )


@app.command("redact")
def redact(reference: str, as_user: AsUser) -> None:
    """Find and replace other people's personal data in every item."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.redact, reference)
    out = console()
    for item in view.items:
        out.print(f"Item {item.position} ({item.label}): {item.redaction_status}", markup=False)
        for f in item.findings:
            out.print(
                f"   [{f.index}] {f.action:8} {f.entity_type:18} -> {f.replacement or '(kept)'}"
                f"  {f.reason or ''}"
                # A finding in an evidence file is named by its place (its boxes on the review
                # page's views), since the file's words are not text here.
                + (f"  ({f.text})" if f.page is not None else ""),
                markup=False,
            )
        out.print(f"   {item.redacted_text}", markup=False)
    if any(item.findings for item in view.items):
        out.print(
            "Review every finding before submitting: 'disclosure review-finding' to accept or "
            "reverse one, 'disclosure accept-findings' to accept the rest.",
            markup=False,
        )


@app.command("review-finding")
def review_finding(
    reference: str,
    item: int,
    finding: int,
    as_user: AsUser,
    reject: Annotated[
        bool,
        typer.Option(
            help="Reverse the engine's decision: put a redacted text back, or redact what it kept."
        ),
    ] = False,
    justification: Annotated[str, typer.Option(help="Required when rejecting.")] = "",
) -> None:
    """Accept or reverse one finding (reversals are shown to the DPO with your justification)."""
    from gateway.disclosures import use_cases

    view = run(
        as_user,
        use_cases.review_finding,
        reference,
        item,
        finding,
        accept=not reject,
        justification=justification,
    )
    console().print(
        "Reversed: the engine's decision is overturned, with your justification on record."
        if reject
        else "Accepted."
    )
    shown = next((i for i in view.items if i.position == item), None)
    if shown is not None and shown.file_kind is not None and shown.redacted_file_sha256:
        # A change to what a file has redacted makes the file again: its hash is what the DPO
        # approves.
        console().print(
            f"Item {item}'s redacted evidence file: SHA-256 {shown.redacted_file_sha256}.",
            markup=False,
        )


@app.command("show")
def show(reference: str, as_user: AsUser, as_json: JsonOption = False) -> None:
    """The request as the DPO sees it: recipient, lawful basis, items as shared, redactions
    removed and rejected, DPIA status, and the content hash an approval binds."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.approval, reference)
    if as_json:
        console().print_json(view.model_dump_json())
        return
    console().print("\n".join(approval_lines(view)), markup=False)


def approval_lines(view: ApprovalView) -> list[str]:
    """Everything the DPO approves, as the approval page shows it."""
    from gateway.disclosures.domain import entity_name

    d = view.disclosure
    lines = [
        f"{d.reference} ({d.status.value}), case {view.case_reference}",
        f"Student: {view.subject_name}",
        *[f"   {detail}" for detail in view.subject_details],
        f"Recipient: {view.recipient_name} ({view.recipient_reference})",
        f"Purpose: {view.purpose}",
        f"Referrer: {view.referrer}",
        f"Contains: {view.marking}",
        "Lawful basis:",
        *[f"   {line}" for line in view.lawful_basis_lines],
        f"What the student has been told: {view.subject_told}",
        f"Regional Prevent Coordinator: {view.rpc_discussion}",
    ]
    for item in view.items:
        flags = list(item.special_categories)
        if item.criminal_offence:
            flags.append("criminal offence data")
        marked = f" — {'; '.join(flags)}" if flags else ""
        lines.append(f"Item {item.position}: {item.label}{marked} [{item.redaction_status}]")
        lines.append(
            "   Answer: special categories "
            + (", ".join(item.special_categories) or "none")
            + "; criminal offence data "
            + ("yes" if item.criminal_offence else "no")
            + f". Suggested from the text: {item.suggested}."
        )
        if item.below_suggestion_reason:
            lines.append(f"   Why less than suggested: {item.below_suggestion_reason}")
        lines.append(f"   {item.text_as_sent}")
        full = next(i for i in d.items if i.position == item.position)
        if full.file_kind is not None:
            lines.append(
                f"   With the evidence file, redacted: {full.redacted_file_media_type}, "
                f"SHA-256 {full.redacted_file_sha256} (shared exactly as approved)"
                if full.redacted_file_sha256
                else "   With the evidence file: not yet redacted"
            )
    lines.append(f"Redaction: {view.redaction_statement}")
    lines.append(f"Redactions applied: {len(view.removed)}")
    for removed in view.removed:
        lines.append(
            f"   item {removed.position}: {entity_name(removed.entity_type)} "
            f"-> {removed.replacement or '-'}"
        )
    lines.append(f"Redactions reversed (the text goes out): {len(view.rejected)}")
    for rejected in view.rejected:
        lines.append(
            f"   item {rejected.position}: \"{rejected.text}\" "
            f"({entity_name(rejected.entity_type)}) — {rejected.justification}"
        )
    if d.emergency:
        lines.append(f"EMERGENCY release; DPO review due {d.retrospective_review_due}")
    lines.append("DPIA: " + " ".join(view.dpia_lines))
    lines.append(f"Content SHA-256 (an approval must name it): {view.content_sha256}")
    return lines


@app.command("list")
def list_(as_user: AsUser, as_json: JsonOption = False) -> None:
    """All disclosure requests and their status."""
    from gateway.disclosures import use_cases

    rows = run(as_user, use_cases.list_requests)
    out = console()
    if as_json:
        out.print_json(data=[r.model_dump(mode="json") for r in rows])
        return
    for r in rows:
        out.print(
            f"{r.reference}  {r.status.value}  {r.case_reference} -> {r.recipient_reference}"
            f"{'  (emergency)' if r.emergency else ''}",
            markup=False,
        )


@app.command("queue")
def queue(as_user: AsUser, as_json: JsonOption = False) -> None:
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.dpo_queue)
    out = console()
    if as_json:
        out.print_json(view.model_dump_json())
        return
    awaiting = [r.reference for r in view.awaiting_approval]
    out.print("Awaiting approval: " + (", ".join(awaiting) or "none"), markup=False)
    for r in view.emergency_reviews:
        due = r.retrospective_review_due
        when = f"{due:%Y-%m-%d %H:%M} UTC" if due else "-"
        out.print(f"Emergency release {r.reference}: retrospective review due {when}")


@app.command("submit")
def submit(reference: str, as_user: AsUser) -> None:
    """Send the request to the DPO (every rule is checked first)."""
    from gateway.disclosures import use_cases

    run(as_user, use_cases.submit, reference)
    console().print(f"{reference} submitted to the DPO.")


ContentSha256 = Annotated[
    str,
    typer.Option(
        "--content-sha256",
        help="The content SHA-256 that 'disclosure show' printed for what you read; refused "
        "if the request has changed since.",
    ),
]


@app.command("approve")
def approve(
    reference: str,
    as_user: AsUser,
    content_sha256: ContentSha256,
    note: Annotated[str | None, typer.Option(help="Your note.")] = None,
) -> None:
    """Approve (DPO only, never the preparer) the exact content you read, named by its SHA-256."""
    from gateway.disclosures import use_cases

    view = run(as_user, use_cases.approve, reference, content_sha256, note)
    console().print(f"{reference} approved (content sha256 {view.content_sha256}).")


@app.command("refuse")
def refuse(
    reference: str,
    reason: Annotated[str, typer.Option(help="Why it is refused.")],
    as_user: AsUser,
) -> None:
    """Refuse (DPO). Recorded as a decision not to share, and logged."""
    from gateway.disclosures import use_cases

    ctx = open_ctx()
    try:
        run_in(ctx, as_user, use_cases.refuse, reference, reason, log=ctx.log_writer())
    finally:
        ctx.close()
    console().print(f"{reference} refused; the decision not to share is logged.")


@app.command("withdraw")
def withdraw(
    reference: str,
    reason: Annotated[str, typer.Option(help="Why it is withdrawn.")],
    as_user: AsUser,
) -> None:
    """Withdraw a request that has not been released."""
    from gateway.disclosures import use_cases

    ctx = open_ctx()
    try:
        run_in(ctx, as_user, use_cases.withdraw, reference, reason, log=ctx.log_writer())
    finally:
        ctx.close()
    console().print(f"{reference} withdrawn; the decision not to share is logged.")


@app.command("emergency-authorise")
def emergency_authorise(
    reference: str,
    ground: Annotated[
        str,
        typer.Option(help="The policy's ground: risk_to_life, serious_harm or imminent_offence."),
    ],
    reason: Annotated[
        str,
        typer.Option(
            help="The emergency, why it cannot wait, and why the DPO cannot be reached (at "
            "least 40 characters)."
        ),
    ],
    as_user: AsUser,
    content_sha256: ContentSha256,
    restriction_ground: Annotated[
        str | None,
        typer.Option(
            help="Where the student restricted or objected to the processing, the ground to go "
            "on (e.g. art18.2.another_person), for risk_to_life only; the DPO's review confirms "
            "or rejects it."
        ),
    ] = None,
) -> None:
    """SMT member: authorise release without the DPO, on one of the policy's grounds, of the
    exact content you read, named by its SHA-256."""
    from gateway.disclosures import use_cases
    from gateway.disclosures.domain import EmergencyGround
    from gateway.errors import InvalidInput
    from gateway.rights.domain import Ground

    try:
        chosen = EmergencyGround(ground)
        override = Ground(restriction_ground) if restriction_ground else None
    except ValueError as exc:
        raise InvalidInput(
            f"{exc}.",
            hint="Grounds: " + ", ".join(g.value for g in EmergencyGround) + "; restriction "
            "grounds: " + ", ".join(g.value for g in Ground) + ".",
        ) from None
    run(
        as_user,
        use_cases.authorise_emergency,
        reference,
        reason,
        content_sha256,
        ground=chosen,
        restriction_ground=override,
    )
    console().print(
        f"{reference}: emergency release authorised; the Prevent Lead may now release it."
    )


@app.command("release")
def release(
    reference: str,
    as_user: AsUser,
    emergency: Annotated[
        bool, typer.Option(help="Release on the SMT member's emergency authorisation.")
    ] = False,
) -> None:
    """Build, sign, log and seal the package, all or nothing."""
    from gateway.disclosures import use_cases

    ctx = open_ctx()
    try:
        done = run_in(
            ctx,
            as_user,
            use_cases.release,
            reference,
            keyring=ctx.keyring,
            log=ctx.log_writer(),
            emergency=emergency,
        )
    finally:
        ctx.close()
    out = console()
    out.print(f"{reference} released{' (EMERGENCY: DPO review due)' if emergency else ''}.")
    out.print(f"Package: {done.package_path} (sealed for the recipient)", markup=False)
    out.print(f"Signed manifest sha256: {done.package_sha256}")
    out.print(f"Sharing-log entry {done.log_index}, tree size {done.tree_size}")


@app.command("review-emergency")
def review_emergency(
    reference: str,
    notes: Annotated[str, typer.Option(help="Your findings.")],
    as_user: AsUser,
    upheld: Annotated[bool, typer.Option("--upheld/--not-upheld")] = True,
    ground: Annotated[
        str | None,
        typer.Option(
            help="Where the SMT member recorded a ground to go on despite a restriction or "
            "objection: 'confirmed' or 'rejected'."
        ),
    ] = None,
) -> None:
    """DPO: the retrospective review of an emergency release (logged). Not upheld, or a ground
    rejected, opens a breach record (72 hours to decide on notifying the ICO)."""
    from gateway.disclosures import use_cases
    from gateway.errors import InvalidInput

    if ground not in (None, "confirmed", "rejected"):
        raise InvalidInput("--ground is 'confirmed' or 'rejected'.")
    ctx = open_ctx()
    try:
        view = run_in(
            ctx,
            as_user,
            use_cases.review_emergency,
            reference,
            upheld=upheld,
            notes=notes,
            log=ctx.log_writer(),
            ground_confirmed=None if ground is None else ground == "confirmed",
        )
    finally:
        ctx.close()
    console().print(f"Review of {reference} recorded and logged.")
    for breach in view.breaches:
        console().print(
            f"Breach {breach} opened: decide on notifying the ICO within 72 hours "
            f"(prevent-gateway breach show {breach})."
        )


@app.command("export-package")
def export_package(
    reference: str,
    out: Annotated[Path, typer.Option(help="Directory to write the sealed package to.")],
    as_user: AsUser,
) -> None:
    """Write the released (sealed) package again, e.g. to re-send it."""
    from gateway.disclosures import use_cases
    from gateway.disclosures.flows import write_package_file
    from gateway.errors import InvalidInput

    package = run(as_user, use_cases.package, reference)
    try:
        path = write_package_file(out, package.filename, package.content)
    except OSError as exc:
        raise InvalidInput(
            f"Cannot write the package to {out}: {exc.strerror or exc}.",
            hint="Choose a directory you can write to.",
        ) from None
    console().print(f"Wrote {path}", markup=False)
