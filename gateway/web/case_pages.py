"""Concerns and cases: raising a concern, the case list and page, decisions, notes, people."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, BinaryIO

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.datastructures import UploadFile

from gateway.cases import use_cases
from gateway.cases.domain import (
    ConcernSource,
    DecisionInput,
    Outcome,
    PersonRole,
    ReferralGround,
    Seriousness,
    SubjectDetails,
)
from gateway.disclosures import use_cases as disclosures
from gateway.errors import GatewayError, InvalidInput
from gateway.http.state import app_state
from gateway.users.domain import Action, is_allowed
from gateway.web.rendering import (
    many,
    optional,
    parse_date,
    parse_enum,
    parse_int,
    redirect,
    render,
    text,
)
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, read_form, show, submit

router = APIRouter(include_in_schema=False)


async def _refused_or_raise(
    attempt: Callable[[], Awaitable[Response]],
    form_again: Callable[[GatewayError], Awaitable[Response]],
) -> Response:
    """Run a form's action; a refused step shows the form again with the message and what the
    person typed (nothing was saved). Sign-in, CSRF and permission failures are not re-shown."""
    try:
        return await attempt()
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await form_again(exc)


# --- concerns ---------------------------------------------------------------------------------


async def _concern_page(
    request: Request, values: Mapping[str, Any], error: GatewayError | None = None
) -> HTMLResponse:
    shown = await show(request, use_cases.concern_form)
    return render(
        request,
        "concern_new.html",
        shown.call,
        status=422 if error else 200,
        sources=shown.view,
        values=values,
        error=error,
    )


@router.get("/concerns/new")
async def concern_form(request: Request) -> Response:
    return await _concern_page(request, {})


@router.post("/concerns")
async def raise_concern(request: Request) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        shown = await submit(
            request,
            form,
            use_cases.raise_concern,
            SubjectDetails(
                student_id=text(form, "student_id"),
                name=text(form, "student_name"),
                date_of_birth=parse_date(form, "date_of_birth", "The date of birth"),
            ),
            parse_enum(ConcernSource, text(form, "source"), "who raised the concern"),
            text(form, "description"),
            observed_on=parse_date(form, "observed_on", "The date observed"),
            reported_by_name=optional(form, "reported_by_name"),
        )
        actor = shown.call.actor
        assert actor is not None
        # Only a role that reads cases is told the case (the receipt carries it for them alone).
        if shown.view.case_reference is not None:
            return redirect(f"/cases/{shown.view.case_reference}")
        if is_allowed(actor.role, Action.CONCERN_READ_OWN):
            return redirect(f"/concerns/mine?raised={shown.view.reference}")
        return redirect("/")

    return await _refused_or_raise(attempt, lambda exc: _concern_page(request, form, exc))


@router.get("/concerns/mine")
async def my_concerns(request: Request) -> Response:
    shown = await show(request, use_cases.my_concerns)
    return render(
        request,
        "concerns_mine.html",
        shown.call,
        concerns=shown.view,
        raised=request.query_params.get("raised"),
    )


# --- cases ------------------------------------------------------------------------------------


@router.get("/cases")
async def case_list(request: Request) -> Response:
    shown = await show(request, use_cases.list_cases)
    return render(request, "cases.html", shown.call, cases=shown.view)


async def _case_page(
    request: Request,
    reference: str,
    values: Mapping[str, Any] | None = None,
    error: GatewayError | None = None,
) -> HTMLResponse:
    shown = await show(request, use_cases.case_page, reference)
    settings = app_state(request).ctx.settings
    return render(
        request,
        "case.html",
        shown.call,
        status=422 if error else 200,
        case=shown.view.case,
        disclosures=shown.view.disclosures,
        people_found=shown.view.people_found,
        person_roles=list(PersonRole),
        is_referral=shown.view.case.latest_outcome is Outcome.REFERRAL,
        evidence_values=values or {},
        error=error,
        evidence_types=settings.evidence_rules.accepted(),
        evidence_max_mb=settings.evidence_max_file_mb,
        awaiting_smt=(
            shown.view.case.decisions[-1].awaiting_smt_confirmation
            if shown.view.case.decisions
            else []
        ),
        to_confirm=shown.view.to_confirm,
        confirmed=request.query_params.get("confirmed"),
        closed=request.query_params.get("closed") == "yes",
        not_shared=request.query_params.get("not_shared"),
    )


@router.get("/cases/{reference}")
async def case_page(request: Request, reference: str) -> Response:
    return await _case_page(request, reference)


@router.post("/cases/{reference}/evidence")
async def add_evidence(request: Request, reference: str) -> Response:
    """An evidence file from the case page's upload form: the same checks as every door."""
    limit = app_state(request).ctx.settings.evidence_rules.max_file_bytes
    # kept in memory, never in a temporary file on disk in clear (see read_form)
    form = await read_form(request, file_in_memory_up_to=limit)
    upload = form.get("file")

    async def attempt() -> Response:
        # the use case reads the upload in chunks and seals each as it goes
        stream: BinaryIO | bytes = upload.file if isinstance(upload, UploadFile) else b""
        await submit(
            request,
            form,
            use_cases.add_evidence,
            reference,
            description=text(form, "description"),
            provenance=text(form, "provenance"),
            content=stream,
            filename=upload.filename if isinstance(upload, UploadFile) else None,
        )
        return redirect(f"/cases/{reference}#evidence")

    shown_values = {k: v for k, v in form.items() if isinstance(v, str)}
    try:
        return await _refused_or_raise(
            attempt, lambda exc: _case_page(request, reference, shown_values, exc)
        )
    finally:
        if isinstance(upload, UploadFile):
            await upload.close()


