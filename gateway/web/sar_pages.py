"""Subject access request pages (the DPO): list with deadlines, open, the items, decide each
(disclose / withhold with the prejudice reasoning), extend, refresh, export the pack (PDF).
Thin adapters over gateway.sar.service; it checks SAR_HANDLE and records every read."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from gateway.errors import InvalidInput
from gateway.http.state import app_state
from gateway.sar import service as sar
from gateway.sar.domain import ItemDecision, days_left
from gateway.timeutil import today as utc_today
from gateway.web.rendering import parse_date, parse_enum, redirect, render, text
from gateway.web.session import WebCall, web_get, web_post

router = APIRouter(include_in_schema=False)


class LazyRedactor:
    """The process-wide redactor, loaded (spaCy) only when a pack has free text to redact."""

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name

    def redact(self, text: str, **kwargs: Any) -> Any:
        from redaction import get_redactor

        return get_redactor(self.model_name).redact(text, **kwargs)


@router.get("/sar")
async def sar_list(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        today = utc_today()
        return render(
            request,
            "sar_list.html",
            call,
            open_sars=sar.list_open(s, call.actor, today=today),
            closed=[r for r in sar.list_requests(s, call.actor) if r.status.value != "open"],
            today=today,
        )

    return await web_get(request, work)


@router.post("/sar")
async def sar_open(request: Request) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        opened = sar.open_request(
            s,
            call.actor,
            text(form, "student_id"),
            subject_key=state.ctx.keyring.subject_hmac_key(),
            log=state.transparency_log(),
            received_on=parse_date(form, "received_on", "The date received"),
        )
        return redirect(f"/sar/{opened.reference}")

    return await web_post(request, work)


@router.get("/sar/{reference}")
async def sar_page(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        found = sar.get_request(s, call.actor, reference)  # access-logged (sar.read)
        today = utc_today()
        return render(
            request,
            "sar.html",
            call,
            r=found,
            days_left=days_left(found.due_on, today),
            overdue=today > found.due_on,
            pending=sum(1 for i in found.items if i.decision is ItemDecision.PENDING),
        )

    return await web_get(request, work)


@router.get("/sar/{reference}/items/{position}")
async def sar_item(request: Request, reference: str, position: int) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        content = sar.read_item(s, call.actor, reference, position, state.transparency_log())
        found = sar.get_request(s, call.actor, reference)
        item = next(i for i in found.items if i.position == position)
        return render(request, "sar_item.html", call, r=found, item=item, content=content)

    return await web_get(request, work)


@router.post("/sar/{reference}/items/{position}/decision")
async def sar_decide(request: Request, reference: str, position: int) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        decision = parse_enum(ItemDecision, text(form, "decision"), "disclose or withhold")
        sar.decide_item(
            s, call.actor, reference, position, decision, text(form, "reasoning") or None
        )
        return redirect(f"/sar/{reference}#item-{position}")

    return await web_post(request, work)


@router.post("/sar/{reference}/extend")
async def sar_extend(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        sar.extend(s, call.actor, reference, text(form, "reason"))
        return redirect(f"/sar/{reference}")

    return await web_post(request, work)


@router.post("/sar/{reference}/refresh")
async def sar_refresh(request: Request, reference: str) -> Response:
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        sar.refresh_items(
            s,
            call.actor,
            reference,
            subject_key=state.ctx.keyring.subject_hmac_key(),
            log=state.transparency_log(),
        )
        return redirect(f"/sar/{reference}")

    return await web_post(request, work)


@router.post("/sar/{reference}/export")
async def sar_export(request: Request, reference: str) -> Response:
    """The response pack (PDF): every item must be decided; marks the request responded."""
    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> bytes:
        assert call.actor is not None
        if text(form, "confirm") != "yes":
            raise InvalidInput(
                "Tick the box to confirm that the pack is the response to the student.",
                hint="Exporting marks the request as responded to.",
            )
        return sar.export_pack(
            s,
            call.actor,
            reference,
            redactor=LazyRedactor(state.ctx.settings.nlp_model),
            log=state.transparency_log(),
            organisation=state.ctx.settings.organisation_name,
            subject_key=state.ctx.keyring.subject_hmac_key(),
        )

    content = await web_post(request, work)
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{quote(reference)}-pack.pdf"'},
    )
