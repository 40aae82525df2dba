"""Restriction (Art 18) and objection (Art 21) pages: the list and the form to record one on
a case; one in full with the DPO's forms to record a ground to go on for a disclosure and to
lift it. Each page calls one use case of gateway.rights.use_cases."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.errors import GatewayError
from gateway.http.problems import status_for
from gateway.rights import use_cases
from gateway.rights.domain import (
    GROUND_WORDS,
    RESTRICTION_REASON_WORDS,
    Ground,
    RestrictionReason,
    RightKind,
)
from gateway.web.rendering import optional, parse_date, parse_enum, redirect, render, text
from gateway.web.session import Form, attempt, read_form, show

router = APIRouter(include_in_schema=False)


def _typed(form: Form | None) -> dict[str, str]:
    return {k: v for k, v in (form or {}).items() if isinstance(v, str) and k != "csrf_token"}


async def _list_page(
    request: Request, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    shown = await show(request, use_cases.list_restrictions)
    return render(
        request,
        "restrictions.html",
        shown.call,
        status=status_for(error) if error else 200,
        rows=shown.view,
        reasons=RESTRICTION_REASON_WORDS,
        error=error,
        v=_typed(form),
    )


async def _page(
    request: Request, reference: str, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    shown = await show(request, use_cases.read, reference)
    return render(
        request,
        "restriction.html",
        shown.call,
        status=status_for(error) if error else 200,
        r=shown.view,
        grounds={g: GROUND_WORDS[g] for g in shown.view.allowed_grounds},
        error=error,
        v=_typed(form),
    )


@router.get("/restrictions")
async def restrictions(request: Request) -> Response:
    return await _list_page(request)


@router.post("/restrictions")
async def record(request: Request) -> Response:
    form = await read_form(request)
    try:
        kind = parse_enum(RightKind, text(form, "kind"), "restriction or objection")
        why = optional(form, "restriction_reason")
        reason = (
            parse_enum(RestrictionReason, why, "the case of Art 18(1)")
            if why and kind is RightKind.RESTRICTION
            else None
        )
        received = parse_date(form, "requested_on", "the date received")
    except GatewayError as exc:
        return await _list_page(request, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.record,
        text(form, "case_reference").strip(),
        kind,
        requested_by=text(form, "requested_by"),
        requested_on=received,
        scope=text(form, "scope"),
        reasons=text(form, "reasons"),
        restriction_reason=reason,
    )
    if isinstance(done, GatewayError):
        return await _list_page(request, done, form)
    return redirect(f"/restrictions/{done.view.reference}")


@router.get("/restrictions/{reference}")
async def restriction(request: Request, reference: str) -> Response:
    return await _page(request, reference)


@router.post("/restrictions/{reference}/grounds")
async def record_ground(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        ground = parse_enum(Ground, text(form, "ground"), "the ground to go on")
    except GatewayError as exc:
        return await _page(request, reference, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.record_ground,
        reference,
        text(form, "disclosure_reference").strip(),
        ground,
        text(form, "reasons"),
    )
    if isinstance(done, GatewayError):
        return await _page(request, reference, done, form)
    return redirect(f"/restrictions/{reference}")


@router.post("/restrictions/{reference}/lift")
async def lift(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        told = parse_date(form, "student_told_on", "the date the student was told")
    except GatewayError as exc:
        return await _page(request, reference, exc, form)
    done = await attempt(request, form, use_cases.lift, reference, text(form, "reason"), told)
    if isinstance(done, GatewayError):
        return await _page(request, reference, done, form)
    return redirect(f"/restrictions/{reference}")
