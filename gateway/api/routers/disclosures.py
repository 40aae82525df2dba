"""Disclosure requests: prepare, redact and review, submit, approve or refuse, release."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.queries import disclosure_out, disclosure_summary
from gateway.api.routers.common import Limit, Offset
from gateway.disclosures import service
from gateway.disclosures.domain import ItemContent
from gateway.disclosures.lawful_basis import LawfulBasisRecord
from gateway.errors import InvalidInput, NotFound
from gateway.http.state import app_state
from gateway.users.domain import Action

router = APIRouter(prefix="/disclosures", tags=["disclosures"])


@router.get("", response_model=schemas.Page[schemas.DisclosureSummary])
def list_disclosures(
    request: Request, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[schemas.DisclosureSummary]:
    def work(s: Session, a: Actor) -> schemas.Page[schemas.DisclosureSummary]:
        rows, total = schemas.paginate(service.list_requests(s, a), limit, offset)
        return schemas.Page[schemas.DisclosureSummary](
            items=[disclosure_summary(s, r) for r in rows], total=total, limit=limit, offset=offset
        )

    return run_api(request, work)


@router.get("/queue", response_model=dict[str, list[schemas.DisclosureSummary]])
def dpo_queue(request: Request) -> dict[str, list[schemas.DisclosureSummary]]:
    """The DPO's queue: requests awaiting approval and emergency releases awaiting review."""

    def work(s: Session, a: Actor) -> dict[str, list[schemas.DisclosureSummary]]:
        queue = service.dpo_queue(s, a)
        return {
            "awaiting_approval": [disclosure_summary(s, r) for r in queue.awaiting_approval],
            "emergency_reviews": [disclosure_summary(s, r) for r in queue.emergency_reviews],
        }

    return run_api(request, work)


@router.post("", status_code=201, response_model=schemas.DisclosureOut)
def create(request: Request, body: schemas.DisclosureIn) -> schemas.DisclosureOut:
    """Start a disclosure request for a case decided as a referral, to a registered recipient."""
    return run_api(
        request,
        lambda s, a: disclosure_out(
            s,
            service.create_request(
                s,
                a,
                case_reference=body.case_reference,
                recipient_reference=body.recipient_reference,
                purpose=body.purpose,
                rpc_discussion_reference=body.rpc_discussion_reference,
            ),
        ),
    )


@router.get("/{reference}", response_model=schemas.DisclosureOut)
def read(request: Request, reference: str) -> schemas.DisclosureOut:
    """The request in full (the read is recorded in the access log)."""
    return run_api(request, lambda s, a: disclosure_out(s, service.read_request(s, a, reference)))


def _then_read(s: Session, a: Actor, reference: str) -> schemas.DisclosureOut:
    return disclosure_out(s, service.get_request(s, reference))


@router.put("/{reference}/lawful-basis", response_model=schemas.DisclosureOut)
def set_lawful_basis(
    request: Request, reference: str, body: schemas.LawfulBasisIn
) -> schemas.DisclosureOut:
    """Record the Art 6 basis and, where needed, Art 9 / Art 10 conditions and reasons."""

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        service.set_lawful_basis(s, a, reference, LawfulBasisRecord(**body.model_dump()))
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.put("/{reference}/subject-fields", response_model=schemas.DisclosureOut)
def set_subject_fields(
    request: Request, reference: str, body: schemas.SubjectFieldsIn
) -> schemas.DisclosureOut:
    """Which of the student's identifiers go out besides their name."""

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        service.set_subject_fields(s, a, reference, body.fields)
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.post("/{reference}/items", status_code=201, response_model=schemas.DisclosureOut)
def add_item(request: Request, reference: str, body: schemas.ItemIn) -> schemas.DisclosureOut:
    """Select one data item: a case record (from_case) or free text (kind + text)."""

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        if body.from_case:
            service.add_case_item(
                s,
                a,
                reference,
                body.from_case,
                special_categories=body.special_categories,
                criminal_offence=body.criminal_offence,
            )
        elif body.kind is not None and body.text:
            service.add_item(
                s,
                a,
                reference,
                ItemContent(
                    kind=body.kind,
                    label=body.label or body.kind.value.replace("_", " "),
                    text=body.text,
                    special_categories=frozenset(body.special_categories),
                    criminal_offence=body.criminal_offence,
                ),
            )
        else:
            a.require(Action.DISCLOSURE_PREPARE)
            raise InvalidInput("Give from_case, or kind and text for a free-text item.")
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.delete("/{reference}/items/{position}", response_model=schemas.DisclosureOut)
def remove_item(request: Request, reference: str, position: int) -> schemas.DisclosureOut:
    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        service.remove_item(s, a, reference, position)
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.post("/{reference}/redact", response_model=schemas.DisclosureOut)
def redact(request: Request, reference: str) -> schemas.DisclosureOut:
    """Find other people's personal data in every item and replace it; review the findings."""
    from gateway.disclosures.minimise import redact_request

    model = app_state(request).ctx.settings.nlp_model

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        a.require(Action.DISCLOSURE_PREPARE)
        service.get_request(s, reference)
        redact_request(s, a, reference, model_name=model)
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.post(
    "/{reference}/items/{position}/findings/{index}/review",
    response_model=schemas.DisclosureOut,
)
def review_finding(
    request: Request, reference: str, position: int, index: int, body: schemas.FindingReviewIn
) -> schemas.DisclosureOut:
    """Accept a redaction, or reject it with a justification (the DPO sees every rejection)."""

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        service.review_finding(
            s,
            a,
            reference,
            item_position=position,
            finding_index=index,
            accept=body.accept,
            justification=body.justification,
        )
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.post("/{reference}/submit", response_model=schemas.DisclosureOut)
def submit(request: Request, reference: str) -> schemas.DisclosureOut:
    """Send it to the DPO; every rule is checked first."""
    settings = app_state(request).ctx.settings

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        return disclosure_out(s, service.submit(s, a, reference, settings))

    return run_api(request, work)


