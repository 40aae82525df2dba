"""Subject access request pages (the DPO): list with deadlines, open (a student or anyone
named in a case), the items, decide each (disclose / withhold with the prejudice reasoning),
identity, the clock (stop and restart), other people (Sch 2 para 16), items that reveal a
withheld one, extend, refresh, export the pack (PDF).
Each page calls one use case of gateway.sar.use_cases; it checks SAR_HANDLE and records every
read. A refused form shows its page again with the message."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state
from gateway.sar import use_cases
from gateway.sar.domain import (
    IdentityMethod,
    ItemDecision,
    PairResolution,
    PauseReason,
    PersonToFind,
    SARStatus,
    ThirdPartyDecision,
)
from gateway.web.rendering import parse_date, parse_enum, redirect, render, text
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, Form, read_form, show, submit

router = APIRouter(include_in_schema=False)

#: Refusals that are not about what the form said: they get the error page, not the form again.


def _typed(form: Form | None, **more: str) -> dict[str, str]:
    """The text fields of a refused form, to fill it in again."""
    fields = {k: v for k, v in (form or {}).items() if isinstance(v, str) and k != "csrf_token"}
    return {**fields, **more}


async def _list_page(
    request: Request, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    shown = await show(request, use_cases.list_requests)
    return render(
        request,
        "sar_list.html",
        shown.call,
        status=422 if error else 200,
        open_sars=[r for r in shown.view if r.status is SARStatus.OPEN],
        closed=[r for r in shown.view if r.status is not SARStatus.OPEN],
        today=app_state(request).ctx.clock.today(),
        error=error,
        v=_typed(typed),
    )


async def _request_page(
    request: Request,
    reference: str,
    error: GatewayError | None = None,
    typed: dict[str, str] | None = None,
) -> Response:
    state = app_state(request)
    shown = await show(  # access-logged (sar.read)
        request, use_cases.read_request, reference, log=state.transparency_log()
    )
    return render(
        request,
        "sar.html",
        shown.call,
        status=422 if error else 200,
        r=shown.view,
        error=error,
        v=typed or {},
        methods=list(IdentityMethod),
    )


@router.get("/sar")
async def sar_list(request: Request) -> Response:
    return await _list_page(request)


@router.post("/sar")
async def sar_open(request: Request) -> Response:
    form = await read_form(request)
    state = app_state(request)
    name = text(form, "person_name")
    person = (
        PersonToFind(
            name=name,
            case_reference=text(form, "case_reference") or None,
            identifiers=tuple(i for i in text(form, "identifiers").splitlines() if i.strip()),
        )
        if name
        else None
    )
    try:
        opened = await submit(
            request,
            form,
            use_cases.open_request,
            text(form, "student_id") or None,
            person=person,
            received_on=parse_date(form, "received_on", "The date received"),
            keyring=state.ctx.keyring,
            log=state.transparency_log(),
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _list_page(request, exc, form)
    return redirect(f"/sar/{opened.view.reference}")


@router.get("/sar/{reference}")
async def sar_page(request: Request, reference: str) -> Response:
    return await _request_page(request, reference)


@router.get("/sar/{reference}/items/{position}")
async def sar_item(request: Request, reference: str, position: int) -> Response:
    state = app_state(request)
    shown = await show(
        request, use_cases.read_item, reference, position, log=state.transparency_log()
    )
    return render(request, "sar_item.html", shown.call, d=shown.view)


@router.post("/sar/{reference}/items/{position}/decision")
async def sar_decide(request: Request, reference: str, position: int) -> Response:
    form = await read_form(request)
    try:
        decision = parse_enum(ItemDecision, text(form, "decision"), "disclose or withhold")
        await submit(
            request,
            form,
            use_cases.decide_item,
            reference,
            position,
            decision,
            text(form, "reasoning") or None,
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc, _typed(form, position=str(position)))
    return redirect(f"/sar/{reference}#item-{position}")


@router.post("/sar/{reference}/identity")
async def sar_identity(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        method = parse_enum(IdentityMethod, text(form, "method"), "how the identity was confirmed")
        await submit(request, form, use_cases.verify_identity, reference, method,
                     text(form, "details") or None)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc, _typed(form))
    return redirect(f"/sar/{reference}#clock")


@router.post("/sar/{reference}/pause")
async def sar_pause(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        awaiting = parse_enum(PauseReason, text(form, "awaiting"), "identity or clarification")
        await submit(request, form, use_cases.pause, reference, awaiting, text(form, "reason"))
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc, _typed(form))
    return redirect(f"/sar/{reference}#clock")


@router.post("/sar/{reference}/resume")
async def sar_resume(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        await submit(request, form, use_cases.resume, reference)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc)
    return redirect(f"/sar/{reference}#clock")


@router.post("/sar/{reference}/third-parties/{position}/decision")
async def sar_third_party(request: Request, reference: str, position: int) -> Response:
    form = await read_form(request)
    try:
        decision = parse_enum(
            ThirdPartyDecision, text(form, "decision"), "consent, reasonable or withhold"
        )
        await submit(request, form, use_cases.decide_third_party, reference, position, decision,
                     text(form, "reasoning") or None)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc, _typed(form, person=str(position)))
    return redirect(f"/sar/{reference}#person-{position}")


@router.post("/sar/{reference}/pairs/{withheld}/{revealing}")
async def sar_pair(request: Request, reference: str, withheld: int, revealing: int) -> Response:
    form = await read_form(request)
    state = app_state(request)
    try:
        action = text(form, "action")
        resolution = (
            None if action == "withhold"
            else parse_enum(PairResolution, action, "withhold, redact or disclose")
        )
        await submit(request, form, use_cases.resolve_pair, reference, withheld, revealing,
                     resolution, text(form, "reasoning") or None, log=state.transparency_log())
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(
            request, reference, exc, _typed(form, pair=f"{withheld}-{revealing}")
        )
    return redirect(f"/sar/{reference}#revealing")


@router.post("/sar/{reference}/extend")
async def sar_extend(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        await submit(request, form, use_cases.extend, reference, text(form, "reason"))
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc, _typed(form))
    return redirect(f"/sar/{reference}")


@router.post("/sar/{reference}/refresh")
async def sar_refresh(request: Request, reference: str) -> Response:
    form = await read_form(request)
    state = app_state(request)
    try:
        await submit(
            request,
            form,
            use_cases.refresh_items,
            reference,
            keyring=state.ctx.keyring,
            log=state.transparency_log(),
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc)
    return redirect(f"/sar/{reference}")


@router.post("/sar/{reference}/export")
async def sar_export(request: Request, reference: str) -> Response:
    """The response pack (PDF): every item must be decided; marks the request responded."""
    form = await read_form(request)
    state = app_state(request)
    try:
        if text(form, "confirm") != "yes":
            # The form's token is checked before the page says what is missing.
            await submit(request, form, use_cases.read_request, reference,
                         log=state.transparency_log())
            raise InvalidInput(
                "Tick the box to confirm that the pack is the response to the student.",
                hint="Exporting marks the request as responded to.",
            )
        shown = await submit(
            request,
            form,
            use_cases.export_pack,
            reference,
            keyring=state.ctx.keyring,
            log=state.transparency_log(),
            schedule=state.ctx.schedule,
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _request_page(request, reference, exc)
    return Response(
        shown.view.pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{quote(reference)}-pack.pdf"'},
    )
