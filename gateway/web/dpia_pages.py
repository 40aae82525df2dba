"""DPIA pages: the current version (status, risks on the matrix, measures, sign-off, what is
missing), start from the template, edit one field, submit, the DPO's advice, SMT approval,
compare versions, the register and the PDF. Thin adapters over gateway.dpias.service."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

import dpia as lib
from gateway.dpias import service
from gateway.errors import InvalidInput
from gateway.http.state import app_state
from gateway.timeutil import today as utc_today
from gateway.timeutil import utcnow
from gateway.users.domain import Action
from gateway.web.rendering import parse_date, parse_enum, parse_int, redirect, render, text
from gateway.web.session import WebCall, web_get, web_post

router = APIRouter(include_in_schema=False)


def parse_value(raw: str) -> Any:
    """The value of one field, as the CLI's --field reads it: JSON for lists, objects,
    ``null``, ``true`` and ``false``; anything else is text. (No ``@FILE`` on the web.)"""
    if raw[:1] in ("[", "{") or raw in ("null", "true", "false"):
        try:
            return json.loads(raw)
        except ValueError:
            raise InvalidInput(
                "The value looks like JSON but is not valid JSON.",
                hint='Write lists as JSON, e.g. ["one", "two"], or plain text without brackets.',
            ) from None
    return raw


def _matrix() -> list[tuple[lib.Likelihood, list[tuple[lib.Severity, lib.RiskLevel]]]]:
    return [
        (likelihood, [(sev, lib.RISK_MATRIX[(likelihood, sev)]) for sev in lib.Severity])
        for likelihood in reversed(list(lib.Likelihood))
    ]


@router.post("/dpia")
async def dpia_new(request: Request) -> Response:
    organisation = app_state(request).ctx.settings.organisation_name

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        activity = text(form, "activity") or lib.PREVENT_REFERRAL_SHARING
        created = service.create_from_template(
            s, call.actor, controller=organisation, activity=activity
        )
        return redirect(f"/dpia/{created.activity}")

    return await web_post(request, work)


@router.get("/dpia/{activity}")
async def dpia_view(request: Request, activity: str) -> Response:
    version_text = request.query_params.get("version", "")
    version = parse_int(version_text, "The version") if version_text else None

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        today = utc_today()
        shown = service.get_version(s, call.actor, activity, version)
        versions = service.list_versions(s, call.actor, activity)
        return render(
            request,
            "dpia_view.html",
            call,
            d=shown,
            effective=lib.effective_status(shown, today).value,
            missing=lib.missing_for_submission(shown) if shown.status is lib.Status.DRAFT else [],
            gate=service.dpia_status(s, activity, today),
            versions=versions,
            latest=versions[-1].version,
            matrix=_matrix(),
            severities=list(lib.Severity),
            recommendations=list(lib.DPORecommendation),
            ico_outcomes=list(lib.ICOOutcome),
            today=today,
        )

    return await web_get(request, work)


@router.get("/dpia/{activity}/compare")
async def dpia_compare(request: Request, activity: str) -> Response:
    old_text = request.query_params.get("old", "")
    new_text = request.query_params.get("new", "")

    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        versions = service.list_versions(s, call.actor, activity)
        latest = versions[-1].version
        new = parse_int(new_text, "The newer version") if new_text else latest
        old = parse_int(old_text, "The older version") if old_text else max(1, (new or 1) - 1)
        assert old is not None and new is not None
        changes = service.compare_versions(s, call.actor, activity, old, new)
        return render(
            request,
            "dpia_compare.html",
            call,
            activity=activity,
            old=old,
            new=new,
            versions=versions,
            changes=changes,
        )

    return await web_get(request, work)


@router.post("/dpia/{activity}/edit")
async def dpia_edit(request: Request, activity: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        path = text(form, "path")
        if not path:
            raise InvalidInput(
                "Say which field to change.", hint="For example necessity.retention."
            )
        raw = form.get("value")
        value = parse_value(raw.strip() if isinstance(raw, str) else "")
        service.edit(
            s, call.actor, activity, assignments=[(path, value)], reason=text(form, "reason")
        )
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


@router.post("/dpia/{activity}/submit")
async def dpia_submit(request: Request, activity: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        service.submit(s, call.actor, activity)
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


@router.post("/dpia/{activity}/advice")
async def dpia_advice(request: Request, activity: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        service.advise(
            s,
            call.actor,
            activity,
            recommendation=parse_enum(
                lib.DPORecommendation, text(form, "recommendation"), "a recommendation"
            ),
            summary=text(form, "summary"),
            conditions=text(form, "conditions"),
            ico_consultation_advised=text(form, "ico_consultation_advised") == "yes",
        )
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


@router.post("/dpia/{activity}/approve")
async def dpia_approve(request: Request, activity: str) -> Response:
    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        review: date | None = parse_date(form, "review_date", "The review date")
        if review is None:
            raise InvalidInput("Give the date by which the DPIA must be reviewed.")
        advice = text(form, "advice")
        if advice not in ("accepted", "overruled"):
            raise InvalidInput("Say whether the DPO's advice is accepted or overruled.")
        service.approve(
            s,
            call.actor,
            activity,
            advice_accepted=advice == "accepted",
            overrule_reasons=text(form, "reasons"),
            review_date=review,
            departure_from_views=text(form, "departure_from_views"),
        )
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


@router.post("/dpia/{activity}/return")
async def dpia_return(request: Request, activity: str) -> Response:
    """Take a submitted DPIA back to draft (the DPO asks for changes, or the preparer)."""

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        service.return_to_draft(s, call.actor, activity)
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


@router.post("/dpia/{activity}/ico-consultation")
async def dpia_ico(request: Request, activity: str) -> Response:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the draft."""

    def work(s: Session, call: WebCall, form: Mapping[str, Any]) -> Response:
        assert call.actor is not None
        submitted = parse_date(form, "submitted_on", "The date submitted")
        if submitted is None:
            raise InvalidInput("Give the date the consultation was sent to the ICO.")
        service.record_ico_consultation(
            s,
            call.actor,
            activity,
            submitted_on=submitted,
            reference=text(form, "reference"),
            outcome=parse_enum(lib.ICOOutcome, text(form, "outcome"), "the ICO's outcome"),
            response_received_on=parse_date(form, "response_received_on", "The response date"),
            summary=text(form, "summary"),
        )
        return redirect(f"/dpia/{activity}")

    return await web_post(request, work)


