"""DPIA pages: the register, the current version (status, risks on the matrix, measures,
sign-off, what is missing), start from the template, change it part by part with ordinary form
controls (gateway.web.dpia_form), submit, the DPO's advice,
SMT approval, compare versions and the PDF. Each page calls one use case of
gateway.dpias.use_cases; a refused form shows the DPIA again with the message."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

import dpia as lib
from gateway.dpias import use_cases
from gateway.dpias.service import dpia_status_lines
from gateway.errors import GatewayError, InvalidInput
from gateway.web import dpia_form
from gateway.web.rendering import parse_date, parse_enum, parse_int, redirect, render, text
from gateway.web.session import NOT_SHOWN_ON_THE_FORM, Form, read_form, show, submit

router = APIRouter(include_in_schema=False)

# The disclosure approval page still finds this here until it moves onto its own use case.
__all__ = ["dpia_status_lines", "router"]

#: Refusals that are not about what the form said: they get the error page, not the form again.


def _matrix() -> list[tuple[lib.Likelihood, list[tuple[lib.Severity, lib.RiskLevel]]]]:
    return [
        (likelihood, [(sev, lib.RISK_MATRIX[(likelihood, sev)]) for sev in lib.Severity])
        for likelihood in reversed(list(lib.Likelihood))
    ]


def _typed(form: Form | None) -> dict[str, str]:
    """The text fields of a refused form, to fill it in again."""
    return {k: v for k, v in (form or {}).items() if isinstance(v, str) and k != "csrf_token"}


async def _dpia_page(
    request: Request,
    activity: str,
    version: int | None = None,
    error: GatewayError | None = None,
    typed: Form | None = None,
) -> Response:
    """The DPIA; after a refused form, with the message and what was typed in the form."""
    _in_words(error)
    shown = await show(request, use_cases.read_dpia, activity, version)
    page = shown.view
    return render(
        request,
        "dpia_view.html",
        shown.call,
        status=422 if error else 200,
        d=page.dpia,
        effective=page.current.status.value,
        missing=[dpia_form.in_words(m) for m in page.current.missing],
        gate=page.current.governing,
        versions=page.versions,
        latest=page.latest,
        matrix=_matrix(),
        severities=list(lib.Severity),
        fields={"processing": dpia_form.PROCESSING, "necessity": dpia_form.NECESSITY},
        likelihood_words=dpia_form.LIKELIHOOD_WORDS,
        severity_words=dpia_form.SEVERITY_WORDS,
        effect_words=dpia_form.EFFECT_WORDS,
        recommendations=list(lib.DPORecommendation),
        ico_outcomes=list(lib.ICOOutcome),
        error=error,
        v=_typed(typed),
    )


async def _register_page(request: Request, error: GatewayError | None = None) -> Response:
    shown = await show(request, use_cases.list_dpias, always=(lib.PREVENT_REFERRAL_SHARING,))
    return render(
        request, "dpia.html", shown.call, status=422 if error else 200, rows=shown.view,
        error=error,
    )


@router.get("/dpia")
async def dpia_register(request: Request) -> Response:
    return await _register_page(request)


@router.post("/dpia")
async def dpia_new(request: Request) -> Response:
    form = await read_form(request)
    try:
        created = await submit(
            request,
            form,
            use_cases.create_from_template,
            activity=text(form, "activity") or lib.PREVENT_REFERRAL_SHARING,
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _register_page(request, exc)
    return redirect(f"/dpia/{quote(created.view.activity)}")


@router.get("/dpia/{activity}")
async def dpia_view(request: Request, activity: str) -> Response:
    version_text = request.query_params.get("version", "")
    version = parse_int(version_text, "The version") if version_text else None
    return await _dpia_page(request, activity, version)


@router.get("/dpia/{activity}/compare")
async def dpia_compare(request: Request, activity: str) -> Response:
    old_text = request.query_params.get("old", "")
    new_text = request.query_params.get("new", "")
    shown = await show(
        request,
        use_cases.compare,
        activity,
        old=parse_int(old_text, "The older version"),
        new=parse_int(new_text, "The newer version"),
    )
    v = shown.view
    return render(
        request,
        "dpia_compare.html",
        shown.call,
        activity=v.activity,
        old=v.old,
        new=v.new,
        versions=v.versions,
        changes=[
            {"field": dpia_form.path_words(c.path), "kind": c.kind, "old": c.old, "new": c.new}
            for c in v.changes
        ],
    )


async def _step(request: Request, activity: str, form: Form, step: Any, **inputs: Any) -> Response:
    """Run one step of the DPIA from its form; refused, the DPIA is shown with the message."""
    try:
        await submit(request, form, step, activity, **inputs)
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _dpia_page(request, activity, error=exc, typed=form)
    return redirect(f"/dpia/{quote(activity)}")


def _in_words(error: GatewayError | None) -> None:
    """What the DPIA library said, with its field paths put in words."""
    if error is not None:
        error.message = dpia_form.in_words(error.message)
        error.hint = dpia_form.in_words(error.hint) if error.hint else error.hint


async def _edit_page(
    request: Request, activity: str, error: GatewayError | None = None, typed: Form | None = None
) -> Response:
    """The latest version's editable parts as forms; after a refused form, with the message and
    what was typed in the part that was refused."""
    _in_words(error)
    shown = await show(request, use_cases.read_dpia, activity, None)
    d = shown.view.dpia
    return render(
        request,
        "dpia_edit.html",
        shown.call,
        status=422 if error else 200,
        d=d,
        approved=d.status is lib.Status.APPROVED,
        fields={
            "about": dpia_form.ABOUT,
            "processing": dpia_form.PROCESSING,
            "consultee": dpia_form.CONSULTEE,
            "not_consulted": dpia_form.Field(
                "not_consulted_reason", "If no one was consulted: why not"
            ),
            "necessity": dpia_form.NECESSITY,
            "risk": dpia_form.RISK,
            "measure": dpia_form.MEASURE,
        },
        likelihood_words=dpia_form.LIKELIHOOD_WORDS,
        severity_words=dpia_form.SEVERITY_WORDS,
        effect_words=dpia_form.EFFECT_WORDS,
        error=error,
        v=_typed(typed),
    )


@router.get("/dpia/{activity}/edit")
async def dpia_edit_page(request: Request, activity: str) -> Response:
    """Every field of the DPIA's template as a form control, part by part."""
    return await _edit_page(request, activity)