async def _decide_page(
    request: Request,
    reference: str,
    values: Mapping[str, Any],
    error: GatewayError | None = None,
) -> HTMLResponse:
    shown = await show(request, use_cases.decide_form, reference)
    return render(
        request,
        "decide.html",
        shown.call,
        status=422 if error else 200,
        case=shown.view.case,
        smt=shown.view.smt,
        seriousness=list(Seriousness),
        outcomes=list(Outcome),
        grounds=list(ReferralGround),
        values=values,
        chosen_smt=many(values, "smt"),
        chosen_grounds=many(values, "grounds"),
        error=error,
    )


@router.get("/cases/{reference}/decide")
async def decide_form(request: Request, reference: str) -> Response:
    return await _decide_page(request, reference, {})


@router.post("/cases/{reference}/decide")
async def decide(request: Request, reference: str) -> Response:
    form = await read_form(request)

    async def attempt() -> Response:
        decision = DecisionInput(
            seriousness=parse_enum(Seriousness, text(form, "seriousness"), "the seriousness"),
            outcome=parse_enum(Outcome, text(form, "outcome"), "an outcome"),
            rationale=text(form, "rationale"),
            freedom_of_speech_consideration=text(form, "freedom_of_speech"),
            smt_usernames=tuple(many(form, "smt")),
            grounds=tuple(
                parse_enum(ReferralGround, g, "a referral ground") for g in many(form, "grounds")
            ),
            actions=optional(form, "actions"),
            review_date=parse_date(form, "review_date", "The review date"),
        )
        await submit(request, form, use_cases.decide, reference, decision)
        return redirect(f"/cases/{reference}")

    return await _refused_or_raise(
        attempt, lambda exc: _decide_page(request, reference, form, exc)
    )


@router.post("/cases/{reference}/notes")
async def add_note(request: Request, reference: str) -> Response:
    form = await read_form(request)
    await submit(
        request,
        form,
        use_cases.add_note,
        reference,
        text(form, "summary"),
        text(form, "coordinator_discussion") == "yes",
    )
    return redirect(f"/cases/{reference}#chronology")


@router.post("/cases/{reference}/rpc-discussions")
async def record_rpc_discussion(request: Request, reference: str) -> Response:
    form = await read_form(request)
    day = parse_date(form, "on", "The discussion's date")
    await submit(request, form, use_cases.record_rpc_discussion, reference, day)
    return redirect(f"/cases/{reference}#chronology")


@router.post("/cases/{reference}/people")
async def add_person(request: Request, reference: str) -> Response:
    form = await read_form(request)
    chosen = text(form, "role")
    # Not one of the choices: the use case refuses it after checking who is asking.
    role = PersonRole(chosen) if chosen in PersonRole.__members__.values() else None
    await submit(request, form, use_cases.record_person, reference, text(form, "name"), role)
    return redirect(f"/cases/{reference}#people")


@router.post("/cases/{reference}/close")
async def close_case(request: Request, reference: str) -> Response:
    form = await read_form(request)
    await submit(request, form, use_cases.close_case, reference)
    return redirect(f"/cases/{reference}?closed=yes")


@router.post("/cases/{reference}/non-disclosures")
async def record_non_disclosure(request: Request, reference: str) -> Response:
    """A decision not to share, from the case page (or, for the DPO, who does not read cases,
    from a disclosure's page: they are taken back to the disclosures)."""
    form = await read_form(request)
    done = await submit(
        request,
        form,
        disclosures.record_non_disclosure,
        reference,
        text(form, "reasons"),
        log=app_state(request).log_writer(),
    )
    actor = done.call.actor
    assert actor is not None
    if is_allowed(actor.role, Action.CASE_READ):
        return redirect(f"/cases/{reference}?not_shared={done.view.reference}")
    return redirect(f"/disclosures?not_shared={done.view.reference}")


@router.post("/cases/{reference}/decisions/{number}/confirm")
async def confirm_decision(request: Request, reference: str, number: str) -> Response:
    """An SMT member named in a decision confirms it, as themselves."""
    form = await read_form(request)
    which = parse_int(number, "the decision's number")
    if which is None:
        raise InvalidInput("Which decision? Its number is missing.")
    await submit(request, form, use_cases.confirm_decision, reference, which)
    return redirect(f"/cases/{reference}?confirmed={which}#decision-{which}")
