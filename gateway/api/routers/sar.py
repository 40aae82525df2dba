"""Subject access requests through the API (the DPO): list with deadlines, open, show, read
an item, decide, extend, refresh, export the pack. Each route calls one use case of
gateway.sar.use_cases, which checks SAR_HANDLE and records every read in the access log."""

from __future__ import annotations

from datetime import date
from typing import Literal

from fastapi import APIRouter, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel, Field

from gateway.api import schemas
from gateway.api.deps import call
from gateway.api.routers.common import Limit, Offset
from gateway.http.state import app_state
from gateway.sar import use_cases
from gateway.sar.domain import ItemDecision
from gateway.sar.views import SARItemView, SARSummary, SARView

router = APIRouter(prefix="/sars", tags=["subject access"])


class OpenIn(BaseModel):
    student_id: str = Field(
        min_length=1,
        max_length=32,
        description="The identifier of the student who asked.",
    )
    received_on: date | None = Field(
        None,
        description="The day the request was received (default today); the deadline runs from it.",
    )


class DecisionIn(BaseModel):
    decision: Literal["disclose", "withhold"] = Field(
        description="Disclose the record to the student, or withhold it."
    )
    reasoning: str | None = Field(
        None,
        max_length=20_000,
        description="To withhold: how disclosing would prejudice the prevention or detection "
        "of crime (DPA 2018 Sch 2 para 2).",
    )


class ExtendIn(BaseModel):
    reason: str = Field(max_length=20_000, description="Why the request is complex or numerous.")


@router.get("", response_model=schemas.Page[SARSummary])
def list_requests(
    request: Request, open_only: bool = False, limit: Limit = 50, offset: Offset = 0
) -> schemas.Page[SARSummary]:
    """Requests with their deadline; open ones first, soonest deadline first."""
    rows = call(request, use_cases.list_requests, open_only=open_only)
    page, total = schemas.paginate(rows, limit, offset)
    return schemas.Page[SARSummary](items=page, total=total, limit=limit, offset=offset)


@router.post("", response_model=SARView, status_code=201)
def open_request(request: Request, body: OpenIn) -> SARView:
    """Open a request and list every record held about the student."""
    state = app_state(request)
    return call(
        request,
        use_cases.open_request,
        body.student_id,
        received_on=body.received_on,
        keyring=state.ctx.keyring,
        log=state.transparency_log(),
    )


@router.get("/{reference}", response_model=SARView)
def show(request: Request, reference: str) -> SARView:
    """A subject access request: its deadline, and each record with its decision."""
    return call(request, use_cases.read_request, reference)


@router.get("/{reference}/items/{position}", response_class=PlainTextResponse)
def read_item(request: Request, reference: str, position: int) -> PlainTextResponse:
    """The full, unredacted content of one item, to decide on it (recorded in the access log)."""
    state = app_state(request)
    view = call(request, use_cases.read_item, reference, position, log=state.transparency_log())
    return PlainTextResponse(view.content)


@router.post("/{reference}/items/{position}/decision", response_model=SARItemView)
def decide(request: Request, reference: str, position: int, body: DecisionIn) -> SARItemView:
    """Decide one record: disclose it, or withhold it under DPA 2018 Sch 2 para 2 with reasons."""
    return call(
        request,
        use_cases.decide_item,
        reference,
        position,
        ItemDecision(body.decision),
        body.reasoning,
    )


@router.post("/{reference}/extend", response_model=SARView)
def extend(request: Request, reference: str, body: ExtendIn) -> SARView:
    """Extend the deadline once, within the first month, with reasons (UK GDPR Art 12(3))."""
    return call(request, use_cases.extend, reference, body.reason)


@router.post("/{reference}/refresh", response_model=SARView)
def refresh(request: Request, reference: str) -> SARView:
    """Add records about the student created since the request was opened."""
    state = app_state(request)
    view = call(
        request,
        use_cases.refresh_items,
        reference,
        keyring=state.ctx.keyring,
        log=state.transparency_log(),
    )
    return view.request


@router.post(
    "/{reference}/export",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def export(request: Request, reference: str) -> Response:
    """The response pack (PDF), other people's data redacted; marks the request responded."""
    state = app_state(request)
    pack = call(
        request,
        use_cases.export_pack,
        reference,
        keyring=state.ctx.keyring,
        log=state.transparency_log(),
    )
    return Response(
        pack.pdf,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{reference}-pack.pdf"'},
    )
