from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from gateway.cli.common import AsUser, act

if TYPE_CHECKING:
    from gateway.context import AppContext
    from gateway.sharing import SharingLogWriter

app = typer.Typer(
    help="Disclosure requests: prepare, redact, submit, approve or refuse, release.",
    no_args_is_help=True,
)


def log_writer(ctx: AppContext) -> SharingLogWriter:
    from gateway.sharing import SharingLogWriter

    return SharingLogWriter(ctx.transparency_log(), ctx.keyring.subject_hmac_key())


@app.command("create")
def create(
    case: Annotated[str, typer.Option(help="Case reference, e.g. PRV-2026-0001.")],
    recipient: Annotated[str, typer.Option(help="Recipient reference, e.g. R-0001.")],
    purpose: Annotated[str, typer.Option(help="Why the recipient needs this information.")],
    as_user: AsUser,
    rpc_reference: Annotated[
        str | None,
        typer.Option(help="Reference of the prior discussion with / request from the RPC."),
    ] = None,
) -> None:
    """Start a disclosure request for a case decided as a referral."""
    from gateway.disclosures.service import create_request

    ref = act(
        as_user,
        lambda s, a, _c: (
            create_request(
                s,
                a,
                case_reference=case,
                recipient_reference=recipient,
                purpose=purpose,
                rpc_discussion_reference=rpc_reference,
            ).reference
        ),
    )
    typer.echo(f"Disclosure request {ref} created (draft).")


def _parse_categories(values: list[str] | None) -> list[Any]:
    from gateway.disclosures.lawful_basis import SpecialCategory
    from gateway.errors import InvalidInput

    out = []
    for value in values or []:
        try:
            out.append(SpecialCategory(value))
        except ValueError:
            raise InvalidInput(
                f"'{value}' is not a special category.",
                hint="One of: " + ", ".join(c.value for c in SpecialCategory),
            ) from None
    return out