def dpia_status_lines(s: Session, activity: str) -> tuple[bool | None, list[str]]:
    """Whether a DPIA is in force for the processing, and what the DPO should know about it
    (None: the DPIA module is not installed in this version)."""
    try:
        from gateway.dpias.service import dpia_status
    except ModuleNotFoundError:
        return None, ["The DPIA register is not installed in this version."]
    summary = dpia_status(s, activity, utcnow().date())
    return summary.in_force, summary.lines()


@router.get("/dpia")
async def dpia_page(request: Request) -> Response:
    def work(s: Session, call: WebCall) -> Response:
        assert call.actor is not None
        call.actor.require(Action.DPIA_READ)
        try:
            from gateway.dpias.service import list_activities
        except ModuleNotFoundError:
            activities: list[str] = []
        else:
            activities = list_activities(s, call.actor)
        existing = set(activities)
        if "prevent-referral-sharing" not in activities:
            activities.insert(0, "prevent-referral-sharing")
        rows = [(a, *dpia_status_lines(s, a)) for a in activities]
        return render(request, "dpia.html", call, rows=rows, existing=existing)

    return await web_get(request, work)


@router.get("/dpia/{activity}/pdf")
async def dpia_pdf(request: Request, activity: str) -> Response:
    from gateway.dpias.service import export_pdf

    version_text = request.query_params.get("version", "")
    version = parse_int(version_text, "The version") if version_text else None

    def work(s: Session, call: WebCall) -> bytes:
        assert call.actor is not None
        return export_pdf(s, call.actor, activity, version)

    content = await web_get(request, work)
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="dpia-{quote(activity)}.pdf"'},
    )
