"""Retention pages: the plan with what blocks each record, dry run and executed run (DPO),
destruction certificates, legal holds, complaints and students who left. Thin adapters over
gateway.retention (service and flows); every rule is decided there."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state
from gateway.retention.service import PLAN_ROLES, PlanStatus, require_role
from gateway.timeutil import today as utc_today
from gateway.web import retention_queries
from gateway.web.rendering import parse_date, redirect, render, text
from gateway.web.session import WebCall, web_get, web_post

router = APIRouter(include_in_schema=False)

#: What the person must type to execute a run (a deliberate act, not a stray click).
CONFIRM_WORD = "destroy"


def _as_of(request: Request) -> date:
    value = request.query_params.get("as_of", "")
    if not value:
        return utc_today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput("The date is not a date.", hint="Use the form YYYY-MM-DD.") from None


def _day(form: Mapping[str, Any], name: str, label: str) -> date:
    return parse_date(form, name, label) or utc_today()


@router.get("/retention")
async def retention_page(request: Request) -> Response:
    from gateway.retention.service import build_plan, list_holds

    as_of = _as_of(request)
    show_all = request.query_params.get("all") == "yes"

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        require_role(call.actor, PLAN_ROLES, "see the retention plan")
        items = build_plan(s, app_state(request).ctx.schedule, as_of)
        counts = {status: sum(1 for i in items if i.status is status) for status in PlanStatus}
        shown = [i for i in items if show_all or i.status is not PlanStatus.NOT_DUE]
        return render(
            request,
            "retention.html",
            call,
            as_of=as_of,
            show_all=show_all,
            items=shown,
            counts=counts,
            holds=list_holds(s, call.actor, include_released=True),
            complaints=retention_queries.list_complaints(s, call.actor, include_closed=True),
            certificates=retention_queries.list_certificates(s, call.actor),
            today=utc_today(),
            confirm_word=CONFIRM_WORD,
        )

    return await web_get(request, work)


@router.get("/retention/run")
async def dry_run_page(request: Request) -> Response:
    """The dry run: what an executed run would destroy now; nothing is changed."""
    from gateway.retention.flows import run_disposal

    as_of = _as_of(request)

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        result = run_disposal(s, call.actor, app_state(request).ctx.schedule, as_of, execute=False)
        return render(
            request,
            "retention_run.html",
            call,
            as_of=as_of,
            items=result.items,
            today=utc_today(),
            confirm_word=CONFIRM_WORD,
            done=None,
            warning=None,
        )

    return await web_get(request, work)


@router.post("/retention/run")
async def execute_run(request: Request) -> Response:
    """Destroy what is due, certify it and log it (the DPO; the confirmation word required)."""
    from gateway.retention.flows import run_disposal, scrub_after_commit

    state = app_state(request)

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> tuple[Any, date]:
        assert call.actor is not None
        as_of = _day(form, "as_of", "The date")
        if text(form, "confirm").lower() != CONFIRM_WORD:
            raise InvalidInput(
                "The run was not confirmed: nothing was destroyed.",
                hint=f"Type the word '{CONFIRM_WORD}' in the confirmation box to destroy "
                "the records listed by the dry run.",
            )
        result = run_disposal(
            s,
            call.actor,
            app_state(request).ctx.schedule,
            as_of,
            execute=True,
            log=state.log_writer(),
            organisation=state.ctx.settings.organisation_name,
        )
        return result, as_of

    result, as_of = await web_post(request, work)
    warning = None
    if result.certificate_reference is not None:
        try:
            await run_in_threadpool(scrub_after_commit, state.ctx.engine)
        except GatewayError as exc:  # the run is committed; say what is left to do
            warning = f"{exc.message} {exc.hint or ''}".strip()

    def page(s: Session, call: WebCall) -> Response:
        return render(
            request,
            "retention_run.html",
            call,
            as_of=as_of,
            items=result.items,
            today=utc_today(),
            confirm_word=CONFIRM_WORD,
            done=result,
            warning=warning,
        )

    return await web_get(request, page)


@router.get("/retention/certificates/{reference}/pdf")
async def certificate_pdf(request: Request, reference: str) -> Response:
    def work(s: Session, call: WebCall) -> bytes:
        assert call.actor is not None
        return retention_queries.certificate_pdf(s, call.actor, reference)

    content = await web_get(request, work)
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{quote(reference)}.pdf"'},
    )


@router.post("/retention/holds")
async def place_hold(request: Request) -> Response:
    from gateway.retention.service import place_hold as place

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        scope = text(form, "scope") or "case"
        target = text(form, "target")
        if not target:
            raise InvalidInput("Say which case (reference) or which student (id) to hold.")
        place(
            s,
            call.actor,
            case_ref=target if scope == "case" else None,
            student_id=target if scope == "student" else None,
            holder=text(form, "holder"),
            reason=text(form, "reason"),
            placed_on=_day(form, "placed_on", "The date placed"),
        )
        return redirect("/retention#holds")

    return await web_post(request, work)


@router.post("/retention/holds/{reference}/release")
async def release_hold(request: Request, reference: str) -> Response:
    from gateway.retention.service import release_hold as release

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        release(
            s,
            call.actor,
            reference,
            reason=text(form, "reason"),
            released_on=_day(form, "released_on", "The date released"),
        )
        return redirect("/retention#holds")

    return await web_post(request, work)


@router.post("/retention/complaints")
async def open_complaint(request: Request) -> Response:
    from gateway.retention.service import open_complaint as record

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        case = text(form, "case")
        if not case:
            raise InvalidInput("Give the reference of the case the complaint is about.")
        record(s, call.actor, case, _day(form, "received_on", "The date received"))
        return redirect("/retention#complaints")

    return await web_post(request, work)


@router.post("/retention/complaints/{reference}/close")
async def close_complaint(request: Request, reference: str) -> Response:
    from gateway.retention.service import close_complaint as close

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        close(s, call.actor, reference, _day(form, "closed_on", "The date closed"))
        return redirect("/retention#complaints")

    return await web_post(request, work)


@router.post("/retention/student-left")
async def student_left(request: Request) -> Response:
    from gateway.retention.service import record_departure

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        student = text(form, "student_id")
        if not student:
            raise InvalidInput("Give the student number.")
        record_departure(s, call.actor, student, _day(form, "left_on", "The date left"))
        return redirect("/retention#left")

    return await web_post(request, work)
