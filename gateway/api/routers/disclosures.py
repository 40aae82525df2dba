"""Disclosure requests: prepare, redact and review, submit, approve or refuse, release."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from gateway.api import schemas
from gateway.api.deps import call, call_read_only
from gateway.api.routers.common import Limit, Offset
from gateway.disclosures import use_cases
from gateway.disclosures.lawful_basis import parse_lawful_basis
from gateway.disclosures.views import (
    ApprovalView,
    DisclosureSummary,
    DisclosureView,
    DPOQueueView,
    NonDisclosureView,
)
from gateway.http.state import app_state

router = APIRouter(prefix="/disclosures", tags=["disclosures"])


@router.get("", response_model=schemas.Page[DisclosureSummary])
def list_disclosures(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[DisclosureSummary]:
    """The disclosure requests, newest first."""
    rows, total = schemas.paginate(call_read_only(request, use_cases.list_requests), limit, offset)
    return schemas.Page[DisclosureSummary](items=rows, total=total, limit=limit, offset=offset)


@router.get("/queue", response_model=DPOQueueView)
def dpo_queue(request: Request) -> DPOQueueView:
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""
    return call_read_only(request, use_cases.dpo_queue)


@router.post("", status_code=201, response_model=DisclosureView)
def create(request: Request, body: schemas.DisclosureIn) -> DisclosureView:
    """Start a disclosure request for a case decided as a referral, to a registered recipient."""
    return call(
        request,
        use_cases.create,
        body.case_reference,
        body.recipient_reference,
        body.purpose,
        body.rpc_discussion_reference,
        body.referrer_email,
        body.referrer_telephone,
    )


@router.get("/{reference}", response_model=DisclosureView)
def read(request: Request, reference: str) -> DisclosureView:
    """The request in full (the read is recorded in the access log)."""
    return call(request, use_cases.read, reference)


@router.get("/{reference}/approval", response_model=ApprovalView)
def approval(request: Request, reference: str) -> ApprovalView:
    """What the DPO sees before deciding, with the content hash an approval binds (recorded)."""
    return call(request, use_cases.approval, reference)


@router.put("/{reference}/lawful-basis", response_model=DisclosureView)
def set_lawful_basis(
    request: Request, reference: str, body: schemas.LawfulBasisIn
) -> DisclosureView:
    """Record the Art 6 basis and, where needed, Art 9 / Art 10 conditions and reasons."""
    record = parse_lawful_basis(body.model_dump())
    return call(request, use_cases.set_lawful_basis, reference, record)


@router.put("/{reference}/referrer-contact", response_model=DisclosureView)
def set_referrer_contact(
    request: Request, reference: str, body: schemas.ReferrerContactIn
) -> DisclosureView:
    """Set the work e-mail and telephone the recipient can reply to (approved with the rest)."""
    return call(
        request,
        use_cases.set_referrer_contact,
        reference,
        email=body.email,
        telephone=body.telephone,
    )


@router.put("/{reference}/subject-fields", response_model=DisclosureView)
def set_subject_fields(
    request: Request, reference: str, body: schemas.SubjectFieldsIn
) -> DisclosureView:
    """Which of the student's identifiers go out besides their name."""
    return call(request, use_cases.set_subject_fields, reference, body.fields)


@router.post("/{reference}/items", status_code=201, response_model=DisclosureView)
def add_item(request: Request, reference: str, body: schemas.ItemIn) -> DisclosureView:
    """Select one data item: a case record (from_case) or free text (kind + text)."""
    return call(
        request,
        use_cases.add_item,
        reference,
        from_case=body.from_case,
        kind=body.kind,
        label=body.label,
        text=body.text,
        special_categories=body.special_categories,
        criminal_offence=body.criminal_offence,
        below_suggestion_reason=body.below_suggestion_reason,
    )


@router.delete("/{reference}/items/{position}", response_model=DisclosureView)
def remove_item(request: Request, reference: str, position: int) -> DisclosureView:
    """Take a data item out of a request that has not been released."""
    return call(request, use_cases.remove_item, reference, position)


@router.patch("/{reference}/items/{position}", response_model=DisclosureView)
def edit_item(
    request: Request, reference: str, position: int, body: schemas.ItemEditIn
) -> DisclosureView:
    """Change one item's text, label or flags. A new text voids the item's redaction; any
    change sends the request back to draft, so an approval no longer applies."""
    return call(
        request,
        use_cases.edit_item,
        reference,
        position,
        text=body.text,
        label=body.label,
        special_categories=body.special_categories,
        criminal_offence=body.criminal_offence,
        below_suggestion_reason=body.below_suggestion_reason,
    )


