"""The breach register's pages: the register with each 72-hour clock and its export (CSV,
PDF); the form to report a breach; one breach with the DPO's forms (assessment, decisions about
the ICO and the student, the request to the recipient). Each page calls one use case of
gateway.breaches.use_cases."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Request
from fastapi.responses import Response

from gateway.breaches import use_cases
from gateway.breaches.domain import Audience, BreachReport, RecipientAsk
from gateway.errors import GatewayError, InvalidInput
from gateway.http.problems import status_for
from gateway.http.state import app_state
from gateway.web.rendering import (
    optional,
    parse_date,
    parse_enum,
    parse_int,
    redirect,
    render,
    text,
)
from gateway.web.session import Form, attempt, read_form, show

router = APIRouter(include_in_schema=False)


def _typed(form: Form | None) -> dict[str, str]:
    return {k: v for k, v in (form or {}).items() if isinstance(v, str) and k != "csrf_token"}


def _when(form: Form) -> datetime | None:
    value = text(form, "discovered_at").strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            "The time found is not a date and time.", hint="Use the form YYYY-MM-DDTHH:MM."
        ) from None
    # The form's clock is UTC, as the page says: every time the gateway stores is UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@router.get("/breaches")
async def register(request: Request) -> Response:
    shown = await show(request, use_cases.list_breaches)
    return render(request, "breaches.html", shown.call, rows=shown.view)


async def _new_page(
    request: Request, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    from gateway.users import use_cases as users

    shown = await show(request, users.me)
    return render(
        request,
        "breach_new.html",
        shown.call,
        status=status_for(error) if error else 200,
        error=error,
        v=_typed(form),
    )


@router.get("/breaches/new")
async def new(request: Request) -> Response:
    return await _new_page(request)


@router.post("/breaches")
async def report(request: Request) -> Response:
    form = await read_form(request)
    try:
        details = BreachReport(
            what_happened=text(form, "what_happened"),
            discovered_at=_when(form),
            found_by=text(form, "found_by"),
            people_categories=text(form, "people_categories"),
            people_count=parse_int(text(form, "people_count"), "the number of people"),
            record_categories=text(form, "record_categories"),
            record_count=parse_int(text(form, "record_count"), "the number of records"),
            consequences=text(form, "consequences"),
            measures=text(form, "measures"),
        )
    except GatewayError as exc:
        return await _new_page(request, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.report,
        details,
        optional(form, "disclosure_reference"),
        log=app_state(request).log_writer(),
    )
    if isinstance(done, GatewayError):
        return await _new_page(request, done, form)
    return render(request, "breach_reported.html", done.call, status=201, b=done.view)


@router.get("/breaches/register.csv")
async def register_csv(request: Request) -> Response:
    shown = await show(request, use_cases.export_register, "csv")
    return Response(
        shown.view.content,
        media_type=shown.view.media_type,
        headers={"Content-Disposition": f'attachment; filename="{shown.view.filename}"'},
    )


@router.get("/breaches/register.pdf")
async def register_pdf(request: Request) -> Response:
    shown = await show(request, use_cases.export_register, "pdf")
    return Response(
        shown.view.content,
        media_type=shown.view.media_type,
        headers={"Content-Disposition": f'attachment; filename="{shown.view.filename}"'},
    )


async def _page(
    request: Request, reference: str, error: GatewayError | None = None, form: Form | None = None
) -> Response:
    shown = await show(request, use_cases.read, reference)
    return render(
        request,
        "breach.html",
        shown.call,
        status=status_for(error) if error else 200,
        b=shown.view,
        error=error,
        v=_typed(form),
    )


@router.get("/breaches/{reference}")
async def breach(request: Request, reference: str) -> Response:
    return await _page(request, reference)


@router.post("/breaches/{reference}/assessment")
async def assess(request: Request, reference: str) -> Response:
    form = await read_form(request)
    done = await attempt(
        request,
        form,
        use_cases.assess,
        reference,
        text(form, "consequences"),
        text(form, "measures"),
    )
    if isinstance(done, GatewayError):
        return await _page(request, reference, done, form)
    return redirect(f"/breaches/{reference}")


@router.post("/breaches/{reference}/decisions")
async def decide(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        audience = parse_enum(Audience, text(form, "audience"), "the ICO or the student")
        notify = text(form, "notify")
        if notify not in ("yes", "no"):
            raise InvalidInput("Choose whether they are told.")
        on = parse_date(form, "notified_on", "the date")
    except GatewayError as exc:
        return await _page(request, reference, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.decide,
        reference,
        audience,
        notify == "yes",
        text(form, "reasons"),
        on,
    )
    if isinstance(done, GatewayError):
        return await _page(request, reference, done, form)
    return redirect(f"/breaches/{reference}")


@router.post("/breaches/{reference}/recipient")
async def recipient(request: Request, reference: str) -> Response:
    form = await read_form(request)
    try:
        asked = parse_enum(RecipientAsk, text(form, "asked"), "delete or return")
        asked_on = parse_date(form, "asked_on", "the date asked")
        answered_on = parse_date(form, "answered_on", "the date of the answer")
    except GatewayError as exc:
        return await _page(request, reference, exc, form)
    done = await attempt(
        request,
        form,
        use_cases.recipient_request,
        reference,
        asked,
        asked_on,
        optional(form, "answer"),
        answered_on,
    )
    if isinstance(done, GatewayError):
        return await _page(request, reference, done, form)
    return redirect(f"/breaches/{reference}")