@router.post("/{reference}/withdraw", response_model=schemas.NonDisclosureOut)
def withdraw(request: Request, reference: str, body: schemas.ReasonIn) -> schemas.NonDisclosureOut:
    def work(s: Session, a: Actor) -> schemas.NonDisclosureOut:
        a.require(Action.DISCLOSURE_PREPARE)
        log = app_state(request).log_writer()
        return schemas.NonDisclosureOut.of(service.withdraw(s, a, reference, body.reason, log))

    return run_api(request, work)


@router.post("/{reference}/approve", response_model=schemas.DisclosureOut)
def approve(request: Request, reference: str, body: schemas.ApproveIn) -> schemas.DisclosureOut:
    """The DPO's approval; it binds the exact content (its SHA-256)."""
    settings = app_state(request).ctx.settings

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        return disclosure_out(s, service.approve(s, a, reference, settings, body.note))

    return run_api(request, work)


@router.post("/{reference}/refuse", response_model=schemas.NonDisclosureOut)
def refuse(request: Request, reference: str, body: schemas.ReasonIn) -> schemas.NonDisclosureOut:
    """The DPO's refusal with reasons; recorded in the sharing log as a decision not to share."""

    def work(s: Session, a: Actor) -> schemas.NonDisclosureOut:
        a.require(Action.DISCLOSURE_APPROVE)
        log = app_state(request).log_writer()
        return schemas.NonDisclosureOut.of(service.refuse(s, a, reference, body.reason, log))

    return run_api(request, work)


@router.post("/{reference}/emergency-authorise", response_model=schemas.DisclosureOut)
def emergency_authorise(
    request: Request, reference: str, body: schemas.ReasonIn
) -> schemas.DisclosureOut:
    """An SMT member authorises release without the DPO (serious and immediate risk to life)."""
    settings = app_state(request).ctx.settings

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        return disclosure_out(
            s, service.authorise_emergency(s, a, reference, body.reason, settings)
        )

    return run_api(request, work)


@router.post("/{reference}/release", response_model=schemas.DisclosureOut)
def release(request: Request, reference: str, body: schemas.ReleaseIn) -> schemas.DisclosureOut:
    """Build, sign, log, seal and mark released, all or nothing."""
    from gateway.disclosures.flows import release as do_release

    state = app_state(request)

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        a.require(Action.DISCLOSURE_RELEASE)
        service.get_request(s, reference)
        do_release(
            s,
            a,
            reference,
            settings=state.ctx.settings,
            keyring=state.ctx.keyring,
            log=state.log_writer(),
            emergency=body.emergency,
        )
        return _then_read(s, a, reference)

    return run_api(request, work)


@router.get(
    "/{reference}/package",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def package(request: Request, reference: str) -> Response:
    """The sealed package as released (only the recipient's private key opens it)."""

    def work(s: Session, a: Actor) -> Any:
        row = service.read_request(s, a, reference)
        if row.package is None:
            raise NotFound(f"{reference} has not been released, so there is no package.")
        return row.package.filename, bytes(row.package.content)

    filename, content = run_api(request, work)
    return Response(
        content,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.post("/{reference}/emergency-review", response_model=schemas.DisclosureOut)
def emergency_review(
    request: Request, reference: str, body: schemas.EmergencyReviewIn
) -> schemas.DisclosureOut:
    """The DPO's retrospective review of an emergency release."""

    def work(s: Session, a: Actor) -> schemas.DisclosureOut:
        a.require(Action.EMERGENCY_REVIEW)
        log = app_state(request).log_writer()
        service.review_emergency(s, a, reference, upheld=body.upheld, notes=body.notes, log=log)
        return _then_read(s, a, reference)

    return run_api(request, work)
