"""Corrections, requests from Channel and the police, and complaints: the pages.

Each page calls one use case (gateway.corrections, gateway.requests, gateway.complaints), which
checks the role and records every read; a refused form shows its page again with the message
and what was typed (nothing was saved)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.cases import use_cases as cases
from gateway.cases.domain import SubjectDetails
from gateway.complaints import use_cases as complaints
from gateway.corrections import use_cases as corrections
from gateway.errors import GatewayError
from gateway.http.state import app_state
from gateway.requests import use_cases as requests
from gateway.requests.domain import LegalPower
from gateway.web.rendering import optional, parse_date, parse_enum, redirect, render, text
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, Form, read_form, show, submit

router = APIRouter(include_in_schema=False)


async def _or_again(
    attempt: Callable[[], Awaitable[Response]],
    again: Callable[[GatewayError], Awaitable[Response]],
) -> Response:
    try:
        return await attempt()
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await again(exc)


def _typed(form: Form | None) -> dict[str, str]:
    return {k: v for k, v in (form or {}).items() if isinstance(v, str) and k != "csrf_token"}


# --- corrections ------------------------------------------------------------------------------


async def _correct_page(
    request: Request, reference: str, error: GatewayError | None = None, typed: Any = None
) -> Response:
    shown = await show(request, cases.read_case, reference)  # the read is recorded
    return render(
        request,
        "correct.html",
        shown.call,
        status=422 if error else 200,
        case=shown.view,
        error=error,
        v=_typed(typed),
    )


@router.get("/cases/{reference}/correct")
async def correct_form(request: Request, reference: str) -> Response:
    return await _correct_page(
        request, reference, typed={"target": request.query_params.get("target", "")}
    )


@router.post("/cases/{reference}/corrections")
async def correct(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        done = await submit(
            request,
            form,
            corrections.correct,
            reference,
            text(form, "target"),
            text(form, "corrected_text"),
            text(form, "reason"),
        )
        return redirect(f"/corrections/{done.view.reference}")

    return await _or_again(attempt, lambda exc: _correct_page(request, reference, exc, form))


@router.get("/corrections")
async def correction_list(request: Request) -> Response:
    shown = await show(request, corrections.list_corrections)
    return render(request, "corrections.html", shown.call, corrections=shown.view)


@router.get("/corrections/{reference}")
async def correction_page(request: Request, reference: str) -> Response:
    shown = await show(request, corrections.read_correction, reference)
    return render(request, "correction.html", shown.call, c=shown.view)


# --- requests from Channel and the police -----------------------------------------------------


async def _requests_page(
    request: Request, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    shown = await show(request, requests.requests_page)
    return render(
        request,
        "requests.html",
        shown.call,
        status=422 if error else 200,
        d=shown.view,
        today=app_state(request).ctx.clock.today(),
        error=error,
        v=_typed(typed),
    )


@router.get("/requests")
async def request_list(request: Request) -> Response:
    return await _requests_page(request)


@router.post("/requests")
async def open_request(request: Request) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        case = optional(form, "case")
        student = text(form, "student_id")
        deadline = parse_date(form, "deadline", "The deadline")
        if deadline is None:
            raise_missing("the deadline")
        assert deadline is not None
        done = await submit(
            request,
            form,
            requests.open_request,
            recipient_reference=text(form, "recipient"),
            requester=text(form, "requester"),
            organisation=text(form, "organisation"),
            legal_power=parse_enum(LegalPower, text(form, "legal_power"), "a legal power"),
            purpose=text(form, "purpose"),
            asked_for=text(form, "asked_for"),
            deadline=deadline,
            received_on=parse_date(form, "received_on", "The date received"),
            case_reference=case,
            subject=SubjectDetails(student_id=student, name=text(form, "student_name"))
            if student and not case
            else None,
        )
        return redirect(f"/requests/{done.view.reference}")

    return await _or_again(attempt, lambda exc: _requests_page(request, exc, form))


def raise_missing(what: str) -> None:
    from gateway.errors import InvalidInput

    raise InvalidInput(f"Give {what}.")


async def _request_page(
    request: Request, reference: str, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    shown = await show(request, requests.read_request, reference)
    return render(
        request,
        "request.html",
        shown.call,
        status=422 if error else 200,
        r=shown.view,
        error=error,
        v=_typed(typed),
    )


@router.get("/requests/{reference}")
async def request_page(request: Request, reference: str) -> Response:
    return await _request_page(request, reference)


@router.post("/requests/{reference}/answer")
async def answer(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        done = await submit(request, form, requests.answer, reference)
        return redirect(f"/disclosures/{done.view.reference}/items")

    return await _or_again(attempt, lambda exc: _request_page(request, reference, exc, form))


@router.post("/requests/{reference}/refuse")
async def refuse(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        await submit(
            request,
            form,
            requests.refuse,
            reference,
            text(form, "reason"),
            log=app_state(request).log_writer(),
        )
        return redirect(f"/requests/{reference}")

    return await _or_again(attempt, lambda exc: _request_page(request, reference, exc, form))


# --- complaints -------------------------------------------------------------------------------


async def _complaints_page(
    request: Request, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    shown = await show(request, complaints.list_complaints, include_closed=True)
    return render(
        request,
        "complaints.html",
        shown.call,
        status=422 if error else 200,
        complaints=shown.view,
        today=app_state(request).ctx.clock.today(),
        error=error,
        v=_typed(typed),
    )


@router.get("/complaints")
async def complaint_list(request: Request) -> Response:
    return await _complaints_page(request)


@router.post("/complaints")
async def open_complaint(request: Request) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        done = await submit(
            request,
            form,
            complaints.open_complaint,
            text(form, "case"),
            text(form, "complainant"),
            text(form, "summary"),
            received_on=parse_date(form, "received_on", "The date received"),
        )
        return redirect(f"/complaints/{done.view.reference}")

    return await _or_again(attempt, lambda exc: _complaints_page(request, exc, form))


async def _complaint_page(
    request: Request, reference: str, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    shown = await show(request, complaints.read_complaint, reference)
    return render(
        request,
        "complaint.html",
        shown.call,
        status=422 if error else 200,
        c=shown.view,
        today=app_state(request).ctx.clock.today(),
        error=error,
        v=_typed(typed),
    )


@router.get("/complaints/{reference}")
async def complaint_page(request: Request, reference: str) -> Response:
    return await _complaint_page(request, reference)


@router.post("/complaints/{reference}/acknowledge")
async def acknowledge(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        await submit(
            request,
            form,
            complaints.acknowledge,
            reference,
            on=parse_date(form, "acknowledged_on", "The date acknowledged"),
        )
        return redirect(f"/complaints/{reference}")

    return await _or_again(attempt, lambda exc: _complaint_page(request, reference, exc, form))


@router.post("/complaints/{reference}/close")
async def close(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        await submit(
            request,
            form,
            complaints.close,
            reference,
            text(form, "outcome"),
            text(form, "outcome_summary"),
            on=parse_date(form, "closed_on", "The date closed"),
        )
        return redirect(f"/complaints/{reference}")

    return await _or_again(attempt, lambda exc: _complaint_page(request, reference, exc, form))
