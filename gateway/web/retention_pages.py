"""Retention pages: the plan with what blocks each record, dry run and executed run (DPO),
destruction certificates, legal holds, complaints and students who left. Each page calls one
use case of :mod:`gateway.retention.use_cases`; a refused form shows the page again with why."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.auth.errors import AuthenticationFailed, CsrfRejected
from gateway.errors import GatewayError, InvalidInput, NotPermitted
from gateway.http.problems import status_for
from gateway.http.state import app_state
from gateway.retention import use_cases
from gateway.web.rendering import parse_date, redirect, render, text
from gateway.web.session import read_form, show, submit

router = APIRouter(include_in_schema=False)

REFUSALS_SHOWN_AS_ERRORS = (AuthenticationFailed, CsrfRejected, NotPermitted)


def _as_of(request: Request) -> date | None:
    value = request.query_params.get("as_of", "")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("The date is not a date.", hint="Use the form YYYY-MM-DD.") from None


async def _retention_page(
    request: Request,
    *,
    as_of: date | None = None,
    show_all: bool = False,
    error: GatewayError | None = None,
) -> Response:
    shown = await show(
        request,
        use_cases.retention_overview,
        schedule=app_state(request).ctx.schedule,
        as_of=as_of,
        include_not_due=show_all,
    )
    return render(
        request,
        "retention.html",
        shown.call,
        status=status_for(error) if error else 200,
        d=shown.view,
        show_all=show_all,
        error=error,
    )


@router.get("/retention")
async def retention_page(request: Request) -> Response:
    return await _retention_page(
        request, as_of=_as_of(request), show_all=request.query_params.get("all") == "yes"
    )


async def _dry_run_page(
    request: Request, as_of: date | None, error: GatewayError | None = None
) -> Response:
    shown = await show(
        request, use_cases.dry_run, schedule=app_state(request).ctx.schedule, as_of=as_of
    )
    return render(
        request,
        "retention_run.html",
        shown.call,
        status=status_for(error) if error else 200,
        run=shown.view,
        confirm_word=use_cases.CONFIRM_WORD,
        error=error,
    )


@router.get("/retention/run")
async def dry_run_page(request: Request) -> Response:
    """The dry run: what an executed run would destroy now; nothing is changed."""
    return await _dry_run_page(request, _as_of(request))


@router.post("/retention/run")
async def execute_run(request: Request) -> Response:
    """Destroy what is due, certify it and log it (the DPO; the confirmation word required)."""
    form = await read_form(request)
    as_of = parse_date(form, "as_of", "The date")
    state = app_state(request)
    try:
        done = await submit(
            request,
            form,
            use_cases.execute_disposal,
            schedule=state.ctx.schedule,
            log=state.log_writer(),
            confirm=text(form, "confirm"),
            as_of=as_of,
        )
    except REFUSALS_SHOWN_AS_ERRORS:
        raise
    except GatewayError as exc:
        return await _dry_run_page(request, as_of, exc)
    return render(
        request,
        "retention_run.html",
        done.call,
        run=done.view,
        confirm_word=use_cases.CONFIRM_WORD,
        error=None,
    )


@router.get("/retention/certificates/{reference}/pdf")
async def certificate_pdf(request: Request, reference: str) -> Response:
    shown = await show(request, use_cases.certificate_pdf, reference)
    return Response(
        shown.view.pdf,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{quote(shown.view.reference)}.pdf"'
        },
    )


async def _form_step(
    request: Request, anchor: str, step: Any, *args: Any, form: Mapping[str, Any], **kwargs: Any
) -> Response:
    """Run one retention form; refused, the retention page again with the message."""
    try:
        await submit(request, form, step, *args, **kwargs)
    except REFUSALS_SHOWN_AS_ERRORS:
        raise
    except GatewayError as exc:
        return await _retention_page(request, error=exc)
    return redirect(f"/retention#{anchor}")


@router.post("/retention/holds")
async def place_hold(request: Request) -> Response:
    form = await read_form(request)
    scope = text(form, "scope") or "case"
    target = text(form, "target")
    return await _form_step(
        request,
        "holds",
        use_cases.place_hold,
        form=form,
        case_ref=target if scope == "case" else None,
        student_id=target if scope == "student" else None,
        holder=text(form, "holder"),
        reason=text(form, "reason"),
        placed_on=parse_date(form, "placed_on", "The date placed"),
    )


@router.post("/retention/holds/{reference}/release")
async def release_hold(request: Request, reference: str) -> Response:
    form = await read_form(request)
    return await _form_step(
        request,
        "holds",
        use_cases.release_hold,
        reference,
        form=form,
        reason=text(form, "reason"),
        released_on=parse_date(form, "released_on", "The date released"),
    )


@router.post("/retention/student-left")
async def student_left(request: Request) -> Response:
    form = await read_form(request)
    return await _form_step(
        request,
        "left",
        use_cases.record_departure,
        text(form, "student_id"),
        form=form,
        left_on=parse_date(form, "left_on", "The date left"),
    )
