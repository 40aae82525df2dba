"""Subject access requests through the API (the DPO): list with deadlines, open (a student or
anyone named in a case), show, read an item, decide, verify identity, stop and restart the
clock, decide other people (Sch 2 para 16) and revealing pairs, extend, refresh, export. Each
route calls one use case of gateway.sar.use_cases, which checks SAR_HANDLE and records every
read in the access log."""

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
from gateway.sar.domain import (
    IdentityMethod,
    ItemDecision,
    PairResolution,
    PauseReason,
    PersonToFind,
    ThirdPartyDecision,
)
from gateway.sar.views import SARItemView, SARSummary, SARView, ThirdPartyView

router = APIRouter(prefix="/sars", tags=["subject access"])


class PersonIn(BaseModel):
    name: str = Field(
        min_length=1,
        max_length=200,
        description="The person's name: as a case's roster records it (with case_reference), "
        "or as they gave it.",
    )
    case_reference: str | None = Field(
        None, max_length=32, description="The case whose roster names them, if any."
    )
    identifiers: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Other names or identifiers the records may use for them.",
    )


class OpenIn(BaseModel):
    student_id: str | None = Field(
        None,
        min_length=1,
        max_length=32,
        description="The identifier of the student who asked (or give person).",
    )
    person: PersonIn | None = Field(
        None, description="Another person named in a case who asked (instead of student_id)."
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


class IdentityIn(BaseModel):
    method: Literal["university_account", "photo_id", "in_person", "known_details", "other"] = (
        Field(description="How the requester's identity was confirmed.")
    )
    details: str | None = Field(
        None, max_length=2_000, description="What was checked (required for 'other')."
    )


class PauseIn(BaseModel):
    awaiting: Literal["identity", "clarification"] = Field(
        description="What is awaited: identity or clarification."
    )
    reason: str = Field(
        max_length=2_000, description="What was asked of the requester, and when (Art 12A)."
    )


class ThirdPartyIn(BaseModel):
    decision: Literal["consent", "reasonable", "withhold"] = Field(
        description="Disclose their data (they consented, or it is reasonable without their "
        "consent) or withhold it (DPA 2018 Sch 2 para 16)."
    )
    reasoning: str | None = Field(
        None,
        max_length=20_000,
        description="How consent was given, or why disclosure is reasonable without it.",
    )


class PairIn(BaseModel):
    action: Literal["withhold", "redact", "disclose"] = Field(
        description="Withhold the revealing item too, redact the revealing passages from it, or "
        "disclose it with the reasons."
    )
    reasoning: str | None = Field(
        None,
        max_length=20_000,
        description="To withhold: the Sch 2 para 2 reasoning; to disclose: why it is right.",
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
    """Open a request and list every record held about the requester and the other people in
    those records."""
    state = app_state(request)
    person = (
        PersonToFind(
            name=body.person.name,
            case_reference=body.person.case_reference,
            identifiers=tuple(body.person.identifiers),
        )
        if body.person is not None
        else None
    )
    return call(
        request,
        use_cases.open_request,
        body.student_id,
        person=person,
        received_on=body.received_on,
        keyring=state.ctx.keyring,
        log=state.transparency_log(),
    )


@router.get("/{reference}", response_model=SARView)
def show(request: Request, reference: str) -> SARView:
    """A subject access request: its deadline and clock, each record with its decision, the
    other people in them and the items that reveal a withheld one."""
    state = app_state(request)
    return call(request, use_cases.read_request, reference, log=state.transparency_log())


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


@router.post("/{reference}/identity", response_model=SARView)
def verify_identity(request: Request, reference: str, body: IdentityIn) -> SARView:
    """Record how the requester's identity was confirmed (by the caller, now)."""
    return call(
        request, use_cases.verify_identity, reference, IdentityMethod(body.method), body.details
    )


@router.post("/{reference}/pause", response_model=SARView)
def pause(request: Request, reference: str, body: PauseIn) -> SARView:
    """Stop the clock while identity or clarification is awaited (UK GDPR Art 12A)."""
    return call(request, use_cases.pause, reference, PauseReason(body.awaiting), body.reason)


@router.post("/{reference}/resume", response_model=SARView)
def resume(request: Request, reference: str) -> SARView:
    """Start the clock again: what was awaited has arrived."""
    return call(request, use_cases.resume, reference)


@router.post("/{reference}/third-parties/{position}/decision", response_model=ThirdPartyView)
def decide_third_party(
    request: Request, reference: str, position: int, body: ThirdPartyIn
) -> ThirdPartyView:
    """DPA 2018 Sch 2 para 16 for one other person in the records."""
    return call(
        request,
        use_cases.decide_third_party,
        reference,
        position,
        ThirdPartyDecision(body.decision),
        body.reasoning,
    )


@router.post("/{reference}/pairs/{withheld}/{revealing}", response_model=SARView)
def resolve_pair(
    request: Request, reference: str, withheld: int, revealing: int, body: PairIn
) -> SARView:
    """Decide about an item that reveals a withheld one: withhold, redact or disclose it."""
    state = app_state(request)
    return call(
        request,
        use_cases.resolve_pair,
        reference,
        withheld,
        revealing,
        None if body.action == "withhold" else PairResolution(body.action),
        body.reasoning,
        log=state.transparency_log(),
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
        schedule=state.ctx.schedule,
    )
    return Response(
        pack.pdf,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{reference}-pack.pdf"'},
    )
