"""Subject access requests through the API (the DPO): list with deadlines, open, show, read
an item, decide, extend, refresh, export the pack. Thin adapters over gateway.sar.service,
which checks SAR_HANDLE and records every read in the access log."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from gateway.actor import Actor
from gateway.api import schemas
from gateway.api.deps import run_api
from gateway.api.routers.common import Limit, Offset
from gateway.http.state import app_state
from gateway.sar import service as sar
from gateway.sar.domain import ItemDecision, days_left
from gateway.sar.models import SubjectAccessRequest
from gateway.timeutil import today as utc_today

router = APIRouter(prefix="/sars", tags=["subject access"])


class SARSummaryOut(BaseModel):
    reference: str
    status: str
    received_on: date
    due_on: date
    extended: bool
    days_left: int
    overdue: bool
    items: int
    pending: int


class SARItemOut(BaseModel):
    position: int
    kind: str
    source_ref: str
    label: str
    decision: str
    exemption: str | None
    prejudice_reasoning: str | None
    decided_at: datetime | None


class SAROut(SARSummaryOut):
    student_id: str
    extension_reason: str | None
    responded_at: datetime | None
    pack_sha256: str | None
    item_list: list[SARItemOut]


class OpenIn(BaseModel):
    student_id: str = Field(min_length=1, max_length=32)
    received_on: date | None = None


class DecisionIn(BaseModel):
    decision: Literal["disclose", "withhold"]
    reasoning: str | None = Field(
        None,
        max_length=20_000,
        description="To withhold: how disclosing would prejudice the prevention or detection "
        "of crime (DPA 2018 Sch 2 para 2).",
    )


class ExtendIn(BaseModel):
    reason: str = Field(max_length=20_000, description="Why the request is complex or numerous.")


def _summary(r: SubjectAccessRequest, today: date) -> dict[str, object]:
    return {
        "reference": r.reference,
        "status": r.status.value,
        "received_on": r.received_on,
        "due_on": r.due_on,
        "extended": r.extension_reason is not None,
        "days_left": days_left(r.due_on, today),
        "overdue": r.status.value == "open" and today > r.due_on,
        "items": len(r.items),
        "pending": sum(1 for i in r.items if i.decision is ItemDecision.PENDING),
    }


def _full(r: SubjectAccessRequest) -> SAROut:
    return SAROut(
        **_summary(r, utc_today()),  # type: ignore[arg-type]
        student_id=r.student_id,
        extension_reason=r.extension_reason,
        responded_at=r.responded_at,
        pack_sha256=r.pack_sha256,
        item_list=[
            SARItemOut(
                position=i.position,
                kind=i.kind.value,
                source_ref=i.source_ref,
                label=i.label,
                decision=i.decision.value,
                exemption=i.exemption,
                prejudice_reasoning=i.prejudice_reasoning,
                decided_at=i.decided_at,
            )
            for i in r.items
        ],
    )


@router.get("", response_model=schemas.Page[SARSummaryOut])
def list_requests(
    request: Request, open_only: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[SARSummaryOut]:
    """Requests with their deadline; open ones first, soonest deadline first."""

    def work(s: Session, a: Actor) -> schemas.Page[SARSummaryOut]:
        today = utc_today()
        rows = [
            SARSummaryOut(**_summary(r, today))  # type: ignore[arg-type]
            for r in sar.list_requests(s, a)
            if not open_only or r.status.value == "open"
        ]
        rows.sort(key=lambda r: (r.status != "open", r.due_on, r.reference))
        page, total = schemas.paginate(rows, limit, offset)
        return schemas.Page[SARSummaryOut](items=page, total=total, limit=limit, offset=offset)

    return run_api(request, work)


@router.post("", response_model=SAROut, status_code=201)
def open_request(request: Request, body: OpenIn) -> SAROut:
    """Open a request and list every record held about the student."""
    state = app_state(request)
    return run_api(
        request,
        lambda s, a: _full(
            sar.open_request(
                s,
                a,
                body.student_id,
                subject_key=state.ctx.keyring.subject_hmac_key(),
                log=state.transparency_log(),
                received_on=body.received_on,
            )
        ),
    )


@router.get("/{reference}", response_model=SAROut)
def show(request: Request, reference: str) -> SAROut:
    return run_api(request, lambda s, a: _full(sar.get_request(s, a, reference)))


@router.get("/{reference}/items/{position}", response_class=PlainTextResponse)
def read_item(request: Request, reference: str, position: int) -> PlainTextResponse:
    """The full, unredacted content of one item, to decide on it (recorded in the access log)."""
    state = app_state(request)
    content = run_api(
        request, lambda s, a: sar.read_item(s, a, reference, position, state.transparency_log())
    )
    return PlainTextResponse(content)


@router.post("/{reference}/items/{position}/decision", response_model=SARItemOut)
def decide(request: Request, reference: str, position: int, body: DecisionIn) -> SARItemOut:
    def work(s: Session, a: Actor) -> SARItemOut:
        i = sar.decide_item(s, a, reference, position, ItemDecision(body.decision), body.reasoning)
        return SARItemOut(
            position=i.position,
            kind=i.kind.value,
            source_ref=i.source_ref,
            label=i.label,
            decision=i.decision.value,
            exemption=i.exemption,
            prejudice_reasoning=i.prejudice_reasoning,
            decided_at=i.decided_at,
        )

    return run_api(request, work)


@router.post("/{reference}/extend", response_model=SAROut)
def extend(request: Request, reference: str, body: ExtendIn) -> SAROut:
    return run_api(request, lambda s, a: _full(sar.extend(s, a, reference, body.reason)))


@router.post("/{reference}/refresh", response_model=SAROut)
def refresh(request: Request, reference: str) -> SAROut:
    """Add records about the student created since the request was opened."""
    state = app_state(request)

    def work(s: Session, a: Actor) -> SAROut:
        sar.refresh_items(
            s,
            a,
            reference,
            subject_key=state.ctx.keyring.subject_hmac_key(),
            log=state.transparency_log(),
        )
        return _full(sar.get_request(s, a, reference))

    return run_api(request, work)


@router.post(
    "/{reference}/export",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def export(request: Request, reference: str) -> Response:
    """The response pack (PDF), other people's data redacted; marks the request responded."""
    from gateway.web.sar_pages import LazyRedactor

    state = app_state(request)
    data = run_api(
        request,
        lambda s, a: sar.export_pack(
            s,
            a,
            reference,
            redactor=LazyRedactor(state.ctx.settings.nlp_model),
            log=state.transparency_log(),
            organisation=state.ctx.settings.organisation_name,
            subject_key=state.ctx.keyring.subject_hmac_key(),
        ),
    )
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{reference}-pack.pdf"'},
    )