@router.post("/dpia/{activity}/edit")
async def dpia_edit(request: Request, activity: str) -> Response:
    """Save one part of the DPIA form (about, processing, consultation, necessity, a risk)."""
    form = await read_form(request)
    shown = await show(request, use_cases.read_dpia, activity, None)
    try:
        assignments = dpia_form.changes(form, shown.view.dpia)
        await submit(
            request,
            form,
            use_cases.edit,
            activity,
            assignments=assignments,
            reason=text(form, "reason"),
        )
    except NOT_SHOWN_ON_THE_FORM:
        raise
    except GatewayError as exc:
        return await _edit_page(request, activity, error=exc, typed=form)
    part = text(form, "part")
    anchor = f"risk-{text(form, 'risk')}" if part == "risk" and text(form, "risk") else (
        "part-risks" if part == "risk" else f"part-{part}"
    )
    return redirect(f"/dpia/{quote(activity)}/edit#{anchor}")


@router.post("/dpia-alerts/{alert_id}/acknowledge")
async def dpia_alert_acknowledge(request: Request, alert_id: int) -> Response:
    """The DPO acknowledges a case opened without a DPIA in force (from their dashboard)."""
    await submit(request, await read_form(request), use_cases.acknowledge_alert, alert_id)
    return redirect("/")


@router.post("/dpia/{activity}/submit")
async def dpia_submit(request: Request, activity: str) -> Response:
    return await _step(request, activity, await read_form(request), use_cases.submit)


@router.post("/dpia/{activity}/return")
async def dpia_return(request: Request, activity: str) -> Response:
    """Take a submitted DPIA back to draft (the DPO asks for changes, or the preparer)."""
    return await _step(request, activity, await read_form(request), use_cases.return_to_draft)


@router.post("/dpia/{activity}/advice")
async def dpia_advice(request: Request, activity: str) -> Response:
    form = await read_form(request)
    try:
        recommendation = parse_enum(
            lib.DPORecommendation, text(form, "recommendation"), "a recommendation"
        )
    except InvalidInput as exc:
        return await _dpia_page(request, activity, error=exc, typed=form)
    return await _step(
        request,
        activity,
        form,
        use_cases.advise,
        recommendation=recommendation,
        summary=text(form, "summary"),
        conditions=text(form, "conditions"),
        ico_consultation_advised=text(form, "ico_consultation_advised") == "yes",
    )


@router.post("/dpia/{activity}/approve")
async def dpia_approve(request: Request, activity: str) -> Response:
    form = await read_form(request)
    try:
        review = parse_date(form, "review_date", "The review date")
        if review is None:
            raise InvalidInput("Give the date by which the DPIA must be reviewed.")
        advice = text(form, "advice")
        if advice not in ("accepted", "overruled"):
            raise InvalidInput("Say whether the DPO's advice is accepted or overruled.")
    except InvalidInput as exc:
        return await _dpia_page(request, activity, error=exc, typed=form)
    return await _step(
        request,
        activity,
        form,
        use_cases.approve,
        advice_accepted=advice == "accepted",
        overrule_reasons=text(form, "reasons"),
        review_date=review,
        departure_from_views=text(form, "departure_from_views"),
    )


@router.post("/dpia/{activity}/ico-consultation")
async def dpia_ico(request: Request, activity: str) -> Response:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the draft."""
    form = await read_form(request)
    try:
        submitted = parse_date(form, "submitted_on", "The date submitted")
        if submitted is None:
            raise InvalidInput("Give the date the consultation was sent to the ICO.")
        outcome = parse_enum(lib.ICOOutcome, text(form, "outcome"), "the ICO's outcome")
        received = parse_date(form, "response_received_on", "The response date")
    except InvalidInput as exc:
        return await _dpia_page(request, activity, error=exc, typed=form)
    return await _step(
        request,
        activity,
        form,
        use_cases.record_ico_consultation,
        submitted_on=submitted,
        reference=text(form, "reference"),
        outcome=outcome,
        response_received_on=received,
        summary=text(form, "summary"),
    )


@router.get("/dpia/{activity}/pdf")
async def dpia_pdf(request: Request, activity: str) -> Response:
    version_text = request.query_params.get("version", "")
    version = parse_int(version_text, "The version") if version_text else None
    shown = await show(request, use_cases.export_pdf, activity, version)
    return Response(
        shown.view.pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dpia-{quote(activity)}.pdf"'},
    )