@app.command("add-item")
def add_item(
    reference: str,
    as_user: AsUser,
    from_case: Annotated[
        str | None, typer.Option(help="A case record: concern:ID, event:SEQ or evidence:ID.")
    ] = None,
    kind: Annotated[
        str | None,
        typer.Option(help="For free text: vulnerabilities, other_agencies, note, decision..."),
    ] = None,
    label: Annotated[str | None, typer.Option(help="For free text: a short label.")] = None,
    text: Annotated[str | None, typer.Option(help="For free text: the text.")] = None,
    special: Annotated[
        list[str] | None,
        typer.Option(help="Special category in this item (repeat), e.g. health."),
    ] = None,
    criminal_offence: Annotated[
        bool, typer.Option(help="The item contains criminal offence data.")
    ] = False,
) -> None:
    """Select one data item to share (minimise: only what the recipient needs)."""
    from gateway.disclosures.domain import ItemContent, ItemKind
    from gateway.disclosures.service import add_case_item
    from gateway.disclosures.service import add_item as add
    from gateway.errors import InvalidInput

    categories = _parse_categories(special)
    if from_case:
        position = act(
            as_user,
            lambda s, a, _c: (
                add_case_item(
                    s,
                    a,
                    reference,
                    from_case,
                    special_categories=categories,
                    criminal_offence=criminal_offence,
                ).position
            ),
        )
    else:
        if not (kind and text):
            raise InvalidInput("Give --from-case, or --kind and --text for a free-text item.")
        try:
            parsed = ItemKind(kind)
        except ValueError:
            raise InvalidInput(
                f"'{kind}' is not an item kind.",
                hint="One of: " + ", ".join(k.value for k in ItemKind),
            ) from None
        item = ItemContent(
            kind=parsed,
            label=label or parsed.value.replace("_", " "),
            text=text,
            special_categories=frozenset(categories),
            criminal_offence=criminal_offence,
        )
        position = act(as_user, lambda s, a, _c: add(s, a, reference, item).position)
    typer.echo(f"Item {position} added to {reference}.")


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
    from gateway.disclosures.service import set_subject_fields

    act(as_user, lambda s, a, _c: set_subject_fields(s, a, reference, field or []))
    typer.echo(f"Subject identifiers for {reference}: name, " + ", ".join(field or []))


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
    apd: Annotated[str | None, typer.Option(help="Appropriate Policy Document reference.")] = None,
    apd_review: Annotated[datetime | None, typer.Option(formats=["%Y-%m-%d"])] = None,
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
) -> None:
    """Record the lawful basis (UK GDPR Art 6, Art 9 + DPA 2018 Sch 1, Art 10)."""
    import tomllib

    from gateway.disclosures.lawful_basis import Art6Basis, Art9Condition, LawfulBasisRecord
    from gateway.disclosures.service import set_lawful_basis
    from gateway.errors import InvalidInput

    values: dict[str, Any] = {}
    if file is not None:
        try:
            values.update(tomllib.loads(file.read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise InvalidInput(f"Cannot read {file}: {exc}") from None
    overrides = {
        "art6_basis": art6,
        "art9_condition": art9,
        "schedule1_paragraph": sch1,
        "art10_paragraph": art10,
        "appropriate_policy_document": apd,
        "apd_review_date": apd_review.date() if apd_review else None,
        "necessity": necessity,
        "proportionality": proportionality,
        "clear_and_compelling": clear_and_compelling,
        "at_risk_justification": at_risk,
        "consent_not_sought_reason": consent_not_sought,
        "consent_prejudice_reason": consent_prejudice,
        "subject_informed": subject_informed,
        "subject_not_informed_reason": not_informed_reason,
        "relies_on_sch2_para2": sch2_para2,
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = set(values) - set(LawfulBasisRecord.__dataclass_fields__)
    if unknown:
        raise InvalidInput(f"Unknown lawful-basis field(s): {', '.join(sorted(unknown))}.")
    try:
        if values.get("art6_basis") is not None:
            values["art6_basis"] = Art6Basis(values["art6_basis"])
        else:
            values["art6_basis"] = None
        if values.get("art9_condition") is not None:
            values["art9_condition"] = Art9Condition(values["art9_condition"])
    except ValueError as exc:
        raise InvalidInput(f"{exc}.", hint="Codes look like art6.1.e or art9.2.g.") from None
    record = LawfulBasisRecord(**values)
    act(as_user, lambda s, a, _c: set_lawful_basis(s, a, reference, record))
    typer.echo(f"Lawful basis recorded on {reference}: {', '.join(record.codes()) or 'none'}.")


@app.command("redact")
def redact(reference: str, as_user: AsUser) -> None:
    """Find and replace other people's personal data in every item."""
    from gateway.disclosures.minimise import redact_request

    def work(s, a, c):  # type: ignore[no-untyped-def]
        request = redact_request(s, a, reference, model_name=c.settings.nlp_model)
        return [
            (item.position, item.label, item.redacted_text, item.findings) for item in request.items
        ]

    for position, label, text, findings in act(as_user, work):
        redacted = sum(1 for f in findings if f["action"] == "redacted")
        typer.echo(f"Item {position} ({label}): {redacted} redaction(s)")
        for index, finding in enumerate(findings):
            typer.echo(
                f"   [{index}] {finding['action']:8} {finding['entity_type']:18} "
                f"-> {finding.get('replacement') or '(kept)'}"
            )
        typer.echo(f"   {text}")


@app.command("review-finding")
def review_finding(
    reference: str,
    item: int,
    finding: int,
    as_user: AsUser,
    reject: Annotated[bool, typer.Option(help="Put the original text back.")] = False,
    justification: Annotated[str, typer.Option(help="Required when rejecting.")] = "",
) -> None:
    """Accept or reject one redaction (rejections are shown to the DPO)."""
    from gateway.disclosures.service import review_finding as review

    act(
        as_user,
        lambda s, a, _c: review(
            s,
            a,
            reference,
            item_position=item,
            finding_index=finding,
            accept=not reject,
            justification=justification,
        ),
    )
    typer.echo("Rejected: the original text stays." if reject else "Accepted.")


@app.command("show")
def show(reference: str, as_user: AsUser) -> None:
    """The request as the DPO sees it: lawful basis, items, rejected redactions, DPIA status."""
    from gateway.disclosures.minimise import rejected_redactions
    from gateway.disclosures.service import lawful_basis_of, read_request
    from gateway.dpias.service import dpia_status
    from gateway.timeutil import today

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        request = read_request(s, a, reference)
        record = lawful_basis_of(request)
        lines = [
            f"{request.reference} [{request.status.value}] purpose: {request.purpose}",
            f"Lawful basis: {', '.join(record.codes()) or 'none recorded'}",
            f"Subject identifiers shared: name, {', '.join(request.subject_fields) or '-'}",
        ]
        for item in request.items:
            lines.append(f"Item {item.position} [{item.kind.value}] {item.label}")
            lines.append(f"   {item.redacted_text}")
        rejected = rejected_redactions(request)
        lines.append(f"Rejected redactions: {len(rejected)}")
        for position, finding in rejected:
            lines.append(
                f"   item {position}: {finding['entity_type']} kept - "
                f"{finding.get('review_justification')}"
            )
        if request.emergency:
            lines.append(f"EMERGENCY release; DPO review due {request.retrospective_review_due}")
        lines.append(f"DPIA: {dpia_status(s, request.processing_activity, today())}")
        return "\n".join(lines)

    typer.echo(act(as_user, work))


@app.command("list")
def list_(as_user: AsUser) -> None:
    """All disclosure requests and their status."""
    from gateway.disclosures.service import list_requests

    rows = act(
        as_user,
        lambda s, a, _c: [(r.reference, r.status.value, r.emergency) for r in list_requests(s, a)],
    )
    for ref, status, emergency in rows:
        typer.echo(f"{ref}  {status}{'  (emergency)' if emergency else ''}")


@app.command("queue")
def queue(as_user: AsUser) -> None:
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""
    from gateway.disclosures.service import dpo_queue

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        q = dpo_queue(s, a)
        return (
            [r.reference for r in q.awaiting_approval],
            [(r.reference, r.retrospective_review_due) for r in q.emergency_reviews],
        )

    awaiting, emergencies = act(as_user, work)
    typer.echo("Awaiting approval: " + (", ".join(awaiting) or "none"))
    for ref, due in emergencies:
        typer.echo(f"Emergency release {ref}: retrospective review due {due:%Y-%m-%d %H:%M} UTC")


@app.command("submit")
def submit(reference: str, as_user: AsUser) -> None:
    """Send the request to the DPO (every rule is checked first)."""
    from gateway.disclosures.service import submit as do_submit

    act(as_user, lambda s, a, c: do_submit(s, a, reference, c.settings))
    typer.echo(f"{reference} submitted to the DPO.")


@app.command("approve")
def approve(
    reference: str,
    as_user: AsUser,
    note: Annotated[str | None, typer.Option(help="Your note.")] = None,
) -> None:
    """Approve (DPO only, never the preparer). The approval binds this exact content."""
    from gateway.disclosures.service import approve as do_approve
    from gateway.dpias.service import dpia_status
    from gateway.timeutil import today

    def work(s, a, c):  # type: ignore[no-untyped-def]
        request = do_approve(s, a, reference, c.settings, note)
        return request.approved_content_hash, str(
            dpia_status(s, request.processing_activity, today())
        )

    digest, dpia = act(as_user, work)
    typer.echo(f"DPIA: {dpia}")
    typer.echo(f"{reference} approved (content sha256 {digest}).")


@app.command("refuse")
def refuse(
    reference: str,
    reason: Annotated[str, typer.Option(help="Why it is refused.")],
    as_user: AsUser,
) -> None:
    """Refuse (DPO). Recorded as a decision not to share, and logged."""
    from gateway.disclosures.service import refuse as do_refuse

    act(as_user, lambda s, a, c: do_refuse(s, a, reference, reason, log_writer(c)))
    typer.echo(f"{reference} refused; the decision not to share is logged.")


@app.command("withdraw")
def withdraw(
    reference: str,
    reason: Annotated[str, typer.Option(help="Why it is withdrawn.")],
    as_user: AsUser,
) -> None:
    """Withdraw a request that has not been released."""
    from gateway.disclosures.service import withdraw as do_withdraw

    act(as_user, lambda s, a, c: do_withdraw(s, a, reference, reason, log_writer(c)))
    typer.echo(f"{reference} withdrawn; the decision not to share is logged.")


@app.command("emergency-authorise")
def emergency_authorise(
    reference: str,
    reason: Annotated[str, typer.Option(help="The risk to life, and why the DPO is unreachable.")],
    as_user: AsUser,
) -> None:
    """SMT member: authorise release without the DPO (serious and immediate risk to life)."""
    from gateway.disclosures.service import authorise_emergency

    act(as_user, lambda s, a, c: authorise_emergency(s, a, reference, reason, c.settings))
    typer.echo(f"{reference}: emergency release authorised; the Prevent Lead may now release it.")


@app.command("release")
def release(
    reference: str,
    as_user: AsUser,
    emergency: Annotated[
        bool, typer.Option(help="Release on the SMT member's emergency authorisation.")
    ] = False,
) -> None:
    """Build, sign, log and seal the package, all or nothing."""
    from gateway.disclosures.flows import release as do_release
    from gateway.disclosures.flows import write_package_file
    from gateway.disclosures.models import ReleasedPackage
    from gateway.disclosures.service import get_request

    def work(s, a, c):  # type: ignore[no-untyped-def]
        result = do_release(
            s,
            a,
            reference,
            settings=c.settings,
            keyring=c.keyring,
            log=log_writer(c),
            emergency=emergency,
        )
        return result, c.settings.packages_dir

    result, packages_dir = act(as_user, work)

    def read_package(s, a, _c):  # type: ignore[no-untyped-def]
        package: ReleasedPackage | None = get_request(s, reference).package
        assert package is not None
        return package.content

    content = act(as_user, read_package)
    path = write_package_file(packages_dir, result.filename, content)
    typer.echo(f"{reference} released{' (EMERGENCY: DPO review due)' if emergency else ''}.")
    typer.echo(f"Package: {path} (sealed for the recipient)")
    typer.echo(f"Signed manifest sha256: {result.package_sha256}")
    typer.echo(f"Sharing-log entry {result.log_index}, tree size {result.tree_size}")


@app.command("review-emergency")
def review_emergency(
    reference: str,
    notes: Annotated[str, typer.Option(help="Your findings.")],
    as_user: AsUser,
    upheld: Annotated[bool, typer.Option("--upheld/--not-upheld")] = True,
) -> None:
    """DPO: the retrospective review of an emergency release (logged)."""
    from gateway.disclosures.service import review_emergency as review

    act(
        as_user,
        lambda s, a, c: review(s, a, reference, upheld=upheld, notes=notes, log=log_writer(c)),
    )
    typer.echo(f"Review of {reference} recorded and logged.")


@app.command("export-package")
def export_package(
    reference: str,
    out: Annotated[Path, typer.Option(help="Directory to write the sealed package to.")],
    as_user: AsUser,
) -> None:
    """Write the released (sealed) package again, e.g. to re-send it."""
    from gateway.disclosures.flows import write_package_file
    from gateway.disclosures.service import read_request
    from gateway.errors import InvalidInput

    def work(s, a, _c):  # type: ignore[no-untyped-def]
        request = read_request(s, a, reference)
        if request.package is None:
            raise InvalidInput(f"{reference} has not been released.")
        return request.package.filename, request.package.content

    filename, content = act(as_user, work)
    typer.echo(f"Wrote {write_package_file(out, filename, content)}")