@router.post("/{reference}/findings/accept", response_model=DisclosureView)
def accept_findings(
    request: Request, reference: str, body: schemas.AcceptFindingsIn
) -> DisclosureView:
    """Accept every finding not yet reviewed (in one item, or all) as the engine decided it."""
    return call(request, use_cases.accept_findings, reference, body.item)


@router.post("/{reference}/redact", response_model=DisclosureView)
def redact(request: Request, reference: str) -> DisclosureView:
    """Find other people's personal data in every item and replace it; review the findings."""
    return call(request, use_cases.redact, reference)


@router.post(
    "/{reference}/items/{position}/findings/{index}/review",
    response_model=DisclosureView,
)
def review_finding(
    request: Request, reference: str, position: int, index: int, body: schemas.FindingReviewIn
) -> DisclosureView:
    """Accept a finding, or reverse it with a justification (the DPO sees every reversal). A
    change to what an evidence file has redacted makes the redacted file again from the
    original; its new SHA-256 is in the item."""
    return call(
        request,
        use_cases.review_finding,
        reference,
        position,
        index,
        accept=body.accept,
        justification=body.justification,
    )


@router.post("/{reference}/submit", response_model=DisclosureView)
def submit(request: Request, reference: str) -> DisclosureView:
    """Send it to the DPO; every rule is checked first."""
    return call(request, use_cases.submit, reference)


@router.post("/{reference}/withdraw", response_model=NonDisclosureView)
def withdraw(request: Request, reference: str, body: schemas.ReasonIn) -> NonDisclosureView:
    """Withdraw a request, with reasons; it is logged as a decision not to share."""
    log = app_state(request).log_writer()
    return call(request, use_cases.withdraw, reference, body.reason, log=log)


@router.post("/{reference}/approve", response_model=DisclosureView)
def approve(request: Request, reference: str, body: schemas.ApproveIn) -> DisclosureView:
    """The DPO's approval of the exact content they read, named by its SHA-256 (refused with
    409 if the request changed since)."""
    return call(request, use_cases.approve, reference, body.content_sha256, body.note)


@router.post("/{reference}/refuse", response_model=NonDisclosureView)
def refuse(request: Request, reference: str, body: schemas.ReasonIn) -> NonDisclosureView:
    """The DPO's refusal with reasons; recorded in the sharing log as a decision not to share."""
    log = app_state(request).log_writer()
    return call(request, use_cases.refuse, reference, body.reason, log=log)


@router.post("/{reference}/emergency-authorise", response_model=DisclosureView)
def emergency_authorise(
    request: Request, reference: str, body: schemas.EmergencyAuthoriseIn
) -> DisclosureView:
    """An SMT member authorises release without the DPO (serious and immediate risk to life)
    of the exact content they read, named by its SHA-256."""
    return call(
        request,
        use_cases.authorise_emergency,
        reference,
        body.reason,
        body.content_sha256,
        ground=body.ground,
        restriction_ground=body.restriction_ground,
    )


@router.post("/{reference}/release", response_model=DisclosureView)
def release(request: Request, reference: str, body: schemas.ReleaseIn) -> DisclosureView:
    """Build, sign, log, seal and mark released, all or nothing; a copy of the sealed package
    is written to the installation's packages directory after the commit."""
    state = app_state(request)
    done = call(
        request,
        use_cases.release,
        reference,
        keyring=state.ctx.keyring,
        log=state.log_writer(),
        emergency=body.emergency,
    )
    return done.disclosure


@router.get(
    "/{reference}/package",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def package(request: Request, reference: str) -> Response:
    """The sealed package as released (only the recipient's private key opens it)."""
    found = call(request, use_cases.package, reference)
    return Response(
        found.content,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{found.filename}"'},
    )


@router.post("/{reference}/emergency-review", response_model=DisclosureView)
def emergency_review(
    request: Request, reference: str, body: schemas.EmergencyReviewIn
) -> DisclosureView:
    """The DPO's retrospective review of an emergency release."""
    log = app_state(request).log_writer()
    return call(
        request,
        use_cases.review_emergency,
        reference,
        upheld=body.upheld,
        notes=body.notes,
        log=log,
        ground_confirmed=body.ground_confirmed,
    )
