"""The DPIA through the JSON API (``/api/v1/dpias``): the same steps as the command line's DPIA
group and the DPIA pages, each route calling one use case of gateway.dpias.use_cases."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, Field

import dpia as lib
from gateway.api.deps import call, call_read_only
from gateway.dpias import use_cases
from gateway.dpias.views import ChangeView, DPIAAlertView, DPIAStatusView, DPIAVersionView

router = APIRouter(prefix="/dpias", tags=["DPIA"])


# --- request bodies ------------------------------------------------------------------------------


class NewIn(BaseModel):
    activity: str = Field(
        lib.PREVENT_REFERRAL_SHARING,
        description="The processing activity to start a DPIA for (default: Prevent referral "
        "sharing).",
    )
    controller: str | None = Field(None, description="Default: the organisation's name.")


class FieldIn(BaseModel):
    path: str = Field(
        examples=["necessity.retention", "risks.R2.residual_likelihood"],
        description="The field to set, as a dotted path.",
    )
    value: Any = Field(description="Its new value (JSON).")


class EditIn(BaseModel):
    patch: dict[str, Any] | None = Field(
        None, description="JSON Merge Patch (RFC 7396) over the editable sections."
    )
    fields: list[FieldIn] = Field(
        default_factory=list,
        description="Fields to set one by one, as path and value.",
    )
    reason: str | None = Field(
        None, description="Required when the change starts a new version of an approved DPIA."
    )


class AdviceIn(BaseModel):
    recommendation: lib.DPORecommendation = Field(description="The DPO's recommendation.")
    summary: str = Field(description="The advice, in words (UK GDPR Art 35(2)).")
    conditions: str = Field("", description="The conditions, for proceed_with_conditions.")
    ico_consultation_advised: bool = Field(
        False,
        description="Whether the DPO advises consulting the ICO before processing (Art 36).",
    )


class ICOIn(BaseModel):
    submitted_on: date = Field(description="The day the consultation was sent to the ICO.")
    reference: str = Field(description="The ICO's reference for it.")
    outcome: lib.ICOOutcome = Field(
        description="Where it stands: awaiting_response, or the ICO's answer."
    )
    response_received_on: date | None = Field(
        None,
        description="The day the ICO answered; none while awaiting its response.",
    )
    summary: str = Field("", description="What the ICO said.")


class ApproveIn(BaseModel):
    advice: Literal["accepted", "overruled"] = Field(
        description="Whether the DPO's advice is accepted or overruled."
    )
    reasons: str = Field(
        "",
        description="Why the advice is overruled (at least 20 characters when it is).",
    )
    review_date: date = Field(description="When the DPIA must be reviewed; after today.")
    measures_approved_by: str | None = Field(
        None,
        description="The username of who approves the measures, if not the approver.",
    )
    review_owner: str | None = Field(
        None,
        description="The username of who keeps the DPIA under review (default: the DPO who "
        "advised).",
    )
    departure_from_views: str = Field(
        "",
        description="Where the decision departs from the views of those consulted, why.",
    )


# --- routes --------------------------------------------------------------------------------------


# Declared before "/{activity}" so that "alerts" is never taken for an activity code.
@router.get("/alerts", response_model=list[DPIAAlertView])
def list_alerts(
    request: Request,
    include_acknowledged: Annotated[
        bool, Query(description="Also list alerts the DPO has acknowledged.")
    ] = False,
) -> list[DPIAAlertView]:
    """Cases opened while recording concerns had no approved, in-date DPIA (the DPO's alerts)."""
    return call(request, use_cases.list_alerts, include_acknowledged=include_acknowledged)


@router.post("/alerts/{alert_id}/acknowledge", response_model=DPIAAlertView)
def acknowledge_alert(request: Request, alert_id: int) -> DPIAAlertView:
    """The DPO acknowledges an alert (it is kept, with who and when)."""
    return call(request, use_cases.acknowledge_alert, alert_id)


@router.get("", response_model=list[DPIAStatusView])
def list_dpias(request: Request) -> list[DPIAStatusView]:
    """Every activity with a DPIA, and whether it is in force today."""
    return call_read_only(request, use_cases.list_dpias)


@router.post("", status_code=201, response_model=DPIAVersionView)
def new_dpia(request: Request, body: NewIn) -> DPIAVersionView:
    """Start an activity's DPIA from its pre-filled template."""
    return call(
        request, use_cases.create_from_template, activity=body.activity, controller=body.controller
    )


@router.get("/{activity}", response_model=DPIAVersionView)
def show(request: Request, activity: str) -> DPIAVersionView:
    """The latest version (a draft being prepared, or the approved one)."""
    return call_read_only(request, use_cases.read_dpia, activity).current


@router.get("/{activity}/versions/{version}", response_model=DPIAVersionView)
def show_version(request: Request, activity: str, version: int) -> DPIAVersionView:
    """One version of an activity's DPIA, as it was frozen."""
    return call_read_only(request, use_cases.read_dpia, activity, version).current


@router.get("/{activity}/status", response_model=DPIAStatusView)
def status(request: Request, activity: str) -> DPIAStatusView:
    """What every disclosure checks: is a DPIA in force for the activity today, and if not why."""
    return call_read_only(request, use_cases.status, activity)


@router.get("/{activity}/compare", response_model=list[ChangeView])
def compare(
    request: Request,
    activity: str,
    old: int = Query(..., ge=1),
    new: int = Query(..., ge=1),
) -> list[ChangeView]:
    """Field-by-field changes between two versions."""
    return call_read_only(request, use_cases.compare, activity, old=old, new=new).changes


@router.patch("/{activity}", response_model=DPIAVersionView)
def edit(request: Request, activity: str, body: EditIn) -> DPIAVersionView:
    """Change the draft; on an approved DPIA this starts a new version (give a reason)."""
    return call(
        request,
        use_cases.edit,
        activity,
        patch=body.patch,
        assignments=[(f.path, f.value) for f in body.fields],
        reason=body.reason,
    )


@router.post("/{activity}/submit", response_model=DPIAVersionView)
def submit(request: Request, activity: str) -> DPIAVersionView:
    """Send the completed draft DPIA to the DPO for advice."""
    return call(request, use_cases.submit, activity)


@router.post("/{activity}/return", response_model=DPIAVersionView)
def return_to_draft(request: Request, activity: str) -> DPIAVersionView:
    """Take a submitted DPIA back to draft; any advice given is cleared."""
    return call(request, use_cases.return_to_draft, activity)


@router.post("/{activity}/advice", response_model=DPIAVersionView)
def advise(request: Request, activity: str, body: AdviceIn) -> DPIAVersionView:
    """The DPO's advice (DPO only)."""
    return call(
        request,
        use_cases.advise,
        activity,
        recommendation=body.recommendation,
        summary=body.summary,
        conditions=body.conditions,
        ico_consultation_advised=body.ico_consultation_advised,
    )


@router.post("/{activity}/ico-consultation", response_model=DPIAVersionView)
def ico_consultation(request: Request, activity: str, body: ICOIn) -> DPIAVersionView:
    """Record the prior consultation with the ICO (UK GDPR Art 36) on the draft."""
    return call(
        request,
        use_cases.record_ico_consultation,
        activity,
        submitted_on=body.submitted_on,
        reference=body.reference,
        outcome=body.outcome,
        response_received_on=body.response_received_on,
        summary=body.summary,
    )


@router.post("/{activity}/approve", response_model=DPIAVersionView)
def approve(request: Request, activity: str, body: ApproveIn) -> DPIAVersionView:
    """The accountable person approves the measures and accepts the residual risks."""
    return call(
        request,
        use_cases.approve,
        activity,
        advice_accepted=body.advice == "accepted",
        overrule_reasons=body.reasons,
        review_date=body.review_date,
        measures_approved_by=body.measures_approved_by,
        review_owner=body.review_owner,
        departure_from_views=body.departure_from_views,
    )


@router.get(
    "/{activity}/pdf",
    response_class=Response,
    responses={200: {"content": {"application/pdf": {}}}},
)
def pdf(request: Request, activity: str, version: int | None = Query(None, ge=1)) -> Response:
    """The version as a PDF document (OFFICIAL-SENSITIVE)."""
    document = call_read_only(request, use_cases.export_pdf, activity, version)
    name = f"dpia-{activity}-v{version or 'latest'}.pdf"
    return Response(
        document.pdf,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )
